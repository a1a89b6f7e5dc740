"""The print edition: one page with every page of the objective, in nav order."""

import re

from tests.conftest import nav_pages, page_url
from tests.site.html_text import scan_html

EXCLUDED = {"exam.md", "flashcards.md", "coverage.md"}


def h1_of(site_dir, src: str) -> str:
    headings = scan_html((site_dir / page_url(src) / "index.html").read_text(encoding="utf-8")).headings
    return next(text for tag, _, text in headings if tag == "h1")


def test_the_print_page_holds_every_page_in_order(site_dir):
    printed = (site_dir / "print_page" / "index.html").read_text(encoding="utf-8")
    h1s = [text for tag, _, text in scan_html(printed).headings if tag == "h1"]
    expected = [h1_of(site_dir, src) for src in nav_pages() if src not in EXCLUDED]
    positions = [h1s.index(title) for title in expected]
    assert positions == sorted(positions), "pages are out of order"


def test_the_print_page_keeps_cards_and_answers(site_dir):
    printed = (site_dir / "print_page" / "index.html").read_text(encoding="utf-8")
    assert printed.count('class="flashcards"') >= 10
    assert printed.count('<details class="quiz__answer">') >= 80
    assert re.search(r'<a href="print_page/">print edition</a>', (site_dir / "index.html").read_text(encoding="utf-8"))
