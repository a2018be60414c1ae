"""The drift check's comparison of two package trees, on small trees built here: every changed,
missing and unexpected file is named, by content and never by size or time stamp.

The end-to-end cases (`make check-drift` on a scratch copy of the package) are in
test_make_check.py."""

import os
from pathlib import Path

from scripts.check.drift import changes, differences


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_identical_trees_have_no_differences(tmp_path: Path) -> None:
    files = {"__init__.py": "", "api/x/op.py": "A = 1\n"}
    assert differences(_tree(tmp_path / "a", files), _tree(tmp_path / "b", files)) == []


def test_changed_missing_and_unexpected_files_are_each_named(tmp_path: Path) -> None:
    expected = _tree(
        tmp_path / "expected",
        {"same.py": "1\n", "changed.py": "1\n", "gone.py": "1\n", "api/gone/op.py": "1\n"},
    )
    actual = _tree(
        tmp_path / "actual", {"same.py": "1\n", "changed.py": "2\n", "api/extra/op.py": "1\n"}
    )
    assert differences(expected, actual) == [
        "unexpected: api/extra/op.py",
        "missing:    api/gone/op.py",
        "changed:    changed.py",
        "missing:    gone.py",
    ]
    assert changes(expected, actual) == {
        "api/extra/op.py": "unexpected",
        "api/gone/op.py": "missing",
        "changed.py": "changed",
        "gone.py": "missing",
    }


def test_content_is_compared_even_when_size_and_time_stamp_agree(tmp_path: Path) -> None:
    # filecmp.dircmp (Python 3.11) trusts equal size and mtime and would call these the same.
    expected = _tree(tmp_path / "expected", {"client.py": "RETRIES = 2\n"})
    actual = _tree(tmp_path / "actual", {"client.py": "RETRIES = 9\n"})
    stamp = os.stat(expected / "client.py").st_mtime_ns
    os.utime(actual / "client.py", ns=(stamp, stamp))
    assert differences(expected, actual) == ["changed:    client.py"]


def test_bytecode_caches_are_not_part_of_the_package(tmp_path: Path) -> None:
    expected = _tree(tmp_path / "expected", {"a.py": ""})
    actual = _tree(tmp_path / "actual", {"a.py": "", "__pycache__/a.cpython-311.pyc": "x"})
    assert differences(expected, actual) == []
