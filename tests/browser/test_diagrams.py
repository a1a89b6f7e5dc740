"""Mermaid diagrams render from the vendored bundle and stay readable in both palettes."""

import pytest

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
