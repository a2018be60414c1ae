"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_list import AccountList
from .account_status import AccountStatus
from .account_status_filter import AccountStatusFilter
from .api_key import ApiKey
from .api_key_context import ApiKeyContext
from .api_key_context_envelope import ApiKeyContextEnvelope
from .error_detail import ErrorDetail
from .error_envelope import ErrorEnvelope
from .error_type import ErrorType
from .health import Health
from .health_envelope import HealthEnvelope
from .health_status import HealthStatus
from .organization import Organization
from .rate_limits import RateLimits

__all__ = (
    "Account",
    "AccountList",
    "AccountStatus",
    "AccountStatusFilter",
    "ApiKey",
    "ApiKeyContext",
    "ApiKeyContextEnvelope",
    "ErrorDetail",
    "ErrorEnvelope",
    "ErrorType",
    "Health",
    "HealthEnvelope",
    "HealthStatus",
    "Organization",
    "RateLimits",
)
