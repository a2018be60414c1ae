"""A stand-in for the Kirim API in your own tests: in process, no network, answers from the spec.

    from kirim_chat.testing import FakeKirim

    kirim = FakeKirim()
    your_code(kirim.client)  # an AuthenticatedClient whose requests go to the stand-in
    [call] = kirim.calls     # what your code sent: method, path, query, headers, JSON body

Every operation of the spec the package was generated from is served, by regeneration alone:
the spec (without its prose) is written into the package as ``_spec.json``. By default a call
gets its operation's first documented success example, with the example values of the
documented headers (``X-Request-Id``, ``X-RateLimit-*``). ``answer()`` makes an operation answer
another documented status or example instead, every time or a number of times; the client
handles it as it would the real answer: a 429 raises ``RateLimitError`` after its retries,
whose ``Retry-After`` waits are skipped (``waits`` lists them) rather than slept.

A request the spec refuses gets the API's 400 error envelope, as the real API would answer it:
a parameter or body field that breaks its schema (an unknown enum value, a missing required
field, an id against its pattern, a field the body does not allow), naming the field in
``param``, with the ``type`` and ``code`` of the spec's own 400 example for that field (else of
its first). The package refuses much of this before sending; the rest reaches the stand-in:
what the models do not check (patterns and lengths inside bodies, fields a body does not
allow), extra query parameters given through ``RequestOptions``, and ``client.request(...)``.
A request without the key an operation needs gets its 401; a path the spec does not describe,
a 404.

Lists: a request that carries a ``cursor`` gets the first example that ends the walk
(``has_more`` not true), so ``iterate()`` stops after two pages.

Checking requests against the spec's JSON Schemas needs ``jsonschema``, which the package does
not otherwise depend on: ``pip install 'kirim-chat[testing]'``. For pytest, the ``kirim``
fixture of ``kirim_chat.pytest_plugin`` gives each test a fresh stand-in.
"""

import difflib
import functools
import importlib.resources
import json
import re
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Self
from urllib.parse import quote, unquote, urlsplit

import httpx

try:
    from jsonschema import Draft202012Validator, ValidationError
    from jsonschema.exceptions import relevance
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012
except ImportError as _missing:
    raise ImportError(
        "kirim_chat.testing checks requests against the spec with jsonschema, which is not "
        "installed: pip install 'kirim-chat[testing]'"
    ) from _missing

from . import errors
from ._clock import Clock
from ._redact import contains_key, redact
from .client import AuthenticatedClient

__all__ = ["Call", "FakeKirim"]

SPEC_FILE = "_spec.json"
# Key-shaped, so that the client sends what a real key looks like; it reaches nothing real.
FAKE_API_KEY = "kdv_test_" + "fake" * 6
_SPEC_URI = "urn:kirim-chat:spec"
_JSON = "application/json"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# How much of a refusal's message the 400 envelope carries: the instance jsonschema quotes may
# be a whole body.
_MESSAGE_CHARS = 300


@dataclass(frozen=True)
class Call:
    """One request the stand-in received. A call the client retried is one ``Call`` per
    attempt, as the real API would see it."""

    operation: str | None
    """The spec's ``operationId``; None for a request the spec does not describe."""
    method: str
    """``GET``, ``POST``..."""
    path: str
    """As sent, percent-decoded: ``/v1/106540352242922/messages``."""
    query: dict[str, str]
    headers: dict[str, str]
    """Every header sent, names in lower case, except the one that carries the API key."""
    json: Any
    """The JSON body, parsed; None when there was none."""
    status: int
    """The status the stand-in answered."""


class FakeKirim:
    """The Kirim API as its spec describes it, in process; see the module's docstring.

    Use ``client`` in the code under test; read ``calls`` and ``waits`` afterwards. Thread-safe.
    ``close()`` (or the end of a ``with`` block) closes the client."""

    def __init__(self) -> None:
        self._spec = _spec()
        self._lock = threading.Lock()
        self._calls: list[Call] = []
        self._waits: list[float] = []
        self._answers: dict[str, list[_Answer]] = {}
        self._client = AuthenticatedClient(
            token=FAKE_API_KEY,
            base_url=self._spec.server_url,
            httpx_args={"transport": httpx.MockTransport(self.handle)},
        )
        # The client's private seams (tests of the runtime use them too): retry waits are
        # recorded and skipped, and backoff has no jitter, so a test sees the same waits always.
        self._client._clock = _SkippedWaits(self._waits, self._lock)
        self._client._jitter = lambda: 0.0

    @property
    def client(self) -> AuthenticatedClient:
        """A client whose requests, sync and async, go to this stand-in. Its copies
        (``with_options``, ``with_headers``...) do too, unless they change ``httpx_args``."""
        return self._client

    @property
    def calls(self) -> list[Call]:
        """Every request received so far, oldest first (a copy)."""
        with self._lock:
            return list(self._calls)

    @property
    def waits(self) -> list[float]:
        """Each wait before a retry that the client asked for and the stand-in skipped, in
        seconds: a 429's ``Retry-After``, or the backoff after a 5xx."""
        with self._lock:
            return list(self._waits)

    @property
    def operations(self) -> list[str]:
        """The ``operationId`` of every operation served, in the spec's order."""
        return [operation.operation_id for operation in self._spec.operations]

    def statuses(self, operation: str | ModuleType) -> list[int]:
        """The statuses the spec documents for ``operation`` (an ``operationId``, its Python
        name, or its module), which ``answer()`` accepts."""
        return list(self._spec.find(operation).responses)

    def answer(
        self,
        operation: str | ModuleType,
        status: int,
        *,
        example: str | None = None,
        times: int | None = None,
    ) -> None:
        """From now on, ``operation`` answers ``status``, a status the spec documents for it,
        with that response's example named ``example`` (else its first) and its headers'
        examples; every time, or only the next ``times`` times, after which it answers as it
        did before. ``operation`` is an ``operationId`` (``"sendMessage"``), its Python name
        (``"send_message"``) or its module (``kirim_chat.api.messages.send_message``).
        InvalidArgumentError when the spec does not document that status or example."""
        found = self._spec.find(operation)
        if isinstance(status, bool) or not isinstance(status, int):
            raise errors.InvalidArgumentTypeError(
                f"status: expected an int, got {type(status).__name__}"
            )
        if status not in found.responses:
            documented = ", ".join(map(str, found.responses))
            raise errors.InvalidArgumentError(
                f"{found.operation_id} documents the statuses {documented}, not {status}"
            )
        response = found.responses[status]
        names = [name for name, _ in self._spec.examples(response)]
        if not names and (response.get("content") or {}).get(_JSON):
            raise errors.InvalidArgumentError(
                f"{found.operation_id}'s {status} answer has no example in the spec to send"
            )
        if example is not None and example not in names:
            raise errors.InvalidArgumentError(
                f"{found.operation_id}'s {status} answer has no example {example!r}; "
                f"it has: {', '.join(names) or 'none'}"
            )
        if times is not None and (isinstance(times, bool) or not isinstance(times, int)):
            raise errors.InvalidArgumentTypeError(
                f"times: expected an int or None, got {type(times).__name__}"
            )
        if times is not None and times < 1:
            raise errors.InvalidArgumentError(f"times: expected at least 1, got {times}")
        with self._lock:
            self._answers.setdefault(found.operation_id, []).append(_Answer(status, example, times))

    def reset(self) -> None:
        """Forget the calls, the waits and every ``answer()``."""
        with self._lock:
            self._calls.clear()
            self._waits.clear()
            self._answers.clear()

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    # -- the server side ------------------------------------------------------------------------

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one HTTP request as the API would (what the client's transport calls; a
        loopback server can call it too)."""
        raw_path = request.url.raw_path.decode("ascii").partition("?")[0]
        query = dict(request.url.params)
        content = request.content  # read already: by the transport, or given whole
        try:
            body = json.loads(content) if content else None
        except ValueError:
            body = _NOT_JSON
        found = self._spec.match(request.method, raw_path)
        with self._lock:
            if found is None:
                status, payload, headers = self._spec.not_found(request.method, unquote(raw_path))
            else:
                operation, path_values = found
                status, payload, headers = self._respond(
                    operation, request, path_values, query, body
                )
            self._calls.append(
                Call(
                    operation=None if found is None else found[0].operation_id,
                    method=request.method,
                    path=unquote(raw_path),
                    query=query,
                    headers={
                        name: value
                        for name, value in request.headers.items()
                        if name != "authorization" and not contains_key(value)
                    },
                    json=None if body is _NOT_JSON else body,
                    status=status,
                )
            )
        if payload is None:
            return httpx.Response(status, headers=headers)
        return httpx.Response(
            status,
            headers={"Content-Type": _JSON, **headers},
            content=json.dumps(payload).encode(),
        )

    def _respond(
        self,
        operation: "_Operation",
        request: httpx.Request,
        path_values: dict[str, str],
        query: dict[str, str],
        body: Any,
    ) -> tuple[int, Any, dict[str, str]]:
        spec = self._spec
        if not spec.authenticated(operation, request):
            return spec.refusal(operation, 401, None, "the API key is missing")
        refused = spec.check_parameters(operation, request, path_values, query)
        if refused is None:
            refused = spec.check_body(operation, body)
        if refused is not None:
            return spec.refusal(operation, 400, *refused)
        stack = self._answers.get(operation.operation_id)
        status, example = operation.success, None
        if stack:
            chosen = stack[-1]
            status, example = chosen.status, chosen.example
            if chosen.times is not None:
                chosen.times -= 1
                if chosen.times == 0:
                    stack.pop()
        ends_walk = example is None and "cursor" in query and operation.paginated
        return spec.answer(operation, status, example, ends_walk=ends_walk)


class _NotJson:
    """A body that was sent but is not JSON."""


_NOT_JSON = _NotJson()


@dataclass
class _Answer:
    status: int
    example: str | None
    times: int | None


class _SkippedWaits(Clock):
    """The client's clock under the stand-in: a wait is recorded and skipped, and the clock
    moves on by it, so that deadlines (``total_timeout``) hold as if it had been waited."""

    def __init__(self, waits: list[float], lock: threading.Lock) -> None:
        self._waits = waits
        self._lock = lock
        self._skipped = 0.0

    def monotonic(self) -> float:
        return time.monotonic() + self._skipped

    def time(self) -> float:
        return time.time() + self._skipped

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self._waits.append(seconds)
            self._skipped += seconds

    async def async_sleep(self, seconds: float) -> None:
        import asyncio  # here, as in Clock: only async users pay for it

        self.sleep(seconds)
        await asyncio.sleep(0)  # still a point where the call can be cancelled


# -- the spec -----------------------------------------------------------------------------------


@dataclass
class _Operation:
    operation_id: str
    method: str
    path: re.Pattern[str]
    path_names: list[str]
    literal_segments: int
    parameters: list[tuple[dict[str, Any], str]]
    """Each parameter object, with the JSON pointer of its schema."""
    body: tuple[bool, str] | None
    """Whether the body is required, and the pointer of its JSON schema."""
    responses: dict[int, dict[str, Any]]
    security: list[dict[str, Any]]
    success: int
    paginated: bool


@functools.cache
def _spec() -> "_Spec":
    package = __name__.rpartition(".")[0]
    text = importlib.resources.files(package).joinpath(SPEC_FILE).read_text(encoding="utf-8")
    return _Spec(json.loads(text))


class _Spec:
    """The package's spec, read once: its operations, and what the stand-in answers."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        servers = document.get("servers") or [{"url": "https://api.kirim.chat/v1"}]
        self.server_url = str(servers[0]["url"]).rstrip("/")
        self.base_path = urlsplit(self.server_url).path.rstrip("/")
        self._registry: Registry[Any] = Registry().with_resource(
            _SPEC_URI, DRAFT202012.create_resource(document)
        )
        self._validators: dict[str, Draft202012Validator] = {}
        self.operations = [
            self._operation(path, method, item)
            for path, item in (document.get("paths") or {}).items()
            for method in _METHODS
            if isinstance(item.get(method), dict)
        ]
        # Matched in this order: a literal segment wins over a parameter, /labels/bulk over
        # /labels/{id}.
        self._by_specificity = sorted(
            self.operations, key=lambda operation: -operation.literal_segments
        )

    def follow(self, node: Any, pointer: str) -> tuple[Any, str]:
        """``node`` (found at ``pointer``) with its chain of local $refs followed."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            reference = node["$ref"]
            if not reference.startswith("#/") or reference in seen:
                break
            seen.add(reference)
            pointer = reference[1:]
            node = self.document
            for part in pointer[1:].split("/"):
                node = node[unquote(part).replace("~1", "/").replace("~0", "~")]
        return node, pointer

    def _operation(self, path: str, method: str, item: dict[str, Any]) -> _Operation:
        base = "/paths/" + _escape(path)
        raw = item[method]
        parameters: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        listed = [(p, f"{base}/parameters/{i}") for i, p in enumerate(item.get("parameters", []))]
        listed += [
            (p, f"{base}/{method}/parameters/{i}") for i, p in enumerate(raw.get("parameters", []))
        ]
        for node, pointer in listed:
            parameter, where = self.follow(node, pointer)
            parameters[parameter["in"], parameter["name"]] = (parameter, where + "/schema")
        body = None
        if "requestBody" in raw:
            request_body, where = self.follow(raw["requestBody"], f"{base}/{method}/requestBody")
            if _JSON in (request_body.get("content") or {}):
                schema = f"{where}/content/{_escape(_JSON)}/schema"
                body = (bool(request_body.get("required")), schema)
        responses = {
            int(status): self.follow(response, f"{base}/{method}/responses/{status}")[0]
            for status, response in (raw.get("responses") or {}).items()
            if str(status).isdigit()
        }
        segments = path.strip("/").split("/")
        names = [segment[1:-1] for segment in segments if _is_parameter(segment)]
        pattern = "/".join(
            "([^/]+)" if _is_parameter(segment) else re.escape(quote(segment))
            for segment in segments
        )
        return _Operation(
            operation_id=str(raw.get("operationId") or f"{method} {path}"),
            method=method.upper(),
            path=re.compile(f"^{re.escape(self.base_path)}/{pattern}/?$"),
            path_names=names,
            literal_segments=len(segments) - len(names),
            parameters=list(parameters.values()),
            body=body,
            responses=responses,
            security=list(raw.get("security", self.document.get("security", []))),
            success=next((status for status in responses if 200 <= status < 300), 200),
            paginated=("query", "cursor") in parameters,
        )

    def find(self, operation: str | ModuleType) -> _Operation:
        """The operation named by an operationId, its Python name or its generated module."""
        name = operation
        if isinstance(operation, ModuleType):
            name = operation.__name__.rpartition(".")[2]
        if not isinstance(name, str):
            raise errors.InvalidArgumentTypeError(
                f"operation: expected an operationId or an operation's module, got "
                f"{type(operation).__name__}"
            )
        # The generator names a module after the operationId in snake case: compare both
        # without case and separators.
        wanted = _loose(name)
        for candidate in self.operations:
            if _loose(candidate.operation_id) == wanted:
                return candidate
        known = [candidate.operation_id for candidate in self.operations]
        close = difflib.get_close_matches(name, known, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else f"; it has: {', '.join(known)}"
        raise errors.InvalidArgumentError(f"the spec has no operation {name!r}{hint}")

    def match(self, method: str, raw_path: str) -> tuple[_Operation, dict[str, str]] | None:
        for operation in self._by_specificity:
            if operation.method != method:
                continue
            found = operation.path.match(raw_path)
            if found:
                values = [unquote(value) for value in found.groups()]
                return operation, dict(zip(operation.path_names, values, strict=True))
        return None

    # -- checking a request ---------------------------------------------------------------------

    def authenticated(self, operation: _Operation, request: httpx.Request) -> bool:
        """Whether the request meets one of the operation's security requirements (any of
        them, each with all of its schemes)."""
        if not operation.security:
            return True
        schemes = (self.document.get("components") or {}).get("securitySchemes") or {}
        return any(
            all(_has_credential(request, schemes.get(name) or {}) for name in requirement)
            for requirement in operation.security
        )

    def check_parameters(
        self,
        operation: _Operation,
        request: httpx.Request,
        path_values: dict[str, str],
        query: dict[str, str],
    ) -> tuple[str | None, str] | None:
        """``(param, message)`` for the first parameter the spec refuses, else None."""
        for parameter, schema_pointer in operation.parameters:
            name, place = parameter["name"], parameter["in"]
            sources = {"path": path_values, "query": query, "header": request.headers}
            source = sources.get(place)
            if source is None:
                continue  # cookies: the client sends none the spec describes
            text = source.get(name)
            if text is None:
                if parameter.get("required"):
                    return name, f"{name}: the {place} parameter is required"
                continue
            schema, _ = self.follow(parameter.get("schema") or {}, schema_pointer)
            problem = self._first_problem(schema_pointer, _from_text(self, schema, text))
            if problem is not None:
                return name, f"{name}: {problem[1]}"
        return None

    def check_body(self, operation: _Operation, body: Any) -> tuple[str | None, str] | None:
        if operation.body is None:
            return None
        required, schema_pointer = operation.body
        if body is None:
            return (None, "the request body is required") if required else None
        if body is _NOT_JSON:
            return None, "the request body is not JSON"
        return self._first_problem(schema_pointer, body)

    def _first_problem(self, schema_pointer: str, value: Any) -> tuple[str | None, str] | None:
        validator = self._validators.get(schema_pointer)
        if validator is None:
            reference = {"$ref": f"{_SPEC_URI}#{quote(schema_pointer, safe='/~')}"}
            validator = Draft202012Validator(reference, registry=self._registry)
            self._validators[schema_pointer] = validator
        error = _most_relevant(validator.iter_errors(value))
        if error is None:
            return None
        where = _field(error)
        message = f"{where}: {error.message}" if where else error.message
        if len(message) > _MESSAGE_CHARS:
            message = message[: _MESSAGE_CHARS - 1] + "…"
        return where, redact(message)

    # -- answers --------------------------------------------------------------------------------

    def examples(self, response: dict[str, Any]) -> list[tuple[str, Any]]:
        """The JSON examples of a response, named, in the spec's order."""
        media = (response.get("content") or {}).get(_JSON)
        if not isinstance(media, dict):
            return []
        if "example" in media:
            return [("example", media["example"])]
        found = []
        for name, example in (media.get("examples") or {}).items():
            example, _ = self.follow(example, "")
            if isinstance(example, dict) and "value" in example:
                found.append((str(name), example["value"]))
        return found

    def headers(self, response: dict[str, Any]) -> dict[str, str]:
        """The example value of each documented header, as a header carries it."""
        values: dict[str, str] = {}
        for name, header in (response.get("headers") or {}).items():
            header, _ = self.follow(header, "")
            value = header.get("example")
            if value is None:
                schema, _ = self.follow(header.get("schema") or {}, "")
                listed = schema.get("examples")
                value = schema.get("example", listed[0] if isinstance(listed, list) else None)
            if value is not None:
                values[name] = value if isinstance(value, str) else json.dumps(value)
        return values

    def answer(
        self, operation: _Operation, status: int, example: str | None, *, ends_walk: bool = False
    ) -> tuple[int, Any, dict[str, str]]:
        response = operation.responses.get(status, {})
        examples = self.examples(response)
        if example is not None:
            examples = [(name, value) for name, value in examples if name == example]
        elif ends_walk:
            last = [(name, value) for name, value in examples if not _has_more(value)]
            if not last and examples:  # no example ends the walk: the first one, ended
                name, value = examples[0]
                last = [(name, {**value, "has_more": False, "next_cursor": None})]
            examples = last
        if not examples and (response.get("content") or {}).get(_JSON):
            raise errors.KirimError(
                f"{operation.operation_id}: the spec gives no example of its {status} answer "
                "for kirim_chat.testing to send; add one to the spec"
            )
        return status, examples[0][1] if examples else None, self.headers(response)

    def refusal(
        self, operation: _Operation | None, status: int, param: str | None, message: str
    ) -> tuple[int, Any, dict[str, str]]:
        """The API's answer of ``status`` naming ``param`` with ``message``: the envelope of
        the operation's example for that param, else of its first example; when the operation
        documents no such answer, another operation's (the API has one error envelope)."""
        documented = [operation] if operation is not None else []
        documented += [other for other in self.operations if other is not operation]
        response: dict[str, Any] = {}
        envelopes: list[dict[str, Any]] = []
        for candidate in documented:
            response = candidate.responses.get(status, {})
            envelopes = [
                value
                for _, value in self.examples(response)
                if isinstance(value, dict) and isinstance(value.get("error"), dict)
            ]
            if envelopes:
                break
        chosen = next(
            (value for value in envelopes if value["error"].get("param") == param),
            envelopes[0] if envelopes else {"error": _generic_error(status)},
        )
        detail = {**chosen["error"], "message": message}
        if param is None:
            detail.pop("param", None)
        else:
            detail["param"] = param
        return status, {**chosen, "error": detail}, self.headers(response) if envelopes else {}

    def not_found(self, method: str, path: str) -> tuple[int, Any, dict[str, str]]:
        """A 404 for a path the spec does not describe, shaped as the spec's own 404s."""
        return self.refusal(None, 404, None, f"the spec describes no {method} {path}")


def _has_more(page: Any) -> bool:
    return isinstance(page, dict) and page.get("has_more") is True


def _generic_error(status: int) -> dict[str, Any]:
    """The envelope's type and code when no operation of the spec gives an example of them."""
    kinds = {400: "invalid_request_error", 401: "authentication_error", 404: "not_found"}
    codes = {400: "invalid_request", 401: "invalid_api_key", 404: "resource_not_found"}
    return {"type": kinds.get(status, "api_error"), "code": codes.get(status, "api_error")}


def _has_credential(request: httpx.Request, scheme: Mapping[str, Any]) -> bool:
    if scheme.get("type") == "apiKey":
        name = str(scheme.get("name", ""))
        if scheme.get("in") == "query":
            return name in request.url.params
        if scheme.get("in") == "cookie":
            return name in request.headers.get("cookie", "")
        return bool(request.headers.get(name))
    authorization = request.headers.get("authorization", "")
    expected = "basic" if str(scheme.get("scheme", "")).lower() == "basic" else "bearer"
    prefix, _, credential = authorization.partition(" ")
    return prefix.lower() == expected and bool(credential.strip())


def _from_text(spec: _Spec, schema: Any, text: str) -> Any:
    """A path, query or header value, back to the JSON type its schema declares (a number, a
    boolean); as it came when it is not one."""
    kinds: set[str] = set()
    for option in [schema, *(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]:
        option, _ = spec.follow(option, "")
        declared = option.get("type") if isinstance(option, dict) else None
        kinds.update(declared if isinstance(declared, list) else [declared] if declared else [])
    if "integer" in kinds and re.fullmatch(r"-?\d+", text):
        return int(text)
    if "number" in kinds and re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", text):
        return float(text)
    if "boolean" in kinds and text in ("true", "false"):
        return text == "true"
    return text


def _most_relevant(errors: Iterable[ValidationError]) -> ValidationError | None:
    """The error that says what is wrong. In a ``oneOf``/``anyOf`` (the variants of a send),
    the variant the value was meant to be: the one whose ``const`` fields (``type: text``) it
    matches, with the fewest errors; jsonschema's own ``best_match`` stops at the ``oneOf``
    when its variants' errors are alike."""
    error = max(errors, key=relevance, default=None)
    while error is not None and error.validator in ("oneOf", "anyOf") and error.context:
        variants: dict[Any, list[ValidationError]] = {}
        for inner in error.context:
            variants.setdefault(inner.relative_schema_path[0], []).append(inner)
        closest = min(
            variants.values(),
            key=lambda found: (sum(inner.validator == "const" for inner in found), len(found)),
        )
        error = max(closest, key=relevance)
    return error


def _field(error: ValidationError) -> str | None:
    """Where the error is, as the API's ``param`` names it: ``template.components[0].type``;
    for a missing or unexpected field, that field."""
    parts: list[str | int] = list(error.absolute_path)
    instance = error.instance
    required = error.validator_value
    if error.validator == "required" and isinstance(instance, dict) and isinstance(required, list):
        parts += [name for name in required if name not in instance][:1]
    elif error.validator == "additionalProperties" and isinstance(instance, dict):
        schema = error.schema if isinstance(error.schema, dict) else {}
        declared = schema.get("properties") or {}
        patterns = schema.get("patternProperties") or {}
        parts += [
            name
            for name in instance
            if name not in declared and not any(re.search(p, name) for p in patterns)
        ][:1]
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else str(part)
    return text or None


def _escape(part: str) -> str:
    """One JSON pointer segment."""
    return part.replace("~", "~0").replace("/", "~1")


def _is_parameter(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def _loose(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())
