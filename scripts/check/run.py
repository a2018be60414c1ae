"""`make check`: run every step, even after one fails, then say how each one went.

Each step stays a make target of its own (`make lint-spec`, `make typecheck`...), run here by
the same make with the same variables (SPEC=, PACKAGE_DIR=, BASE= reach it through MAKEFLAGS).
Steps run ``--jobs`` at a time (they read the tree and write only their own files: mypy's cache,
temporary directories); each one's output is shown whole, in the listed order, as soon as it and
the steps before it are done. A step that fails does not stop the others, so one run shows every
problem; the summary at the end names each step's result, and the exit status is 1 when any
step failed. Make's own `-k -j` would keep going too, but interleaves the steps' output, prints
no summary and buries the failures in the output of the steps that passed.
"""

import argparse
import os
import subprocess
import sys
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    step: str
    returncode: int
    seconds: float
    stdout: str = ""
    stderr: str = ""

    @property
    def passed(self) -> bool:
        return self.returncode == 0


def run(make: str, step: str) -> Result:
    started = time.monotonic()
    finished = subprocess.run(
        [make, "--no-print-directory", step], capture_output=True, text=True, check=False
    )
    return Result(
        step, finished.returncode, time.monotonic() - started, finished.stdout, finished.stderr
    )


def show(result: Result) -> None:
    print(f"\n==> make {result.step}", flush=True)
    sys.stdout.write(result.stdout)
    sys.stdout.flush()
    sys.stderr.write(result.stderr)
    sys.stderr.flush()


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
    parser.add_argument("--jobs", type=int, default=1, help="steps run at the same time")
    args = parser.parse_args()
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures: list[Future[Result]] = [pool.submit(run, args.make, step) for step in args.steps]
        results = []
        for future in futures:  # in the listed order, each as soon as it is done
            results.append(future.result())
            show(results[-1])
    print("\n".join(summary(results)), flush=True)
    return 0 if all(result.passed for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
