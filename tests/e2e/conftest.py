"""Fixtures of the browser tests: one real server and one Chromium per session, phone pages per test.

Run with ``make test-e2e`` (``pytest tests/e2e -m e2e``). Needs Debian's chromium at
/usr/bin/chromium (Playwright cannot download its own browser on this network)
and the npm dev tools (``npm ci``: axe-core). Screenshots of every journey step
go to ``test-output/e2e/<journey>-<nn>-<step>.png``, and of every open page on a
failure to ``FAILED-<test>-<n>.png``. Debugging: ``E2E_FRESH=1`` ignores the cached
migrated database, ``E2E_KEEP=1`` keeps the server's media folder, and
``python -m tests.e2e.server /tmp/e2e.json`` + ``E2E_ATTACH=/tmp/e2e.json`` reuse a running
server across test runs (the editor journey then needs a fresh one).
"""

import os
import re
from pathlib import Path

import pytest

from tests.e2e import server as e2e_server

CHROMIUM, CHROMIUM_ARGS = e2e_server.CHROMIUM, e2e_server.CHROMIUM_ARGS
PHONE = {"viewport": {"width": 360, "height": 740}, "device_scale_factor": 1, "is_mobile": True, "has_touch": True}
OUTPUT = e2e_server.ROOT / "test-output" / "e2e"
AXE = e2e_server.ROOT / "node_modules" / "axe-core" / "axe.min.js"


def pytest_collection_modifyitems(config, items):
    """Skip the browser tests cleanly, with the reason, when the browser is missing."""
    here = Path(__file__).parent
    missing = None
    if not Path(CHROMIUM).exists():
        missing = f"{CHROMIUM} not found: install it with `apt-get install chromium` (make e2e-deps)"
    else:
        try:
            import playwright  # noqa: F401
        except ImportError:
            missing = "playwright is not installed (pip install -e '.[dev]')"
    for item in items:
        if here in Path(str(item.fspath)).parents:
            if missing:
                item.add_marker(pytest.mark.skip(reason=missing))


@pytest.fixture(scope="session")
def live():
    """The running server (``tests.e2e.server.Server``): ``live.url(schema, path)``."""
    OUTPUT.mkdir(parents=True, exist_ok=True)
    for old in OUTPUT.glob("*.png"):
        old.unlink()
    if os.environ.get("E2E_ATTACH"):  # a server started by `python -m tests.e2e.server` (debugging)
        yield e2e_server.Server.load(os.environ["E2E_ATTACH"])
        return
    server = e2e_server.start()
    yield server
    e2e_server.stop(server, keep_files=bool(os.environ.get("E2E_KEEP")))


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def context(request, browser):
    ctx = browser.new_context(**PHONE, locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh", accept_downloads=True)
    ctx.set_default_timeout(15_000)
    yield ctx
    if getattr(request.node, "failed_call", False):
        save_failure_screenshots(request.node.name, ctx.pages)
    ctx.close()


@pytest.fixture
def phone(context):
    """A page in a 360x740 phone viewport."""
    return context.new_page()


class Shots:
    """Numbered screenshots of a journey: ``shots(page, "menu-open")`` -> ``<journey>-03-menu-open.png``.

    The numbering continues across the tests of one journey (tests run in file order).
    """

    counters = {}

    def __init__(self, journey):
        self.journey = journey

    def __call__(self, page, step, full_page=False):
        count = self.counters[self.journey] = self.counters.get(self.journey, 0) + 1
        name = re.sub(r"[^a-z0-9-]+", "-", step.lower()).strip("-")
        path = OUTPUT / f"{self.journey}-{count:02d}-{name}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path


@pytest.fixture
def shots(request):
    journey = request.node.get_closest_marker("journey")
    return Shots(journey.args[0] if journey else request.node.name.removeprefix("test_"))


@pytest.fixture(scope="session")
def axe_source():
    if not AXE.exists():
        pytest.fail(f"{AXE} missing: run `npm ci` at the repository root (make e2e-deps)")
    return AXE


def pytest_configure(config):
    config.addinivalue_line("markers", "journey(name): prefix of the screenshots of a browser journey")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call" and report.failed:
        item.failed_call = True
    return report


@pytest.fixture(autouse=True)
def _screenshot_on_failure(request, browser):
    """On failure, save every page still open (contexts a test made itself) as ``FAILED-<test>-<n>.png``."""
    yield
    if getattr(request.node, "failed_call", False):
        save_failure_screenshots(request.node.name, [page for ctx in browser.contexts for page in ctx.pages])


def save_failure_screenshots(name, pages):
    for number, page in enumerate(pages, 1):
        try:
            page.screenshot(path=str(OUTPUT / f"FAILED-{name}-{number}.png"), full_page=True)
        except Exception:  # noqa: BLE001, S110 - best effort, the test already failed
            pass
