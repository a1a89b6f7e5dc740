"""Every page: no foreign requests, no console errors, no sideways scrolling on a phone."""

import pytest

from tests.browser.mermaid_probe import draw_visible_diagrams
from tests.conftest import nav_pages, page_url


def settle(page) -> None:
    """Wait until the page is loaded and its diagrams are drawn."""
    draw_visible_diagrams(page)


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_no_request_leaves_the_site_and_nothing_logs_an_error(browser, watch, base_url, site_dir, palette):
    from tests.browser.conftest import new_page

    page = new_page(browser, watch, color_scheme=palette)
    try:
        for src in nav_pages():
            page.goto(base_url + page_url(src))
            settle(page)
        page.goto(base_url + "no-such-page/")
        page.wait_for_load_state("networkidle")
    finally:
        page.context.close()
    assert watch.foreign_requests == []
    # The 404 page itself is the one expected error.
    assert [e for e in watch.console_errors if "404" not in e] == []


@pytest.mark.parametrize("src", nav_pages())
def test_no_horizontal_scrolling_at_375_px(phone_page, base_url, src):
    phone_page.goto(base_url + page_url(src))
    settle(phone_page)
    widths = phone_page.evaluate(
        "({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth})"
    )
    assert widths["scroll"] <= widths["client"], f"{src} scrolls sideways: {widths}"
