"""Every path of this repository that README.md, CONTRIBUTING.md or a comment cites exists: a
moved or deleted file makes the text that points at it fail here, not mislead a reader.

A citation is a path under one of the repository's tracked top-level entries
(``tests/tooling/test_drift.py``, ``codegen/runtime/``, ``openapi.yaml``), or the bare name of a
Python or template file (``test_drift.py``), which must be the name of a tracked file. Comments
are Python's ``#`` comments and docstrings, the ``#`` lines of the Makefile, the YAML, TOML and
shell files, and Jinja's ``{# #}``; string literals are code, which its own tests run. Paths
with a placeholder (``<operationId>``, ``{name}``, ``*``) name no one file and are left out.
"""

import ast
import io
import re
import subprocess
import tokenize
from collections.abc import Iterator
from pathlib import Path

from scripts.paths import ROOT

TRACKED = subprocess.run(
    ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
).stdout.splitlines()
TRACKED_DIRECTORIES = {str(parent) for name in TRACKED for parent in Path(name).parents}
TOP_LEVEL = {name.split("/", 1)[0] for name in TRACKED}
BASENAMES = {Path(name).name for name in TRACKED}
DOCUMENTS = ("README.md", "CONTRIBUTING.md")
_CANDIDATE = re.compile(r"(?<![\w./<{-])\.?[\w][\w.-]*(?:/[\w.-]+)*/?")
_BARE_FILE = re.compile(r"^[a-z_][a-z0-9_.]*\.(?:py|jinja)$")


def _comments(name: str) -> Iterator[str]:
    """The comment text of one tracked file (nothing for a file of no known kind)."""
    text = (ROOT / name).read_text(encoding="utf-8")
    if name.endswith(".py"):
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type == tokenize.COMMENT:
                yield token.string
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                yield ast.get_docstring(node) or ""
    elif name.endswith(".jinja"):
        yield from re.findall(r"\{#(.*?)#\}", text, re.DOTALL)
    elif name in {"Makefile", ".ci/run"} or name.endswith((".yaml", ".yml", ".toml")):
        yield from (line.split("#", 1)[1] for line in text.splitlines() if "#" in line)


def _citations(text: str) -> Iterator[str]:
    for match in _CANDIDATE.finditer(text):
        cited = match.group().rstrip(".")
        following = text[match.end() : match.end() + 1]
        if following in {"<", "{", "*"}:
            continue  # a placeholder follows: no one file
        top = cited.split("/", 1)[0]
        if top in TOP_LEVEL and (cited.count("/") or cited in TOP_LEVEL):
            yield cited.rstrip("/")
        elif _BARE_FILE.match(cited):
            yield cited


def _missing(cited: str) -> bool:
    if "/" not in cited and cited not in TOP_LEVEL:
        return cited not in BASENAMES
    return cited not in TRACKED and cited not in TRACKED_DIRECTORIES


SOURCES = [
    *DOCUMENTS,
    *(
        name
        for name in TRACKED
        if not name.startswith(("generated/", "tests/fixtures/"))
        and (name.endswith((".py", ".jinja", ".yaml", ".yml", ".toml")) or name == "Makefile")
        and name not in {"package-lock.json"}
    ),
    ".ci/run",
]


def test_every_repository_path_cited_exists() -> None:
    missing = {}
    for source in SOURCES:
        texts = (
            [(ROOT / source).read_text(encoding="utf-8")]
            if source in DOCUMENTS
            else _comments(source)
        )
        cited = {cited for text in texts for cited in _citations(text) if _missing(cited)}
        if cited:
            missing[source] = sorted(cited)
    assert missing == {}, f"paths cited that do not exist, by the file citing them: {missing}"


def test_a_path_that_does_not_exist_is_caught() -> None:
    text = "see tests/tooling/test_nothing.py, tests/test_generation.py and gone_module.py"
    assert [cited for cited in _citations(text) if _missing(cited)] == [
        "tests/tooling/test_nothing.py",
        "tests/test_generation.py",
        "gone_module.py",
    ]
    kept = "tests/fixtures/recordings/<operationId>/, /v1/{phone_number_id}/messages, build/x.html"
    assert [cited for cited in _citations(kept) if _missing(cited)] == []
