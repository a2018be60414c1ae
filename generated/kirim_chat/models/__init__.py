"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .account import Account
    from .account_list import AccountList
    from .account_status import AccountStatus
    from .account_status_filter import AccountStatusFilter
    from .api_key import ApiKey
    from .api_key_context import ApiKeyContext
    from .api_key_context_envelope import ApiKeyContextEnvelope
    from .assignee_change import AssigneeChange
    from .audio_message_request import AudioMessageRequest
    from .bulk_label_operation import BulkLabelOperation
    from .bulk_label_request import BulkLabelRequest
    from .bulk_label_result import BulkLabelResult
    from .bulk_label_result_envelope import BulkLabelResultEnvelope
    from .bulk_replay_request import BulkReplayRequest
    from .bulk_replay_result import BulkReplayResult
    from .bulk_replay_result_envelope import BulkReplayResultEnvelope
    from .bulk_replay_status import BulkReplayStatus
    from .closed_conversation import ClosedConversation
    from .contact import Contact
    from .contact_created_event import ContactCreatedEvent
    from .contact_creation import ContactCreation
    from .contact_envelope import ContactEnvelope
    from .contact_list import ContactList
    from .contact_metadata import ContactMetadata
    from .contact_update import ContactUpdate
    from .contact_updated_event import ContactUpdatedEvent
    from .conversation import Conversation
    from .conversation_assigned_event import ConversationAssignedEvent
    from .conversation_assignee import ConversationAssignee
    from .conversation_assignment import ConversationAssignment
    from .conversation_closed_event import ConversationClosedEvent
    from .conversation_closure import ConversationClosure
    from .conversation_contact import ConversationContact
    from .conversation_list import ConversationList
    from .conversation_status import ConversationStatus
    from .create_contact_request import CreateContactRequest
    from .create_label_request import CreateLabelRequest
    from .create_webhook_secret_request import CreateWebhookSecretRequest
    from .create_webhook_subscription_request import CreateWebhookSubscriptionRequest
    from .cta_url_action import CtaUrlAction
    from .cta_url_interactive import CtaUrlInteractive
    from .cta_url_parameters import CtaUrlParameters
    from .document_by_id import DocumentById
    from .document_by_link import DocumentByLink
    from .document_message_request import DocumentMessageRequest
    from .error_detail import ErrorDetail
    from .error_envelope import ErrorEnvelope
    from .error_type import ErrorType
    from .event_source_name import EventSourceName
    from .health import Health
    from .health_envelope import HealthEnvelope
    from .health_status import HealthStatus
    from .image_message_request import ImageMessageRequest
    from .inbound_interactive import InboundInteractive
    from .interactive_body import InteractiveBody
    from .interactive_footer import InteractiveFooter
    from .interactive_message_request import InteractiveMessageRequest
    from .label import Label
    from .label_color import LabelColor
    from .label_envelope import LabelEnvelope
    from .label_list import LabelList
    from .list_action import ListAction
    from .list_header import ListHeader
    from .list_interactive import ListInteractive
    from .list_row import ListRow
    from .list_section import ListSection
    from .media_by_id import MediaById
    from .media_by_link import MediaByLink
    from .message import Message
    from .message_button import MessageButton
    from .message_created_event import MessageCreatedEvent
    from .message_creation import MessageCreation
    from .message_envelope import MessageEnvelope
    from .message_error import MessageError
    from .message_list import MessageList
    from .message_location import MessageLocation
    from .message_reaction import MessageReaction
    from .message_status import MessageStatus
    from .message_type import MessageType
    from .meta_change import MetaChange
    from .meta_change_value import MetaChangeValue
    from .meta_contact import MetaContact
    from .meta_conversation import MetaConversation
    from .meta_conversation_origin import MetaConversationOrigin
    from .meta_entry import MetaEntry
    from .meta_error import MetaError
    from .meta_event import MetaEvent
    from .meta_media import MetaMedia
    from .meta_message import MetaMessage
    from .meta_message_type_name import MetaMessageTypeName
    from .meta_pricing import MetaPricing
    from .meta_profile import MetaProfile
    from .meta_recipient import MetaRecipient
    from .meta_status import MetaStatus
    from .meta_status_name import MetaStatusName
    from .meta_text import MetaText
    from .organization import Organization
    from .rate_limits import RateLimits
    from .read_receipt_request import ReadReceiptRequest
    from .reply_context import ReplyContext
    from .shared_contact import SharedContact
    from .template import Template
    from .template_component import TemplateComponent
    from .template_component_type import TemplateComponentType
    from .template_content import TemplateContent
    from .template_language import TemplateLanguage
    from .template_list import TemplateList
    from .template_message_request import TemplateMessageRequest
    from .template_parameter import TemplateParameter
    from .template_parameter_type import TemplateParameterType
    from .template_status import TemplateStatus
    from .text_content import TextContent
    from .text_message_request import TextMessageRequest
    from .typing_indicator import TypingIndicator
    from .update_label_request import UpdateLabelRequest
    from .update_webhook_subscription_request import UpdateWebhookSubscriptionRequest
    from .video_message_request import VideoMessageRequest
    from .webhook_delivery import WebhookDelivery
    from .webhook_delivery_envelope import WebhookDeliveryEnvelope
    from .webhook_delivery_status import WebhookDeliveryStatus
    from .webhook_event_name import WebhookEventName
    from .webhook_secret import WebhookSecret
    from .webhook_secret_envelope import WebhookSecretEnvelope
    from .webhook_subscription import WebhookSubscription
    from .webhook_subscription_envelope import WebhookSubscriptionEnvelope
    from .webhook_subscription_status import WebhookSubscriptionStatus
    from .whatsapp_account_summary import WhatsappAccountSummary

# Each model's module, by the model's name.
_MODULES = {
    "Account": ".account",
    "AccountList": ".account_list",
    "AccountStatus": ".account_status",
    "AccountStatusFilter": ".account_status_filter",
    "ApiKey": ".api_key",
    "ApiKeyContext": ".api_key_context",
    "ApiKeyContextEnvelope": ".api_key_context_envelope",
    "AssigneeChange": ".assignee_change",
    "AudioMessageRequest": ".audio_message_request",
    "BulkLabelOperation": ".bulk_label_operation",
    "BulkLabelRequest": ".bulk_label_request",
    "BulkLabelResult": ".bulk_label_result",
    "BulkLabelResultEnvelope": ".bulk_label_result_envelope",
    "BulkReplayRequest": ".bulk_replay_request",
    "BulkReplayResult": ".bulk_replay_result",
    "BulkReplayResultEnvelope": ".bulk_replay_result_envelope",
    "BulkReplayStatus": ".bulk_replay_status",
    "ClosedConversation": ".closed_conversation",
    "Contact": ".contact",
    "ContactCreatedEvent": ".contact_created_event",
    "ContactCreation": ".contact_creation",
    "ContactEnvelope": ".contact_envelope",
    "ContactList": ".contact_list",
    "ContactMetadata": ".contact_metadata",
    "ContactUpdate": ".contact_update",
    "ContactUpdatedEvent": ".contact_updated_event",
    "Conversation": ".conversation",
    "ConversationAssignedEvent": ".conversation_assigned_event",
    "ConversationAssignee": ".conversation_assignee",
    "ConversationAssignment": ".conversation_assignment",
    "ConversationClosedEvent": ".conversation_closed_event",
    "ConversationClosure": ".conversation_closure",
    "ConversationContact": ".conversation_contact",
    "ConversationList": ".conversation_list",
    "ConversationStatus": ".conversation_status",
    "CreateContactRequest": ".create_contact_request",
    "CreateLabelRequest": ".create_label_request",
    "CreateWebhookSecretRequest": ".create_webhook_secret_request",
    "CreateWebhookSubscriptionRequest": ".create_webhook_subscription_request",
    "CtaUrlAction": ".cta_url_action",
    "CtaUrlInteractive": ".cta_url_interactive",
    "CtaUrlParameters": ".cta_url_parameters",
    "DocumentById": ".document_by_id",
    "DocumentByLink": ".document_by_link",
    "DocumentMessageRequest": ".document_message_request",
    "ErrorDetail": ".error_detail",
    "ErrorEnvelope": ".error_envelope",
    "ErrorType": ".error_type",
    "EventSourceName": ".event_source_name",
    "Health": ".health",
    "HealthEnvelope": ".health_envelope",
    "HealthStatus": ".health_status",
    "ImageMessageRequest": ".image_message_request",
    "InboundInteractive": ".inbound_interactive",
    "InteractiveBody": ".interactive_body",
    "InteractiveFooter": ".interactive_footer",
    "InteractiveMessageRequest": ".interactive_message_request",
    "Label": ".label",
    "LabelColor": ".label_color",
    "LabelEnvelope": ".label_envelope",
    "LabelList": ".label_list",
    "ListAction": ".list_action",
    "ListHeader": ".list_header",
    "ListInteractive": ".list_interactive",
    "ListRow": ".list_row",
    "ListSection": ".list_section",
    "MediaById": ".media_by_id",
    "MediaByLink": ".media_by_link",
    "Message": ".message",
    "MessageButton": ".message_button",
    "MessageCreatedEvent": ".message_created_event",
    "MessageCreation": ".message_creation",
    "MessageEnvelope": ".message_envelope",
    "MessageError": ".message_error",
    "MessageList": ".message_list",
    "MessageLocation": ".message_location",
    "MessageReaction": ".message_reaction",
    "MessageStatus": ".message_status",
    "MessageType": ".message_type",
    "MetaChange": ".meta_change",
    "MetaChangeValue": ".meta_change_value",
    "MetaContact": ".meta_contact",
    "MetaConversation": ".meta_conversation",
    "MetaConversationOrigin": ".meta_conversation_origin",
    "MetaEntry": ".meta_entry",
    "MetaError": ".meta_error",
    "MetaEvent": ".meta_event",
    "MetaMedia": ".meta_media",
    "MetaMessage": ".meta_message",
    "MetaMessageTypeName": ".meta_message_type_name",
    "MetaPricing": ".meta_pricing",
    "MetaProfile": ".meta_profile",
    "MetaRecipient": ".meta_recipient",
    "MetaStatus": ".meta_status",
    "MetaStatusName": ".meta_status_name",
    "MetaText": ".meta_text",
    "Organization": ".organization",
    "RateLimits": ".rate_limits",
    "ReadReceiptRequest": ".read_receipt_request",
    "ReplyContext": ".reply_context",
    "SharedContact": ".shared_contact",
    "Template": ".template",
    "TemplateComponent": ".template_component",
    "TemplateComponentType": ".template_component_type",
    "TemplateContent": ".template_content",
    "TemplateLanguage": ".template_language",
    "TemplateList": ".template_list",
    "TemplateMessageRequest": ".template_message_request",
    "TemplateParameter": ".template_parameter",
    "TemplateParameterType": ".template_parameter_type",
    "TemplateStatus": ".template_status",
    "TextContent": ".text_content",
    "TextMessageRequest": ".text_message_request",
    "TypingIndicator": ".typing_indicator",
    "UpdateLabelRequest": ".update_label_request",
    "UpdateWebhookSubscriptionRequest": ".update_webhook_subscription_request",
    "VideoMessageRequest": ".video_message_request",
    "WebhookDelivery": ".webhook_delivery",
    "WebhookDeliveryEnvelope": ".webhook_delivery_envelope",
    "WebhookDeliveryStatus": ".webhook_delivery_status",
    "WebhookEventName": ".webhook_event_name",
    "WebhookSecret": ".webhook_secret",
    "WebhookSecretEnvelope": ".webhook_secret_envelope",
    "WebhookSubscription": ".webhook_subscription",
    "WebhookSubscriptionEnvelope": ".webhook_subscription_envelope",
    "WebhookSubscriptionStatus": ".webhook_subscription_status",
    "WhatsappAccountSummary": ".whatsapp_account_summary",
}

if not TYPE_CHECKING:  # at run time only: type checkers keep flagging a name that is no model

    def __getattr__(name: str) -> object:
        try:
            module = _MODULES[name]
        except KeyError:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value  # found directly from now on
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *_MODULES})


__all__ = (
    "Account",
    "AccountList",
    "AccountStatus",
    "AccountStatusFilter",
    "ApiKey",
    "ApiKeyContext",
    "ApiKeyContextEnvelope",
    "AssigneeChange",
    "AudioMessageRequest",
    "BulkLabelOperation",
    "BulkLabelRequest",
    "BulkLabelResult",
    "BulkLabelResultEnvelope",
    "BulkReplayRequest",
    "BulkReplayResult",
    "BulkReplayResultEnvelope",
    "BulkReplayStatus",
    "ClosedConversation",
    "Contact",
    "ContactCreatedEvent",
    "ContactCreation",
    "ContactEnvelope",
    "ContactList",
    "ContactMetadata",
    "ContactUpdate",
    "ContactUpdatedEvent",
    "Conversation",
    "ConversationAssignedEvent",
    "ConversationAssignee",
    "ConversationAssignment",
    "ConversationClosedEvent",
    "ConversationClosure",
    "ConversationContact",
    "ConversationList",
    "ConversationStatus",
    "CreateContactRequest",
    "CreateLabelRequest",
    "CreateWebhookSecretRequest",
    "CreateWebhookSubscriptionRequest",
    "CtaUrlAction",
    "CtaUrlInteractive",
    "CtaUrlParameters",
    "DocumentById",
    "DocumentByLink",
    "DocumentMessageRequest",
    "ErrorDetail",
    "ErrorEnvelope",
    "ErrorType",
    "EventSourceName",
    "Health",
    "HealthEnvelope",
    "HealthStatus",
    "ImageMessageRequest",
    "InboundInteractive",
    "InteractiveBody",
    "InteractiveFooter",
    "InteractiveMessageRequest",
    "Label",
    "LabelColor",
    "LabelEnvelope",
    "LabelList",
    "ListAction",
    "ListHeader",
    "ListInteractive",
    "ListRow",
    "ListSection",
    "MediaById",
    "MediaByLink",
    "Message",
    "MessageButton",
    "MessageCreatedEvent",
    "MessageCreation",
    "MessageEnvelope",
    "MessageError",
    "MessageList",
    "MessageLocation",
    "MessageReaction",
    "MessageStatus",
    "MessageType",
    "MetaChange",
    "MetaChangeValue",
    "MetaContact",
    "MetaConversation",
    "MetaConversationOrigin",
    "MetaEntry",
    "MetaError",
    "MetaEvent",
    "MetaMedia",
    "MetaMessage",
    "MetaMessageTypeName",
    "MetaPricing",
    "MetaProfile",
    "MetaRecipient",
    "MetaStatus",
    "MetaStatusName",
    "MetaText",
    "Organization",
    "RateLimits",
    "ReadReceiptRequest",
    "ReplyContext",
    "SharedContact",
    "Template",
    "TemplateComponent",
    "TemplateComponentType",
    "TemplateContent",
    "TemplateLanguage",
    "TemplateList",
    "TemplateMessageRequest",
    "TemplateParameter",
    "TemplateParameterType",
    "TemplateStatus",
    "TextContent",
    "TextMessageRequest",
    "TypingIndicator",
    "UpdateLabelRequest",
    "UpdateWebhookSubscriptionRequest",
    "VideoMessageRequest",
    "WebhookDelivery",
    "WebhookDeliveryEnvelope",
    "WebhookDeliveryStatus",
    "WebhookEventName",
    "WebhookSecret",
    "WebhookSecretEnvelope",
    "WebhookSubscription",
    "WebhookSubscriptionEnvelope",
    "WebhookSubscriptionStatus",
    "WhatsappAccountSummary",
)
