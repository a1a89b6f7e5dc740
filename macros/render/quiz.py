"""Render a question set as raw HTML that works without JavaScript: each
question with its choices, and the answer with its explanation in a closed
<details>. docs/assets/javascripts/quiz.js turns it into a quiz with scoring.

Authors tend to write the right answer first, so the choices are never shown
in the order of the data file: without JavaScript (and on paper) they follow a
stable order drawn from the question's id, and quiz.js shuffles them again on
every attempt."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

from ..data.inline_markdown import render_inline
from ..data.item_files import Loaded
from ..data.models import FillQuestion, MultipleQuestion, SingleQuestion
from .html import raw_block, search_excluded, text

PageLink = Callable[[str], str]
# Where quiz.js sends readers to review the cards of the questions they missed.
REVIEW_PAGE = "flashcards.md#review-all"


def render_quiz(
    question_set: Loaded,
    questions: Sequence[SingleQuestion | MultipleQuestion | FillQuestion],
    page_link: PageLink,
    areas: dict[str, tuple[str, str]],
    kind: str = "quiz",
    related: dict[str, list[str]] | None = None,
) -> str:
    """``areas`` maps an area id to its title and page; ``kind`` is "quiz" for one
    set, or "practice" for the practice exam's pool; ``related`` maps a question
    id to the flashcards that quiz.js makes due when the question is missed."""
    related = related or {}
    items = "".join(_question(q, page_link, areas, related.get(q.id, [])) for q in questions)
    title = question_set.content.title if question_set else "Practice exam"
    set_id = question_set.id if question_set else "practice-exam"
    html = (
        f'<div class="quiz" data-quiz="{text(set_id)}" data-quiz-title="{text(title)}" data-kind="{kind}" '
        f'data-review-url="{text(page_link(REVIEW_PAGE))}">'
        f'<ol class="quiz__questions">{items}</ol></div>'
    )
    if kind == "practice":
        html = search_excluded(html)  # the pool repeats every question set
    return raw_block(html)


def _question(question, page_link: PageLink, areas: dict[str, tuple[str, str]], cards: list[str]) -> str:
    area_title, area_page = areas[question.area]
    cards_attribute = f' data-cards="{text(" ".join(cards))}"' if cards else ""
    choices = ""
    if not isinstance(question, FillQuestion):
        correct = {question.answer} if isinstance(question, SingleQuestion) else set(question.answer)
        choices = '<ul class="quiz__choices">' + "".join(
            f'<li{" data-correct" if choice in correct else ""}>{render_inline(choice, page_link)}</li>'
            for choice in stable_order(question.choices, question.id)
        ) + "</ul>"
    return (
        f'<li class="quiz__question" id="q-{text(question.id)}" data-question="{text(question.id)}" '
        f'data-type="{question.type}" data-area="{text(question.area)}" '
        f'data-area-title="{text(area_title)}" data-area-page="{text(page_link(area_page))}"{cards_attribute}>'
        f'<div class="quiz__prompt">{render_inline(question.prompt, page_link)}</div>{choices}'
        f'<details class="quiz__answer"><summary>Answer</summary>{_answer(question, page_link)}'
        f'<p class="quiz__explain">{render_inline(question.explain, page_link)}</p>'
        f'<p><a class="quiz__see" href="{text(page_link(question.see))}">Read the section that teaches this</a></p>'
        "</details></li>"
    )


def _answer(question, page_link: PageLink) -> str:
    if isinstance(question, FillQuestion):
        accepted = "".join(f"<li><code>{text(answer)}</code></li>" for answer in question.answer)
        label = "Accepted answer" if len(question.answer) == 1 else "Accepted answers"
        return f'<p class="quiz__correct">{label}:</p><ul class="quiz__accepted">{accepted}</ul>'
    answers = [question.answer] if isinstance(question, SingleQuestion) else question.answer
    shown = " and ".join(f"<strong>{render_inline(a, page_link)}</strong>" for a in answers)
    return f'<p class="quiz__correct">Correct: {shown}</p>'


def stable_order(choices: Sequence[str], seed: str) -> list[str]:
    """The choices in an order that looks random but is the same on every build
    (a hash, not Python's random module, whose sequences may change between versions)."""
    return sorted(choices, key=lambda choice: hashlib.sha256(f"{seed}\0{choice}".encode()).digest())
