"""`make docs`: the rendered reference, opened from disk in Debian's headless Chromium with every
request off the page's own file refused, shows what the spec says.

Playwright drives the browser rather than ``chromium --dump-dom``: the page renders nested
schemas only once they scroll into view and shows one response status at a time, so the test
has to scroll and click; and Playwright sees every request the page makes, which is how it
proves the page needs nothing from a CDN. It launches /usr/bin/chromium and never downloads a
browser of its own. `make chromium` installs it (`make test` does so first).
"""

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, Request, Route, expect, sync_playwright

from scripts.docs import build
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
OPERATION = SPEC_DOCUMENT["paths"]["/accounts"]["get"]
ROUTE = f"#/{OPERATION['tags'][0].lower()}/{OPERATION['operationId'].lower()}"
ANCHOR = ROUTE.removeprefix("#/")  # element ids on the operation page start with this


def _schema(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = SPEC_DOCUMENT["components"]["schemas"][name]
    return schema


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
            page.goto(reference.as_uri() + ROUTE)
            expect(page.get_by_role("heading", name=OPERATION["summary"])).to_be_visible()
            yield page
        finally:
            context.close()


def test_the_page_is_the_spec_rendered_and_a_screenshot_is_saved(page: Page) -> None:
    expect(page).to_have_title(SPEC_DOCUMENT["info"]["title"])
    expect(page.get_by_role("heading", name=OPERATION["summary"])).to_be_visible()
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOT)
    assert SCREENSHOT.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_the_status_parameter_is_shown_with_its_values(page: Page) -> None:
    parameter, _ = deref(SPEC_DOCUMENT, OPERATION["parameters"][0])
    values, _ = deref(SPEC_DOCUMENT, parameter["schema"])
    row = page.locator(f'[id="{ANCHOR}/t=request&in=query&path={parameter["name"]}"]')

    expect(row).to_be_visible()
    expect(row).to_contain_text(parameter["name"])
    for value in values["enum"]:
        expect(row).to_contain_text(f'"{value}"')


def test_every_account_field_is_shown(page: Page) -> None:
    page.locator(f'[id="{ANCHOR}/t=response&c=200&path=data"]').scroll_into_view_if_needed()
    for field in _schema("Account")["properties"]:
        row = page.locator(f'[id="{ANCHOR}/t=response&c=200&path=data[]/{field}"]')
        expect(row).to_be_visible()  # waits: nested schemas render once scrolled into view
        expect(row).to_contain_text(field)


def test_every_error_response_is_shown(page: Page) -> None:
    errors = {code: body for code, body in OPERATION["responses"].items() if code >= "400"}
    assert errors, "the operation documents no error responses"
    for code, response in errors.items():
        described, _ = deref(SPEC_DOCUMENT, response)
        page.get_by_role("tab", name=code, exact=True).first.click()
        shown = described["description"].strip().replace("`", "")  # markdown code, rendered
        expect(page.get_by_text(shown)).to_be_visible()
        expect(page.locator(f'[id="{ANCHOR}/t=response&c={code}&path=error"]')).to_be_visible()


def test_the_page_needs_nothing_from_the_network(reference: Path, refused: list[Request]) -> None:
    # Everything above ran with every request off the page's own file refused. Redoc asks for
    # its "API docs by Redocly" logo from its CDN and hides it when that fails; anything more
    # (a script, a stylesheet, a font, a fetch) would be a page that breaks offline.
    html = reference.read_text(encoding="utf-8")
    assert "<script src=" not in html
    assert {(request.resource_type, request.url) for request in refused} <= {
        ("image", "https://cdn.redoc.ly/redoc/logo-mini-full.svg"),
        ("image", "https://cdn.redoc.ly/redoc/logo-mini.svg"),
    }
