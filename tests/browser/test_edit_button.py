"""Material's "Edit this page" and "View source" buttons float at the top right
of the article. On the flashcards page no text may run under them: not the
title, not a deck's title, at phone and desktop widths."""

import pytest
from playwright.sync_api import expect

from tests.conftest import nav_pages, page_url

# Each line box of text in the article (Range rects, not element boxes: a
# heading's box spans the column beside a float, its text does not) that
# meets one of the page's action buttons.
TEXT_UNDER_BUTTONS = """() => {
    const buttons = [...document.querySelectorAll('.md-content__button')].map(b => b.getBoundingClientRect());
    const article = document.querySelector('.md-content');
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    const hits = [];
    for (let node; (node = walker.nextNode()); ) {
        if (!node.textContent.trim() || node.parentElement.closest('.md-content__button')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const box of range.getClientRects())
            for (const button of buttons)
                if (box.left < button.right && box.right > button.left && box.top < button.bottom && box.bottom > button.top)
                    hits.push(node.textContent.trim().slice(0, 40));
    }
    return hits;
}"""


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_no_text_runs_under_the_edit_button_on_the_flashcards_page(device, page, phone_page, base_url):
    page = phone_page if device == "phone" else page
    page.goto(base_url + "flashcards/")
    edit = page.locator(".md-content__button[title='Edit this page']")
    expect(edit).to_be_visible()
    expect(page.locator("[data-review-all] .fc-panel")).to_be_visible()
    deck_titles = page.locator(".flashcard-index-wrap th[scope=row], .flashcard-index__deck > summary, h1")
    assert deck_titles.count() > 3
    assert page.evaluate(TEXT_UNDER_BUTTONS) == []
    # Open every deck and start the review of all decks: still nothing under it.
    page.evaluate("document.querySelectorAll('.flashcard-index__deck').forEach(d => { d.open = true; })")
    page.locator("[data-review-all] .fc-start").click()
    assert page.evaluate(TEXT_UNDER_BUTTONS) == []


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_no_text_runs_under_the_edit_button_on_any_page(device, page, phone_page, base_url):
    """Topic pages open with the Essentials box right under the title, beside the buttons."""
    page = phone_page if device == "phone" else page
    for src in nav_pages():
        page.goto(base_url + page_url(src))
        expect(page.locator(".md-content__button").first).to_be_visible()
        assert page.evaluate(TEXT_UNDER_BUTTONS) == [], src
