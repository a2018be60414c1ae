"""`make check`: run every step, even after one fails, then say how each one went.

Each step stays a make target of its own (`make lint-spec`, `make typecheck`...), run here by
the same make with the same variables (SPEC=, PACKAGE_DIR=, BASE= reach it through MAKEFLAGS),
its output shown as it comes. A step that fails does not stop the others, so one run shows every
problem; the summary at the end names each step's result, and the exit status is 1 when any
step failed. Make's own `-k` would keep going too, but prints no summary and buries the
failures in the output of the steps that passed.
"""

import argparse
import os
import subprocess
import sys
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    step: str
    returncode: int
    seconds: float

    @property
    def passed(self) -> bool:
        return self.returncode == 0


def run(make: str, step: str) -> Result:
    print(f"\n==> make {step}", flush=True)
    started = time.monotonic()
    returncode = subprocess.run([make, "--no-print-directory", step], check=False).returncode
    return Result(step, returncode, time.monotonic() - started)


def summary(results: list[Result]) -> list[str]:
    width = max(len(result.step) for result in results)
    lines = ["", "make check: summary"]
    for result in results:
        state = "passed" if result.passed else "FAILED"
        lines.append(f"  {result.step:<{width}}  {state:<6} {result.seconds:6.1f} s")
    failed = [result.step for result in results if not result.passed]
    if failed:
        lines.append(
            f"make check: {len(failed)} of {len(results)} steps FAILED: {', '.join(failed)}"
            " (each runs alone as `make <step>`)"
        )
    else:
        lines.append(f"make check: all {len(results)} steps passed")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("steps", nargs="+", help="make targets, run in this order")
    parser.add_argument("--make", default=os.environ.get("MAKE", "make"))
    args = parser.parse_args()
    results = [run(args.make, step) for step in args.steps]
    print("\n".join(summary(results)), flush=True)
    return 0 if all(result.passed for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
