"""Fail when a recording holds a secret: detect-secrets' plugins, plus the Kirim key shape.

Two gaps of detect-secrets 1.5 are closed here. Its YAML reader only looks at mapping values,
and a VCR cassette keeps header values in lists (``authorization: ['Bearer ...']``), so each
YAML file is scanned a second time as plain text. And its heuristic filters may drop a match;
a string shaped like a Kirim key never belongs in a recording, so that shape is matched on the
raw text with no filter at all. `.secrets.baseline` holds the plugin settings and any audited
false positives (``detect-secrets audit .secrets.baseline``).
"""

import argparse
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from detect_secrets.core import baseline as detect_secrets_baseline
from detect_secrets.core.secrets_collection import SecretsCollection

from kirim_chat._redact import KEY_SHAPE
from scripts.paths import RECORDINGS, ROOT

BASELINE = ROOT / ".secrets.baseline"
_YAML_SUFFIXES = {".yaml", ".yml"}


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
    findings = sorted(set(detect_secrets(files, args.baseline) + key_shapes(files)))
    for finding in findings:
        print(f"{finding.path}:{finding.line}: {finding.kind}", file=sys.stderr)
    if findings:
        print(
            f"secret-scan: {len(findings)} possible secrets in {where}. Scrub them (and rotate "
            "any real key); audit a false positive into .secrets.baseline with detect-secrets.",
            file=sys.stderr,
        )
        return 1
    print(f"secret-scan: {len(files)} files in {where}, no secrets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
