"""Fixtures for every test: loopback-only servers, a fake clock, the sync/async parity runner."""

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from scripts.paths import ROOT, SPEC
from tests.support import budgets
from tests.support.clock import FakeClock
from tests.support.parity import Caller
from tests.support.scratch_package import generate_package, imported, package_name
from tests.support.spec_targets import MissingRole

ScratchPackages = Callable[[dict[str, Any]], ModuleType]

# Fixture modules shared by several test modules (pytest only reads pytest_plugins here).
pytest_plugins = ["tests.client.conventions"]


# The modules whose slow tests run `make bump`, `make check` or `make diff` on a scratch copy
# of the repository: each such test keeps both cores busy (the generator, mypy, pyright,
# Spectral, Redocly, two check steps at a time), so two of them side by side, on a busy
# machine, starve each other past any time limit.
MAKE_ON_A_COPY = frozenset({"test_api_changes.py", "test_bump.py", "test_spec_diff.py"})


@pytest.hookimpl(optionalhook=True)  # pytest-xdist's hook; the version matrix runs without it
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """pytest-xdist's ``load`` distribution, test by test, except that the tests of the
    MAKE_ON_A_COPY modules are one unit of work, given to one worker, which runs them one after
    another (first, being the largest unit). pytest-xdist's own ``--dist loadgroup`` reads its
    groups from node ids that pytest 9 no longer lets a plugin change, so it groups nothing."""
    if config.getvalue("dist") != "load":
        return None
    from xdist.scheduler import LoadScopeScheduling  # installed whenever this hook is called

    class CopiesOneAtATime(LoadScopeScheduling):  # type: ignore[misc]  # xdist ships no types
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0].rsplit("/", 1)[-1]
            return "make-on-a-copy" if module in MAKE_ON_A_COPY else nodeid

    return CopiesOneAtATime(config, log)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Each of those tests gets the time budget measured for such a test."""
    for item in items:
        if item.path.name in MAKE_ON_A_COPY and item.get_closest_marker("slow"):
            item.add_marker(pytest.mark.timeout(budgets.MAKE_ON_A_COPY))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    return (yield from _skip_on_missing_role())


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    return (yield from _skip_on_missing_role())


def _skip_on_missing_role() -> Iterator[None]:
    """A test whose target the spec has no role for (tests/support/spec_targets.py) is skipped
    with the reason, in a fixture or in the test itself: a legitimate change to openapi.yaml
    must not turn a test about something else into an error."""
    try:
        return (yield)
    except MissingRole as missing:
        pytest.skip(f"nothing to test here: {missing}")


@pytest.fixture(autouse=True)
def no_kirim_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The client reads these; a developer's shell must not change what the tests see."""
    for name in ("KIRIM_API_KEY", "KIRIM_BASE_URL", "KIRIM_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    """pytest-httpserver binds 127.0.0.1 (not "localhost"), the only host tests may reach."""
    return ("127.0.0.1", 0)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def repo_root() -> Path:
    return ROOT


@pytest.fixture
def spec_path() -> Path:
    return SPEC


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest) -> Iterator[Caller]:
    """Runs an operation through its sync or its async functions: one test proves both paths."""
    caller = Caller(request.param)
    yield caller
    caller.close()


@pytest.fixture(scope="session")
def scratch_packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ScratchPackages]:
    """``scratch_packages(spec)``: the package generated from the inline ``spec`` and imported.
    Each distinct spec is generated once and kept between runs (generate_package), and copied
    once per run: pytest-xdist's workers share one folder (the base temporary directory's parent
    is common to them), the first to need a package copies it while holding a lock on its name,
    and the others import it."""
    shared = os.environ.get("PYTEST_XDIST_WORKER") is not None
    root = tmp_path_factory.getbasetemp().parent if shared else tmp_path_factory.getbasetemp()
    root = root / "scratch-packages"
    root.mkdir(exist_ok=True)
    cache: dict[str, ModuleType] = {}
    with ExitStack() as stack:

        def get(spec: dict[str, Any]) -> ModuleType:
            name = package_name(spec)
            if name not in cache:
                with (root / f"{name}.lock").open("w") as lock:
                    fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
                    if not (root / name / "py.typed").exists():  # written last by generate
                        generate_package(spec, root, name)
                cache[name] = stack.enter_context(imported(root, name))
            return cache[name]

        yield get
