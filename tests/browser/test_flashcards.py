"""The flashcard review widget in a real browser: FSRS scheduling with learning
steps, the daily limit on new cards, study order, migration of the Leitner
progress of the first version, keyboard use, persistence, instant navigation,
corrupt storage, and the table without JavaScript."""

import time
from datetime import UTC, datetime

from playwright.sync_api import expect

from tests.browser.conftest import new_page, wait_for_page

DECK = '.flashcards[data-deck="cloning"]'
CARD_KEY = "lpic1-102.6:card:"
MINUTE_MS = 60_000
DAY_MS = 24 * 60 * MINUTE_MS
NEW_CARD_STATE, LEARNING_STATE, REVIEW_STATE = 0, 1, 2


def panel(page):
    return page.locator(f"{DECK} .fc-panel")


def stored(page) -> dict:
    return page.evaluate(
        """prefix => Object.fromEntries(Object.keys(localStorage)
             .filter(k => k.startsWith(prefix))
             .map(k => [k.slice(prefix.length), JSON.parse(localStorage.getItem(k))]))""",
        CARD_KEY,
    )


def deck_ids(page, deck=DECK) -> list[str]:
    return [row.get_attribute("data-card") for row in page.locator(f"{deck} [data-card]").all()]


def front_of(page, card_id: str) -> str:
    return page.locator(f'[data-card="{card_id}"] .flashcards__front').first.text_content()


def grade(review, name: str) -> None:
    review.locator(".fc-card").click()
    review.locator(f".fc-grade--{name}").click()


def test_review_flow_schedules_with_fsrs_and_keeps_progress_across_a_reload(page, base_url):
    page.goto(base_url + "cloning/")
    ids = deck_ids(page)
    assert len(ids) > 20, "the deck should be larger than the daily limit of 20 new cards"
    expect(panel(page).locator(".fc-legend")).to_have_text(f"0 due · {len(ids)} new · 0 learning · 0 learned")
    panel(page).get_by_role("button", name="Review 20 cards").click()  # 20 new cards a day by default
    expect(page.locator(f"{DECK} table")).to_be_hidden()  # answers are not on screen while reviewing
    card = panel(page).locator(".fc-card")
    expect(card).to_be_focused()
    expect(panel(page).locator(".fc-card__back")).to_be_hidden()
    card.click()
    expect(panel(page).locator(".fc-card__back")).to_be_visible()
    # Each button says when the card would come back: FSRS's learning steps for a new card.
    expect(panel(page).locator(".fc-grade--again .fc-grade__when")).to_have_text("1 min")
    expect(panel(page).locator(".fc-grade--good .fc-grade__when")).to_have_text("10 min")
    expect(panel(page).locator(".fc-grade--easy .fc-grade__when")).to_have_text("8 days")
    before = time.time() * 1000
    panel(page).locator(".fc-grade--good").click()
    record = stored(page)[ids[0]]
    assert record["state"] == LEARNING_STATE and record["reps"] == 1
    assert abs(record["due"] - (before + 10 * MINUTE_MS)) < 5_000
    expect(panel(page).locator(".fc-status")).to_have_text("Good: back in 10 min, in this session.")
    grade(panel(page), "easy")
    assert stored(page)[ids[1]]["state"] == REVIEW_STATE
    panel(page).get_by_role("button", name="End review").click()
    expect(page.locator(f"{DECK} table")).to_be_visible()
    legend = f"0 due · {len(ids) - 2} new · 2 learning · 0 learned"
    expect(panel(page).locator(".fc-legend")).to_have_text(legend)
    page.reload()
    expect(panel(page).locator(".fc-legend")).to_have_text(legend)
    # Two of today's 20 new cards are used.
    expect(panel(page).locator(".fc-start")).to_have_text("Review 18 cards")


def test_again_brings_the_card_back_in_the_same_session_after_its_learning_step(page, base_url):
    page.clock.install(time=datetime(2027, 3, 1, 9, 0, tzinfo=UTC))  # minutes pass on demand
    page.goto(base_url + "cloning/")
    ids = deck_ids(page)
    review = panel(page)
    review.locator(".fc-start").click()
    grade(review, "again")  # the first card: back in one minute
    expect(review.locator(".fc-status")).to_have_text("Again: back in 1 min, in this session.")
    expect(review.locator(".fc-position")).to_contain_text("1 coming back")
    expect(review.locator(".fc-card__front")).to_have_text(front_of(page, ids[1]))
    page.clock.fast_forward("01:05")
    grade(review, "good")  # the second card; the first one's step is over, so it comes next, not at the end
    expect(review.locator(".fc-card__front")).to_have_text(front_of(page, ids[0]))


def test_learning_cards_are_shown_early_when_nothing_else_is_left(page, base_url):
    page.goto(base_url + "cloning/")
    page.evaluate("localStorage.setItem('lpic1-102.6:review:settings', JSON.stringify({newPerDay: 2}))")
    page.reload()
    review = panel(page)
    expect(review.locator(".fc-start")).to_have_text("Review 2 cards")
    review.locator(".fc-start").click()
    grade(review, "good")
    grade(review, "good")
    # Both are in their 10-minute step: the session shows them again instead of ending.
    expect(review.locator(".fc-session")).to_be_visible()
    expect(review.locator(".fc-position")).to_contain_text("Card 3")
    grade(review, "good")
    grade(review, "good")
    expect(review.locator(".fc-session")).to_be_hidden()
    expect(review.locator(".fc-status")).to_contain_text("Done: 4 reviews.")


def test_daily_new_card_limit_can_be_changed_and_raised_for_today(page, base_url):
    page.goto(base_url + "cloning/")
    ids = deck_ids(page)
    review = panel(page)
    review.locator(".fc-limit select").select_option("10")
    expect(review.locator(".fc-start")).to_have_text("Review 10 cards")
    assert page.evaluate("JSON.parse(localStorage.getItem('lpic1-102.6:review:settings'))") == {"newPerDay": 10}
    # Ten new cards already started today: the day's new cards are done.
    page.evaluate(
        """seen => {
            const d = new Date(), two = n => String(n).padStart(2, '0');
            const day = d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate());
            localStorage.setItem('lpic1-102.6:review:today', JSON.stringify({day: day, seen: seen, extra: 0}));
        }""",
        [f"elsewhere-{n}" for n in range(10)],
    )
    page.reload()
    expect(review.locator(".fc-start")).to_have_text("Today's new cards are done")
    expect(review.locator(".fc-start")).to_be_disabled()
    review.get_by_role("button", name="Learn 10 more new cards today").click()
    expect(review.locator(".fc-start")).to_have_text("Review 10 cards")
    review.locator(".fc-limit select").select_option("all")
    expect(review.locator(".fc-start")).to_have_text(f"Review {len(ids)} cards")


def test_status_line_reports_outcomes_without_repeating_the_card(page, base_url):
    page.goto(base_url + "cloning/")
    review = panel(page)
    review.locator(".fc-start").click()
    front = review.locator(".fc-card__front").text_content()
    review.locator(".fc-card").click()
    back = review.locator(".fc-card__back").text_content()
    status = review.locator(".fc-status")
    assert status.text_content() == ""
    # Focus moves to Good, which reads the answer out through aria-describedby.
    good = review.locator(".fc-grade--good")
    expect(good).to_be_focused()
    described_by = good.get_attribute("aria-describedby")
    assert review.locator(f"#{described_by}").text_content() == back
    good.click()
    assert front not in status.text_content() and back not in status.text_content()
    expect(status).to_have_text("Good: back in 10 min, in this session.")


def test_keyboard_alone_flips_grades_and_ends(page, base_url):
    page.goto(base_url + "cloning/")
    start = panel(page).locator(".fc-start")
    start.focus()
    page.keyboard.press("Enter")
    expect(panel(page).locator(".fc-card")).to_be_focused()
    page.keyboard.press("Space")
    expect(panel(page).locator(".fc-card__back")).to_be_visible()
    expect(panel(page).locator(".fc-grade--good")).to_be_focused()
    page.keyboard.press("3")  # Easy: straight to the review state
    assert [record["state"] for record in stored(page).values()] == [REVIEW_STATE]
    expect(panel(page).locator(".fc-card")).to_be_focused()
    page.keyboard.press("Escape")
    expect(panel(page).locator(".fc-session")).to_be_hidden()
    expect(start).to_be_focused()


def test_leitner_progress_of_the_first_version_migrates_without_loss(page, base_url):
    page.goto(base_url + "cloning/")
    ids = deck_ids(page)
    now = page.evaluate("Date.now()")
    old = {
        ids[0]: {"box": 5, "due": now + 20 * DAY_MS, "reviews": 6},  # mastered: learned
        ids[1]: {"box": 2, "due": now + 2 * DAY_MS, "reviews": 2},  # learning
        ids[2]: {"box": 3, "due": now - DAY_MS, "reviews": 3},  # due yesterday
    }
    page.evaluate(
        "old => Object.entries(old).forEach(([id, r]) => localStorage.setItem('lpic1-102.6:card:' + id, JSON.stringify(r)))", old
    )
    page.reload()
    expect(panel(page).locator(".fc-legend")).to_have_text(f"1 due · {len(ids) - 3} new · 1 learning · 1 learned")
    records = stored(page)
    for card_id, before in old.items():
        after = records[card_id]
        assert after["state"] == REVIEW_STATE
        assert after["due"] == before["due"], "the due date is kept"
        assert after["reps"] == before["reviews"], "the review count is kept"
    assert records[ids[0]]["stability"] == 35 and records[ids[1]]["stability"] == 3
    # The migrated card is scheduled by FSRS from here on.
    review = panel(page)
    review.locator(".fc-start").click()
    expect(review.locator(".fc-card__front")).to_have_text(front_of(page, ids[2]))  # due cards come first
    grade(review, "good")
    assert stored(page)[ids[2]]["due"] > now + DAY_MS


def test_progress_survives_instant_navigation_and_the_flashcards_page_follows_the_nav(page, base_url):
    page.goto(base_url + "cloning/")
    panel(page).locator(".fc-start").click()
    grade(panel(page), "good")
    page.evaluate("window.__instantMarker = 'still here'")
    page.locator(".md-content").get_by_role("link", name="Flashcards").first.click()
    wait_for_page(page, base_url + "flashcards/")
    assert page.evaluate("window.__instantMarker") == "still here", "navigation was a full page load"
    review_all = page.locator("[data-review-all] .fc-panel")
    expect(review_all.locator(".fc-legend")).to_contain_text("1 learning")
    # Study order: the decks in the order of the navigation, so the first new card
    # is the first card of the first topic page, not of the alphabetically first deck.
    nav_pages = page.evaluate(
        "() => [...document.querySelectorAll('.md-nav--primary a.md-nav__link[href]')].map(a => a.getAttribute('href'))"
    )
    decks = [d.get_attribute("data-deck") for d in page.locator(".flashcard-index__decks .flashcards[data-deck]").all()]
    positions = [next(i for i, href in enumerate(nav_pages) if href.rstrip("/").endswith(deck)) for deck in decks]
    assert positions == sorted(positions), f"decks not in nav order: {decks}"
    first_card = page.locator(".flashcard-index__decks [data-card]").first.get_attribute("data-card")
    review_all.locator(".fc-start").click()
    expect(review_all.locator(".fc-position")).to_contain_text("Card 1")
    expect(review_all.locator(".fc-card__front")).to_have_text(front_of(page, first_card))
    review_all.get_by_role("button", name="End review").click()
    review_all.locator(".fc-reset").click()
    review_all.locator(".fc-reset").click()
    expect(review_all.locator(".fc-legend")).to_contain_text("0 learning")
    assert stored(page) == {}


def test_corrupt_storage_does_not_break_the_page(page, base_url, watch):
    page.goto(base_url + "cloning/")
    first_id = deck_ids(page)[0]
    page.evaluate(
        """id => {
            localStorage.setItem('lpic1-102.6:card:' + id, '{not json');
            localStorage.setItem('lpic1-102.6:card:old-card', JSON.stringify({box: 'x'}));
            localStorage.setItem('lpic1-102.6:card:other', '[1,2,3]');
            localStorage.setItem('lpic1-102.6:review:missed', '"nonsense"');
            localStorage.setItem('lpic1-102.6:review:settings', '{"newPerDay": "many"}');
        }""",
        first_id,
    )
    page.reload()
    total = len(deck_ids(page))
    expect(panel(page).locator(".fc-legend")).to_have_text(f"0 due · {total} new · 0 learning · 0 learned")
    expect(panel(page).locator(".fc-start")).to_have_text("Review 20 cards")
    panel(page).locator(".fc-start").click()
    grade(panel(page), "good")
    assert stored(page)[first_id]["state"] == LEARNING_STATE
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
    ids_in_order = deck_ids(page)
    panel(page).locator(".fc-shuffle input").check()
    fronts = []
    for _ in range(3):  # the first card three times in a row by chance: 1 in 8,000
        panel(page).locator(".fc-start").click()
        fronts.append(panel(page).locator(".fc-card__front").text_content())
        panel(page).get_by_role("button", name="End review").click()
    assert any(front != front_of(page, ids_in_order[0]) for front in fronts), "shuffled sessions always start with the first card"
    assert len(ids_in_order) == len(set(ids_in_order))


def test_the_schedule_function_matches_the_page_description(page, base_url):
    """flashcards.md promises learning steps of 1 and 10 minutes and a relearning step of 10."""
    page.goto(base_url + "cloning/")
    panel(page).wait_for()
    steps = page.evaluate(
        """() => {
            const f = window.lpicFlashcards, now = 1800000000000;
            const again = f.schedule(null, 'again', now), good = f.schedule(null, 'good', now);
            const known = f.schedule(good, 'good', good.due);
            const forgotten = f.schedule(known, 'again', known.due);
            return {again: again.due - now, good: good.due - now, relearn: forgotten.due - known.due, state: forgotten.state};
        }"""
    )
    assert steps == {"again": MINUTE_MS, "good": 10 * MINUTE_MS, "relearn": 10 * MINUTE_MS, "state": 3}
