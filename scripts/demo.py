"""`make demo`: the generated client against a Prism mock of openapi.yaml, no Kirim account needed.

Starts a Prism mock (scripts/prism.py) on a port of 127.0.0.1 the system picks, runs the
package's CLI (`python -m kirim_chat list-accounts`) against it once it listens, and stops the mock
however the run ends: success, failure, Ctrl-C, SIGTERM, SIGHUP, or the demo killed outright.
Arguments it does not know go to the CLI, before the command (e.g. --json).

Prism answers with the spec's first example unless the request names one: the demo sends
``Prefer: example=<status>``, which picks the spec's 200 example of that name. Prism's bearer
check only wants an ``Authorization: Bearer`` header, so a placeholder key is used (never yours).
"""

import argparse
import os
import shlex
import signal
import subprocess
import sys
from collections.abc import Sequence
from types import FrameType

from kirim_chat._constants import API_KEY_ENV
from kirim_chat.models import AccountStatusFilter
from scripts import prism
from scripts.paths import ROOT, SPEC

LOG = ROOT / "build" / "demo-mock.log"
DEMO_API_KEY = "kdv_test_" + "demo" * 6  # the mock accepts any bearer token
EXIT_INTERRUPTED = 130


class Stopped(BaseException):
    """SIGTERM or SIGHUP arrived; a BaseException, like KeyboardInterrupt, so cleanup runs."""


def _say(message: str) -> None:
    print(f"==> {message}", file=sys.stderr, flush=True)


def _raise_stopped(signum: int, frame: FrameType | None) -> None:
    raise Stopped(signum)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="demo",
        description=__doc__.splitlines()[0] if __doc__ else None,
        epilog="Other arguments are passed to `python -m kirim_chat`, e.g. --json.",
    )
    parser.add_argument(
        "--status",
        choices=[member.value for member in AccountStatusFilter],
        default=AccountStatusFilter.ALL.value,
        help="the listing to ask for, and so the spec example the mock answers with",
    )
    parser.add_argument(
        "--port", type=int, default=0, help="mock port (default: one the system picks)"
    )
    parser.add_argument(
        "--keep-running", action="store_true", help="leave the mock up until Ctrl-C"
    )
    return parser


def _run_cli(url: str, status: str, extra: Sequence[str]) -> int:
    command = [
        sys.executable, "-m", "kirim_chat",
        "--base-url", url,
        "--header", f"Prefer: example={status}",
        *extra,
        "list-accounts", "--status", status,
    ]  # fmt: skip
    # What a user can paste into a shell from the repository root while the mock runs
    # (--keep-running): the interpreter as a relative path, the mock's placeholder key.
    python = os.path.relpath(sys.executable, ROOT)
    _say(f"{API_KEY_ENV}={DEMO_API_KEY} {shlex.join([python, *command[1:]])}")
    environment = {**os.environ, API_KEY_ENV: DEMO_API_KEY}
    return subprocess.run(command, cwd=ROOT, env=environment, check=False).returncode


def main(argv: Sequence[str] | None = None) -> int:
    args, extra = _parser().parse_known_args(argv)
    # Python leaves SIGINT ignored when it starts ignored (a background job of a script, say):
    # Ctrl-C must still stop the demo and its mock.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _raise_stopped)
    signal.signal(signal.SIGHUP, _raise_stopped)
    mock = prism.mock(SPEC, port=args.port, log=LOG)
    _say(f"Starting a Prism mock of {SPEC.name} on {prism.HOST} (log: {LOG.relative_to(ROOT)})")
    try:
        with mock:
            _say(f"Mock ready at {mock.url} in {mock.startup_seconds:.1f} s (pid {mock.pid})")
            status = _run_cli(mock.url, args.status, extra)
            if args.keep_running and status == 0:
                _say(f"Mock still running at {mock.url}; press Ctrl-C to stop it")
                status = mock.wait()
    except prism.PrismFailed as failure:
        _say(f"The mock failed to start: {failure}")
        return 1
    except KeyboardInterrupt:
        _say("Interrupted; mock stopped")
        return EXIT_INTERRUPTED
    except Stopped as stopped:
        _say("Stopped by a signal; mock stopped")
        return 128 + int(stopped.args[0])
    _say("Mock stopped")
    return status


if __name__ == "__main__":
    sys.exit(main())
