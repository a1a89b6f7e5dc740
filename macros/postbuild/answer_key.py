"""The answer key of the print edition. On paper a closed <details> cannot hide
anything, so an answer printed under its question gives it away: the print
edition moves every answer to one key at the end, and leaves a pointer to it.

Two kinds of answer move: the quiz's (macros/render/quiz.py, numbered per question
set as its <ol> numbers them) and "Check yourself" (Material's
``??? success "Answer"``, numbered per page). Other <details>, such as the
lab's "What you should see", stay where they are. The pages given here are
already localised (macros/postbuild/print_edition.py), so the ids they hold are unique
on the print page; the ids made here all start with "answer-key--", which no
page key does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape

from ..render.html import text
from ..render.print_contents import KEY_ID, KEY_TITLE

# One pass per page, in document order: where a question set starts, where a
# question starts, and where an answer starts (its <details> tag and summary).
_TOKEN = re.compile(
    r'<div class="quiz"[^>]*>'
    r'|<li class="quiz__question"[^>]*>'
    r'|<details class="(?P<kind>quiz__answer|success)">\s*<summary>Answer</summary>'
)
_ATTRIBUTE = re.compile(r'\s([a-z-]+)="([^"]*)"')
_DETAILS = re.compile(r"<details\b|</details>")


@dataclass(frozen=True)
class Answer:
    number: int
    anchor: str  # the entry's id in the key
    question: str  # the id its back-link leads to
    body: str  # the answer's HTML, without <details> and <summary>


@dataclass
class AnswerGroup:
    anchor: str  # the group heading's id in the key
    title: str  # plain text: "Check yourself: Cloning and templates"
    answers: list[Answer] = field(default_factory=list)


def move_answers(html: str, page_key: str, page_title: str) -> tuple[str, list[AnswerGroup]]:
    """The page with each answer replaced by a pointer into the key, and the
    answers it held: one group per question set, and one for the page's
    "Check yourself", in the order they first appear."""
    groups: dict[str, AnswerGroup] = {}
    counts: dict[str, int] = {}  # questions seen per quiz set
    quiz_set = question = ""
    out, done = [], 0
    match = _TOKEN.search(html)
    while match:
        tag, position = match.group(), match.end()
        if tag.startswith("<div"):
            attributes = dict(_ATTRIBUTE.findall(tag))
            quiz_set = attributes.get("data-quiz", "")
            group_id = f"{KEY_ID}--quiz--{quiz_set}"
            title = f"{page_title}: {unescape(attributes.get('data-quiz-title', quiz_set))}"
            groups.setdefault(group_id, AnswerGroup(group_id, title))
        elif tag.startswith("<li"):
            counts[quiz_set] = counts.get(quiz_set, 0) + 1
            question = dict(_ATTRIBUTE.findall(tag)).get("id", "")
        else:
            if match.group("kind") == "quiz__answer" and quiz_set in counts:
                group = groups[f"{KEY_ID}--quiz--{quiz_set}"]
                number, back_to = counts[quiz_set], question
                pointer_id = ""
            else:
                group_id = f"{KEY_ID}--check--{page_key}"
                group = groups.setdefault(group_id, AnswerGroup(group_id, f"Check yourself: {page_title}"))
                number = len(group.answers) + 1
                # These questions have no id of their own: the pointer gets one, to come back to.
                back_to = pointer_id = f"{group_id}--{number}--question"
            position, close = _closing_details(html, match.end())
            answer = Answer(number, f"{group.anchor}--{number}", back_to, html[match.end() : close].strip())
            group.answers.append(answer)
            out += [html[done : match.start()], _pointer(group, answer, pointer_id)]
            done = position
        match = _TOKEN.search(html, position)
    out.append(html[done:])
    return "".join(out), [group for group in groups.values() if group.answers]


def render_key(groups: list[AnswerGroup]) -> str:
    """The key's section: one heading per group, its answers numbered as their questions are."""
    parts = [
        f'<section class="print-edition__page print-edition__key" id="{KEY_ID}"><h1>{KEY_TITLE}</h1>',
        '<p>The answers to the "Check yourself" questions and the practice questions, in the order of the pages. '
        "Each answer carries the number of its question, and links back to it.</p>",
    ]
    for group in groups:
        parts.append(f'<h2 id="{group.anchor}">{text(group.title)}</h2><ol class="print-key__answers">')
        parts += [
            f'<li id="{answer.anchor}" value="{answer.number}">{answer.body}'
            f'<p class="print-key__back"><a href="#{answer.question}">Back to question {answer.number}</a></p></li>'
            for answer in group.answers
        ]
        parts.append("</ol>")
    parts.append("</section>")
    return "\n".join(parts)


def _pointer(group: AnswerGroup, answer: Answer, pointer_id: str) -> str:
    anchor = f' id="{pointer_id}"' if pointer_id else ""
    return (
        f'<p class="print-key-ref"{anchor}>Answer: see the answer key, '
        f'<a href="#{answer.anchor}">{text(group.title)}, {answer.number}</a></p>'
    )


def _closing_details(html: str, start: int) -> tuple[int, int]:
    """The end of the <details> opened just before ``start``, and where its
    closing tag begins. Counted, so an answer holding another <details> moves whole."""
    depth = 1
    for tag in _DETAILS.finditer(html, start):
        depth += -1 if tag.group() == "</details>" else 1
        if depth == 0:
            return tag.end(), tag.start()
    raise ValueError("print edition: an answer's <details> is never closed")
