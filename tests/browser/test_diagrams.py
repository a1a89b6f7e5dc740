"""Mermaid diagrams render from the vendored bundle and stay readable in both palettes."""

import pytest

from tests.browser.conftest import wait_for_page
from tests.browser.mermaid_probe import first_diagram_colours, rendered_diagrams
from tests.browser.palette import switch_to


@pytest.mark.parametrize("palette", ["default", "slate"])
def test_diagrams_render_readably(page, base_url, palette):
    page.goto(base_url + "virtualization/")
    switch_to(page, palette)
    expected = page.locator("pre.mermaid, div.mermaid").count()
    assert expected > 0, "the page should have diagrams"
    page.wait_for_function(
        "n => document.querySelectorAll('div.mermaid').length === n && !document.querySelector('pre.mermaid')",
        arg=expected,
    )
    assert len(rendered_diagrams(page)) == expected
    colours = first_diagram_colours(page)
    assert colours.labels > 0
    assert colours.contrast >= 4.5, f"label {colours.text} on {colours.fill}: {colours.contrast:.2f}:1"


def test_diagrams_follow_a_palette_switch_without_reload(page, base_url):
    page.goto(base_url + "virtualization/")
    switch_to(page, "default")
    page.wait_for_selector("div.mermaid")
    light = first_diagram_colours(page)
    switch_to(page, "slate")
    dark = first_diagram_colours(page)
    assert dark.fill != light.fill
    assert dark.contrast >= 4.5


def test_bundle_loads_only_on_pages_with_diagrams_even_after_instant_navigation(page, base_url, watch):
    bundles = []
    page.on("request", lambda request: bundles.append(request.url) if "vendor/mermaid" in request.url else None)
    page.goto(base_url)
    page.wait_for_load_state("networkidle")
    assert bundles == [], "the home page has no diagram and must not load Mermaid"
    page.evaluate("window.__instantMarker = 'still here'")
    page.locator(".md-content table").get_by_role("link", name="Virtualization and hypervisors").click()
    wait_for_page(page, base_url + "virtualization/")
    page.wait_for_function("document.querySelector('div.mermaid') && !document.querySelector('pre.mermaid')")
    assert page.evaluate("window.__instantMarker") == "still here", "navigation was a full page load"
    assert bundles == [base_url + "assets/vendor/mermaid/mermaid.min.js"]
    assert rendered_diagrams(page)
    assert watch.foreign_requests == []
