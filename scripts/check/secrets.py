"""Fail when a recording holds a secret: detect-secrets' plugins, the Kirim key shape, and any
credential header left in a cassette.

This is the one secret check over the recordings: `make secret-scan` runs it, the contract
tests run it on every committed recording, and the recorder's tests on every file it writes.
The recorder's scrubber drops the headers named in CREDENTIAL_HEADERS below.

Two gaps of detect-secrets 1.5 are closed here. Its YAML reader only looks at mapping values,
and a VCR cassette keeps header values in lists (``authorization: ['Bearer ...']``), so each
YAML file is scanned a second time as plain text. And its heuristic filters may drop a match;
a string shaped like a Kirim key never belongs in a recording, so that shape is matched on the
raw text with no filter at all. A credential header is reported whatever its value, even a
scrubbed one: the recorder drops those headers, so one in a file means it was not scrubbed.
`.secrets.baseline` holds the plugin settings and any audited
false positives (``detect-secrets audit .secrets.baseline``).
"""

import argparse
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml
from detect_secrets.core import baseline as detect_secrets_baseline
from detect_secrets.core.secrets_collection import SecretsCollection

from kirim_chat._redact import KEY_SHAPE
from scripts.paths import RECORDINGS, ROOT

BASELINE = ROOT / ".secrets.baseline"
_YAML_SUFFIXES = {".yaml", ".yml"}
# Headers that carry a credential whatever their value; compared in lower case.
CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization"})


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


def key_shapes(files: list[Path]) -> list[Finding]:
    findings = []
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), start=1):
            if KEY_SHAPE.search(line):
                findings.append(Finding(path, number, "Kirim API key shape"))
    return findings


def credential_headers(files: list[Path]) -> list[Finding]:
    """Every credential header in the interactions of a VCR cassette, with its line."""
    findings = []
    for path in files:
        if path.suffix not in _YAML_SUFFIXES:
            continue
        try:
            root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
        except (yaml.YAMLError, UnicodeDecodeError):
            continue  # not a cassette; the other checks still read it as text
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


def _value(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    return next((value for name, value in node.value if name.value == key), None)


def _items(node: yaml.Node | None) -> list[yaml.Node]:
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []


def findings(paths: list[Path], baseline: Path = BASELINE) -> list[Finding]:
    """Every secret in the files under ``paths``, each once, in file and line order."""
    files = files_under(paths)
    found = detect_secrets(files, baseline) + key_shapes(files) + credential_headers(files)
    return sorted(set(found))


def detect_secrets(files: list[Path], baseline: Path) -> list[Finding]:
    """What detect-secrets finds that the baseline does not already accept."""
    known = detect_secrets_baseline.load(
        detect_secrets_baseline.load_from_file(str(baseline)), str(baseline)
    )
    found = SecretsCollection(root=str(ROOT))
    by_name = {os.path.relpath(path, ROOT): path for path in files}
    with tempfile.TemporaryDirectory(prefix="kirim-secrets-") as scratch:
        as_text = SecretsCollection(root=scratch)
        for name, path in by_name.items():
            found.scan_file(name)
            if path.suffix in _YAML_SUFFIXES:
                copy = Path(scratch) / f"{len(as_text.files)}-{path.name}.txt"
                shutil.copyfile(path, copy)
                as_text.scan_file(copy.name)
                for secret in as_text[copy.name]:
                    secret.filename = name
                    found[name].add(secret)
    return sorted(
        Finding(by_name[name], secret.line_number, secret.type) for name, secret in found - known
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[RECORDINGS])
    parser.add_argument("--baseline", type=Path, default=BASELINE)
    args = parser.parse_args()
    files = files_under(args.paths)
    where = ", ".join(str(path) for path in args.paths)
    if not files:
        print(f"secret-scan: nothing to scan in {where} (no files yet)")
        return 0
    found = findings(args.paths, args.baseline)
    for finding in found:
        print(f"{finding.path}:{finding.line}: {finding.kind}", file=sys.stderr)
    if found:
        print(
            f"secret-scan: {len(found)} possible secrets in {where}. Scrub them (and rotate "
            "any real key); audit a false positive into .secrets.baseline with detect-secrets.",
            file=sys.stderr,
        )
        return 1
    print(f"secret-scan: {len(files)} files in {where}, no secrets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
