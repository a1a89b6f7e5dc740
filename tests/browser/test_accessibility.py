"""axe-core on every page, in both palettes: no serious or critical violations."""

import pytest

from tests.browser.mermaid_probe import draw_visible_diagrams
from tests.browser.palette import switch_to
from tests.conftest import PROJECT_DIR, nav_pages, page_url

AXE = PROJECT_DIR / "node_modules" / "axe-core" / "axe.min.js"


def serious_violations(page) -> list[str]:
    # Blocks below the screen are skipped by content-visibility: auto until a
    # reader scrolls near them, and axe cannot measure the colours of content
    # the browser has not drawn. Draw everything, as scrolling would.
    page.add_style_tag(content="* { content-visibility: visible !important; }")
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("palette", ["default", "slate"])
def test_no_serious_accessibility_violations(page, base_url, palette):
    page.goto(base_url)
    switch_to(page, palette)
    found = {}
    for src in nav_pages():
        page.goto(base_url + page_url(src))
        draw_visible_diagrams(page)
        violations = serious_violations(page)
        if violations:
            found[src] = violations
    assert found == {}
