"""The spec half of the detector, file in, graded changes out: what the corpus test drives."""

from pathlib import Path

from scripts.spec import load
from scripts.specdiff import policy, redocly
from scripts.specdiff.model import Change, Specs


def spec_changes(base: Path, revision: Path) -> list[Change]:
    return policy.classify(redocly.run(base, revision), Specs(load(base), load(revision)))
