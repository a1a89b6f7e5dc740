"""The "My progress" page: one row per knowledge area, with the flashcards and
question sets that belong to it. Without JavaScript the rows say what there is
to study; docs/assets/javascripts/progress.js fills in what this browser
remembers (cards due and learned, quiz and exam scores) and a verdict."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..data.item_files import Loaded
from ..data.models import Area, Card
from .html import raw_block, search_excluded, text


def render_progress(
    areas: Iterable[Area],
    cards: list[Card],
    question_sets: dict[str, Loaded],
    page_link: Callable[[str], str],
) -> str:
    """``cards`` in study order (the order of the navigation)."""
    rows = "".join(_row(area, cards, question_sets, page_link) for area in areas)
    table = (
        "<table><caption>Your progress by knowledge area</caption>"
        # The verdict comes second so that it is in sight on a phone, where the table scrolls.
        '<thead><tr><th scope="col">Knowledge area</th><th scope="col">Verdict</th><th scope="col">Flashcards</th>'
        '<th scope="col">Quizzes</th><th scope="col">Practice exams</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )
    return raw_block(search_excluded(
        f'<div class="progress" data-progress data-exam-url="{text(page_link("exam.md"))}">'
        '<p class="progress__summary" data-progress-summary>Your progress is kept in this browser by the flashcards, '
        "the quizzes and the practice exam. Turn on JavaScript to see it here.</p>"
        f'<div class="progress__table-wrap">{table}</div></div>'
    ))


def _row(area: Area, cards: list[Card], question_sets: dict[str, Loaded], page_link) -> str:
    card_ids = [card.id for card in cards if card.area == area.id]
    sets = [
        (set_id, sum(1 for q in loaded.content.questions if q.area == area.id))
        for set_id, loaded in question_sets.items()
    ]
    sets = [(set_id, count) for set_id, count in sets if count]
    questions = sum(count for _set_id, count in sets)
    return (
        f'<tr data-area="{text(area.id)}" data-cards="{text(" ".join(card_ids))}" '
        f'data-sets="{text(" ".join(f"{set_id}:{count}" for set_id, count in sets))}">'
        f'<th scope="row"><a href="{text(page_link(area.page))}">{text(area.title)}</a></th>'
        '<td data-cell="verdict">–</td>'
        f'<td data-cell="cards">{len(card_ids)} cards</td>'
        f'<td data-cell="quizzes">{questions} questions in {len(sets)} {"set" if len(sets) == 1 else "sets"}</td>'
        '<td data-cell="exams">–</td></tr>'
    )


def render_transfer() -> str:
    """Where progress.js puts the Export and Import buttons."""
    return raw_block(
        '<div class="progress-file" data-progress-file><p>Turn on JavaScript to export or import your progress.</p></div>'
    )
