"""The print edition as it comes out of a printer: answers shown, controls hidden."""

from playwright.sync_api import expect


def test_printing_shows_answers_and_hides_controls(page, base_url, watch):
    page.goto(base_url + "print/")
    page.emulate_media(media="print")
    assert page.locator(".fc-panel").count() == 0, "no review controls on paper"
    expect(page.locator(".quiz__explain").first).to_be_visible()
    expect(page.locator(".flashcards__back").first).to_be_visible()
    expect(page.locator(".page-links").first).to_be_hidden()
    assert watch.foreign_requests == []
    assert watch.console_errors == []
