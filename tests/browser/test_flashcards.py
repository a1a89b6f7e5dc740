"""The flashcard review widget in a real browser: flow, keyboard, persistence,
instant navigation, corrupt storage, and the table without JavaScript."""

from playwright.sync_api import expect

from tests.browser.conftest import new_page, wait_for_page

DECK = '.flashcards[data-deck="cloning"]'


def panel(page):
    return page.locator(f"{DECK} .fc-panel")


def stored(page) -> dict:
    return page.evaluate(
        """() => Object.fromEntries(Object.keys(localStorage)
             .filter(k => k.startsWith('lpic1-102.6:card:'))
             .map(k => [k.slice('lpic1-102.6:card:'.length), JSON.parse(localStorage.getItem(k))]))"""
    )


def test_review_flow_grades_cards_and_keeps_progress_across_a_reload(page, base_url):
    page.goto(base_url + "cloning/")
    total = page.locator(f"{DECK} [data-card]").count()
    assert total >= 10
    expect(panel(page).locator(".fc-legend")).to_have_text(f"{total} new · 0 learning · 0 mastered · 0 due")
    panel(page).get_by_role("button", name=f"Review {total} cards").click()
    expect(page.locator(f"{DECK} table")).to_be_hidden()  # answers are not on screen while reviewing
    card = panel(page).locator(".fc-card")
    expect(card).to_be_focused()
    first_id = page.locator(f"{DECK} [data-card]").first.get_attribute("data-card")
    expect(panel(page).locator(".fc-card__back")).to_be_hidden()
    card.click()
    expect(panel(page).locator(".fc-card__back")).to_be_visible()
    panel(page).get_by_role("button", name="Good", exact=True).click()
    assert stored(page)[first_id]["box"] == 1
    expect(panel(page).locator(".fc-status")).to_contain_text("Marked good")
    # Again: the card falls back to box 1 and comes back in this session.
    second_id = page.locator(f"{DECK} [data-card]").nth(1).get_attribute("data-card")
    card.click()
    panel(page).get_by_role("button", name="Again", exact=True).click()
    assert stored(page)[second_id]["box"] == 1
    panel(page).get_by_role("button", name="End review").click()
    expect(page.locator(f"{DECK} table")).to_be_visible()
    expect(panel(page).locator(".fc-legend")).to_have_text(f"{total - 2} new · 2 learning · 0 mastered · 0 due")

    page.reload()
    expect(panel(page).locator(".fc-legend")).to_have_text(f"{total - 2} new · 2 learning · 0 mastered · 0 due")


def test_keyboard_alone_flips_grades_and_ends(page, base_url):
    page.goto(base_url + "cloning/")
    start = panel(page).locator(".fc-start")
    start.focus()
    page.keyboard.press("Enter")
    expect(panel(page).locator(".fc-card")).to_be_focused()
    page.keyboard.press("Space")
    expect(panel(page).locator(".fc-card__back")).to_be_visible()
    expect(panel(page).get_by_role("button", name="Good", exact=True)).to_be_focused()
    expect(panel(page).locator(".fc-status")).to_contain_text("Answer:")
    page.keyboard.press("3")  # Easy: two boxes up
    assert 2 in [record["box"] for record in stored(page).values()]
    expect(panel(page).locator(".fc-card")).to_be_focused()
    page.keyboard.press("Escape")
    expect(panel(page).locator(".fc-session")).to_be_hidden()
    expect(start).to_be_focused()


def test_progress_survives_instant_navigation_and_shows_on_the_flashcards_page(page, base_url):
    page.goto(base_url + "cloning/")
    panel(page).locator(".fc-start").click()
    panel(page).locator(".fc-card").click()
    panel(page).get_by_role("button", name="Good", exact=True).click()
    page.evaluate("window.__instantMarker = 'still here'")
    page.locator(".md-content").get_by_role("link", name="Flashcards").first.click()
    wait_for_page(page, base_url + "flashcards/")
    assert page.evaluate("window.__instantMarker") == "still here", "navigation was a full page load"
    review_all = page.locator("[data-review-all] .fc-panel")
    expect(review_all.locator(".fc-legend")).to_contain_text("1 learning")
    # Review everything due across decks, then reset it all.
    review_all.locator(".fc-start").click()
    expect(review_all.locator(".fc-position")).to_contain_text("Card 1")
    review_all.get_by_role("button", name="End review").click()
    review_all.locator(".fc-reset").click()
    review_all.locator(".fc-reset").click()
    expect(review_all.locator(".fc-legend")).to_contain_text("0 learning")
    assert stored(page) == {}


def test_corrupt_or_old_storage_does_not_break_the_page(page, base_url, watch):
    page.goto(base_url + "cloning/")
    first_id = page.locator(f"{DECK} [data-card]").first.get_attribute("data-card")
    page.evaluate(
        """id => {
            localStorage.setItem('lpic1-102.6:card:' + id, '{not json');
            localStorage.setItem('lpic1-102.6:card:old-card', JSON.stringify({box: 'x'}));
            localStorage.setItem('lpic1-102.6:card:other', '[1,2,3]');
        }""",
        first_id,
    )
    page.reload()
    total = page.locator(f"{DECK} [data-card]").count()
    expect(panel(page).locator(".fc-legend")).to_have_text(f"{total} new · 0 learning · 0 mastered · 0 due")
    panel(page).locator(".fc-start").click()
    panel(page).locator(".fc-card").click()
    panel(page).get_by_role("button", name="Good", exact=True).click()
    assert stored(page)[first_id]["box"] == 1
    assert watch.console_errors == []


def test_without_javascript_the_deck_is_a_readable_table(browser, watch, base_url, site_dir):
    page = new_page(browser, watch, java_script_enabled=False)
    try:
        page.goto(base_url + "cloning/")
        table = page.locator(f"{DECK} table")
        expect(table).to_be_visible()
        expect(table.locator("th").first).to_have_text("Question")
        expect(table.locator("tbody tr").first.locator("td").nth(1)).to_be_visible()
        assert page.locator(".fc-panel").count() == 0
    finally:
        page.context.close()


def test_shuffle_changes_the_order_but_not_the_cards(page, base_url):
    page.goto(base_url + "cloning/")
    ids_in_order = [row.get_attribute("data-card") for row in page.locator(f"{DECK} [data-card]").all()]
    panel(page).locator(".fc-shuffle input").check()
    fronts = []
    for _ in range(3):  # the first card three times in a row by chance: about 1 in 17,000
        panel(page).locator(".fc-start").click()
        fronts.append(panel(page).locator(".fc-card__front").text_content())
        panel(page).get_by_role("button", name="End review").click()
    first_front = page.locator(f"{DECK} [data-card] .flashcards__front").first.text_content()
    assert any(front != first_front for front in fronts), "shuffled sessions always start with the first card"
    assert len(ids_in_order) == len(set(ids_in_order))
