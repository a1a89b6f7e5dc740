"""The practice exam simulator (docs/assets/javascripts/exam.js) in a real browser,
at desktop size and, where the layout matters, on a 375 px phone."""

import json
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import wait_for_page
from tests.browser.test_quiz import answer_all, mark_correct_choices

EXAM = '.quiz[data-kind="practice"]'
CURRENT = "lpic1-102.6:exam:current"
AREAS = 6  # knowledge areas in data/objectives.yml that have questions


def open_exam(page, base_url):
    page.goto(base_url + "exam/")
    exam = page.locator(EXAM)
    expect(exam.get_by_role("button", name="Start the exam")).to_be_visible()
    return exam


def start(exam, size: str | None = None, pace: str | None = None):
    if size:
        exam.locator('select[name="size"]').select_option(size)
    if pace:
        exam.locator('select[name="pace"]').select_option(pace)
    exam.get_by_role("button", name="Start the exam").click()
    expect(exam.locator(".exam__bar")).to_be_visible()
    return exam.locator(".quiz__question:visible")


def answer(item) -> None:
    """Give some answer (not necessarily a right one)."""
    if item.get_attribute("data-type") == "fill":
        item.locator("input.quiz__fill").fill("something")
    else:
        item.locator(".quiz__choice input").first.check()


def submit_anyway(exam) -> None:
    exam.locator(".exam__bar").get_by_role("button", name="Submit").click()
    dialog = exam.locator("dialog.exam__dialog")
    if dialog.is_visible():
        dialog.get_by_role("button", name="Submit anyway").click()
    expect(exam.locator(".quiz__status")).to_contain_text("You scored")


def choice_texts(item) -> list[str]:
    return [text.strip() for text in item.locator(".quiz__choice").all_text_contents()]


def test_the_default_exam_takes_two_questions_from_each_area_at_exam_pace(page, base_url):
    exam = open_exam(page, base_url)
    expect(exam.locator(".exam__summary")).to_have_text(f"{2 * AREAS} questions, {2 * AREAS * 90 // 60} minutes")
    visible = start(exam)
    expect(visible).to_have_count(2 * AREAS)
    areas = [item.get_attribute("data-area") for item in visible.all()]
    assert all(areas.count(area) == 2 for area in areas) and len(set(areas)) == AREAS
    expect(exam.locator(".exam__clock")).to_have_text(re.compile(r"Time left 1[78]:\d\d"))
    numbers = exam.locator(".quiz__question:visible .exam__number").all_text_contents()
    assert numbers == [f"Question {n} of {2 * AREAS}" for n in range(1, 2 * AREAS + 1)]


def test_length_and_time_are_configurable(page, base_url):
    exam = open_exam(page, base_url)
    visible = start(exam, size=str(AREAS), pace="0")
    expect(visible).to_have_count(AREAS)
    assert len({item.get_attribute("data-area") for item in visible.all()}) == AREAS
    expect(exam.locator(".exam__clock")).to_be_hidden()
    expect(exam.locator(".quiz__status")).to_have_text(f"Exam started: {AREAS} questions, no time limit.")


@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_the_navigator_shows_answered_unanswered_and_flagged_and_jumps(device, page, phone_page, base_url):
    page = phone_page if device == "phone" else page
    exam = open_exam(page, base_url)
    visible = start(exam)
    toggle = exam.get_by_role("button", name="Questions")
    # Open from the start on a wide screen; on a phone it waits to be asked for.
    expect(toggle).to_have_attribute("aria-expanded", "true" if device == "desktop" else "false")
    if device == "phone":
        toggle.click()
    answer(visible.nth(0))
    visible.nth(1).get_by_role("button", name="Flag for review").click()
    expect(visible.nth(1).get_by_role("button", name="Flag for review")).to_have_attribute("aria-pressed", "true")
    jumps = exam.locator(".exam__jump")
    expect(jumps.nth(0)).to_have_attribute("aria-label", "Question 1: answered")
    expect(jumps.nth(1)).to_have_attribute("aria-label", "Question 2: unanswered, flagged")
    expect(jumps.nth(2)).to_have_attribute("aria-label", "Question 3: unanswered")
    expect(exam.locator(".exam__progress")).to_have_text(f"1 of {2 * AREAS} answered · 1 flagged")

    target = visible.nth(9)
    jumps.nth(9).click()
    expect(target.locator("input").first).to_be_focused()
    if device == "phone":  # the navigator gives the screen back
        expect(toggle).to_have_attribute("aria-expanded", "false")
    top = target.bounding_box()["y"]
    bar = exam.locator(".exam__bar").bounding_box()
    assert bar["y"] + bar["height"] <= top + 1, "the question is hidden under the bar"
    assert top < page.viewport_size["height"] / 2


def test_choices_come_in_a_new_order_in_each_exam(page, base_url):
    exam = open_exam(page, base_url)
    visible = start(exam, size=str(len(page.locator(f"{EXAM} .quiz__question").all())), pace="0")
    first = {item.get_attribute("data-question"): choice_texts(item) for item in visible.all()}
    exam.get_by_role("button", name="Abandon this exam").click()
    exam.locator("dialog").get_by_role("button", name="Abandon").click()
    visible = start(exam, size=str(len(first)), pace="0")
    second = {item.get_attribute("data-question"): choice_texts(item) for item in visible.all()}
    changed = [q for q in first if first[q] and first[q] != second[q]]
    assert all(sorted(first[q]) == sorted(second[q]) for q in first)  # the same choices
    assert len(changed) >= len([q for q in first if first[q]]) // 2


def test_the_exam_survives_a_reload_with_its_order_answers_flags_and_clock(page, base_url):
    exam = open_exam(page, base_url)
    visible = start(exam)
    ids = [item.get_attribute("data-question") for item in visible.all()]
    orders = [choice_texts(item) for item in visible.all()]
    answer(visible.nth(0))
    answer(visible.nth(3))
    visible.nth(5).get_by_role("button", name="Flag for review").click()
    state = json.loads(page.evaluate(f"localStorage.getItem('{CURRENT}')"))
    page.evaluate(
        "([key, state]) => localStorage.setItem(key, JSON.stringify(state))",
        [CURRENT, {**state, "ends": state["ends"] - 5 * 60_000}],  # five minutes have passed
    )

    page.reload()
    visible = page.locator(f"{EXAM} .quiz__question:visible")
    expect(page.locator(f"{EXAM} .quiz__status")).to_have_text("Exam resumed.")
    assert [item.get_attribute("data-question") for item in visible.all()] == ids
    assert [choice_texts(item) for item in visible.all()] == orders
    expect(page.locator(f"{EXAM} .exam__progress")).to_have_text(f"2 of {2 * AREAS} answered · 1 flagged")
    expect(visible.nth(5).get_by_role("button", name="Flag for review")).to_have_attribute("aria-pressed", "true")
    expect(page.locator(f"{EXAM} .exam__clock")).to_have_text(re.compile(r"Time left 1[23]:\d\d"))


def test_when_the_time_ran_out_meanwhile_the_exam_is_scored(page, base_url):
    exam = open_exam(page, base_url)
    start(exam)
    state = json.loads(page.evaluate(f"localStorage.getItem('{CURRENT}')"))
    # Started ten minutes ago, with five minutes to go.
    earlier = {**state, "started": state["started"] - 600_000, "ends": state["started"] - 300_000}
    page.evaluate("([key, state]) => localStorage.setItem(key, JSON.stringify(state))", [CURRENT, earlier])
    page.reload()
    expect(page.locator(f"{EXAM} .quiz__status")).to_have_text(
        re.compile(rf"^Time ran out while you were away\. You scored 0 of {2 * AREAS} \(0%\) in 5:00\. \d+ flashcards on what you missed")
    )


def test_submitting_unanswered_questions_asks_first(page, base_url):
    exam = open_exam(page, base_url)
    visible = start(exam)
    answer(visible.nth(0))
    exam.locator(".exam__bar").get_by_role("button", name="Submit").click()
    dialog = exam.locator("dialog.exam__dialog")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text(f"{2 * AREAS - 1} questions are unanswered. Submit anyway?")
    expect(dialog.get_by_role("button", name="Keep answering")).to_be_focused()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(exam.locator(".quiz__status")).not_to_contain_text("You scored")

    for item in visible.all():
        answer(item)
    exam.get_by_role("button", name="Submit answers").click()
    expect(dialog).to_be_hidden()  # nothing left to warn about
    expect(exam.locator(".quiz__status")).to_contain_text("You scored")
    expect(exam.locator(".quiz__status")).to_be_focused()
    expect(exam.locator(".exam__bar")).to_be_hidden()  # no clock or navigator after the end
    assert exam.locator(".quiz__status").bounding_box()["y"] >= 48, "the score is under the header"
    expect(exam.locator(".quiz__answer:visible")).to_have_count(2 * AREAS)


def test_results_survive_following_a_study_link_and_pressing_back(page, base_url):
    exam = open_exam(page, base_url)
    start(exam)
    submit_anyway(exam)
    score = exam.locator(".quiz__status").text_content()
    page.evaluate("window.__instantMarker = 'still here'")
    link = exam.locator(".quiz__breakdown tbody tr").first.get_by_role("link", name="Study this page")
    target = link.evaluate("a => a.href")
    link.click()
    wait_for_page(page, target)
    page.go_back()
    wait_for_page(page, base_url + "exam/")
    assert page.evaluate("window.__instantMarker") == "still here", "navigation was a full page load"
    expect(page.locator(f"{EXAM} .quiz__status")).to_have_text(score)
    expect(page.locator(f"{EXAM} .quiz__breakdown tbody tr")).to_have_count(AREAS)
    page.locator(EXAM).get_by_role("button", name="New exam").click()
    expect(page.locator(f"{EXAM} .quiz__setup")).to_be_visible()
    expect(page.locator(f"{EXAM} .quiz__breakdown")).to_be_hidden()


def test_the_score_history_keeps_date_score_and_areas(page, base_url):
    exam = open_exam(page, base_url)
    expect(exam.locator(".exam__history")).to_be_hidden()
    start(exam, size=str(AREAS))
    mark_correct_choices(page)
    answer_all(page, EXAM, right=True)
    submit_anyway(exam)
    exam.get_by_role("button", name="New exam").click()
    start(exam, size=str(AREAS))
    submit_anyway(exam)

    page.reload()
    rows = page.locator(f"{EXAM} .exam__history tbody tr")
    expect(rows).to_have_count(2)
    assert re.fullmatch(rf"0 of {AREAS} \(0%\)", rows.nth(0).locator("td").nth(0).text_content())  # newest first
    assert re.search(r"\d{4}", rows.nth(0).locator("th").text_content())  # a date
    assert len(rows.nth(0).locator(".exam__areas li").all()) == AREAS
    assert all(re.search(r" 0/1$", text) for text in rows.nth(0).locator(".exam__areas li").all_text_contents())
    assert rows.nth(1).locator("td").nth(0).text_content() == f"{AREAS} of {AREAS} (100%)"
    expect(page.locator(f"{EXAM} .exam__best")).to_have_text("Your best score: 100%.")
    page.locator(EXAM).get_by_role("button", name="Delete score history").click()
    dialog = page.locator(f"{EXAM} dialog")
    expect(dialog.get_by_role("button", name="Cancel")).to_be_focused()
    dialog.get_by_role("button", name="Delete").click()
    expect(rows).to_have_count(0)
    expect(page.locator(f"{EXAM} .exam__history")).to_be_hidden()
    page.reload()
    expect(page.locator(f"{EXAM} .exam__history")).to_be_hidden()


@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_the_clock_stays_in_view_while_scrolling(device, page, phone_page, base_url):
    page = phone_page if device == "phone" else page
    exam = open_exam(page, base_url)
    visible = start(exam)
    visible.last.scroll_into_view_if_needed()
    page.mouse.wheel(0, 400)
    clock = exam.locator(".exam__clock")
    box = clock.bounding_box()
    assert 0 <= box["y"] and box["y"] + box["height"] <= 140, f"the clock scrolled away: {box}"
    at_clock = page.evaluate(
        "([x, y]) => document.elementFromPoint(x, y).closest('.exam__bar') !== null",
        [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2],
    )
    assert at_clock, "something covers the clock"
