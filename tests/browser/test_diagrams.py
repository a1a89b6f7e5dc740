"""Mermaid diagrams render from the vendored bundle, only when one nears the
viewport, and stay readable in both palettes."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import wait_for_page
from tests.browser.mermaid_probe import draw_visible_diagrams, first_diagram_colours, rendered_diagrams
from tests.browser.palette import switch_to

BUNDLE = "assets/vendor/mermaid/mermaid.min.js"


def bundle_requests(page) -> list[str]:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url) if "vendor/mermaid" in request.url else None)
    return requests


@pytest.mark.parametrize("palette", ["default", "slate"])
def test_diagrams_render_readably(page, base_url, palette):
    page.goto(base_url + "virtualization/")
    switch_to(page, palette)
    visible = page.locator("pre.mermaid:visible").count()
    assert visible > 0, "the page should have diagrams"
    draw_visible_diagrams(page)
    assert len(rendered_diagrams(page)) == visible
    colours = first_diagram_colours(page)
    assert colours.labels > 0
    assert colours.contrast >= 4.5, f"label {colours.text} on {colours.fill}: {colours.contrast:.2f}:1"


def test_a_diagram_in_a_closed_tab_is_drawn_when_the_tab_opens(page, base_url):
    page.goto(base_url + "virtualization/")
    draw_visible_diagrams(page)
    hidden = page.locator("pre.mermaid").count()
    assert hidden >= 1, "the Type 2 tab's diagram waits while its tab is closed"
    tab = page.locator(".tabbed-labels label", has_text="Type 2 (hosted)")
    tab.scroll_into_view_if_needed()
    tab.click()
    page.wait_for_function("n => document.querySelectorAll('pre.mermaid').length < n", arg=hidden)


def test_diagrams_follow_a_palette_switch_without_reload(page, base_url):
    page.goto(base_url + "virtualization/")
    switch_to(page, "default")
    draw_visible_diagrams(page)
    light = first_diagram_colours(page)
    switch_to(page, "slate")
    dark = first_diagram_colours(page)
    assert dark.fill != light.fill
    assert dark.contrast >= 4.5


def test_the_bundle_waits_until_a_diagram_nears_the_viewport(page, base_url, watch):
    requests = bundle_requests(page)
    page.goto(base_url + "cloning/")
    page.wait_for_load_state("networkidle")
    first = page.locator("pre.mermaid").first
    assert first.evaluate("e => e.getBoundingClientRect().top > 2 * innerHeight"), "needs a diagram far below the fold"
    assert requests == [], "Mermaid must not load before a diagram is near"
    first.scroll_into_view_if_needed()
    page.wait_for_function("!document.querySelector('pre.mermaid')")
    assert requests == [base_url + BUNDLE]
    assert watch.console_errors == []


def test_bundle_loads_only_on_pages_with_diagrams_even_after_instant_navigation(page, base_url, watch):
    requests = bundle_requests(page)
    page.goto(base_url)
    page.wait_for_load_state("networkidle")
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_load_state("networkidle")
    assert requests == [], "the home page has no diagram and must not load Mermaid"
    page.evaluate("window.__instantMarker = 'still here'")
    page.locator(".md-content table").get_by_role("link", name="Virtualization and hypervisors").click()
    wait_for_page(page, base_url + "virtualization/")
    # The URL changes before instant navigation swaps the content in.
    expect(page.locator(".md-content h1")).to_contain_text("Virtualization and hypervisors")
    draw_visible_diagrams(page)
    assert page.evaluate("window.__instantMarker") == "still here", "navigation was a full page load"
    assert requests == [base_url + BUNDLE]
    assert rendered_diagrams(page)
    assert watch.foreign_requests == []


def test_the_print_edition_draws_every_diagram_without_scrolling(page, base_url):
    page.goto(base_url + "print/")
    # Every page's diagrams, tabs included, drawn while the reader stays at the top.
    page.wait_for_function(
        "document.querySelectorAll('div.mermaid').length >= 19 && !document.querySelector('pre.mermaid')", timeout=60_000
    )
    assert page.evaluate("window.scrollY") == 0
