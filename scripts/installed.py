"""Keep the installed kirim-chat's metadata at the generated package's version.

The editable install (`pip install -e .`) records the version when it runs: hatchling reads it
from generated/kirim_chat/_version.py then, so after a bump `importlib.metadata.version
("kirim-chat")` is stale until the package is installed again. `make bump` and every make target
(through the .venv/.installed-version stamp) call this. It reinstalls only when the versions
differ, and only when the environment's install is this checkout's: a scratch copy of the
repository shares .venv with the checkout it was copied from and must not repoint it.
"""

import importlib.metadata
import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

from scripts.paths import PACKAGE_DIR, ROOT
from scripts.specdiff.surface import package_version

DISTRIBUTION = "kirim-chat"


def installed_version() -> str | None:
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return None


def installed_from() -> Path | None:
    """The directory the distribution was installed from (PEP 610's direct_url.json)."""
    try:
        raw = importlib.metadata.distribution(DISTRIBUTION).read_text("direct_url.json")
    except importlib.metadata.PackageNotFoundError:
        return None
    url = json.loads(raw).get("url", "") if raw else ""
    parsed = urlparse(url)
    return Path(unquote(parsed.path)) if parsed.scheme == "file" else None


def refresh(root: Path = ROOT, package: Path = PACKAGE_DIR) -> str:
    """Reinstall when the metadata lags the generated package; says what it did."""
    wanted = package_version(package)
    current = installed_version()
    if wanted is None or current == wanted:
        return f"installed kirim-chat: {current}, up to date"
    source = installed_from()
    if source is not None and source.resolve() != root.resolve():
        return (
            f"installed kirim-chat: {current}, left alone: this environment installed it from "
            f"{source}, not from {root}"
        )
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "--no-deps", "--no-build-isolation", "-e", str(root)],
        check=True,
    )  # fmt: skip
    return f"installed kirim-chat: {current} -> {wanted}"


def main() -> int:
    print(refresh())
    return 0


if __name__ == "__main__":
    sys.exit(main())
