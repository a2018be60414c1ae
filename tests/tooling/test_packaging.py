"""The wheel holds the typed kirim_chat package with exactly its runtime dependencies, and
installs into a clean virtual environment without the network."""

import re
import subprocess
import sys
import sysconfig
import tarfile
import tomllib
import zipfile
from email.message import Message
from email.parser import Parser
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from scripts.paths import ROOT
from tests.support.budgets import SUBPROCESS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    build = [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out)]
    subprocess.run([*build, str(ROOT)], check=True, capture_output=True, timeout=SUBPROCESS)
    [built] = out.glob("kirim_chat-*.whl")
    return built


def _metadata(wheel: Path) -> Message:
    with zipfile.ZipFile(wheel) as archive:
        [name] = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        return Parser().parsestr(archive.read(name).decode("utf-8"))


def test_wheel_holds_only_the_typed_package(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert "kirim_chat/__init__.py" in names
    assert "kirim_chat/py.typed" in names
    assert "kirim_chat/api/accounts/list_accounts.py" in names
    # The spec travels in the package, for kirim_chat.testing; the test double and its fixture.
    assert {"kirim_chat/_spec.json", "kirim_chat/testing.py", "kirim_chat/pytest_plugin.py"} <= set(
        names
    )
    strays = [n for n in names if not n.startswith(("kirim_chat/", "kirim_chat-"))]
    assert strays == [], "the wheel should hold nothing but kirim_chat and its metadata"


def test_wheel_metadata_states_python_and_exactly_the_runtime_dependencies(wheel: Path) -> None:
    metadata = _metadata(wheel)
    assert metadata["Name"] == "kirim-chat"
    assert metadata["Requires-Python"] == ">=3.11"
    requirements = [Requirement(line) for line in metadata.get_all("Requires-Dist") or []]
    # The dev tools are PEP 735 dependency groups: not published, not even as an extra. The one
    # extra is what kirim_chat.testing needs besides the package's own dependencies.
    runtime = [r for r in requirements if r.marker is None]
    assert sorted(r.name for r in runtime) == ["attrs", "httpx"]
    assert metadata.get_all("Provides-Extra") == ["testing"]
    testing = [r for r in requirements if r.marker is not None]
    assert [r.name for r in testing] == ["jsonschema"]
    assert all(r.marker.evaluate({"extra": "testing"}) for r in testing if r.marker)
    assert metadata["License-Expression"] == "MIT"


def test_wheel_and_sdist_carry_the_license_and_the_command(wheel: Path, tmp_path: Path) -> None:
    build = [sys.executable, "-m", "build", "--sdist", "--no-isolation", "--outdir", str(tmp_path)]
    subprocess.run([*build, str(ROOT)], check=True, capture_output=True, timeout=SUBPROCESS)
    [sdist] = tmp_path.glob("kirim_chat-*.tar.gz")
    with tarfile.open(sdist) as archive:
        sdist_names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        [entry_points] = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
        commands = archive.read(entry_points).decode("utf-8")

    assert "LICENSE" in sdist_names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
    assert "kirim-chat = kirim_chat._cli:main" in commands


def test_wheel_installs_into_a_clean_venv_without_the_network(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site_packages = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    # httpx and attrs come from the dev venv (no network here); a plain path entry does not run
    # the dev venv's own .pth files, so its editable kirim_chat stays out of reach.
    (site_packages / "dev_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    pip = [sys.executable, "-m", "pip", "--python", str(python), "--disable-pip-version-check"]
    install = ["install", "--quiet", "--no-deps", "--no-index", str(wheel)]
    subprocess.run([*pip, *install], check=True, capture_output=True, timeout=SUBPROCESS)
    probe = (
        "import kirim_chat, importlib.metadata as m; "
        "from kirim_chat.api.accounts import list_accounts; "
        "print(kirim_chat.__file__); print(m.version('kirim-chat'))"
    )
    result = subprocess.run(
        [str(python), "-I", "-c", probe], cwd=tmp_path, check=True, capture_output=True, text=True
    )
    module_file, installed_version = result.stdout.split()
    assert Path(module_file) == site_packages / "kirim_chat" / "__init__.py"
    assert (site_packages / "kirim_chat" / "py.typed").is_file()
    assert installed_version == _metadata(wheel)["Version"]


# Markdown link and image targets: inline ``](target)`` and reference definitions.
_LINK_TARGETS = re.compile(r"\]\(([^)\s]+)\)|^\[[^\]]+\]:\s*(\S+)", re.MULTILINE)


def test_readme_links_work_on_the_package_index_and_the_project_urls_are_published(
    wheel: Path,
) -> None:
    """The README is the package's description on the index, where a relative link leads
    nowhere: each link is absolute or an anchor, and each into the repository (the address
    pyproject.toml publishes) names a file that exists."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    repository = project["urls"]["Repository"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    targets = [inline or reference for inline, reference in _LINK_TARGETS.findall(readme)]
    assert any(target.startswith(repository) for target in targets)
    for target in targets:
        assert target.startswith(("#", "https://")), f"README.md links to {target!r}"
        for view in ("/blob/main/", "/raw/main/"):
            if target.startswith(repository + view):
                assert (ROOT / target.removeprefix(repository + view)).is_file(), target
    published = _metadata(wheel).get_all("Project-URL") or []
    assert f"Repository, {repository}" in published
    assert any(url.startswith("Changelog, ") for url in published)
