"""Which flashcards to review after a missed quiz or exam question.

The question's own section comes first: the cards whose `see` link is the same
page and anchor teach what the question asked. Only when no card links there do
the cards on the same page that share one of the question's terms stand in.
Matching on terms alone would be too coarse: LPI's terms are broad ("virtual
machine"), and one missed question would make up to 52 cards due."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from ..data.models import Card


def related_cards(questions: Iterable, cards: Iterable[Card]) -> dict[str, list[str]]:
    """Question id -> the ids of its related cards, in deck order, maybe empty."""
    cards = list(cards)
    by_section: dict[str, list[Card]] = defaultdict(list)
    for card in cards:
        if card.see:
            by_section[card.see].append(card)
    related = {}
    for question in questions:
        matches = by_section.get(question.see) or [
            card for card in cards
            if card.see and _page(card.see) == _page(question.see) and set(card.terms) & set(question.terms)
        ]
        related[question.id] = [card.id for card in matches]
    return related


def _page(see: str) -> str:
    return see.partition("#")[0]
