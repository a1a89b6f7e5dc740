"""Render a deck as an accessible HTML table (or a definition list).

The output is a raw HTML block, so page-level Markdown extensions (abbreviation
tooltips, emoji) never rewrite card text, and it works without JavaScript.
docs/assets/javascripts/flashcards.js turns it into a review session.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..data.decks import LoadedDeck
from ..data.inline_markdown import render_inline
from ..data.models import Card
from .html import raw_block, text

LAYOUTS = ("table", "list")


def select_cards(deck: LoadedDeck, tag: str | None = None, area: str | None = None, term: str | None = None) -> list[Card]:
    """The deck's cards that match every filter given, in file order."""
    return [
        card
        for card in deck.content.cards
        if (tag is None or tag in card.tags) and (area is None or card.area == area) and (term is None or term in card.terms)
    ]


def render_deck(
    deck: LoadedDeck,
    cards: Sequence[Card],
    page_link: Callable[[str], str],
    layout: str = "table",
    caption: str | None = None,
) -> str:
    """``page_link`` turns 'cloning.md#machine-id' into a URL relative to the calling page."""
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}, not {layout!r}")
    caption = caption or f"{deck.content.title}: {len(cards)} cards"
    rows = "".join(_row(card, page_link) if layout == "table" else _item(card, page_link) for card in cards)
    if layout == "table":
        body = (
            f'<table><caption>{text(caption)}</caption>'
            '<thead><tr><th scope="col">Question</th><th scope="col">Answer</th></tr></thead>'
            f"<tbody>{rows}</tbody></table>"
        )
    else:
        body = f'<p class="flashcards__caption">{text(caption)}</p><dl class="flashcards__list">{rows}</dl>'
    return raw_block(
        f'<div class="flashcards" data-deck="{text(deck.id)}" data-deck-title="{text(deck.content.title)}" '
        f'data-layout="{layout}">{body}</div>'
    )


def _attributes(card: Card) -> str:
    return (
        f'id="card-{text(card.id)}" data-card="{text(card.id)}" data-area="{text(card.area)}" '
        f'data-terms="{text(" ".join(card.terms))}" data-tags="{text(" ".join(card.tags))}"'
    )


def _answer(card: Card, page_link: Callable[[str], str]) -> str:
    answer = render_inline(card.back, page_link)
    if card.see:
        answer += f' <a class="flashcards__see" href="{text(page_link(card.see))}">Read more</a>'
    return answer


def _row(card: Card, page_link: Callable[[str], str]) -> str:
    return (
        f"<tr {_attributes(card)}>"
        f'<td class="flashcards__front">{render_inline(card.front, page_link)}</td>'
        f'<td class="flashcards__back">{_answer(card, page_link)}</td></tr>'
    )


def _item(card: Card, page_link: Callable[[str], str]) -> str:
    return (
        f'<div class="flashcards__item" {_attributes(card)}>'
        f'<dt class="flashcards__front">{render_inline(card.front, page_link)}</dt>'
        f'<dd class="flashcards__back">{_answer(card, page_link)}</dd></div>'
    )
