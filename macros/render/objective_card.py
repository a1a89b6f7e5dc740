"""Render an exam objective as a card of raw HTML."""

from __future__ import annotations

from collections.abc import Callable

from ..data.models import Objective
from .html import raw_block, text


def render_objective_card(objective: Objective, href: Callable[[str], str]) -> str:
    """``href`` turns a docs path such as ``cloning.md`` into a link from the calling page."""
    terms_by_area: dict[str, list[str]] = {}
    for term in objective.terms:
        terms_by_area.setdefault(term.area, []).append(term.text)

    areas = "".join(
        f'<li data-area="{text(area.id)}">'
        f'<a href="{text(href(area.page))}">{text(area.title)}</a>'
        f'<span class="objective-card__official">{text(area.text)}</span>'
        + _terms_line(terms_by_area.get(area.id, []))
        + "</li>"
        for area in objective.areas
    )
    terms = "".join(f"<li>{text(term.text)}</li>" for term in objective.terms)
    heading_id = f"objective-{objective.id.replace('.', '-')}"
    return raw_block(
        f'<section class="objective-card" data-objective="{text(objective.id)}" aria-labelledby="{heading_id}">'
        f'<p class="objective-card__kicker">LPIC-1 exam {text(objective.exam)} · {text(objective.topic)}</p>'
        f'<p class="objective-card__title" id="{heading_id}">'
        f"<strong>{text(objective.id)}</strong> {text(objective.title)}"
        f'<span class="objective-card__weight">Weight {objective.weight}</span></p>'
        f'<p class="objective-card__description">{text(objective.description)}</p>'
        f'<p class="objective-card__label">Key knowledge areas</p>'
        f'<ol class="objective-card__areas">{areas}</ol>'
        f'<p class="objective-card__label">Terms and utilities (partial list)</p>'
        f'<ul class="objective-card__terms">{terms}</ul>'
        "</section>"
    )


def _terms_line(terms: list[str]) -> str:
    if not terms:
        return ""
    return f'<span class="objective-card__area-terms">Terms: {text(", ".join(terms))}</span>'
