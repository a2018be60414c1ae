"""`make check-templates`: each override in codegen/templates/ is pinned to the sha256 of the
pinned generator's own template it replaces; a change upstream, an override nothing records,
one that replaces nothing, a macro library of our own that hides an upstream template, a
manifest entry without its file and a manifest for another generator version are each named.
On a copy of codegen/templates/; "upstream" is the installed generator's templates, with one
changed where a test says so."""

import shutil
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest

from scripts.check import templates as check_templates
from scripts.paths import TEMPLATES

GENERATOR = check_templates.GENERATOR


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    return Path(shutil.copytree(TEMPLATES, tmp_path / "templates"))


def _manifest(templates: Path) -> dict[str, dict[str, dict[str, str]]]:
    return tomllib.loads((templates / "overrides.toml").read_text(encoding="utf-8"))


def _an_override(templates: Path) -> str:
    return sorted(_manifest(templates)["templates"])[0]


def test_the_overrides_match_the_pinned_generator() -> None:
    assert check_templates.problems() == []


def test_an_upstream_template_that_changed_is_named(templates: Path) -> None:
    name = _an_override(templates)

    def upstream(template: str) -> bytes | None:
        original = check_templates._upstream_template(template)
        if template == name and original is not None:
            return original + b"{# a fix the override does not have #}\n"
        return original

    [problem] = check_templates.problems(templates, upstream)
    assert problem.startswith(
        f"templates/{name}: the generator's own {name} changed since the override was written"
    )
    assert "python -m scripts.check.templates --record" in problem


def test_an_override_nothing_records_is_named(templates: Path) -> None:
    name = _an_override(templates)
    manifest = templates / "overrides.toml"
    text = manifest.read_text(encoding="utf-8")
    start = text.index(f'[templates."{name}"]')
    end = text.find("\n[", start + 1)
    manifest.write_text(text[:start] + (text[end + 1 :] if end != -1 else ""), encoding="utf-8")
    assert check_templates.problems(templates) == [
        f"templates/{name}: not recorded in overrides.toml"
    ]


def test_an_override_of_no_upstream_template_is_named(templates: Path) -> None:
    (templates / "no_such_template.py.jinja").write_text("{# nothing #}\n", encoding="utf-8")
    assert check_templates.problems(templates) == [
        f"templates/no_such_template.py.jinja: {GENERATOR} {version(GENERATOR)} has no template "
        "of that name, so the override is never used"
    ]


def test_a_macro_library_of_our_own_that_hides_an_upstream_template_is_named(
    templates: Path,
) -> None:
    own = sorted(_manifest(templates)["own"])[0]

    def upstream(template: str) -> bytes | None:
        return b"{# upstream now has one #}\n" if template == own else None

    problems = check_templates.problems(templates, upstream)
    assert (
        f"templates/{own}: listed under [own] in overrides.toml, but {GENERATOR} "
        f"{version(GENERATOR)} has a template of that name, which it hides"
    ) in problems


def test_a_recorded_template_without_its_file_is_named(templates: Path) -> None:
    name = _an_override(templates)
    (templates / name).unlink()
    assert check_templates.problems(templates) == [
        f"overrides.toml records {name}, but templates/{name} does not exist"
    ]


def test_a_manifest_for_another_generator_version_is_named(templates: Path) -> None:
    manifest = templates / "overrides.toml"
    installed = version(GENERATOR)
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace(f'version = "{installed}"', 'version = "0.0.1"'))
    assert check_templates.problems(templates) == [
        f"overrides.toml was written for {GENERATOR} 0.0.1, but {installed} is installed: "
        "review every override against the new templates"
    ]


def test_record_accepts_the_new_upstream_and_keeps_each_description(templates: Path) -> None:
    name = _an_override(templates)
    before = _manifest(templates)

    def upstream(template: str) -> bytes | None:
        original = check_templates._upstream_template(template)
        return original + b"\n" if template == name and original is not None else original

    assert check_templates.problems(templates, upstream) != []
    check_templates.record(templates, upstream)
    assert check_templates.problems(templates, upstream) == []
    after = _manifest(templates)
    assert after["own"] == before["own"]
    assert {key: entry["change"] for key, entry in after["templates"].items()} == {
        key: entry["change"] for key, entry in before["templates"].items()
    }
