"""`make contract-live`: call the real API with the generated client, through Prism's validating
proxy, and name every place where a live response departs from the spec.

Two witnesses per call: Prism's ``sl-violations`` (the full schema, headers, status and media
type) and the client itself (a ResponseValidationError when it cannot parse a success body).
Retries are off, so each response is judged as the server sent it. Exit 0: every call
conforms; 1: departures, each printed; 2: no API key, or Prism would not start.
"""

import argparse
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from kirim_chat import AuthenticatedClient
from kirim_chat._constants import API_KEY_ENV, BASE_URL_ENV
from kirim_chat.api.accounts import list_accounts
from kirim_chat.errors import KirimError, ResponseValidationError
from kirim_chat.models import AccountStatusFilter
from scripts import prism
from scripts.paths import SPEC
from scripts.spec import load

# A well-formed key that no account owns: the API must answer with its documented 401.
INVALID_KEY = "kdv_live_" + "0" * 24


@dataclass(frozen=True)
class Scenario:
    name: str
    call: Callable[[AuthenticatedClient], Any]
    """Runs one operation's ``sync_detailed``; returns its ``Response``."""
    invalid_key: bool = False


SCENARIOS = (
    Scenario("list_accounts()", lambda client: list_accounts.sync_detailed(client=client)),
    Scenario(
        "list_accounts(status=connected)",
        lambda client: list_accounts.sync_detailed(
            client=client, status=AccountStatusFilter.CONNECTED
        ),
    ),
    Scenario(
        "list_accounts(status=all)",
        lambda client: list_accounts.sync_detailed(client=client, status=AccountStatusFilter.ALL),
    ),
    Scenario(
        "list_accounts() with an invalid key",
        lambda client: list_accounts.sync_detailed(client=client),
        invalid_key=True,
    ),
)


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


def run(proxy_url: str, api_key: str, scenarios: tuple[Scenario, ...] = SCENARIOS) -> list[Outcome]:
    return [_run_one(scenario, proxy_url, api_key) for scenario in scenarios]


def _run_one(scenario: Scenario, proxy_url: str, api_key: str) -> Outcome:
    token = INVALID_KEY if scenario.invalid_key else api_key
    departures: list[Departure] = []
    with AuthenticatedClient(base_url=proxy_url, token=token, max_retries=0) as client:
        try:
            response = scenario.call(client)
        except ResponseValidationError as error:
            departures.append(
                Departure("client", f"ResponseValidationError: {error.reason}", "client")
            )
            status, headers = error.status_code, error.headers
        except KirimError as error:
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument(
        "--upstream",
        help=f"the API to check; default ${BASE_URL_ENV}, else the spec's first server",
    )
    args = parser.parse_args()
    api_key = os.environ.get(API_KEY_ENV, "").strip()
    if not api_key:
        print(
            f"make contract-live calls the real Kirim API and needs a key: set {API_KEY_ENV} "
            "(a kdv_live_ key; keep it out of every file).",
            file=sys.stderr,
        )
        return 2
    upstream = args.upstream or os.environ.get(BASE_URL_ENV) or load(args.spec)["servers"][0]["url"]
    try:
        with prism.proxy(args.spec, upstream) as proxy:
            outcomes = run(proxy.url, api_key)
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
