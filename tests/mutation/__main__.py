"""Run cosmic-ray over the runtime in a copy of the checkout and summarise: see __init__.py."""

import argparse
import contextlib
import filecmp
import json
import random
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from scripts.paths import ROOT, RUNTIME

WORK = ROOT / "build" / "mutation"
SAMPLE_NOTE = WORK / "sample.txt"
BIN = Path(sys.executable).parent
EXCLUDED_OPERATORS = [
    # Every `|` in the runtime builds a type union. Another operator there either fails at import
    # (killed by any test: it only costs time) or sits in a local variable's annotation, which
    # Python never evaluates (a mutant no test could see).
    r"core/ReplaceBinaryOperator_BitOr_.*",
    # Other binary operators are replaced by the other arithmetic ones only (+ - * / **): the
    # bitwise, shift, modulo and floor-division variants of the same sites are killed by the
    # same tests, or fail at once on floats, and would double the run (~11 variants a site).
    r"core/ReplaceBinaryOperator_\w+_(BitOr|BitAnd|BitXor|LShift|RShift|Mod|FloorDiv)$",
]
# Not mutated: __init__.py is not copied into the package; _version.py holds only the version
# that `make generate` writes.
NOT_MUTATED = ("__init__.py", "_version.py")
# Per mutant: the fast suite takes ~10 s; a mutant that hangs is stopped by pytest-timeout first.
TIMEOUT_SECONDS = 300


def copy_checkout(tree: Path) -> None:
    """The files git would see (tracked or not, ignored ones left out), copied to ``tree``."""
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        capture_output=True,
        check=True,
    ).stdout.decode()
    if tree.exists():
        shutil.rmtree(tree)
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():  # a file deleted but not yet committed is listed too
            (tree / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, tree / name)


def config(tree: Path) -> str:
    modules = sorted(
        str(path.relative_to(ROOT))
        for path in RUNTIME.glob("*.py")
        if path.name not in NOT_MUTATED and (tree / path.relative_to(ROOT)).exists()
    )
    lines = [
        "[cosmic-ray]",
        f"module-path = {json.dumps(modules)}",
        f"timeout = {TIMEOUT_SECONDS}.0",
        "excluded-modules = []",
        f'test-command = "{sys.executable} -m tests.mutation.suite"',
        "",
        "[cosmic-ray.distributor]",
        'name = "local"',
        "",
        "[cosmic-ray.filters.operators-filter]",
        f"exclude-operators = {json.dumps(EXCLUDED_OPERATORS)}",
        "",
    ]
    return "\n".join(lines)


def cosmic_ray(tree: Path, *arguments: str) -> None:
    subprocess.run([str(BIN / arguments[0]), *arguments[1:]], cwd=tree, check=True)


def summarise(session: Path) -> str:
    dumped = subprocess.run(
        [str(BIN / "cosmic-ray"), "dump", str(session)], capture_output=True, text=True, check=True
    ).stdout
    outcomes: Counter[str] = Counter()
    survivors: list[str] = []
    for line in dumped.splitlines():
        item, result = json.loads(line)
        outcome = _outcome(result)
        outcomes[outcome] += 1
        if outcome == "survived":
            mutation = item["mutations"][0]
            survivors.append(
                f"## {mutation['module_path']} {mutation['operator_name']} "
                f"#{mutation['occurrence']} ({mutation['definition_name']})\n{result['diff']}"
            )
    tested = outcomes["killed"] + outcomes["survived"]
    rate = 100.0 * outcomes["killed"] / tested if tested else 0.0
    counts = ", ".join(f"{count} {outcome}" for outcome, count in sorted(outcomes.items()))
    sampled = SAMPLE_NOTE.read_text(encoding="utf-8").strip() if SAMPLE_NOTE.exists() else None
    header = [
        *([f"sampled: {sampled}"] if sampled else []),
        f"mutants: {sum(outcomes.values())} ({counts})",
        f"kill rate: {outcomes['killed']}/{tested} = {rate:.1f}% of the mutants tested",
    ]
    return "\n".join([*header, "", *survivors, *header])


def _outcome(result: dict[str, Any] | None) -> str:
    if result is None:
        return "pending"
    if result["worker_outcome"] == "skipped":
        return "skipped (excluded operator)"
    if result["worker_outcome"] != "normal":
        return str(result["worker_outcome"])
    return str(result["test_outcome"])


SAMPLE_SEED = 20261125


def keep_a_sample(session: Path, size: int, seed: int) -> None:
    """Drop all but ``size`` of the mutants still to test, chosen at random with a fixed seed;
    the report says how many there were."""
    with contextlib.closing(sqlite3.connect(session)) as database, database:
        # In the order of the code, not of the job ids (random on each `cosmic-ray init`): the
        # same runtime gives the same sample.
        pending = [
            job
            for (job,) in database.execute(
                "SELECT w.job_id FROM work_items w JOIN mutation_specs s ON s.job_id = w.job_id"
                " WHERE w.job_id NOT IN (SELECT job_id FROM work_results)"
                " ORDER BY s.module_path, s.start_pos_row, s.start_pos_col, s.operator_name,"
                " s.occurrence"
            )
        ]
        # Reproducible choice, not secrecy: a seeded standard generator is the right tool.
        chosen = set(random.Random(seed).sample(pending, min(size, len(pending))))  # noqa: S311
        dropped = [(job,) for job in pending if job not in chosen]
        database.executemany("DELETE FROM mutation_specs WHERE job_id = ?", dropped)
        database.executemany("DELETE FROM work_items WHERE job_id = ?", dropped)
    SAMPLE_NOTE.write_text(
        f"a random sample of {len(chosen)} of the {len(pending)} mutants to test (seed {seed})\n",
        encoding="utf-8",
    )


def retest_survivors(session: Path, tree: Path) -> None:
    """Mark the last session's surviving mutants as not yet run, so that ``exec`` runs only
    those, against the tests as they are now. (cosmic-ray keeps its session in SQLite; a
    result row is what marks a mutant as done.)"""
    runtime = tree / RUNTIME.relative_to(ROOT)
    changed = [
        path.name
        for path in sorted(runtime.glob("*.py"))
        if not filecmp.cmp(path, WORK / "pristine-runtime" / path.name, shallow=False)
    ]
    if changed:
        raise SystemExit(
            f"codegen/runtime changed since the last session ({', '.join(changed)}): its "
            "mutants no longer match the code; run `make mutation` without --survivors"
        )
    with contextlib.closing(sqlite3.connect(session)) as database, database:
        database.execute("DELETE FROM work_results WHERE test_outcome = 'SURVIVED'")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--survivors",
        action="store_true",
        help="run only the last session's surviving mutants again, against today's tests",
    )
    mode.add_argument(
        "--report-only", action="store_true", help="summarise the last session without running"
    )
    parser.add_argument(
        "--sample",
        type=int,
        metavar="N",
        help="test a random N of the mutants (seeded, so the same N each time): an estimate of "
        "the kill rate in a fraction of the time, for a runtime too big to test whole",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=SAMPLE_SEED,
        help=f"with --sample: another seed draws another sample (default {SAMPLE_SEED})",
    )
    args = parser.parse_args()
    tree, session = WORK / "tree", WORK / "session.sqlite"
    settings = str(WORK / "cosmic-ray.toml")
    if args.survivors:
        copy_checkout(tree)
        retest_survivors(session, tree)
    elif not args.report_only:
        copy_checkout(tree)
        # The runtime before any mutation: the suite compares with it to see what was mutated.
        shutil.rmtree(WORK / "pristine-runtime", ignore_errors=True)
        shutil.copytree(tree / RUNTIME.relative_to(ROOT), WORK / "pristine-runtime")
        (WORK / "cosmic-ray.toml").write_text(config(tree), encoding="utf-8")
        session.unlink(missing_ok=True)
        cosmic_ray(tree, "cosmic-ray", "init", settings, str(session))
        cosmic_ray(tree, "cr-filter-operators", str(session), settings)
        SAMPLE_NOTE.unlink(missing_ok=True)
        if args.sample:
            keep_a_sample(session, args.sample, args.seed)
    if not args.report_only:
        # The unmutated suite must pass (this also generates the scratch packages the mutants'
        # runs reuse: they are kept under a key that leaves out the runtime's code).
        cosmic_ray(tree, "cosmic-ray", "baseline", settings)
        cosmic_ray(tree, "cosmic-ray", "exec", settings, str(session))
    summary = summarise(session)
    (WORK / "report.txt").write_text(summary + "\n", encoding="utf-8")
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
