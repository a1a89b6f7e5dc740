"""A topic page's flashcard deck is at its end, so its scripts (ts-fsrs, the
review store, flashcards.js) wait until the page has loaded and the browser is
idle, or until the reader scrolls: they never hold up the text (BENCHMARKS.md,
Lighthouse). A widget that starts within the first screen and a half loads at once.

In the first test the browser never goes idle (requestIdleCallback is stubbed out), so what
starts the scripts is only the page's own position and the reader's scroll."""

import pytest
from playwright.sync_api import expect

NEVER_IDLE = "window.requestIdleCallback = () => 0;"
REQUESTED = "() => performance.getEntriesByType('resource').some(entry => entry.name.endsWith('/flashcards.js'))"


@pytest.fixture
def never_idle(page):
    page.add_init_script(NEVER_IDLE)
    return page


def test_a_topic_pages_deck_waits_until_the_reader_scrolls(never_idle, base_url):
    page = never_idle
    page.goto(base_url + "cloning/")
    page.wait_for_load_state("load")
    page.wait_for_timeout(500)
    assert not page.evaluate(REQUESTED)
    assert page.locator(".fc-panel").count() == 0
    page.mouse.wheel(0, 400)
    expect(page.locator('.flashcards[data-deck="cloning"] .fc-panel')).to_be_attached()
    assert page.evaluate(REQUESTED)


def test_without_a_scroll_the_deck_loads_once_the_browser_is_idle(page, base_url):
    page.goto(base_url + "cloning/")
    expect(page.locator('.flashcards[data-deck="cloning"] .fc-panel')).to_be_attached()
    assert page.evaluate("() => window.scrollY") == 0
