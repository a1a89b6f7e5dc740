"""Page-weight budget of issue 7 (6c): what each page of the nav transfers,
served gzipped as GitHub Pages serves it, measured in Chromium.

    .venv/bin/python bench/page_weight.py [--site DIR]

Without --site, the site is built into a temporary directory for the server's
address; --site reuses a build made with SITE_URL=http://127.0.0.1:<port>/.

Each page loads once in a fresh browser context (empty cache, 1280x720): the
bytes are the same on every run. Transfer is recorded at network idle after
loading, then after scrolling to the bottom a viewport at a time, because Mermaid
loads only when a diagram nears the viewport. The tables count each response's
headers plus gzipped body, as Chromium received them, in kB of 1000 bytes.

Budgets: our own JS and CSS at most 15 kB gzipped per page: the gzipped bodies of
our files (docs/assets/javascripts/, docs/assets/stylesheets/) plus the inline
start-up scripts (overrides/startup/) that every page carries in its HTML,
gzipped on their own; Mermaid only on pages with a diagram; no web fonts. Exits 1 when one is missed, after printing the tables.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import BrowserContext, Page, Request, sync_playwright
from site_build import PROJECT, nav_pages, served_site

CHROMIUM_ARGS = (
    "--no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
)
CATEGORIES = ("HTML", "ours", "Material", "vendored", "other")
OUR_FILES = {
    f"assets/{path.relative_to(PROJECT / 'docs/assets').as_posix()}"
    for folder in ("javascripts", "stylesheets")
    for path in (PROJECT / "docs/assets" / folder).rglob("*")
    if path.is_file()
}
OUR_BUDGET_BYTES = 15_000


def inline_script_bytes() -> int:
    """Our inline start-up scripts, gzipped together as if they were one file of their own."""
    bodies = [
        body
        for template in sorted((PROJECT / "overrides/startup").glob("*.html"))
        for body in re.findall(r"<script>(.*?)</script>", template.read_text(encoding="utf-8"), re.DOTALL)
    ]
    return len(gzip.compress("".join(bodies).encode(), compresslevel=9, mtime=0))


OUR_INLINE_BYTES = inline_script_bytes()
MERMAID = "assets/vendor/mermaid/mermaid.min.js"
QUIET_S = 0.5  # no request in flight for this long = network idle, as in Playwright's "networkidle"
QUIET_TIMEOUT_S = 30


@dataclass
class Response:
    path: str  # relative to the site's root, "" for the home page
    category: str
    resource_type: str
    header_bytes: int
    body_bytes: int  # as sent: gzipped when the server compressed it

    @property
    def wire_bytes(self) -> int:
        return self.header_bytes + self.body_bytes


@dataclass
class Load:
    responses_at_idle: list[Response]
    responses_after_scroll: list[Response]
    has_diagram: bool

    @property
    def ours_bytes(self) -> int:
        """What the budget counts: the gzipped bodies of our own files, and our inline scripts."""
        files = sum(response.body_bytes for response in self.responses_after_scroll if response.category == "ours")
        return files + OUR_INLINE_BYTES


class Transfers:
    """Every request of one browser context (page and workers), and when the network last moved."""

    def __init__(self, context: BrowserContext):
        self.finished: list[Request] = []
        self.in_flight: set[Request] = set()
        self.last_activity = time.monotonic()
        context.on("request", self._started)
        context.on("requestfinished", self._ended)
        context.on("requestfailed", self._ended)

    def _started(self, request: Request) -> None:
        self.in_flight.add(request)
        self.last_activity = time.monotonic()

    def _ended(self, request: Request) -> None:
        self.in_flight.discard(request)
        self.last_activity = time.monotonic()
        if request.failure is None:
            self.finished.append(request)

    def wait_for_idle(self, page: Page) -> list[Request]:
        # Quiet is counted from now on too: what the last action triggers may not have started yet.
        self.last_activity = time.monotonic()
        deadline = self.last_activity + QUIET_TIMEOUT_S
        while self.in_flight or time.monotonic() - self.last_activity < QUIET_S:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{page.url}: still loading {[request.url for request in self.in_flight]}")
            page.wait_for_timeout(100)  # lets Playwright deliver the events
        return list(self.finished)


def category(path: str, resource_type: str) -> str:
    if resource_type == "document":
        return "HTML"
    if path in OUR_FILES:
        return "ours"
    if path.startswith("assets/vendor/"):
        return "vendored"
    # Material's bundle and stylesheets; its search worker and index are "other", with images and fonts.
    if path.startswith(("assets/javascripts/bundle.", "assets/stylesheets/")):
        return "Material"
    return "other"


def responses(requests: list[Request], base_url: str) -> list[Response]:
    result = []
    for request in requests:
        sizes = request.sizes()
        path = request.url.removeprefix(base_url).split("?")[0]
        # Chromium reports no body size for a worker's own script; the server always sends the gzipped length.
        body_bytes = sizes["responseBodySize"] or int(request.response().headers.get("content-length", 0))
        kind = request.resource_type
        result.append(Response(path, category(path, kind), kind, sizes["responseHeadersSize"], body_bytes))
    return result


def scroll_to_bottom(page: Page) -> None:
    # A viewport at a time, as a reader scrolls, so that every diagram comes near the viewport once.
    step = "() => { scrollBy({top: innerHeight, behavior: 'instant'}); return innerHeight + scrollY < document.documentElement.scrollHeight - 1; }"
    while page.evaluate(step):
        page.wait_for_timeout(50)


def measure(context: BrowserContext, url: str, base_url: str) -> Load:
    transfers = Transfers(context)
    page = context.new_page()
    # The served HTML, before Material replaces the diagrams' markup.
    has_diagram = 'class="mermaid"' in page.goto(url).text()
    at_idle = responses(transfers.wait_for_idle(page), base_url)
    scroll_to_bottom(page)
    return Load(at_idle, responses(transfers.wait_for_idle(page), base_url), has_diagram)


def kb(size: int) -> str:
    return f"{size / 1000:.1f}"


def by_file(sizes: dict[str, int]) -> str:
    return ", ".join(f"{path} {kb(size)}" for path, size in sorted(sizes.items())) + " kB"


def table(title: str, loads: dict[str, Load], after_scroll: bool) -> str:
    lines = [
        f"### {title}",
        "",
        "| Page | Diagram | HTML | Ours | Material | Vendored | Other | Total |",
        "| ---- | ------- | ---: | ---: | -------: | -------: | ----: | ----: |",
    ]
    for page, page_load in loads.items():
        totals = dict.fromkeys(CATEGORIES, 0)
        for response in page_load.responses_after_scroll if after_scroll else page_load.responses_at_idle:
            totals[response.category] += response.wire_bytes
        cells = [kb(totals[name]) for name in CATEGORIES] + [f"**{kb(sum(totals.values()))}**"]
        lines.append(f"| /{page} | {'yes' if page_load.has_diagram else 'no'} | {' | '.join(cells)} |")
    return "\n".join(lines)


def budget_misses(loads: dict[str, Load]) -> list[str]:
    misses = []
    for page, page_load in loads.items():
        fetched = page_load.responses_after_scroll
        if page_load.ours_bytes > OUR_BUDGET_BYTES:
            misses.append(f"/{page}: our JS and CSS {kb(page_load.ours_bytes)} kB gzipped > {kb(OUR_BUDGET_BYTES)} kB")
        if page_load.has_diagram != any(response.path == MERMAID for response in fetched):
            diagram = "with" if page_load.has_diagram else "without"
            misses.append(f"/{page}: Mermaid {'not ' if page_load.has_diagram else ''}loaded on a page {diagram} a diagram")
        fonts = [response.path for response in fetched if response.resource_type == "font"]
        if fonts:
            misses.append(f"/{page}: web fonts loaded: {', '.join(fonts)}")
    return misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, help="an existing build to serve instead of building one")
    site = parser.parse_args().site
    with served_site(site) as base_url, sync_playwright() as playwright:
        chromium = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS.split())
        loads = {}
        for page in nav_pages():
            context = browser.new_context()  # a fresh, empty cache for every page
            loads[page] = measure(context, base_url + page, base_url)
            context.close()
        browser.close()
    print("kB over the wire (headers + gzipped bodies), one run per page: page weight is deterministic.\n")
    print(table("Initial load (until network idle)", loads, after_scroll=False), end="\n\n")
    print(table("After scrolling to the bottom", loads, after_scroll=True), end="\n\n")
    fetched = [response for page_load in loads.values() for response in page_load.responses_after_scroll]
    ours = {response.path: response.body_bytes for response in fetched if response.category == "ours"}
    others = {response.path: response.wire_bytes for response in fetched if response.category == "other"}
    most_ours = max(page_load.ours_bytes for page_load in loads.values())
    print(
        f"Ours, gzipped bodies: {by_file(ours)}; inline start-up scripts {kb(OUR_INLINE_BYTES)} kB (in every page's HTML); "
        f"at most {kb(most_ours)} kB on a page (budget {kb(OUR_BUDGET_BYTES)} kB)."
    )
    print(f"Other, by file: {by_file(others)}\n")
    misses = budget_misses(loads)
    print("\n".join(f"MISSED: {miss}" for miss in misses) or "All page-weight budgets met.")
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
