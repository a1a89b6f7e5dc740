"""The print edition: one page with every page of the objective, in nav order."""

import json
import re

import pytest

from macros.site_data import SiteData
from tests.conftest import PROJECT_DIR, all_questions, nav_pages, page_url, topic_pages
from tests.site.html_text import scan_html

NOT_PRINTED = SiteData.load(PROJECT_DIR, PROJECT_DIR / "docs").pages.not_printed


def read(site_dir, src: str) -> str:
    return (site_dir / page_url(src) / "index.html").read_text(encoding="utf-8")


def h1_of(site_dir, src: str) -> str:
    return next(text for tag, _, text in scan_html(read(site_dir, src)).headings if tag == "h1")


def test_the_print_edition_leaves_out_only_the_interactive_pages():
    assert NOT_PRINTED == {"exam.md", "flashcards.md", "progress.md", "coverage.md", "print.md"}


def test_the_print_page_holds_every_page_in_order(site_dir):
    h1s = [text for tag, _, text in scan_html(read(site_dir, "print.md")).headings if tag == "h1"]
    expected = [h1_of(site_dir, src) for src in nav_pages() if src not in NOT_PRINTED]
    assert h1s == ["Print edition", *expected, "Answer key"]


def test_every_heading_of_every_printed_page_is_in_it(site_dir):
    printed = scan_html(read(site_dir, "print.md")).headings
    for src in nav_pages():
        if src not in NOT_PRINTED:
            for heading in scan_html(read(site_dir, src)).headings:
                assert heading[::2] in [h[::2] for h in printed], f"{src}: {heading[2]!r} is missing"


def body_and_key(site_dir) -> tuple[str, str]:
    """The printed pages, and the answer key after them."""
    printed = read(site_dir, "print.md").split('class="print-edition" data-print-edition>', 1)[1]
    body, key = printed.split('<section class="print-edition__page print-edition__key" id="answer-key">')
    return body, key


def test_the_print_page_keeps_cards_and_moves_answers_to_the_key(site_dir):
    body, key = body_and_key(site_dir)
    assert body.count('class="flashcards"') >= 10
    assert "quiz__answer" not in body and "<summary>Answer</summary>" not in body
    assert "<section" not in key, "the key is the last section"
    questions = len(all_questions())
    assert key.count('<p class="quiz__correct">') == questions
    assert body.count('<li class="quiz__question"') == questions
    check_yourself = sum((PROJECT_DIR / "docs" / src).read_text(encoding="utf-8").count('??? success "Answer"') for src in topic_pages())
    assert check_yourself > 20
    assert len(re.findall(r'<li id="answer-key--check--', key)) == check_yourself
    assert body.count('<p class="print-key-ref"') == questions + check_yourself
    assert "<summary>What you should see</summary>" in body, "the lab's expected output stays with its step"
    assert re.search(r'<a href="print/">print edition</a>', read(site_dir, "index.md"))


def test_each_quiz_answer_in_the_key_follows_the_order_of_its_set(site_dir):
    body, key = body_and_key(site_dir)
    sets = re.findall(r'<div class="quiz" data-quiz="([^"]+)"(.*?)</ol></div>', body, re.S)
    assert len(sets) >= 8
    for set_id, questions in sets:
        asked = re.findall(r'<li class="quiz__question" id="([^"]+)"', questions)
        answered = re.findall(rf'<li id="answer-key--quiz--{set_id}--(\d+)" value="\1">.*?<a href="#([^"]+)">Back to question \1</a>', key, re.S)
        assert answered == [(str(number), question) for number, question in enumerate(asked, 1)], set_id


def test_links_print_where_they_lead(site_dir):
    printed = read(site_dir, "print.md")
    assert '<a class="quiz__see" href="#cloning--machine-id" data-print-target="Cloning and templates › ' in printed
    assert re.search(r'<a href="https://[^"]+" data-print-url>', printed)
    assert not re.search(r'class="headerlink"[^>]*data-print|__codelineno[^"]*" data-print', printed)


def test_ids_are_unique_and_every_link_inside_it_has_a_target(site_dir):
    printed = read(site_dir, "print.md")
    ids = re.findall(r'\sid="([^"]+)"', printed)
    assert len(ids) == len(set(ids)), "ids repeat across the merged pages"
    anchors = {href[1:] for href in re.findall(r'\shref="(#[^"]+)"', printed)}
    assert len(anchors) > 500
    assert anchors <= set(ids), f"links without a target: {sorted(anchors - set(ids))[:5]}"
    # A link from one page to another becomes a jump within the print page.
    assert 'href="#cloning--machine-id"' in printed
    assert 'href="../cloning/' not in printed.split('class="print-edition"', 1)[1]


@pytest.mark.mkdocs_only  # Zensical writes its own search index, search.json, in another format
def test_the_print_page_is_left_out_of_search(site_dir):
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [doc["location"] for doc in index["docs"] if doc["location"].startswith("print/")]
    assert any(doc["location"].startswith("cloning/") for doc in index["docs"])
