"""On a phone: every control of the quizzes, the exam and the flashcard review is
a touch target at least 44 CSS px tall, and key hints show only where a
keyboard is likely."""

import pytest
from playwright.sync_api import expect

MIN_TARGET_PX = 44
# What a finger taps: buttons, selects, text fields, and the labels around radio
# buttons and checkboxes (the small inputs themselves sit inside them).
TARGETS = """(root) => [...root.querySelectorAll('button, select, input[type="text"], label:has(input)')]
    .filter(node => node.getClientRects().length && getComputedStyle(node).visibility !== 'hidden')
    .map(node => ({ name: (node.textContent || node.name || node.className).trim().slice(0, 40),
                    height: node.getBoundingClientRect().height }))"""


def too_small(page, selector: str) -> list[dict]:
    targets = [target for root in page.locator(selector).all() for target in root.evaluate(TARGETS)]
    assert targets, f"no controls found in {selector}"
    return [target for target in targets if target["height"] < MIN_TARGET_PX - 0.5]


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_quiz_controls_are_touch_sized(device, page, phone_page, base_url):
    page = phone_page if device == "phone" else page
    page.goto(base_url + "quiz/")
    expect(page.locator('.quiz[data-quiz="cloning"] .quiz__choice').first).to_be_visible()
    assert too_small(page, '.quiz[data-quiz="cloning"]') == []


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_exam_controls_are_touch_sized(device, page, phone_page, base_url):
    page = phone_page if device == "phone" else page
    page.goto(base_url + "exam/")
    exam = page.locator('.quiz[data-kind="practice"]')
    assert too_small(page, '.quiz[data-kind="practice"]') == []  # the settings
    exam.get_by_role("button", name="Start the exam").click()
    if device == "phone":  # the navigator starts closed on a phone
        exam.get_by_role("button", name="Questions").click()
    expect(exam.locator(".exam__jump").first).to_be_visible()
    assert too_small(page, '.quiz[data-kind="practice"]') == []


def test_flashcard_controls_are_touch_sized_on_a_phone(phone_page, base_url):
    page = phone_page
    page.goto(base_url + "cloning/")
    panel = page.locator(".fc-panel").first
    expect(panel).to_be_visible()  # the deck's scripts load once the page is idle
    assert too_small(page, ".fc-panel") == []
    panel.locator(".fc-start").click()
    panel.locator(".fc-card").click()
    expect(panel.locator(".fc-grades")).to_be_visible()
    assert too_small(page, ".fc-panel") == []


def expect_shown(locator, shown: bool) -> None:
    if shown:
        expect(locator).to_be_visible()
    else:
        expect(locator).to_be_hidden()


def test_key_hints_show_with_a_keyboard_and_not_on_a_touch_screen(page, phone_page, base_url):
    for device, shown in ((page, True), (phone_page, False)):
        device.goto(base_url + "cloning/")
        panel = device.locator(".fc-panel").first
        panel.locator(".fc-start").click()
        hint = panel.locator(".fc-card__hint .key-hint")
        expect(hint).to_have_text("Space")
        expect_shown(hint, shown)
        panel.locator(".fc-card").click()
        grade_hints = panel.locator(".fc-grades .key-hint")
        expect(grade_hints).to_have_count(3)
        for index in range(3):
            expect_shown(grade_hints.nth(index), shown)
        # The accessible name is the grade and when the card comes back, never the key,
        # which is in aria-keyshortcuts.
        expect(panel.get_by_role("button", name="Good 10 min", exact=True)).to_have_attribute("aria-keyshortcuts", "2")
