"""Glossary abbreviations become tooltips in prose, never in code, cards or answers."""

import re
from html.parser import HTMLParser

from macros.data.glossary import load_glossary
from tests.conftest import PROJECT_DIR, nav_pages, page_url
from tests.site.html_text import article_html

GLOSSARY = load_glossary(PROJECT_DIR, PROJECT_DIR / "docs")


def articles(site_dir):
    for src in nav_pages():
        yield src, article_html((site_dir / page_url(src) / "index.html").read_text(encoding="utf-8"))


def test_abbreviations_get_tooltips_in_prose(site_dir):
    abbreviations = {entry.abbr for entry in GLOSSARY.entries if entry.abbr}
    seen = set()
    for _, article in articles(site_dir):
        seen |= set(re.findall(r'<abbr title="[^"]+">([^<]+)</abbr>', article))
    assert abbreviations & seen, "no glossary abbreviation got a tooltip"
    assert "KVM" in seen and "IaaS" in seen


class _AbbrScanner(HTMLParser):
    """Counts <abbr> tags inside code and inside flashcard or quiz widgets."""

    VOID = frozenset({"br", "img", "input", "hr", "meta", "link", "wbr", "source"})

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, bool]] = []  # (tag, is a protected container)
        self.widgets = 0
        self.misplaced = 0

    def handle_starttag(self, tag, attrs):
        if tag == "abbr" and any(protected for _, protected in self.stack):
            self.misplaced += 1
        if tag in self.VOID:
            return
        classes = (dict(attrs).get("class") or "").split()
        protected = tag in ("code", "pre") or bool({"flashcards", "quiz"} & set(classes))
        self.widgets += {"flashcards", "quiz"} & set(classes) != set()
        self.stack.append((tag, protected))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break


def test_no_tooltip_inside_code_cards_or_quiz_answers(site_dir):
    widgets = 0
    for src, article in articles(site_dir):
        scanner = _AbbrScanner()
        scanner.feed(article)
        assert scanner.misplaced == 0, f"{src}: a tooltip inside code, a flashcard or a quiz"
        widgets += scanner.widgets
    assert widgets >= 20


def test_the_glossary_page_lists_every_entry(site_dir):
    page = (site_dir / "glossary" / "index.html").read_text(encoding="utf-8")
    assert page.count("<dt id=\"term-") == len(GLOSSARY.entries)
