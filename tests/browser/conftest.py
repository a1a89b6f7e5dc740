"""Playwright with a real Chromium against the served site.

The site is built for the test server's own address, so its sitemap matches
and Material's instant navigation really intercepts links (see tests/conftest.py).
"""

from __future__ import annotations

import os
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect, sync_playwright

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser():
    executable = os.environ.get("CHROME_PATH") or None
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Watch:
    """Everything a page did that a test may want to forbid."""

    def __init__(self, base_url: str):
        self.origin = urlparse(base_url)[:2]
        self.foreign_requests: list[str] = []
        self.console_errors: list[str] = []

    def on_request(self, request):
        parsed = urlparse(request.url)
        if parsed.scheme in ("data", "blob", "about"):
            return
        if (parsed.scheme, parsed.netloc) != self.origin:
            self.foreign_requests.append(request.url)

    def on_console(self, message):
        if message.type == "error":
            self.console_errors.append(message.text)

    def on_page_error(self, error):
        self.console_errors.append(str(error))


@pytest.fixture
def watch(base_url):
    return Watch(base_url)


def new_page(browser, watch, **context_options):
    context = browser.new_context(**context_options)
    context.on("request", watch.on_request)
    page = context.new_page()
    page.on("console", watch.on_console)
    page.on("pageerror", watch.on_page_error)
    return page


@pytest.fixture
def page(browser, watch, site_dir):
    """A desktop-sized page in a fresh context (empty localStorage)."""
    page = new_page(browser, watch, viewport={"width": 1280, "height": 900})
    yield page
    page.context.close()


@pytest.fixture
def phone_page(browser, watch, site_dir):
    page = new_page(browser, watch, viewport={"width": 375, "height": 800}, is_mobile=True, has_touch=True)
    yield page
    page.context.close()


def wait_for_page(page, url: str) -> None:
    """Wait until the page at `url` is shown, whatever #anchor navigation.tracking adds."""
    page.wait_for_url(lambda current: current.split("#")[0] == url)


def search(page, query: str) -> list[str]:
    """Type a query into Material's search box; return the result pages, best first."""
    meta = page.locator(".md-search-result__meta")
    # Until the index is loaded the box answers nothing, and a query typed then is not re-run.
    expect(meta).to_have_text("Type to start searching", timeout=15_000)
    box = page.locator("input.md-search__input")
    box.fill(query)
    # Material reads the query on key-up; one key after filling sends the whole query at once.
    box.press("End")
    expect(meta).to_contain_text("matching")
    items = page.locator("li.md-search-result__item")
    expect(items.first).to_be_visible()
    # One item per page; its first link is the page or its best section.
    hrefs = items.evaluate_all("items => items.map(li => li.querySelector('a').href)")
    return [href.split("#")[0].split("?")[0] for href in hrefs]
