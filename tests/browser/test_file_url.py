"""An offline copy opened from file://: Material's document$ never emits there,
so the widgets must start from the plain DOM events."""

from playwright.sync_api import expect


def test_flashcards_review_from_file_url(page, site_dir):
    page.goto((site_dir / "cloning" / "index.html").as_uri())
    panel = page.locator('.flashcards[data-deck="cloning"] .fc-panel')
    panel.locator(".fc-start").click()
    panel.locator(".fc-card").click()
    expect(panel.locator(".fc-card__back")).to_be_visible()
    panel.locator(".fc-grade--good").click()
    expect(panel.locator(".fc-legend")).to_contain_text("1 learning")


def test_quiz_scores_from_file_url(page, site_dir):
    page.goto((site_dir / "quiz" / "index.html").as_uri())
    quiz = page.locator('.quiz[data-quiz="cloning"]')
    quiz.get_by_role("button", name="Check answers").click()
    expect(quiz.locator(".quiz__status")).to_contain_text("You scored 0 of")


def test_exam_runs_and_resumes_from_file_url(page, site_dir):
    page.goto((site_dir / "exam" / "index.html").as_uri())
    exam = page.locator('.quiz[data-kind="practice"]')
    exam.get_by_role("button", name="Start the exam").click()
    expect(exam.locator(".exam__clock")).to_contain_text("Time left")
    page.reload()
    expect(exam.locator(".quiz__status")).to_have_text("Exam resumed.")
