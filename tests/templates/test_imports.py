"""What importing the generated package imports: an operation's module brings the models it uses
and no others (``models/__init__.py`` imports each model when first asked for), every model is
still there by name, and models that refer to each other in a cycle import in either order.
Each import runs in a fresh interpreter, where nothing is imported yet."""

import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import ScratchPackages
from tests.support.budgets import SUBPROCESS
from tests.templates.specs import IMPORTS_SPEC

FOLDER = {
    "name": "docs",
    "parent": {"name": "home"},
    "files": [{"name": "a.txt", "folder": {"name": "docs", "files": [{"name": "b.txt"}]}}],
}


@pytest.fixture
def package(scratch_packages: ScratchPackages) -> ModuleType:
    return scratch_packages(IMPORTS_SPEC)


def _fresh(package: ModuleType, code: str) -> Any:
    """Run ``code`` in a new interpreter that finds ``package``; what it prints, as JSON."""
    root = Path(str(package.__file__)).parent.parent
    result = subprocess.run(
        [sys.executable, "-c", code.replace("PACKAGE", package.__name__)],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=SUBPROCESS,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


_MODELS_IMPORTED = (
    "print(json.dumps(sorted(m.rsplit('.', 1)[1] for m in sys.modules "
    "if m.startswith('PACKAGE.models.'))))"
)


def test_an_operation_imports_the_models_it_uses_and_no_others(package: ModuleType) -> None:
    imported = _fresh(
        package, f"import json, sys\nimport PACKAGE.api.notes.get_note\n{_MODELS_IMPORTED}"
    )
    assert imported == ["note"]


@pytest.mark.parametrize("first", ["Folder", "File"])
def test_models_in_a_cycle_import_in_either_order_and_parse(
    package: ModuleType, first: str
) -> None:
    second = "File" if first == "Folder" else "Folder"
    parsed = _fresh(
        package,
        f"import json, sys\nfrom PACKAGE.models import {first}\n"
        f"from PACKAGE.models import {second}\n"
        f"folder = Folder.from_dict({FOLDER!r})\n"
        "assert type(folder.files[0]) is File and type(folder.files[0].folder) is Folder\n"
        "print(json.dumps(folder.to_dict()))",
    )
    assert parsed == FOLDER


def test_every_model_is_there_by_name_and_no_other_name_is(package: ModuleType) -> None:
    found = _fresh(
        package,
        "import json\nimport PACKAGE.models as models\nfrom PACKAGE.models import *\n"
        "names = sorted(models.__all__)\n"
        "assert all(globals()[name] is getattr(models, name) for name in names)\n"
        "assert set(names) <= set(dir(models))\n"
        "try:\n    models.Nothing\nexcept AttributeError as error:\n    missing = str(error)\n"
        "print(json.dumps([names, [getattr(models, n).__name__ for n in names], missing]))",
    )
    assert found == [
        ["File", "Folder", "Note"],
        ["File", "Folder", "Note"],
        f"module '{package.__name__}.models' has no attribute 'Nothing'",
    ]
