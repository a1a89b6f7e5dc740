"""The print edition's answer key: answers leave the running text for one key at the end."""

import re

import pytest

from macros.postbuild.answer_key import move_answers, render_key
from macros.render.print_contents import KEY_ID


def quiz_set(set_id: str, title: str, questions: list[str]) -> str:
    """Quiz markup as macros/quiz.py writes it, already localised for the page "quiz"."""
    items = "".join(
        f'<li class="quiz__question" id="quiz--q-{q}" data-question="{q}" data-type="single">'
        f'<div class="quiz__prompt">Prompt {q}</div><ul class="quiz__choices"><li data-correct>A</li><li>B</li></ul>'
        f'<details class="quiz__answer"><summary>Answer</summary><p class="quiz__correct">Correct: <strong>A</strong></p>'
        f'<p class="quiz__explain">Because {q}.</p><p><a class="quiz__see" href="#cloning--machine-id">Read the section that teaches this</a></p>'
        "</details></li>"
        for q in questions
    )
    return f'<div class="quiz" data-quiz="{set_id}" data-quiz-title="{title}" data-kind="quiz"><ol class="quiz__questions">{items}</ol></div>'


def check_yourself(question: str, answer: str) -> str:
    """A "Check yourself" item as Material renders ``??? success "Answer"``."""
    return f'<li>\n<p>{question}</p>\n<details class="success">\n<summary>Answer</summary>\n{answer}\n</details>\n</li>'


def ids_and_jumps(html: str) -> tuple[list[str], set[str]]:
    return re.findall(r'\sid="([^"]+)"', html), {href[1:] for href in re.findall(r'\shref="(#[^"]+)"', html)}


def test_quiz_answers_move_to_the_key_numbered_per_set_in_order():
    page = quiz_set("virt", "Virtualization", ["a", "b", "c"]) + quiz_set("clone", "Cloning &amp; templates", ["d", "e"])
    html, groups = move_answers(page, "quiz", "Practice questions")
    assert "quiz__answer" not in html and "quiz__explain" not in html
    assert html.count('class="print-key-ref"') == 5
    assert [group.title for group in groups] == ["Practice questions: Virtualization", "Practice questions: Cloning & templates"]
    assert [[(a.number, a.question) for a in group.answers] for group in groups] == [
        [(1, "quiz--q-a"), (2, "quiz--q-b"), (3, "quiz--q-c")],
        [(1, "quiz--q-d"), (2, "quiz--q-e")],
    ]
    first = groups[0].answers[0].body
    assert first.startswith('<p class="quiz__correct">Correct: <strong>A</strong></p>')
    assert '<p class="quiz__explain">Because a.</p>' in first and 'class="quiz__see"' in first
    assert "<summary>" not in first and "details" not in first
    # The pointer stays inside its question, after the choices, and names the set and the number.
    question_e = html[html.index('id="quiz--q-e"') :]
    assert question_e.index("</ul>") < question_e.index("print-key-ref") < question_e.index("</li></ol>")
    assert f'<a href="#{KEY_ID}--quiz--clone--2">Practice questions: Cloning &amp; templates, 2</a>' in question_e


def test_check_yourself_answers_move_numbered_per_page_and_other_details_stay():
    page = (
        '<h2 id="cloning--check-yourself">Check yourself</h2><ol>'
        + check_yourself("Why?", "<p>Because.</p>")
        + check_yourself("How?", "<p>Like this.</p>")
        + '</ol><details class="success">\n<summary>What you should see</summary>\n<p>Output</p>\n</details>'
        + '<details class="note">\n<summary>Answer</summary>\n<p>A note, not an answer.</p>\n</details>'
    )
    html, groups = move_answers(page, "cloning", "Cloning")
    assert "Because." not in html and "Like this." not in html
    assert "<summary>What you should see</summary>\n<p>Output</p>" in html
    assert "A note, not an answer." in html
    [group] = groups
    assert group.title == "Check yourself: Cloning"
    assert [(a.number, a.body) for a in group.answers] == [(1, "<p>Because.</p>"), (2, "<p>Like this.</p>")]
    assert '<p>How?</p>\n<p class="print-key-ref"' in html
    _, other_page = move_answers(check_yourself("Q", "<p>A</p>"), "iaas", "IaaS")
    assert other_page[0].answers[0].number == 1, "numbering starts again on each page"


def test_an_answer_holding_a_code_block_and_another_details_moves_whole():
    answer = (
        '<div class="highlight"><pre><code>echo &quot;&lt;/details&gt;&quot;</code></pre></div>\n'
        '<details class="tip">\n<summary>Why</summary>\n<p>Inner.</p>\n</details>\n<p>After the inner one.</p>'
    )
    html, [group] = move_answers(check_yourself("Q", answer) + "<p>Next</p>", "lab", "Lab")
    assert group.answers[0].body == answer
    assert "Inner." not in html and "After the inner one." not in html
    assert html.endswith("</li><p>Next</p>")


def test_every_pointer_and_back_link_has_a_target():
    page = "<ol>" + check_yourself("Q1", "<p>A1</p>") + check_yourself("Q2", "<p>A2</p>") + "</ol>"
    page += quiz_set("virt", "Virtualization", ["a", "b"])
    html, groups = move_answers(page, "quiz", "Practice questions")
    combined = html + render_key(groups)
    ids, jumps = ids_and_jumps(combined)
    assert len(ids) == len(set(ids))
    assert jumps - {"cloning--machine-id"} <= set(ids)
    # From the pointer to the key entry, and from the entry back to where the question is.
    assert f'href="#{KEY_ID}--check--quiz--2"' in html and f'id="{KEY_ID}--check--quiz--2--question"' in html
    assert f'<a href="#{KEY_ID}--check--quiz--2--question">Back to question 2</a>' in combined
    assert '<a href="#quiz--q-b">Back to question 2</a>' in combined


def test_the_key_groups_answers_under_headings_and_numbers_them():
    _, groups = move_answers("<ol>" + check_yourself("Q", "<p>A</p>") + "</ol>" + quiz_set("virt", "V", ["a", "b"]), "p", "Page")
    key = render_key(groups)
    assert key.startswith(f'<section class="print-edition__page print-edition__key" id="{KEY_ID}"><h1>Answer key</h1>')
    assert re.findall(r"<h2[^>]*>([^<]*)</h2>", key) == ["Check yourself: Page", "Page: V"]
    assert re.findall(r'<li id="[^"]*" value="(\d+)">', key) == ["1", "1", "2"]


def test_titles_are_escaped():
    html, groups = move_answers("<ol>" + check_yourself("Q", "<p>A</p>") + "</ol>", "x", "<b>{{ x }}</b>")
    assert "&lt;b&gt;&#123;&#123; x &#125;&#125;&lt;/b&gt;, 1</a>" in html
    assert "<h2" in render_key(groups) and "<b>" not in render_key(groups)


def test_a_page_without_answers_is_unchanged_and_an_unclosed_answer_fails():
    assert move_answers("<p>No questions here.</p>", "x", "X") == ("<p>No questions here.</p>", [])
    with pytest.raises(ValueError, match="never closed"):
        move_answers(check_yourself("Q", "<p>A</p>").replace("</details>", ""), "x", "X")
