"""Find credentials in a cassette file: an Authorization header or a string shaped like a key.

Deliberately independent of scripts/record.py's scrubber (its own pattern, written from the
documented key format), so that a bug in the scrubber cannot hide itself from this check.
"""

from pathlib import Path
from typing import Any

import yaml

from kirim_chat._redact import KEY_SHAPE as KEY_SHAPED

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
