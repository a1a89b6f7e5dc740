"""Missed quiz and exam questions feed the flashcard review, and "My progress"
sums everything up by knowledge area, with a verdict, and moves it between
browsers as a JSON file."""

import json

from playwright.sync_api import expect

from tests.browser.conftest import new_page
from tests.browser.test_exam import EXAM, open_exam, start, submit_anyway
from tests.browser.test_quiz import answer_all, mark_correct_choices

MISSED = "lpic1-102.6:review:missed"
DAY_MS = 24 * 3600 * 1000


def missed_cards(page) -> set[str]:
    return set(json.loads(page.evaluate(f"localStorage.getItem('{MISSED}')") or "{}"))


def related(question) -> set[str]:
    return set((question.get_attribute("data-cards") or "").split())


def seed(page, items: dict) -> None:
    page.evaluate("items => Object.entries(items).forEach(([k, v]) => localStorage.setItem(k, JSON.stringify(v)))", items)


def learned_record(now: int) -> dict:
    """An FSRS card remembered for weeks: counts as learned, not due."""
    return {"due": now + 30 * DAY_MS, "stability": 40, "difficulty": 5, "elapsed_days": 0, "scheduled_days": 30,
            "learning_steps": 0, "reps": 4, "lapses": 0, "state": 2, "last_review": now - DAY_MS}


def answer_wrong(item) -> None:
    if item.get_attribute("data-type") == "fill":
        item.locator("input.quiz__fill").fill("wrong answer")
        return
    wrong = item.locator('.quiz__choice[data-test-correct="no"] input')
    if item.get_attribute("data-type") == "single":
        wrong.first.check()  # a radio button: checking another unchecks the right one
        return
    for label in item.locator(".quiz__choice").all():
        label.locator("input").set_checked(label.get_attribute("data-test-correct") == "no")


def test_a_missed_quiz_question_makes_the_cards_on_its_section_due(page, base_url):
    page.goto(base_url + "quiz/")
    quiz_selector = '.quiz[data-quiz="cloning"]'
    quiz = page.locator(quiz_selector)
    mark_correct_choices(page)
    answer_all(page, quiz_selector, right=True)
    missed_question = quiz.locator(".quiz__question").first
    answer_wrong(missed_question)
    expected = related(missed_question)
    assert expected, "every question should point to at least one card"
    quiz.get_by_role("button", name="Check answers").click()
    expect(quiz.locator(".quiz__status")).to_contain_text("You scored")
    expect(quiz.locator(".quiz__queued")).to_contain_text(f"{len(expected)} flashcard")
    assert missed_cards(page) == expected
    # The link in the quiz's message leads to the review of every deck.
    assert quiz.locator(".quiz__queued a").get_attribute("href").endswith("flashcards/#review-all")
    # The cloning deck now has exactly those cards due, and reviews them first.
    page.goto(base_url + "cloning/")
    deck = page.locator('.flashcards[data-deck="cloning"] .fc-panel')
    in_deck = {row.get_attribute("data-card") for row in page.locator('.flashcards[data-deck="cloning"] [data-card]').all()}
    expect(deck.locator(".fc-legend")).to_contain_text(f"{len(expected & in_deck)} due")
    deck.locator(".fc-start").click()
    first = deck.locator(".fc-card__front").text_content()
    fronts = {page.locator(f'[data-card="{card}"] .flashcards__front').first.text_content() for card in expected}
    assert first in fronts
    deck.locator(".fc-card").click()
    deck.locator(".fc-grade--good").click()
    assert len(missed_cards(page)) == len(expected) - 1, "a reviewed card leaves the missed list"


def test_wrong_exam_answers_make_their_cards_due(page, base_url):
    exam = open_exam(page, base_url)
    start(exam)
    submit_anyway(exam)  # nothing answered: every question is wrong
    active = exam.locator(".quiz__question:visible").all()
    expected = set().union(*(related(question) for question in active))
    assert expected
    assert missed_cards(page) == expected
    expect(exam.locator(".quiz__queued")).to_contain_text(f"{len(expected)} flashcards on what you missed")
    page.reload()  # the finished exam keeps saying so
    expect(page.locator(EXAM).locator(".quiz__queued")).to_contain_text(f"{len(expected)} flashcards")


def test_every_question_names_cards_that_exist(page, base_url):
    page.goto(base_url + "exam/")
    cards = set(page.evaluate("() => fetch('../flashcards/').then(r => r.text()).then(html => "
                              "[...html.matchAll(/data-card=\"([^\"]+)\"/g)].map(m => m[1]))"))
    named = set().union(*(related(q) for q in page.locator(f"{EXAM} .quiz__question").all()))
    assert named and named <= cards, f"unknown cards: {sorted(named - cards)[:5]}"


def test_progress_page_shows_each_area_and_a_verdict(page, base_url):
    page.goto(base_url + "progress/")
    rows = page.locator("tr[data-area]")
    expect(rows).to_have_count(6)
    expect(page.locator("[data-progress-summary]")).to_contain_text("Not ready yet: 0 of 6 knowledge areas ready.")
    expect(page.locator(".progress__verdict--not-started")).to_have_count(6)
    # Learn every card of cloud-init, score 90% on its quiz, and get its exam questions right.
    row = page.locator('tr[data-area="cloud-init"]')
    now = page.evaluate("Date.now()")
    cards = row.get_attribute("data-cards").split()
    seed(page, {f"lpic1-102.6:card:{card}": learned_record(now) for card in cards})
    seed(page, {
        "lpic1-102.6:quiz:cloud-init": {"best": 90, "missed": ["x"], "last": now},
        "lpic1-102.6:exam:history": [{"date": now, "right": 9, "total": 12, "seconds": 1080, "used": 600,
                                       "areas": {"cloud-init": {"title": "cloud-init", "right": 2, "total": 2}}}],
    })
    # Half of the cloning cards learned, a middling quiz score.
    cloning = page.locator('tr[data-area="cloning"]').get_attribute("data-cards").split()
    seed(page, {f"lpic1-102.6:card:{card}": learned_record(now) for card in cloning[: len(cloning) // 2 + 1]})
    seed(page, {"lpic1-102.6:quiz:cloning": {"best": 70, "missed": [], "last": now}})
    page.reload()
    expect(row.locator('[data-cell="cards"]')).to_contain_text(f"{len(cards)} of {len(cards)} learned")
    expect(row.locator('[data-cell="quizzes"]')).to_contain_text("90%")
    expect(row.locator('[data-cell="exams"]')).to_have_text("2 of 2 right (last 5 exams)")
    expect(row.locator(".progress__verdict")).to_have_text("Ready")
    expect(page.locator('tr[data-area="cloning"] .progress__verdict')).to_have_text("Almost there")
    summary = page.locator("[data-progress-summary]")
    expect(summary).to_contain_text("1 of 6 knowledge areas ready")
    expect(summary).to_contain_text("Practice exams taken: 1, best 75%")
    # "Study next" names an area that has not been started.
    study_next = summary.locator("a").first.text_content()
    weakest = page.locator("tr[data-area]", has=page.get_by_role("link", name=study_next, exact=True))
    expect(weakest.locator(".progress__verdict")).to_have_text("Not started")


def test_export_then_import_moves_progress_to_another_browser(browser, watch, base_url, page, tmp_path):
    page.goto(base_url + "cloning/")
    deck = page.locator('.flashcards[data-deck="cloning"] .fc-panel')
    deck.locator(".fc-start").click()
    deck.locator(".fc-card").click()
    deck.locator(".fc-grade--easy").click()
    page.goto(base_url + "progress/")
    seed(page, {"lpic1-102.6:exam:history": [{"date": 10, "right": 2, "total": 2, "areas": {}}]})
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Export progress").click()
    download = download_info.value
    assert download.suggested_filename.startswith("lpic1-102.6-progress-")
    exported = tmp_path / download.suggested_filename
    download.save_as(exported)
    data = json.loads(exported.read_text())
    assert data["format"] == "lpic1-102.6-progress" and data["version"] == 1
    card_items = {k: v for k, v in data["items"].items() if k.startswith("card:")}
    assert len(card_items) == 1 and next(iter(card_items.values()))["state"] == 2

    other = new_page(browser, watch, viewport={"width": 1280, "height": 900})
    try:
        other.goto(base_url + "progress/")
        # The other browser has its own, older review of the same card and an exam.
        card_id = next(iter(card_items)).removeprefix("card:")
        seed(other, {
            f"lpic1-102.6:card:{card_id}": {**card_items[f"card:{card_id}"], "last_review": 1, "stability": 0.5},
            "lpic1-102.6:exam:history": [{"date": 5, "right": 1, "total": 2, "areas": {}}],
        })
        other.locator(".progress__import-input").set_input_files(str(exported))
        status = other.locator(".progress__file-status")
        expect(status).to_have_text("Imported 1 flashcard, 0 quiz scores and the exam history (2 exams now).")
        merged = json.loads(other.evaluate(f"localStorage.getItem('lpic1-102.6:card:{card_id}')"))
        assert merged == card_items[f"card:{card_id}"], "the more recent review wins"
        history = json.loads(other.evaluate("localStorage.getItem('lpic1-102.6:exam:history')"))
        assert [exam["date"] for exam in history] == [10, 5], "both histories, newest first"
        # A file that is not a progress file changes nothing and says why.
        wrong = tmp_path / "notes.json"
        wrong.write_text('{"hello": "world"}')
        other.locator(".progress__import-input").set_input_files(str(wrong))
        expect(status).to_have_text("Nothing imported. This JSON file is not a progress file from this site.")
        broken = tmp_path / "broken.json"
        broken.write_text(json.dumps({**data, "items": {**data["items"], "card:bad": {"box": "x"}}}))
        other.locator(".progress__import-input").set_input_files(str(broken))
        expect(status).to_contain_text("Skipped 1 entry that could not be read.")
        assert other.evaluate("localStorage.getItem('lpic1-102.6:card:bad')") is None
    finally:
        other.context.close()


def test_without_javascript_the_progress_page_lists_what_there_is_to_study(browser, watch, base_url):
    page = new_page(browser, watch, java_script_enabled=False)
    try:
        page.goto(base_url + "progress/")
        expect(page.locator("tr[data-area]")).to_have_count(6)
        expect(page.locator("[data-progress-summary]")).to_contain_text("Turn on JavaScript")
        counts = [int(cell.split()[0]) for cell in page.locator('[data-cell="cards"]').all_text_contents()]
        total = int(page.evaluate("() => document.querySelectorAll('tr[data-area]').length"))
        assert total == 6 and sum(counts) > 200
    finally:
        page.context.close()
