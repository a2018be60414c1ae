"""Defaults and names that the rest of the runtime shares; one place to read or change them."""

import platform

import httpx

from ._version import __version__

DEFAULT_BASE_URL = "https://api.kirim.chat/v1"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 3
# The longest Retry-After the client waits; beyond it the 429 or 503 is raised at once.
DEFAULT_MAX_RETRY_AFTER = 60.0
INITIAL_RETRY_DELAY = 0.25
MAX_RETRY_DELAY = 8.0
# Backoff is shortened by up to this fraction at random, so that clients do not retry in step.
RETRY_JITTER = 0.25

# The response header that identifies a request to Kirim's support (httpx matches any case).
REQUEST_ID_HEADER = "x-request-id"

API_KEY_ENV = "KIRIM_API_KEY"
BASE_URL_ENV = "KIRIM_BASE_URL"
LOG_ENV = "KIRIM_LOG"

USER_AGENT = (
    f"kirim-chat/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
)

# Statuses worth another attempt: the server or a proxy may answer differently next time.
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Methods that may be repeated without changing the result; other methods are retried only
# when they carry an Idempotency-Key header.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
# A 409 with this error code means the first request with the same Idempotency-Key is still
# running: the same request, retried later, gets its answer. (422 idempotency_key_reuse and 409
# idempotency_conflict mean a different body under a used key: never retried.)
IDEMPOTENCY_IN_PROGRESS = "idempotency_in_progress"

# Longest text of a server's message quoted in an exception, so a huge body stays readable.
MAX_DESCRIBED_CHARS = 200
