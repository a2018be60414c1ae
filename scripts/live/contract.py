"""`make contract-live`: call the real API with the generated client, through Prism's validating
proxy, and name every place where a live response departs from the spec.

Every operation of the spec is called (the reading ones; writes only with ``--writes``, since
they change the account): with its required arguments, once per value of each query parameter
with an enum, and with a key no account owns when it documents a 401.

Two witnesses per call: Prism's ``sl-violations`` (the full schema, headers, status and media
type) and the client itself (a ResponseValidationError when it cannot parse a success body).
Retries are off, so each response is judged as the server sent it. Exit 0: every call
conforms; 1: departures, each printed; 2: no API key, or Prism would not start.
"""

import argparse
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

import kirim_chat
from kirim_chat._constants import API_KEY_ENV, BASE_URL_ENV
from scripts import prism
from scripts.live import INVALID_KEY
from scripts.operations import Operation, call_arguments, callable_live, enum_values, python_name
from scripts.paths import SPEC
from scripts.spec import load


@dataclass(frozen=True)
class Scenario:
    """One call of one operation: its required arguments plus ``query``."""

    operation: Operation
    query: dict[str, str] = field(default_factory=dict)
    invalid_key: bool = False

    @property
    def name(self) -> str:
        """``list_accounts(status=all)``: the call as a caller writes it."""
        arguments = ", ".join(f"{name}={value}" for name, value in self.query.items())
        call = f"{python_name(self.operation.operation_id)}({arguments})"
        return f"{call} with an invalid key" if self.invalid_key else call


def scenarios(
    document: dict[str, Any], *, writes: bool = False, only: Iterable[str] = ()
) -> list[Scenario]:
    """For every operation (every reading one unless ``writes``; those named in ``only`` if
    any): a call with its required arguments, one per value of each query parameter with an
    enum, and, when it documents a 401, one with a key no account owns."""
    found = []
    for operation in callable_live(document, writes=writes, only=only):
        found.append(Scenario(operation))
        for parameter in operation.query_parameters():
            found += [
                Scenario(operation, {parameter["name"]: value})
                for value in enum_values(document, parameter)
            ]
        if 401 in operation.statuses:
            found.append(Scenario(operation, invalid_key=True))
    return found


@dataclass(frozen=True)
class Departure:
    where: str
    """``response.body.data.0.phone_number_id`` (Prism's location) or ``client``."""
    message: str
    witness: str


@dataclass(frozen=True)
class Outcome:
    scenario: str
    status: int | None
    departures: list[Departure]


def run(
    proxy_url: str,
    api_key: str,
    document: dict[str, Any],
    package: ModuleType = kirim_chat,
    *,
    writes: bool = False,
    only: Iterable[str] = (),
) -> list[Outcome]:
    """Every scenario of ``document``, called through ``package`` against ``proxy_url``."""
    return [
        _run_one(scenario, document, package, proxy_url, api_key)
        for scenario in scenarios(document, writes=writes, only=only)
    ]


def _run_one(
    scenario: Scenario, document: dict[str, Any], package: ModuleType, proxy_url: str, api_key: str
) -> Outcome:
    token = INVALID_KEY if scenario.invalid_key else api_key
    module = scenario.operation.module(package)
    arguments, raw_query = call_arguments(document, scenario.operation, module, scenario.query)
    departures: list[Departure] = []
    client = package.AuthenticatedClient(
        base_url=proxy_url,
        token=token,
        max_retries=0,
        httpx_args={"params": raw_query} if raw_query else {},
    )
    with client:
        try:
            response = module.sync_detailed(client=client, **arguments)
        except package.errors.ResponseValidationError as error:
            departures.append(
                Departure("client", f"ResponseValidationError: {error.reason}", "client")
            )
            status, headers = error.status_code, error.headers
        except package.errors.KirimError as error:
            departures.append(Departure("client", f"{type(error).__name__}: {error}", "client"))
            return Outcome(scenario.name, None, departures)
        else:
            status, headers = response.status_code, response.headers
    return Outcome(scenario.name, status, _violations(headers) + departures)


def _violations(headers: httpx.Headers) -> list[Departure]:
    raw = headers.get("sl-violations")
    if raw is None:
        return []
    try:
        violations = json.loads(raw)
    except ValueError:
        return [Departure("prism", f"unreadable sl-violations header: {raw[:200]}", "prism")]
    return [
        Departure(
            ".".join(str(part) for part in violation.get("location", [])) or "?",
            str(violation.get("message", violation)),
            f"prism {violation.get('severity', '?')}",
        )
        for violation in violations
    ]


def report(outcomes: list[Outcome]) -> list[str]:
    lines = []
    for outcome in outcomes:
        status = outcome.status if outcome.status is not None else "no response"
        verdict = _count(len(outcome.departures), "departure") if outcome.departures else "conforms"
        lines.append(f"  {outcome.scenario}: {status}, {verdict}")
        lines += [
            f"      - {departure.where}: {departure.message} [{departure.witness}]"
            for departure in outcome.departures
        ]
    return lines


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def main(argv: list[str] | None = None, package: ModuleType = kirim_chat) -> int:
    """``package`` is the one generated from ``--spec`` (tests pass a scratch spec's)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument(
        "--writes", action="store_true", help="also call the operations that change data"
    )
    parser.add_argument(
        "--operation", action="append", default=[], help="only this operationId (repeatable)"
    )
    parser.add_argument(
        "--upstream",
        help=f"the API to check; default ${BASE_URL_ENV}, else the spec's first server",
    )
    args = parser.parse_args(argv)
    api_key = os.environ.get(API_KEY_ENV, "").strip()
    if not api_key:
        print(
            f"make contract-live calls the real Kirim API and needs a key: set {API_KEY_ENV} "
            "(a kdv_live_ key; keep it out of every file).",
            file=sys.stderr,
        )
        return 2
    document = load(args.spec)
    upstream = args.upstream or os.environ.get(BASE_URL_ENV) or document["servers"][0]["url"]
    try:
        with prism.proxy(args.spec, upstream) as proxy:
            outcomes = run(
                proxy.url, api_key, document, package, writes=args.writes, only=args.operation
            )
    except prism.PrismFailed as error:
        print(f"make contract-live: {error}", file=sys.stderr)
        return 2
    print(
        f"contract-live: {len(outcomes)} calls to {upstream} through Prism "
        f"{prism.version()} (ready in {proxy.startup_seconds:.1f} s), against {args.spec}"
    )
    print("\n".join(report(outcomes)))
    departed = [outcome for outcome in outcomes if outcome.departures]
    if departed:
        total = sum(len(outcome.departures) for outcome in departed)
        print(
            f"make contract-live: FAILED: {_count(total, 'departure')} from {args.spec} in "
            f"{len(departed)} of {len(outcomes)} calls",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
