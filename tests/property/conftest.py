"""Hypothesis profiles. `ci` (the default) is fixed so that every run checks the same examples:
derandomized, no example database, no deadline (CI machines vary in speed), and a fixed number
of examples. `dev` draws fresh random examples, more of them: HYPOTHESIS_PROFILE=dev.

Under `ci`, each spec-wide property has a budget of examples over all the spec's response
schemas, shared out evenly: the suite's time holds as the spec grows, and every schema is still
checked, with a floor of examples for each schema and for each status it is served with."""

import os

from hypothesis import settings

EXAMPLES_PER_PROPERTY = 300
"""A property's examples on one schema when no budget applies (a test of one scratch spec)."""
EXAMPLES_PER_SPEC = 1_200
"""A spec-wide property's budget under `ci`, over all the schemas it checks: four times what it
spent when the spec had one operation (one schema at EXAMPLES_PER_PROPERTY)."""
EXAMPLES_PER_SCHEMA_AT_LEAST = 40
EXAMPLES_PER_STATUS_AT_LEAST = 10
"""Each status a schema is served with is a run of its own (checks.py), of at least this many."""

settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=EXAMPLES_PER_PROPERTY,
    print_blob=True,
)
settings.register_profile("dev", deadline=None, max_examples=2000, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def examples_per_schema(schemas: int, statuses: int) -> int | None:
    """A schema's share of a spec-wide property's budget, when it is one of ``schemas`` and
    ``statuses`` use it; None (the profile's own count for each) under any profile but `ci`."""
    if settings.get_current_profile_name() != "ci":
        return None
    return max(
        EXAMPLES_PER_SPEC // max(schemas, 1),
        EXAMPLES_PER_SCHEMA_AT_LEAST,
        EXAMPLES_PER_STATUS_AT_LEAST * statuses,
    )
