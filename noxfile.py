"""The client and template tests on every CPython this machine has, and on the lowest httpx and
attrs (and jsonschema, of the testing extra) that pyproject.toml allows: what `make test-matrix`
(part of `make test`) runs.

Sessions (`make test` runs tests-3.12 and floors-3.13; the others are there when wanted):
    tests-3.12, tests-3.13    the newest dependencies (requirements-dev.txt's pins)
    floors-3.13               the lowest httpx and attrs pyproject.toml declares, on the newest
                              Python, where an old release breaks first (httpx 0.23.0 imports
                              the cgi module, gone in 3.13); the rest of the tools as pinned
    floors-3.11               the same on the oldest Python
So `make test` covers every CPython of the machine and both ends of each dependency range:
3.11 with the newest dependencies (the project's own .venv), 3.12 with the newest, 3.13 with the
lowest; tests-3.13 and floors-3.11 add nothing a difference would show first in.

Interpreters are found under pyenv ($PYENV_ROOT/versions/3.12.*) or on PATH (python3.12); a
missing one fails the session rather than skipping it, so a claim in pyproject.toml's
classifiers is never left untested silently.

Speed: tests-* leave out the tests marked slow (floors-* run them). The virtualenvs live in
.nox/ and are reused; each is reinstalled only when what it was built from changes (the pip
commands, requirements-dev.txt, pyproject.toml), so a warm run installs nothing. The package
is put on the path with a .pth file pointing at generated/, like .venv's editable install,
rather than built.
"""

import glob
import hashlib
import os
import sys
import tomllib
from pathlib import Path

import nox
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent
TESTS = ["tests/client", "tests/templates"]
RAW_RESPONSES = "tests/client/test_any_server_response.py"
# What the tests import besides the package; versions come from requirements-dev.txt.
TEST_TOOLS = [
    "pytest",
    "pytest-timeout",
    "pytest-recording",
    "pytest-httpserver",
    "hypothesis",
    "pyyaml",
    "openapi-python-client",  # the scratch packages are generated during the tests
    "jsonpointer",  # scripts/spec.py, which generation reads the spec with
    "referencing",
    "jsonschema",  # the package's testing extra: kirim_chat.testing's tests
    "mypy",  # the slow tests type-check generated packages
]

nox.options.reuse_existing_virtualenvs = True
# uv (in the dev tools) builds the virtualenvs and installs into them, several times pip's speed.
nox.options.default_venv_backend = "uv"
nox.options.error_on_missing_interpreters = True
nox.options.sessions = ["tests-3.12", "floors-3.13"]


def _pyenv_first() -> None:
    """Put pyenv's interpreters ahead of its shims on PATH: a shim exists for every installed
    version but runs only the versions pyenv selects, so nox would find one that fails."""
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    bins = sorted(glob.glob(str(pyenv / "versions" / "3.*" / "bin")), reverse=True)
    os.environ["PATH"] = os.pathsep.join([*bins, os.environ.get("PATH", "")])


_pyenv_first()


def floors() -> list[str]:
    """``name==lowest`` for every dependency of the package and of its extras, from its ``>=``
    bound."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project.get("optional-dependencies", {}).values()
    pins = []
    for line in [*project["dependencies"], *(line for extra in extras for line in extra)]:
        requirement = Requirement(line)
        lowest = [spec.version for spec in requirement.specifier if spec.operator == ">="]
        if len(lowest) != 1:
            raise ValueError(f"{line}: a dependency needs exactly one >= bound to test its floor")
        pins.append(f"{requirement.name}=={lowest[0]}")
    return pins


def _install(session: nox.Session, *steps: list[str]) -> None:
    """Run the pip ``steps`` unless this virtualenv was built from the same inputs already."""
    inputs = hashlib.sha256(repr(steps).encode())
    for name in ("requirements-dev.txt", "pyproject.toml"):
        inputs.update((ROOT / name).read_bytes())
    marker = Path(session.virtualenv.location) / ".installed-from"
    if marker.exists() and marker.read_text() == inputs.hexdigest():
        return
    for step in steps:
        session.install(*step)
    purelib = session.run(
        "python", "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", silent=True
    )
    (Path(str(purelib).strip()) / "kirim_chat_dev.pth").write_text(f"{ROOT / 'generated'}\n")
    marker.write_text(inputs.hexdigest())


def _pytest(session: nox.Session, *extra: str) -> None:
    session.run(
        "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", *TESTS, *extra, *session.posargs
    )


@nox.session(python=["3.12", "3.13"])
def tests(session: nox.Session) -> None:
    """The client and template tests with the pinned (newest) dependencies."""
    _install(session, ["-c", "requirements-dev.txt", *TEST_TOOLS, "httpx", "attrs"])
    # The slow ones (the property over raw responses, the load test) run in .venv and on the
    # floors, where a version difference would show first; here they would double the time.
    _pytest(session, "-m", "not slow")


@nox.session(python=["3.11", "3.13"], name="floors")
def floor_tests(session: nox.Session) -> None:
    """The client and template tests with the lowest httpx and attrs the package allows."""
    # The tools as pinned first, then the floors, which move httpx's own dependencies (httpcore,
    # h11) to versions that floor accepts.
    _install(session, ["-c", "requirements-dev.txt", *TEST_TOOLS], floors())
    # Without the slow tests, but with the one an older httpx is likeliest to fail: every kind
    # of raw response a server can send, through the client (the typing and load tests add
    # nothing a dependency's version changes).
    _pytest(session, "-m", "not slow")
    session.run(
        "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", RAW_RESPONSES, *session.posargs
    )


if __name__ == "__main__":
    sys.exit("run this with nox: `make test-matrix`")
