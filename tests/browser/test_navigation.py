"""Search, the palette toggle and instant navigation in a real Chromium."""

from playwright.sync_api import expect

from tests.browser.conftest import search, wait_for_page
from tests.browser.palette import scheme, switch_to


def test_searching_hypervisor_lists_the_hypervisor_page(page, base_url):
    page.goto(base_url)
    assert base_url + "virtualization/" in search(page, "hypervisor")


def test_dark_palette_persists_across_instant_navigation_and_reload(page, base_url):
    page.goto(base_url)
    switch_to(page, "slate")
    # A marker on window survives only if the next page is loaded without a reload.
    page.evaluate("window.__instantMarker = 'still here'")
    page.locator(".md-content table").get_by_role("link", name="Virtualization and hypervisors").click()
    wait_for_page(page, base_url + "virtualization/")
    expect(page.locator("h1")).to_contain_text("Virtualization")
    assert page.evaluate("window.__instantMarker") == "still here", "navigation was a full page load"
    assert scheme(page) == "slate"
    page.reload()
    assert scheme(page) == "slate"
