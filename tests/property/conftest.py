"""Hypothesis profiles. `ci` (the default) is fixed so that every run checks the same examples:
derandomized, no example database, no deadline (CI machines vary in speed), and a fixed number
of examples. `dev` draws fresh random examples, more of them: HYPOTHESIS_PROFILE=dev."""

import os

from hypothesis import settings

EXAMPLES_PER_PROPERTY = 300

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
