"""Fail when a recording holds a secret: detect-secrets' plugins, the Kirim key shape, webhook
signing secrets, and any credential header left in a cassette.

This is the one secret check over the recordings: `make secret-scan` runs it, the contract
tests run it on every committed recording, and the recorder's tests on every file it writes.
The recorder's scrubber drops the headers named in CREDENTIAL_HEADERS and replaces what
KEY_SHAPE and WEBHOOK_SECRET match.

The rules:

* **Kirim API keys** (KEY_SHAPE) are matched on the raw text with no filter at all: one never
  belongs in a recording.
* **Webhook signing secrets** (``whsec_...``, which POST /webhook_subscriptions returns once)
  are matched on the raw text too, unless the text after ``whsec_`` says it is a placeholder:
  it holds ``example``, ``placeholder`` or ``redacted`` (any case), or is empty, an ellipsis or
  one character repeated. A spec example of such a response must use a placeholder, so that the
  recording `make recording` builds from it passes; a real secret recorded live is scrubbed by
  `make record`, and caught here if it was not.
* **A credential header** is reported whatever its value, even a scrubbed one: the recorder
  drops those headers, so one in a file means it was not scrubbed.
* **detect-secrets' plugins** (entropy, keywords, known token formats) read a text view of each
  file. A YAML file (``.yaml`` or ``.yml``; a VCR cassette) is seen one value per line, as
  ``key: "value"``, and a value that is a JSON document (a body) one leaf per line under its
  own key: a cassette keeps header values in lists and a whole JSON body on one line, where the
  plugins would judge ``"id":"msg_01H..."`` by the line's first key and let anything after a
  ``..._id`` key through. So an identifier under ``id`` or ``*_id`` is what its key says, and a
  secret under any other key is judged on its own. Any other file is read line by line, a line
  that is a JSON document leaf by leaf.
* **Identifiers and cursors are public**: a value in Kirim's id shape (a short lower-case
  prefix, ``_`` and 26 Crockford base32 characters, e.g. ``msg_01HXYZ...``) names a resource,
  and a page's ``next_cursor`` (or a ``cursor``) is an opaque position in a listing; neither
  grants anything without the key. So a recording built from the spec's examples passes
  whatever ids and cursors it holds.
* **Audited false positives** live in `.secrets.baseline` and are accepted in any file, by
  their hashed value and type: a value rebuilt into a new recording needs no new audit.
  ``python -m scripts.check.secrets --accept`` adds what the scan finds now to the baseline;
  review it with ``detect-secrets audit .secrets.baseline``.
"""

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from detect_secrets.core import baseline as detect_secrets_baseline
from detect_secrets.core.potential_secret import PotentialSecret
from detect_secrets.core.secrets_collection import SecretsCollection

from kirim_chat._redact import KEY_SHAPE
from scripts.paths import RECORDINGS, ROOT

BASELINE = ROOT / ".secrets.baseline"
_YAML_SUFFIXES = {".yaml", ".yml"}
# Headers that carry a credential whatever their value; compared in lower case.
CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization"})
WEBHOOK_SECRET = re.compile(r"whsec_[A-Za-z0-9+/=_.\-\u2026]*")
_PLACEHOLDER_WORDS = re.compile(r"example|placeholder|redacted", re.IGNORECASE)
_RESOURCE_ID = re.compile(r"[a-z]{2,8}_[0-9A-HJKMNP-TV-Z]{26}")
# Keys whose values are the vendor's opaque pagination cursors (see the rules above).
_CURSOR_KEYS = frozenset({"cursor", "next_cursor", "previous_cursor", "prev_cursor"})


@dataclass(frozen=True, order=True)
class Finding:
    path: Path
    line: int
    kind: str


def files_under(paths: list[Path]) -> list[Path]:
    found: set[Path] = set()
    for path in paths:
        if path.is_file():
            found.add(path)
        elif path.is_dir():
            found.update(item for item in path.rglob("*") if item.is_file())
    return sorted(found)


def _text(path: Path) -> str:
    return path.read_bytes().decode("utf-8", errors="replace")


def key_shapes(files: list[Path]) -> list[Finding]:
    findings = []
    for path in files:
        for number, line in enumerate(_text(path).splitlines(), start=1):
            if KEY_SHAPE.search(line):
                findings.append(Finding(path, number, "Kirim API key shape"))
    return findings


def is_placeholder_webhook_secret(value: str) -> bool:
    """Whether a ``whsec_...`` value says it is no real secret (see the module's rules)."""
    rest = value.removeprefix("whsec_")
    return (
        bool(_PLACEHOLDER_WORDS.search(rest)) or len(set(rest)) <= 1 or set(rest) <= {".", "\u2026"}
    )


def webhook_secrets(files: list[Path]) -> list[Finding]:
    findings = []
    for path in files:
        for number, line in enumerate(_text(path).splitlines(), start=1):
            if any(
                not is_placeholder_webhook_secret(match.group())
                for match in WEBHOOK_SECRET.finditer(line)
            ):
                findings.append(Finding(path, number, "webhook signing secret"))
    return findings


def credential_headers(files: list[Path]) -> list[Finding]:
    """Every credential header in the interactions of a VCR cassette, with its line."""
    findings = []
    for path in files:
        root = _yaml(path)
        for interaction in _items(_value(root, "interactions")):
            for side in ("request", "response"):
                headers = _value(_value(interaction, side), "headers")
                if not isinstance(headers, yaml.MappingNode):
                    continue
                for key, _ in headers.value:
                    if str(key.value).lower() in CREDENTIAL_HEADERS:
                        kind = f"credential header {key.value!r} in a {side}"
                        findings.append(Finding(path, key.start_mark.line + 1, kind))
    return findings


def _yaml(path: Path) -> yaml.Node | None:
    """The YAML node tree of a ``.yaml``/``.yml`` file; None for any other file, or one that is
    not YAML (the checks that read text still read it)."""
    if path.suffix not in _YAML_SUFFIXES:
        return None
    try:
        return yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (yaml.YAMLError, UnicodeDecodeError):
        return None


def _value(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    return next((value for name, value in node.value if name.value == key), None)


def _items(node: yaml.Node | None) -> list[yaml.Node]:
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []


# -- detect-secrets, on a view of each file --------------------------------------------------


def _view(path: Path) -> list[tuple[int, str]]:
    """The lines detect-secrets reads for ``path``, each with the line of the file it stands
    for: one ``key: "value"`` per value of a YAML file (JSON bodies one per leaf), else the
    file's own lines (one that is a JSON document, one per leaf)."""
    root = _yaml(path)
    if root is not None:
        return list(_yaml_lines(root, "value"))
    view = []
    for number, line in enumerate(_text(path).splitlines(), start=1):
        leaves = list(_json_leaves(line, ""))
        if leaves == [("", line)]:
            view.append((number, line))  # not a JSON document: read as it is
        else:
            view += [
                (number, f"{key}: {json.dumps(leaf)}")
                for key, leaf in leaves
                if key.lower() not in _CURSOR_KEYS
            ]
    return view


def _yaml_lines(node: yaml.Node, key: str) -> Iterator[tuple[int, str]]:
    if isinstance(node, yaml.MappingNode):
        for name, value in node.value:
            yield from _yaml_lines(value, str(name.value))
    elif isinstance(node, yaml.SequenceNode):
        for value in node.value:
            yield from _yaml_lines(value, key)  # list items keep their list's key
    elif isinstance(node, yaml.ScalarNode):
        line = node.start_mark.line + 1
        for leaf_key, leaf in _json_leaves(node.value, key):
            if leaf_key.lower() not in _CURSOR_KEYS:
                yield line, f"{leaf_key}: {json.dumps(leaf, ensure_ascii=False)}"


def _json_leaves(text: str, key: str) -> Iterator[tuple[str, str]]:
    """The string and number leaves of ``text`` when it is a JSON object or array (a body),
    each under its own key; else ``text`` itself under ``key``."""
    try:
        document = json.loads(text) if text.lstrip()[:1] in {"{", "["} else None
    except ValueError:
        document = None
    if document is None:
        yield key, text
    else:
        yield from _leaves(document, key)


def _leaves(value: Any, key: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for inner, item in value.items():
            yield from _leaves(item, str(inner))
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item, key)  # array items keep their array's key
    elif isinstance(value, str | int | float) and not isinstance(value, bool):
        yield key, str(value)


def _is_public(secret: PotentialSecret) -> bool:
    value = secret.secret_value or ""
    return bool(_RESOURCE_ID.fullmatch(value)) or (
        value.startswith("whsec_") and is_placeholder_webhook_secret(value)
    )


def _scan(files: list[Path], baseline: Path) -> list[tuple[Path, PotentialSecret]]:
    """What detect-secrets' plugins find in the views of ``files``, public values left out,
    with the settings of ``baseline``; each secret's filename is relative to the repository."""
    # Loading the baseline is also what configures detect-secrets' plugins and filters.
    detect_secrets_baseline.load(
        detect_secrets_baseline.load_from_file(str(baseline)), str(baseline)
    )
    found = []
    with tempfile.TemporaryDirectory(prefix="kirim-secrets-") as scratch:
        scanned = SecretsCollection(root=scratch)
        for index, path in enumerate(files):
            view = _view(path)
            name = f"{index}.txt"
            (Path(scratch) / name).write_text(
                "".join(f"{text}\n" for _, text in view), encoding="utf-8"
            )
            scanned.scan_file(name)
            for secret in scanned[name]:
                if _is_public(secret):
                    continue
                secret.filename = _relative(path)
                secret.line_number = view[secret.line_number - 1][0]
                found.append((path, secret))
    return found


def _relative(path: Path) -> str:
    resolved = path.resolve()
    return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else str(path)


def _accepted(baseline: Path) -> set[tuple[str, str]]:
    """(hashed secret, type) of every audited false positive, whichever file it was seen in."""
    results = json.loads(baseline.read_text(encoding="utf-8")).get("results", {})
    return {
        (entry["hashed_secret"], entry["type"])
        for entries in results.values()
        for entry in entries
        if entry.get("is_secret") is not True
    }


def detect_secrets(files: list[Path], baseline: Path) -> list[Finding]:
    """What detect-secrets finds that the baseline does not already accept."""
    accepted = _accepted(baseline)
    return sorted(
        Finding(path, secret.line_number, secret.type)
        for path, secret in _scan(files, baseline)
        if (secret.secret_hash, secret.type) not in accepted
    )


def accept(paths: list[Path], baseline: Path = BASELINE) -> int:
    """Add what detect-secrets finds under ``paths`` now to ``baseline``, unaudited; the count."""
    document = json.loads(baseline.read_text(encoding="utf-8"))
    results: dict[str, list[dict[str, Any]]] = document.setdefault("results", {})
    accepted = _accepted(baseline)
    added = 0
    for _, secret in _scan(files_under(paths), baseline):
        if (secret.secret_hash, secret.type) in accepted:
            continue
        accepted.add((secret.secret_hash, secret.type))
        entry = {key: value for key, value in secret.json().items() if key != "filename"}
        results.setdefault(secret.filename, []).append(entry)
        added += 1
    baseline.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return added


def findings(paths: list[Path], baseline: Path = BASELINE) -> list[Finding]:
    """Every secret in the files under ``paths``, each once, in file and line order."""
    files = files_under(paths)
    found = (
        detect_secrets(files, baseline)
        + key_shapes(files)
        + webhook_secrets(files)
        + credential_headers(files)
    )
    return sorted(set(found))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[RECORDINGS])
    parser.add_argument("--baseline", type=Path, default=BASELINE)
    parser.add_argument(
        "--accept",
        action="store_true",
        help="add detect-secrets' current findings to the baseline as audited false positives",
    )
    args = parser.parse_args(argv)
    files = files_under(args.paths)
    where = ", ".join(str(path) for path in args.paths)
    if args.accept:
        added = accept(args.paths, args.baseline)
        print(
            f"secret-scan: {added} findings added to {args.baseline}; review them with "
            f"`detect-secrets audit {args.baseline}` before committing"
        )
        return 0
    if not files:
        print(f"secret-scan: nothing to scan in {where} (no files yet)")
        return 0
    found = findings(args.paths, args.baseline)
    for finding in found:
        print(f"{finding.path}:{finding.line}: {finding.kind}", file=sys.stderr)
    if found:
        print(
            f"secret-scan: {len(found)} possible secrets in {where}. Scrub them (and rotate "
            "any real key or webhook secret); a false positive of detect-secrets: "
            "`python -m scripts.check.secrets --accept`, then audit it into .secrets.baseline "
            "with `detect-secrets audit .secrets.baseline`.",
            file=sys.stderr,
        )
        return 1
    print(f"secret-scan: {len(files)} files in {where}, no secrets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
