"""The print edition as it comes out of a printer: answers in the key at the end,
links that say where they lead, controls hidden."""

from playwright.sync_api import expect


def after(link) -> str:
    """The text a link's ::after adds, as the browser computed it."""
    return link.evaluate("el => getComputedStyle(el, '::after').content")


def test_printing_shows_cards_and_hides_controls(page, base_url, watch):
    page.goto(base_url + "print/")
    page.emulate_media(media="print")
    assert page.locator(".fc-panel").count() == 0, "no review controls on paper"
    expect(page.locator(".flashcards__back").first).to_be_visible()
    expect(page.locator(".page-links").first).to_be_hidden()
    assert watch.foreign_requests == []
    assert watch.console_errors == []


def test_on_paper_answers_wait_in_the_key(page, base_url, watch):
    page.goto(base_url + "print/")
    page.emulate_media(media="print")
    first = page.locator(".quiz__question").first
    expect(first.locator(".print-key-ref")).to_be_visible()
    assert first.locator(".quiz__explain, .quiz__answer").count() == 0, "no answer next to its question"
    key = page.locator("#answer-key")
    expect(key).to_be_visible()
    expect(key.locator(".quiz__explain").first).to_be_visible()
    # The pointer leads to the entry of that very question.
    # The pointer leads to the entry of that very question (Material's instant
    # navigation makes hrefs absolute, so compare the fragments).
    entry = page.locator(first.locator(".print-key-ref a").evaluate("a => a.hash"))
    assert entry.locator(".print-key__back a").evaluate("a => a.hash") == "#" + first.get_attribute("id")
    assert watch.console_errors == []


def test_on_paper_links_print_where_they_lead(page, base_url):
    page.goto(base_url + "print/")
    external = page.locator("a[data-print-url]").first
    see = page.locator("#answer-key a.quiz__see").first
    assert after(external) == "none" and after(see) == "none", "on screen the link is enough"
    page.emulate_media(media="print")
    href = external.get_attribute("href")
    assert href.startswith("https://") and href in after(external)
    assert after(see).startswith('"(see ') and " › " in after(see)
    assert after(page.locator("a.headerlink").first) in ("none", "normal")
