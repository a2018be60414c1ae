"""Which exception each error status raises, written out here from the documented mapping
(README "Errors"; codegen/runtime/errors.py's docstrings) rather than computed with
``errors.status_error``, the function under test: a wrong mapping there fails the tests that use
this table. By class name, so that a scratch package's own classes can be looked up too."""

from types import ModuleType
from typing import Any

_CLASS_NAME_BY_STATUS = {
    400: "InvalidRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "InvalidRequestError",
    429: "RateLimitError",
}


def expected_error_class(status: int, errors: ModuleType) -> type[Any]:
    """The class a call answered with ``status`` raises, from ``errors`` (a package's module)."""
    if status >= 500:
        name = "ApiServerError"
    else:
        name = _CLASS_NAME_BY_STATUS.get(status, "ApiStatusError")
    error_class: type[Any] = getattr(errors, name)
    return error_class
