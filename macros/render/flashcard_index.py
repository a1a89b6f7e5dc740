"""The flashcards page: every deck with its card count and downloads, a
"review everything due" panel, and every deck's cards (collapsed)."""

from __future__ import annotations

from collections.abc import Callable

from ..data.decks import LoadedDeck
from .downloads import ALL_DECKS, export_files
from .flashcards import render_deck
from .html import raw_block, search_excluded, text


def render_deck_index(
    decks: list[LoadedDeck],
    deck_page: Callable[[str], str | None],
    download: Callable[[str], str],
    page_link: Callable[[str], str],
) -> str:
    total = sum(len(d.content.cards) for d in decks)
    rows = "".join(_row(d, deck_page(d.id), download) for d in decks)
    rows += (
        f'<tr class="flashcard-index__all"><th scope="row">All decks</th><td>{total}</td>'
        f"<td>{_downloads(ALL_DECKS, download)}</td></tr>"
    )
    table = (
        '<table><caption>Decks, cards and downloads</caption>'
        '<thead><tr><th scope="col">Deck</th><th scope="col">Cards</th><th scope="col">Download</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )
    review_all = (
        '<div class="flashcards-review-all" data-review-all>'
        "<p>Turn on JavaScript to review the cards that are due across all decks. "
        "Without it, every deck is listed below with its answers.</p></div>"
    )
    details = "".join(
        f'<details class="flashcard-index__deck" id="deck-{text(d.id)}"><summary>{text(d.content.title)} '
        f"({len(d.content.cards)} cards)</summary>{render_deck(d, d.content.cards, page_link)}</details>"
        for d in decks
    )
    decks_html = search_excluded(f'<div class="flashcard-index__decks">{details}</div>')
    return raw_block(f'<div class="flashcard-index-wrap">{table}</div>{review_all}{decks_html}')


def _row(deck: LoadedDeck, page: str | None, download) -> str:
    title = f'<a href="{text(page)}">{text(deck.content.title)}</a>' if page else text(deck.content.title)
    return (
        f'<tr data-deck-row="{text(deck.id)}"><th scope="row">{title}'
        f'<span class="flashcard-index__description">{text(deck.content.description)}</span></th>'
        f"<td>{len(deck.content.cards)}</td><td>{_downloads(deck.id, download)}</td></tr>"
    )


def _downloads(name: str, download) -> str:
    links = []
    for path in export_files(name):
        kind = "Anki" if path.endswith(".apkg") else "TSV"
        links.append(f'<a href="{text(download(path))}" download>{kind}</a>')
    return " · ".join(links)
