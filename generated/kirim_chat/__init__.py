"""A client library for accessing Kirim.chat WhatsApp API"""

from ._version import __version__
from .client import AuthenticatedClient, Client, RequestOptions
from .errors import (
    ApiConnectionError,
    ApiServerError,
    ApiStatusError,
    ApiTimeoutError,
    AuthenticationError,
    ClientClosedError,
    ConflictError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
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
    "ClientClosedError",
    "Client",
    "ConflictError",
    "InvalidArgumentError",
    "InvalidArgumentTypeError",
    "InvalidRequestError",
    "KirimError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RequestOptions",
    "Response",
    "ResponseValidationError",
    "__version__",
)
