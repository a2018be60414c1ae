"""Keeping API keys out of what the package shows: the shape of a Kirim key, and redaction.

Every message, repr and log line the package renders goes through ``redact``, which replaces
anything shaped like a Kirim key, and every key a client of this process was configured with,
by ``<redacted>``. Raw bytes (``body``, ``content``) and headers are kept as received.

The scripts that scrub recordings and scan them for secrets import ``KEY_SHAPE`` from here too.
"""

import re
import threading

# Documented: kdv_live_ (kdv_test_ is reserved) followed by 24 base64url characters.
KEY_SHAPE = re.compile(r"kdv_(?:live|test)_[A-Za-z0-9_-]{24}")
REDACTED = "<redacted>"
# A configured key shorter than this is not searched for: replacing a short common string
# everywhere would garble messages without protecting anything worth protecting.
MIN_REMEMBERED_CHARS = 8

_lock = threading.Lock()
_remembered: frozenset[str] = frozenset()
# Rebuilt (under the lock) when a key is remembered; readers take whichever pattern is current.
_pattern: re.Pattern[str] = KEY_SHAPE


def remember(secret: str) -> None:
    """Redact ``secret`` from now on. Called with the key of every AuthenticatedClient built,
    because an error raised after the call returned no longer knows its client."""
    global _pattern, _remembered
    if len(secret) < MIN_REMEMBERED_CHARS or secret in _remembered:
        return
    with _lock:
        remembered = _remembered | {secret}
        # Longest first, so that a key containing another is replaced whole.
        keys = sorted(remembered, key=len, reverse=True)
        _pattern = re.compile("|".join([KEY_SHAPE.pattern, *map(re.escape, keys)]))
        _remembered = remembered


def redact(text: str) -> str:
    """``text`` with every key (configured or key-shaped) replaced by ``<redacted>``."""
    return _pattern.sub(REDACTED, text)


def contains_key(text: str) -> bool:
    """Whether ``text`` holds something ``redact`` would replace."""
    return _pattern.search(text) is not None
