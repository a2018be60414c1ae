"""`make mutation`: mutation testing of the hand-written runtime (codegen/runtime/) with cosmic-ray.

Why cosmic-ray (and not mutmut): the runtime is not imported where it is written. `make generate`
and the tests' scratch packages copy codegen/runtime/*.py into a generated package, so the tool
must change the source file itself and then let any command run the tests. cosmic-ray does just
that: it edits one module on disk per mutant, runs a shell command, and restores the file; it
mutates module-level constants too (DEFAULT_MAX_RETRY_AFTER, RETRYABLE_STATUSES). mutmut 3
rewrites functions into trampolines keyed by the source module's import name, mutates nothing at
module level and skips @property methods, so copied into a package under another name its
mutants would be unreachable or unattributed.

How a run goes (``python -m tests.mutation``):
1. The checkout (tracked and untracked files, ignored ones left out) is copied to
   build/mutation/tree: cosmic-ray edits files in place, and an interrupted run must never leave
   a mutant in the working tree.
2. cosmic-ray mutates tree/codegen/runtime/*.py one change at a time and runs
   ``python -m tests.mutation.suite`` in the tree (see suite.py): the runtime is copied into the
   tree's generated/kirim_chat, which goes first on sys.path, and the fast client tests run. The
   scratch packages those tests generate copy the runtime from tree/codegen/runtime as well,
   from a cache of the generator's output, so a mutant costs one pytest run and no generator run.
   The test files closest to the mutated module run first, so most mutants die in seconds.
3. A mutant is killed when the suite fails (or exceeds the time limit). The summary (outcomes,
   kill rate, each survivor's diff) is printed and written to build/mutation/report.txt.

Rerunning: `make mutation` starts a new session (the runtime may have grown). After writing
tests for the survivors, `make mutation MUTATION_ARGS=--survivors` runs only the last session's
survivors against the tests as they are now (refused if codegen/runtime changed meanwhile);
`MUTATION_ARGS=--report-only` prints the last summary again.

Mutants the suite cannot kill because no caller can tell them apart are listed, with the reason,
in CONTRIBUTING.md under "Mutation testing".
"""
