"""`make docs`: the rendered reference, opened from disk in Debian's headless Chromium with every
request off the page's own file refused, shows what the spec says.

Playwright drives the browser rather than ``chromium --dump-dom``: the page renders nested
schemas only once they scroll into view and shows one response status at a time, so the test
has to scroll and click; and Playwright sees every request the page makes, which is how it
proves the page needs nothing from a CDN. It launches /usr/bin/chromium and never downloads a
browser of its own. `make chromium` installs it (`make test` does so first).

Every operation of openapi.yaml is checked, found in the spec (scripts/operations.py): a new one
is covered with no registration here. Each test requests the page it looks at.
"""

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Locator, Page, Request, Route, expect, sync_playwright

from scripts.docs import build
from scripts.operations import Operation, enum_values, operations
from scripts.paths import ROOT, SPEC
from scripts.spec import deref, load

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT = ROOT / "build" / "reference.png"
# As root Chromium needs --no-sandbox; the rest keep it from reaching for Google's servers.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_SCHEMES = ("file:", "data:", "blob:")
VIEWPORT = {"width": 1280, "height": 900}
# Generous: expect() returns as soon as the page shows what it waits for; the default 5 s is
# tight for a browser start on a busy 2-core CI machine.
expect.set_options(timeout=30_000)

SPEC_DOCUMENT = load(SPEC)
OPERATIONS = operations(SPEC_DOCUMENT)
by_id = pytest.mark.parametrize(
    "operation", OPERATIONS, ids=[operation.operation_id for operation in OPERATIONS]
)


# The section of the request Redoc lists a parameter in, by the parameter's `in`.
REDOC_SECTION = {"query": "query", "path": "path", "header": "headers", "cookie": "cookies"}


def anchor(operation: Operation) -> str:
    """Redoc's id for an operation, the start of every element id on its part of the page."""
    return f"{operation.tag.lower().replace(' ', '-')}/{operation.operation_id.lower()}"


def element_id(
    operation: Operation,
    side: str,
    *,
    section: str | None = None,
    status: str | int | None = None,
    path: str | None = None,
) -> str:
    """Redoc's id of a row of an operation's part of the page, as Redoc builds its deep links
    (checked by rendering a spec with path, query and header parameters and a oneOf body):
    the operation's anchor, then ``t=`` (request or response), ``in=`` (Redoc's section,
    REDOC_SECTION), ``c=`` (the status) and ``path=`` (the field, ``&oneof=<n>/`` before a
    field of a oneOf body's variant n), the empty ones left out, and the whole id in lower case
    (a header ``Idempotency-Key`` is ``in=headers&path=idempotency-key``)."""
    parts = {"t": side, "in": section, "c": status, "path": path}
    query = "&".join(f"{key}={value}" for key, value in parts.items() if value is not None)
    return f"{anchor(operation)}/{query}".lower()


def fields(schema: Any) -> list[str]:
    """Redoc's paths of a body's fields: each property, and one level into arrays of objects
    (``data[]/name``), as the page lists them."""
    schema, _ = deref(SPEC_DOCUMENT, schema)
    found = []
    for name, sub in (schema.get("properties") or {}).items():
        found.append(name)
        sub, _ = deref(SPEC_DOCUMENT, sub)
        items, _ = deref(SPEC_DOCUMENT, sub.get("items", {}))
        found += [f"{name}[]/{inner}" for inner in (items.get("properties") or {})]
    return found


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("docs") / "reference.html"
    build(SPEC, output)
    return output


@pytest.fixture(scope="module")
def refused() -> list[Request]:
    """Every request the page tried to send off this machine, refused."""
    return []


@pytest.fixture(scope="module")
def page(reference: Path, refused: list[Request]) -> Iterator[Page]:
    """The reference open in Chromium, every request off its own file refused."""
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: run `make chromium` (Debian's chromium package)")

    def local_only(route: Route, request: Request) -> None:
        if request.url.startswith(LOCAL_SCHEMES):
            route.continue_()
        else:
            refused.append(request)
            route.abort("internetdisconnected")

    with tempfile.TemporaryDirectory(prefix="kirim-chromium-") as profile, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": VIEWPORT["width"], "height": VIEWPORT["height"]},
        )
        try:
            context.route("**/*", local_only)
            page = context.new_page()
            page.goto(reference.as_uri())
            expect(page).to_have_title(SPEC_DOCUMENT["info"]["title"])
            yield page
        finally:
            context.close()


def _open(page: Page, reference: Path, operation: Operation) -> None:
    page.goto(f"{reference.as_uri()}#/{anchor(operation)}")
    expect(page.get_by_role("heading", name=operation.summary)).to_be_visible()


def test_the_page_is_the_spec_rendered_and_a_screenshot_is_saved(
    page: Page, reference: Path
) -> None:
    _open(page, reference, OPERATIONS[0])
    expect(page).to_have_title(SPEC_DOCUMENT["info"]["title"])
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOT)
    assert SCREENSHOT.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


@by_id
def test_every_parameter_is_shown_with_its_values(
    page: Page, reference: Path, operation: Operation
) -> None:
    _open(page, reference, operation)
    for parameter in operation.parameters:
        section = REDOC_SECTION[parameter["in"]]
        row = page.locator(
            f'[id="{element_id(operation, "request", section=section, path=parameter["name"])}"]'
        )
        expect(row).to_be_visible()
        expect(row).to_contain_text(parameter["name"])
        for value in enum_values(SPEC_DOCUMENT, parameter):
            expect(row).to_contain_text(f'"{value}"')


@by_id
def test_every_request_body_field_is_shown(
    page: Page, reference: Path, operation: Operation
) -> None:
    _open(page, reference, operation)
    media = ((operation.request_body or {}).get("content") or {}).get("application/json")
    schema, _ = deref(SPEC_DOCUMENT, media["schema"] if media else {})
    # A oneOf body shows one variant at a time, chosen by its tab; each has its own rows.
    variants: list[tuple[int | None, Any]] = list(enumerate(schema.get("oneOf") or []))
    variants = variants or [(None, schema)]
    body = page.locator(f'[id="{anchor(operation)}/request/body"]')
    for index, variant in variants:
        if index is not None:
            _show_variant(page, body, index, variant)
        for field in fields(variant):
            path = field if index is None else f"&oneof={index}/{field}"
            row = page.locator(f'[id="{element_id(operation, "request", path=path)}"]')
            row.scroll_into_view_if_needed()
            expect(row).to_be_visible()
            expect(row).to_contain_text(field.rsplit("/", 1)[-1])


def _show_variant(page: Page, body: Locator, index: int, variant: Any) -> None:
    """Show the ``index``-th variant of a oneOf body: Redoc offers a few as tabs, more in a
    dropdown menu that names each by its schema (its title, else its component's name)."""
    # The body's own switcher, the first in it: a variant may hold oneOf fields of its own.
    switcher = body.locator('[data-section-id="switcher"]').first
    tabs = switcher.get_by_role("tab")
    if tabs.count():
        tabs.nth(index).click()
        return
    name = variant.get("title") or str(variant.get("$ref", "")).rsplit("/", 1)[-1]
    switcher.locator('[data-component-name="Dropdown/Dropdown"] button').click()
    page.get_by_role("menuitem", name=name, exact=True).click()


@by_id
def test_every_success_field_is_shown(page: Page, reference: Path, operation: Operation) -> None:
    _open(page, reference, operation)
    status = operation.success_status
    schema = operation.json_schema(status) if status is not None else None
    if status is not None:
        # The page keeps the response tab last chosen for the operation (the error test clicks
        # through them): choose the success status, whichever test ran first.
        section = page.locator(f'[id="{anchor(operation)}"]')
        section.get_by_role("tab", name=str(status), exact=True).click()
    for field in fields(schema) if schema else []:
        row = page.locator(f'[id="{element_id(operation, "response", status=status, path=field)}"]')
        row.scroll_into_view_if_needed()  # nested schemas render once scrolled into view
        expect(row).to_be_visible()
        expect(row).to_contain_text(field.rsplit("/", 1)[-1])


@by_id
def test_every_error_response_is_shown(page: Page, reference: Path, operation: Operation) -> None:
    _open(page, reference, operation)
    section = page.locator(f'[id="{anchor(operation)}"]')  # responses are shared between them
    errors = {code: body for code, body in operation.responses.items() if code >= "400"}
    for code, response in errors.items():
        section.get_by_role("tab", name=code, exact=True).click()
        shown = response["description"].strip().replace("`", "")  # markdown code, rendered
        expect(section.get_by_text(shown)).to_be_visible()
        for field in fields(operation.json_schema(int(code)) or {})[:1]:
            row = page.locator(
                f'[id="{element_id(operation, "response", status=code, path=field)}"]'
            )
            expect(row).to_be_visible()


def test_the_page_needs_nothing_from_the_network(
    page: Page, reference: Path, refused: list[Request]
) -> None:
    # The page was loaded, and each operation opened, with every request off the page's own
    # file refused. Redoc asks for its "API docs by Redocly" logo from its CDN and hides it when
    # that fails; anything more (a script, a stylesheet, a font, a fetch) would be a page that
    # breaks offline.
    for operation in OPERATIONS:
        _open(page, reference, operation)
    html = reference.read_text(encoding="utf-8")
    assert "<script src=" not in html
    assert {(request.resource_type, request.url) for request in refused} <= {
        ("image", "https://cdn.redoc.ly/redoc/logo-mini-full.svg"),
        ("image", "https://cdn.redoc.ly/redoc/logo-mini.svg"),
    }
