"""A client library for accessing Kirim.chat WhatsApp API"""

from ._version import __version__
from .client import AuthenticatedClient, Client
from .errors import (
    ApiConnectionError,
    ApiServerError,
    ApiStatusError,
    ApiTimeoutError,
    AuthenticationError,
    ConflictError,
    InvalidArgumentError,
    InvalidRequestError,
    KirimError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
)
from .types import RateLimit, Response

__all__ = (
    "ApiConnectionError",
    "ApiServerError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AuthenticatedClient",
    "AuthenticationError",
    "Client",
    "ConflictError",
    "InvalidArgumentError",
    "InvalidRequestError",
    "KirimError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "Response",
    "ResponseValidationError",
    "__version__",
)
