"""The offline edition, opened from file:// as a reader would after unzipping it."""

from playwright.sync_api import expect

from tests.browser.mermaid_probe import draw_visible_diagrams, rendered_diagrams

# offline_site (tests/conftest.py) is the unzipped download, shared with tests/site/test_offline_links.py.


def test_search_diagrams_flashcards_and_no_requests_from_file_url(page, offline_site, watch):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((offline_site / "index.html").as_uri())
    page.locator("input.md-search__input").fill("hypervisor")
    page.locator("input.md-search__input").press("End")
    results = page.locator("li.md-search-result__item")
    expect(results.first).to_be_visible(timeout=15_000)

    page.goto((offline_site / "virtualization.html").as_uri())
    draw_visible_diagrams(page)
    assert rendered_diagrams(page)

    page.goto((offline_site / "cloning.html").as_uri())
    panel = page.locator('.flashcards[data-deck="cloning"] .fc-panel')
    panel.locator(".fc-start").click()
    panel.locator(".fc-card").click()
    expect(panel.locator(".fc-card__back")).to_be_visible()

    assert [url for url in requests if not url.startswith(("file://", "data:", "blob:"))] == []
    assert watch.console_errors == []
    # The offline copy does not offer itself for download.
    assert "offline reading" not in (offline_site / "cloning.html").read_text(encoding="utf-8")
