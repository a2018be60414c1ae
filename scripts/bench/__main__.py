"""`make bench`: what kirim_chat costs next to the floor beneath it, as side-by-side ratios.

    python -m scripts.bench [--json PATH] [--quick]
        [--only per-call,parsing,webhooks,imports,regeneration]

Every ratio compares two things measured in the same run, interleaved, over several repeats;
the figure is the median of the per-repeat ratios. Goals are reported, never asserted.
"""

import argparse
import asyncio
import contextlib
import copy
import hashlib
import hmac
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from functools import partial
from importlib.metadata import version
from pathlib import Path
from typing import Any

import httpx

from kirim_chat import AuthenticatedClient, webhooks
from kirim_chat.api.accounts import list_accounts
from kirim_chat.models import AccountList, MessageList
from scripts.bench import models as bench_models
from scripts.bench import regeneration
from scripts.bench.report import Row, format_report
from scripts.bench.server import floor_server
from scripts.bench.timing import Comparison, compare, interleave, interleave_async
from scripts.operations import operations
from scripts.paths import ROOT, SPEC
from scripts.spec import load

SECTIONS = ("per-call", "parsing", "webhooks", "imports", "regeneration")
MESSAGES_PER_PAGE = 100
TOKEN = "kdv_test_" + "b" * 24


@dataclass(frozen=True)
class Settings:
    calls: int = 200
    call_repeats: int = 15
    parse_sizes: tuple[int, ...] = (1, 100, 10_000)
    parse_repeats: int = 15
    import_repeats: int = 15
    regeneration_sizes: tuple[int, ...] = (1, 10, 100, 300)
    regeneration_repeats: int = 3
    generate_repeats: int = 5


QUICK = Settings(
    calls=100,
    call_repeats=7,
    parse_repeats=7,
    import_repeats=7,
    regeneration_sizes=(1, 10, 100),
    regeneration_repeats=1,
    generate_repeats=2,
)


def _row(
    section: str, measure: str, subject: str, baseline: str, found: Comparison, **extra: Any
) -> Row:
    return Row(
        section, measure, subject, baseline, found.subject_s, found.baseline_s, found.ratio, **extra
    )


# -- per call ---------------------------------------------------------------------------------


def _example_body(accounts: int) -> bytes:
    operation = load(SPEC)["paths"]["/accounts"]["get"]
    example = operation["responses"]["200"]["content"]["application/json"]["examples"]
    document = example["connected"]["value"]
    account = document["data"][0]
    data = [
        {**account, "phone_number_id": str(int(account["phone_number_id"]) + index)}
        for index in range(accounts)
    ]
    return json.dumps({**document, "data": data}).encode()


def bench_per_call(settings: Settings) -> list[Row]:
    goal = "<= 1.15x"
    with floor_server(_example_body(1)) as url:
        sync_times = _per_call_sync(url, settings)
        async_times = asyncio.run(_per_call_async(url, settings))
    rows = []
    for mode, times, raw in (
        ("sync", sync_times, "httpx.Client.get + json.loads"),
        ("async", async_times, "httpx.AsyncClient.get + json.loads"),
    ):
        found = compare(times, "kirim", "raw")
        function = "list_accounts.sync" if mode == "sync" else "list_accounts.asyncio"
        rows.append(
            _row("per call", f"{mode}, keep-alive, 127.0.0.1", function, raw, found,
                 goal=goal, met=found.ratio <= 1.15)
        )  # fmt: skip
    return rows


def _per_call_sync(url: str, settings: Settings) -> dict[str, list[float]]:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client() as raw, AuthenticatedClient(base_url=url, token=TOKEN) as client:

        def kirim_call() -> object:
            return list_accounts.sync(client=client)

        def raw_call() -> object:
            return json.loads(raw.get(f"{url}/accounts", headers=auth).content)

        candidates: dict[str, Callable[[], object]] = {"kirim": kirim_call, "raw": raw_call}
        interleave(candidates, settings.calls, 1)  # warm-up: connections, caches
        return interleave(candidates, settings.calls, settings.call_repeats)


async def _per_call_async(url: str, settings: Settings) -> dict[str, list[float]]:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    client = AuthenticatedClient(base_url=url, token=TOKEN)
    async with httpx.AsyncClient() as raw:

        async def kirim_call() -> object:
            return await list_accounts.asyncio(client=client)

        async def raw_call() -> object:
            return json.loads((await raw.get(f"{url}/accounts", headers=auth)).content)

        candidates = {"kirim": kirim_call, "raw": raw_call}
        try:
            await interleave_async(candidates, settings.calls, 1)
            return await interleave_async(candidates, settings.calls, settings.call_repeats)
        finally:
            await client.aclose()


# -- parsing ----------------------------------------------------------------------------------


def _parse_generated(body: bytes) -> AccountList:
    return AccountList.from_dict(json.loads(body))


def _messages_page(messages: int) -> bytes:
    """A page of the message listing: the spec's example page with its messages repeated, each
    with an id of its own."""
    operation = load(SPEC)["paths"]["/{phone_number_id}/messages"]["get"]
    examples = operation["responses"]["200"]["content"]["application/json"]["examples"]
    page = next(iter(examples.values()))["value"]
    items = page["data"]
    data = [{**items[index % len(items)], "id": f"msg_{index:026d}"} for index in range(messages)]
    return json.dumps({**page, "data": data}).encode()


def _parse_messages(body: bytes) -> MessageList:
    return MessageList.from_dict(json.loads(body))


def bench_parsing(settings: Settings) -> list[Row]:
    page = _messages_page(MESSAGES_PER_PAGE)
    on_page: dict[str, Callable[[], object]] = {
        "json": partial(json.loads, page),
        "generated": partial(_parse_messages, page),
    }
    interleave(on_page, 200, 1)
    found = compare(interleave(on_page, 200, settings.parse_repeats), "generated", "json")
    rows = [
        _row("parsing", f"a page of {MESSAGES_PER_PAGE} messages", "generated models",
             "json.loads", found, goal="<= 2.5x", met=found.ratio <= 2.5),
    ]  # fmt: skip
    for size in settings.parse_sizes:
        body = _example_body(size)
        candidates: dict[str, Callable[[], object]] = {
            "json": partial(json.loads, body),
            "generated": partial(_parse_generated, body),
            "pydantic": partial(bench_models.ACCOUNT_LIST.validate_json, body),
        }
        number = max(1, 20_000 // size)
        interleave(candidates, number, 1)
        times = interleave(candidates, number, settings.parse_repeats)
        measure = f"{size:,} account{'' if size == 1 else 's'}"
        generated = compare(times, "generated", "json")
        rows += [
            _row("parsing", measure, "generated models", "json.loads", generated,
                 goal="<= 3x", met=generated.ratio <= 3.0),
            _row("parsing", measure, "(pydantic)", "json.loads",
                 compare(times, "pydantic", "json")),
            _row("parsing", measure, "generated models", "pydantic",
                 compare(times, "generated", "pydantic")),
        ]  # fmt: skip
    return rows


# -- webhooks ---------------------------------------------------------------------------------

WEBHOOK_SECRET = "whsec_" + "bench" * 5
WEBHOOK_TIME = 1716480000


def _delivery(size: int, *, batched: bool) -> tuple[str, bytes]:
    """The spec's first example of an inbound message (Meta's notification) grown to ``size``
    bytes or more, as Kirim would send it: its message's text made longer (one long message),
    or its message repeated (Meta batching several), the harder case: many small objects."""
    name, body = next(
        (name, copy.deepcopy(example["value"]))
        for name, item in load(SPEC)["webhooks"].items()
        for example in item["post"]["requestBody"]["content"]["application/json"][
            "examples"
        ].values()
        if _messages(example["value"])
    )
    messages = _messages(body)
    one = messages[0]
    while len(json.dumps(body)) < size:
        if batched:
            messages.append({**one, "id": f"{one['id']}{len(messages)}"})
        else:
            one["text"]["body"] += " Halo, mau tanya soal pesanan."
    return name, json.dumps(body).encode()


def _messages(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The text messages of the first change of a Meta notification; none for another body."""
    entries = body.get("entry") or [{}]
    value = ((entries[0].get("changes") or [{}])[0]).get("value") or {}
    messages: list[dict[str, Any]] = value.get("messages") or []
    return messages if messages and "text" in messages[0] else []


def bench_webhooks(settings: Settings) -> list[Row]:
    rows = []
    for batched in (False, True):
        name, body = _delivery(2048, batched=batched)
        signature = webhooks.sign(body, WEBHOOK_SECRET, timestamp=WEBHOOK_TIME)
        headers = {"X-Kirim-Signature": signature, "X-Kirim-Event": name}

        def floor(body: bytes = body, key: bytes = WEBHOOK_SECRET.encode()) -> object:
            signed = f"{WEBHOOK_TIME}.".encode() + body
            return hmac.new(key, signed, hashlib.sha256).hexdigest(), json.loads(body)

        candidates: dict[str, Callable[[], object]] = {
            "floor": floor,
            "verify": partial(webhooks.verify, body, headers, [WEBHOOK_SECRET], now=WEBHOOK_TIME),
        }
        interleave(candidates, 2_000, 1)
        times = interleave(candidates, 2_000, settings.parse_repeats)
        found = compare(times, "verify", "floor")
        count = len(json.loads(body)["entry"][0]["changes"][0]["value"]["messages"])
        measure = f"{len(body):,} B {name}, {count} message{'' if count == 1 else 's'}"
        rows.append(
            _row("webhooks", measure, "webhooks.verify", "hmac + json.loads", found,
                 goal="<= 3x", met=found.ratio <= 3.0)
        )  # fmt: skip
    return rows


# -- imports ----------------------------------------------------------------------------------

_IMPORT_PROBE = "import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
# One operation's module: sending a message, the job users come for, whose module imports the
# most models (a body of eight variants).
_IMPORTS = {
    "httpx": "import httpx",
    "kirim_chat": "import kirim_chat",
    "send_message": "from kirim_chat.api.messages import send_message",
}


def _import_seconds(statement: str, environment: dict[str, str]) -> float:
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_PROBE.format(statement=statement)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(result.stdout)


def bench_imports(settings: Settings) -> list[Row]:
    # Users import from installed bytecode: let the first run write it, as pip would have.
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for statement in _IMPORTS.values():
        _import_seconds(statement, environment)
    seconds: dict[str, list[float]] = {name: [] for name in _IMPORTS}
    for repeat in range(settings.import_repeats):
        names = list(_IMPORTS)
        for name in names[repeat % 3 :] + names[: repeat % 3]:
            seconds[name].append(_import_seconds(_IMPORTS[name], environment))
    rows = []
    for subject in ("kirim_chat", "send_message"):
        found = compare(seconds, subject, "httpx")
        pairs = zip(seconds[subject], seconds["httpx"], strict=True)
        extra_ms = statistics.median((mine - theirs) * 1000 for mine, theirs in pairs)
        rows.append(
            _row("import", "fresh interpreter", _IMPORTS[subject], "import httpx", found,
                 goal="<= +25 ms", met=extra_ms <= 25.0, extra={"extra_ms": extra_ms})
        )  # fmt: skip
    return rows


# -- regeneration -----------------------------------------------------------------------------


def _operations(count: int) -> str:
    return f"{count} operation{'' if count == 1 else 's'}"


def bench_regeneration(settings: Settings) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="bench-regen-", dir=ROOT / "build") as scratch:
        timings = regeneration.measure(
            settings.regeneration_sizes, settings.regeneration_repeats, Path(scratch)
        )
    smallest = timings[0]
    rows = []
    for timing in timings:
        found = Comparison(timing.total_s, smallest.total_s, timing.total_s / smallest.total_s)
        goal, met = "", None
        if timing.operations == 300:
            goal, met = "< 20 s", timing.total_s < 20.0
        rows.append(
            _row("regeneration", _operations(timing.operations), "generate + check",
                 f"same, {_operations(smallest.operations)}", found,
                 goal=goal, met=met, extra={"generate_s": timing.generate_s,
                 "check_s": timing.check_s, "steps_s": timing.steps_s})
        )  # fmt: skip
    rows += _bench_make_generate(settings)
    if len(timings) >= 2:
        before, last = timings[-2], timings[-1]
        growth = last.total_s / before.total_s
        size_growth = last.operations / before.operations
        rows.append(
            _row("regeneration", f"growth {before.operations} -> {_operations(last.operations)}",
                 f"{growth:.2f}x the time", f"{size_growth:g}x the operations",
                 Comparison(last.total_s, before.total_s, growth / size_growth),
                 goal="<= 1 (linear)", met=growth <= size_growth,
                 extra={"time_ratio": growth, "operations_ratio": size_growth})
        )  # fmt: skip
    return rows


def _bench_make_generate(settings: Settings) -> list[Row]:
    """`make generate` on openapi.yaml against the one-operation spec of an early release."""
    release = regeneration.ONE_OPERATION_RELEASE
    with tempfile.TemporaryDirectory(prefix="bench-generate-", dir=ROOT / "build") as scratch:
        early = regeneration.one_operation_spec(Path(scratch) / "openapi.yaml")
        if early is None:
            print(f"make generate: no tag {release} in this clone, not compared", file=sys.stderr)
            return []
        counts = {
            name: len(operations(load(path))) for name, path in (("whole", SPEC), ("early", early))
        }
        seconds = regeneration.make_generate_seconds(
            {"whole": SPEC, "early": early}, settings.generate_repeats, Path(scratch)
        )
    found = compare(seconds, "whole", "early")
    return [
        _row("regeneration", "make generate", f"openapi.yaml, {_operations(counts['whole'])}",
             f"{release}'s, {_operations(counts['early'])}", found)
    ]  # fmt: skip


# -- report -----------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": f"{memory:.0f} GiB",
        "system": platform.platform(),
        "python": platform.python_version(),
        **{package: version(package) for package in ("httpx", "attrs", "pydantic", "mypy")},
        "openapi-python-client": version("openapi-python-client"),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--quick", action="store_true", help="fewer repeats, sizes up to 100")
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections")
    args = parser.parse_args(argv)
    settings = QUICK if args.quick else Settings()
    chosen = [name for name in args.only.split(",") if name]
    unknown = set(chosen) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections {sorted(unknown)}; choose from {', '.join(SECTIONS)}")
    (ROOT / "build").mkdir(exist_ok=True)
    benches: dict[str, Callable[[Settings], list[Row]]] = {
        "per-call": bench_per_call,
        "parsing": bench_parsing,
        "webhooks": bench_webhooks,
        "imports": bench_imports,
        "regeneration": bench_regeneration,
    }
    rows: list[Row] = []
    for name in chosen:
        print(f"measuring {name} ...", file=sys.stderr, flush=True)
        rows += benches[name](settings)
    about = machine()
    print(format_report(rows, about))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        report = {"machine": about, "settings": asdict(settings), "rows": [asdict(r) for r in rows]}
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
