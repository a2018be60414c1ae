"""Find credentials in a cassette file: an Authorization header or a string shaped like a key.

Deliberately independent of scripts/record.py's scrubber (its own pattern, written from the
documented key format), so that a bug in the scrubber cannot hide itself from this check.
"""

import re
from pathlib import Path
from typing import Any

import yaml

# Documented key format: kdv_live_ (kdv_test_ is reserved) then 24 base64url characters.
KEY_SHAPED = re.compile(r"kdv_(?:live|test)_[A-Za-z0-9_-]{24}")
CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization"})


def leaks(path: Path) -> list[str]:
    """One line per credential found in the file; empty when it holds none."""
    text = path.read_text(encoding="utf-8")
    found = [
        f"{path.name}: line {text.count(chr(10), 0, match.start()) + 1}: a key-shaped string"
        for match in KEY_SHAPED.finditer(text)
    ]
    document = yaml.safe_load(text)
    for index, interaction in enumerate(document.get("interactions") or []):
        for side in ("request", "response"):
            headers: dict[str, Any] = (interaction.get(side) or {}).get("headers") or {}
            found += [
                f"{path.name}: interaction {index} {side} header {name!r}"
                for name in headers
                if name.lower() in CREDENTIAL_HEADERS
            ]
    return found
