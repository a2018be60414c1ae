"""The README's Python blocks: extracted with their markers (scripts/check/readme.py), type-checked
by mypy --strict and pyright, and run against a loopback server that answers like the API."""

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import httpx
import pytest
from pytest_httpserver import HTTPServer

from scripts.check.readme import MarkerError, Snippet, snippets, typecheck, write
from scripts.paths import ROOT
from tests.support.example_server import serve_examples

FAKE_KEY = "kdv_test_" + "R3adm3R3adm3R3adm3R3adm3"[:24]

WALKTHROUGH = """\
# Title

```python
from kirim_chat import AuthenticatedClient

client = AuthenticatedClient()
```

Some prose.

<!-- readme: continued -->
```python
print(client.base_url)
```

<!-- readme: no-run
def rotate_key() -> None: ...
-->
```python
rotate_key()
```

<!-- readme: skip -->
```python
this is not Python
```

```sh
make test
```
"""


def test_blocks_markers_continuations_and_hidden_setup() -> None:
    programs = snippets(WALKTHROUGH)

    assert [(program.line, program.run, program.check) for program in programs] == [
        (3, True, True),
        (19, False, True),
    ]
    first, second = programs
    assert first.code == (
        "from kirim_chat import AuthenticatedClient\n\nclient = AuthenticatedClient()\n"
        "print(client.base_url)\n"
    )
    assert first.origins == [4, 5, 6, 13]  # the README line of each program line
    assert second.code == "def rotate_key() -> None: ...\nrotate_key()\n"
    assert second.origins == [17, 20]


@pytest.mark.parametrize(
    ("markdown", "complaint"),
    [
        ("<!-- readme: no-runn -->\n```python\nx = 1\n```\n", "unknown readme flag"),
        ("<!-- readme: continued -->\n```python\nx = 1\n```\n", "no block before it"),
        ("<!-- readme: no-run\nx = 1\n```python\nx = 1\n```\n", "without its closing"),
    ],
)
def test_a_marker_the_checker_does_not_understand_is_an_error(
    markdown: str, complaint: str
) -> None:
    with pytest.raises(MarkerError, match=complaint):
        snippets(markdown)


@pytest.mark.slow
def test_both_type_checkers_report_errors_at_their_readme_line(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    markdown = (
        "```python\nfrom kirim_chat import AuthenticatedClient\n\n"
        "client = AuthenticatedClient(token='x')\nretries: str = client.max_retries\n```\n"
        "\n```python\nimport httpx\n\nprint(httpx.Timeout(1.0).read)\n```\n"
    )
    readme.write_text(markdown)

    errors = typecheck(snippets(markdown), readme)

    assert {error.split(": ")[0:2][1] for error in errors} == {"mypy", "pyright"}
    assert all(error.startswith("README.md:5: ") for error in errors), errors


def _run(programs: Sequence[Snippet], httpserver: HTTPServer, scratch: Path) -> list[str]:
    """Run each runnable program against the example server (a test module with pytest, in
    ``scratch``); the failures, located."""
    environment = {
        **{key: value for key, value in os.environ.items() if not key.startswith("KIRIM_")},
        "KIRIM_API_KEY": FAKE_KEY,
        "KIRIM_BASE_URL": serve_examples(httpserver),
    }
    failures = []
    for program in programs:
        if not program.run:
            continue
        if program.pytest:
            [module] = write([program], scratch)
            command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(module)]
        else:
            command = [sys.executable, "-c", program.code]
        finished = subprocess.run(
            command,
            env=environment,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            cwd=scratch if program.pytest else ROOT,
        )
        if finished.returncode != 0:
            failures.append(
                f"README.md:{program.line}: exit {finished.returncode}\n"
                f"{finished.stdout if program.pytest else ''}{finished.stderr}"
            )
    return failures


def test_a_runnable_block_runs_against_the_example_server(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    markdown = (
        "```python\nfrom kirim_chat import AuthenticatedClient\n"
        "from kirim_chat.api.accounts import list_accounts\n\n"
        "accounts = list_accounts.sync(client=AuthenticatedClient())\n"
        "assert accounts.data, 'the example has accounts'\n```\n"
        "\n<!-- readme: no-run -->\n```python\nraise SystemExit(3)\n```\n"
        "\n```python\nraise SystemExit(4)\n```\n"
    )

    failures = _run(snippets(markdown), httpserver, tmp_path)

    assert [failure.split("\n")[0] for failure in failures] == ["README.md:14: exit 4"]
    assert len(httpserver.log) == 1


def test_a_pytest_block_runs_its_tests_with_pytest(httpserver: HTTPServer, tmp_path: Path) -> None:
    markdown = (
        "<!-- readme: pytest -->\n```python\ndef test_passes() -> None:\n    assert True\n```\n"
        "\n<!-- readme: pytest -->\n```python\ndef test_fails() -> None:\n    assert False\n```\n"
        "\n<!-- readme: pytest -->\n```python\nHOLDS_NO_TEST = True\n```\n"
    )

    failures = _run(snippets(markdown), httpserver, tmp_path)

    # A failing test fails the block, and so does a block in which pytest finds no test.
    assert [failure.split("\n")[0] for failure in failures] == [
        "README.md:8: exit 1",
        "README.md:14: exit 5",
    ]
    assert "1 failed" in failures[0]


def test_the_example_server_refuses_what_the_spec_refuses(httpserver: HTTPServer) -> None:
    base_url = serve_examples(httpserver)

    answer = httpx.get(f"{base_url}/accounts?status=bogus", headers={"Authorization": "Bearer x"})

    assert answer.status_code == 400
    assert answer.json()["error"]["param"] == "status"


def test_every_runnable_readme_block_runs_against_the_example_server(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    failures = _run(snippets(readme), httpserver, tmp_path)

    assert failures == []
