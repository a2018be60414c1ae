"""A body the spec allows parses into the right Python types and round-trips through to_dict."""

import copy
import datetime
import json
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any
from uuid import UUID

import attrs
import pytest

from tests.conftest import ScratchPackages
from tests.support.budgets import SUBPROCESS
from tests.templates.specs import KINDS, POINT_BODY, VALID


@pytest.mark.parametrize("kind", KINDS)
def test_a_valid_body_round_trips(models: Any, kind: str) -> None:
    model = getattr(models, kind)
    body = copy.deepcopy(VALID[kind])

    parsed = model.from_dict(body)

    assert body == VALID[kind]  # the caller's data is never modified
    assert model.from_dict(parsed.to_dict()) == parsed
    assert parsed.to_dict() == body


def test_scalars_become_python_scalars(models: Any) -> None:
    scalars = models.Scalars.from_dict(VALID["Scalars"])

    assert (type(scalars.count), scalars.count) == (int, 7)
    assert (type(scalars.ratio), scalars.ratio) == (float, 0.5)
    assert scalars.flag is False
    assert scalars.created_at == datetime.datetime(
        2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=7))
    )
    assert scalars.id == UUID("0b2f4a9e-6b1c-4c5e-9d3f-2a1b3c4d5e6f")
    assert scalars.day == datetime.date(2026, 2, 28)
    assert scalars.label == ""
    assert scalars.to_dict() == VALID["Scalars"]


def test_an_integer_is_a_valid_number_and_stays_an_integer(models: Any) -> None:
    scalars = models.Scalars.from_dict({**VALID["Scalars"], "ratio": 2})

    assert (type(scalars.ratio), scalars.ratio) == (int, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-01-02T03:04:05Z", datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)),
        ("2026-01-02t03:04:05.250z", datetime.datetime(2026, 1, 2, 3, 4, 5, 250000, datetime.UTC)),
        ("2026-01-02 03:04:05-00:30", datetime.datetime(2026, 1, 2, 3, 34, 5, tzinfo=datetime.UTC)),
    ],
    ids=["zulu", "lower-case-and-fraction", "space-and-negative-offset"],
)
def test_every_rfc_3339_spelling_of_a_date_time_parses(
    models: Any, text: str, expected: datetime.datetime
) -> None:
    assert models.Scalars.from_dict({**VALID["Scalars"], "created_at": text}).created_at == expected


@pytest.mark.parametrize(
    "text",
    [
        "2000-01-01T00:00:00Z",
        "2000-01-01t00:00:00z",
        "2000-01-01 00:00:00+00:00",
        "2000-01-01T00:00:00.5Z",
        "2000-01-01T00:00:00.123456+07:00",
        "2000-01-01T00:00:00.123456789-00:30",  # beyond microseconds: Python keeps 6 digits
        "2000-01-01T00:00:00.000000Z",
    ],
)
def test_a_received_date_time_is_written_back_as_it_came(models: Any, text: str) -> None:
    body = {**VALID["Scalars"], "created_at": text}
    scalars = models.Scalars.from_dict(body)

    assert scalars.to_dict() == body
    # The text survives what keeps the value: copies, pickling, attrs.evolve.
    for kept in (
        copy.copy(scalars),
        copy.deepcopy(scalars),
        pickle.loads(pickle.dumps(scalars)),  # noqa: S301 (our own bytes)
        attrs.evolve(scalars, count=8),
    ):
        assert kept.to_dict()["created_at"] == text
    assert pickle.loads(pickle.dumps(scalars.created_at)) == scalars.created_at  # noqa: S301


def test_a_received_date_time_is_a_datetime_in_every_other_way(models: Any) -> None:
    received = models.Scalars.from_dict(
        {**VALID["Scalars"], "created_at": "2000-01-01T00:00:00Z"}
    ).created_at
    plain = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)

    assert isinstance(received, datetime.datetime)
    assert (received == plain, hash(received) == hash(plain)) == (True, True)
    assert {received: "x"}[plain] == "x"
    assert received - plain == datetime.timedelta(0)
    assert received.isoformat() == "2000-01-01T00:00:00+00:00"
    # A value derived from it is a new value: written as isoformat() gives it.
    later = models.Scalars.from_dict({**VALID["Scalars"], "created_at": "2000-01-01T00:00:00Z"})
    later.created_at = received + datetime.timedelta(hours=1)
    assert later.to_dict()["created_at"] == "2000-01-01T01:00:00+00:00"
    later.created_at = received.replace(year=2001)
    assert later.to_dict()["created_at"] == "2001-01-01T00:00:00+00:00"


def test_a_date_time_built_in_python_is_written_as_rfc_3339(kinds: Any, models: Any) -> None:
    scalars = models.Scalars.from_dict(VALID["Scalars"])
    scalars.created_at = datetime.datetime(2000, 1, 1, 0, 0, 0, 500, tzinfo=datetime.UTC)
    assert scalars.to_dict()["created_at"] == "2000-01-01T00:00:00.000500+00:00"

    scalars.created_at = datetime.datetime(2000, 1, 1)  # naive: no RFC 3339 form
    with pytest.raises(kinds.errors.InvalidArgumentError, match="needs a time zone"):
        scalars.to_dict()


def test_nested_objects_become_their_models(kinds: Any, models: Any) -> None:
    nested = models.Nested.from_dict(VALID["Nested"])

    assert nested.point == models.Point(x=1, y=-2)
    assert type(nested.inline) is models.NestedInline
    assert nested.inline.depth == 2
    assert nested.inline.below == models.Point(x=0, y=0)
    assert models.Nested.from_dict({"point": POINT_BODY}).inline is None


def test_arrays_keep_their_order_and_their_items_types(models: Any) -> None:
    arrays = models.Arrays.from_dict(VALID["Arrays"])

    assert arrays.tags == ["a", "b"]
    assert arrays.scores == [1, 2.5]
    assert arrays.points == [models.Point(x=1, y=-2), models.Point(x=3, y=4)]
    assert arrays.grid == [[1, 2], [], [3]]
    assert arrays.groups == [[models.Point(x=1, y=-2)], []]
    assert arrays.stamps == [datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)] * 2


def test_nullable_fields_take_null_and_a_value(models: Any) -> None:
    nulls = models.Nullables.from_dict(VALID["Nullables"])
    values = models.Nullables.from_dict(
        {"name": "n", "count": 0, "point": POINT_BODY, "when": "2026-01-01T00:00:00Z", "tags": []}
    )

    assert (nulls.name, nulls.count, nulls.point, nulls.when, nulls.tags) == (None,) * 5
    assert (values.name, values.count, values.point, values.tags) == (
        "n",
        0,
        models.Point(x=1, y=-2),
        [],
    )
    assert values.when == datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    assert nulls.to_dict() == VALID["Nullables"]  # null is written back, not left out


def test_consts_keep_their_value_and_type(models: Any) -> None:
    consts = models.Consts.from_dict(VALID["Consts"])

    assert (consts.kind, consts.version, consts.enabled, consts.live) == ("thing", 2, True, True)
    assert (type(consts.version), type(consts.enabled)) == (int, bool)


def test_enums_known_values_are_members_and_open_ones_keep_unknown_strings(models: Any) -> None:
    enums = models.Enums.from_dict(VALID["Enums"])
    known = models.Enums.from_dict({**VALID["Enums"], "open": "red"})

    assert enums.closed is models.Colour.GREEN
    assert enums.level is models.Level.VALUE_3
    assert enums.palette == [models.Colour.RED, models.Colour.GREEN]
    assert all(type(colour) is models.Colour for colour in enums.palette)
    assert (type(enums.open_), enums.open_) == (str, "purple")
    assert known.open_ is models.Colour.RED


@pytest.mark.parametrize(
    ("field", "value", "expected_type"),
    [
        ("id_or_name", 12, int),
        ("id_or_name", "twelve", str),
        ("amount", 1.5, float),
        ("amount", 3, int),
        ("amount", False, bool),
        ("shape", {"radius": 1.0}, "Circle"),
        ("shape", {"side": 1.0}, "Square"),
        ("point_or_label", {"x": 1, "y": 2}, "Point"),
        ("point_or_label", "origin", str),
    ],
)
def test_unions_take_the_first_member_that_fits(
    models: Any, field: str, value: Any, expected_type: Any
) -> None:
    unions = models.Unions.from_dict({**VALID["Unions"], field: value})

    if isinstance(expected_type, str):
        expected_type = getattr(models, expected_type)
    assert type(getattr(unions, field)) is expected_type
    assert unions.to_dict()[field] == value


def test_optional_fields_may_be_absent_and_stay_absent(kinds: Any, models: Any) -> None:
    optionals = models.Optionals.from_dict({"needed": "n"})

    # Absent reads as None, never Unset, and stays absent; an explicit null stays null.
    assert (optionals.size, optionals.maybe, optionals.point) == (None, None, None)
    assert optionals.to_dict() == {"needed": "n"}
    explicit_null = models.Optionals.from_dict({"needed": "n", "maybe": None})
    assert explicit_null.maybe is None
    assert explicit_null.to_dict() == {"needed": "n", "maybe": None}


def test_additional_properties_are_kept_and_readable_by_key(models: Any) -> None:
    counts = models.Counts.from_dict(VALID["Counts"])
    opened = models.Open.from_dict(VALID["Open"])

    assert counts.additional_properties == {"apples": 3, "pears": 0}
    assert counts["apples"] == 3
    assert opened.name == "open"
    assert opened["nested"] == {"any": [1, None]}
    assert "colour" in opened
    assert opened.to_dict() == VALID["Open"]


def test_copies_and_evolve_keep_unknown_fields_and_explicit_nulls(models: Any) -> None:
    received = {"needed": "n", "maybe": None, "colour": "blue", "tags": [1]}
    optionals = models.Optionals.from_dict(received)
    counts = models.Counts.from_dict(VALID["Counts"])

    for kept in (copy.copy(optionals), copy.deepcopy(optionals)):
        assert kept.to_dict() == received
    # The way to change a field: a new model, the rest of what was received kept.
    changed = attrs.evolve(optionals, needed="m")
    assert changed.to_dict() == {**received, "needed": "m"}
    assert changed["colour"] == "blue"
    assert attrs.evolve(counts).to_dict() == VALID["Counts"]
    assert optionals.to_dict() == received  # the original is untouched
    # Unknown fields can be given when a model is built, too.
    built = models.Optionals(needed="n", additional_properties={"colour": "red"})
    assert built.to_dict() == {"needed": "n", "colour": "red"}


def test_everything_at_once(models: Any) -> None:
    everything = models.Everything.from_dict(VALID["Everything"])

    assert everything.arrays.points[1] == models.Point(x=3, y=4)
    assert everything.enums.closed is models.Colour.GREEN
    assert models.Everything.from_dict(everything.to_dict()) == everything


# Models that hold each other, directly and through a list: each imports the other after its
# own class, so the package imports whichever module comes first.
HOLDING_EACH_OTHER: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Cycles", "version": "1.0.0"},
    "paths": {},
    "components": {
        "schemas": {
            "Folder": {
                "type": "object",
                "properties": {
                    "parent": {"$ref": "#/components/schemas/Folder"},
                    "files": {"type": "array", "items": {"$ref": "#/components/schemas/File"}},
                },
            },
            "File": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "folder": {"$ref": "#/components/schemas/Folder"},
                },
            },
        }
    },
}
NESTED_FOLDERS = {
    "parent": {"files": [{"name": "a", "folder": {"files": []}}]},
    "files": [{"name": "b", "folder": {"parent": {}}}],
}


@pytest.mark.parametrize("first", ["models.file", "models.folder", "models", ""])
def test_models_holding_each_other_import_in_any_order_and_parse(
    scratch_packages: ScratchPackages, first: str
) -> None:
    package = scratch_packages(HOLDING_EACH_OTHER)
    assert package.__file__ is not None
    root = Path(package.__file__).parent.parent
    name = f"{package.__name__}.{first}".rstrip(".")
    program = (
        f"import importlib, json, sys; importlib.import_module({name!r})\n"
        f"from {package.__name__}.models import Folder\n"
        "body = json.loads(sys.argv[1])\n"
        "assert Folder.from_dict(body).to_dict() == body\n"
        "assert Folder.from_dict(body).files[0].folder.parent is not None\n"
    )
    finished = subprocess.run(
        [sys.executable, "-c", program, json.dumps(NESTED_FOLDERS)],
        cwd=root, capture_output=True, text=True, timeout=SUBPROCESS, check=False,
    )  # fmt: skip
    assert finished.returncode == 0, finished.stderr
