"""Anki packages (.apkg) through genanki.

Imported only when a package has to be written: genanki costs about 25 ms to
import, and a build whose decks did not change reuses the cached packages."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import genanki

from .decks import LoadedDeck
from .inline_markdown import render_inline

PARENT_DECK_NAME = "LPIC-1 102.6"
# Constant ids: Anki recognises the note type and decks again on every re-import.
MODEL_ID = 1_730_102_601

MODEL = genanki.Model(
    MODEL_ID,
    "LPIC-1 102.6 card",
    fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Source"}, {"name": "CardId"}],
    templates=[
        {
            "name": "Card 1",
            "qfmt": "{{Front}}",
            "afmt": '{{FrontSide}}<hr id="answer">{{Back}}{{#Source}}<p><a href="{{Source}}">Read more</a></p>{{/Source}}',
        }
    ],
    css=".card { font-family: system-ui, sans-serif; font-size: 20px; text-align: left; } code { font-size: 90%; }",
    sort_field_index=0,
)


def deck_anki_id(deck_id: str) -> int:
    digest = hashlib.sha256(f"lpic1-102.6/deck/{deck_id}".encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


class _Note(genanki.Note):
    """A note stamped with the time its card last changed, not the build time."""

    def __init__(self, changed: int, **kwargs):
        super().__init__(**kwargs)
        self.changed = changed

    def write_to_db(self, cursor, timestamp, deck_id, id_gen):
        super().write_to_db(cursor, self.changed, deck_id, id_gen)


def write_package(path: Path, decks: list[LoadedDeck], link: Callable[[str], str], changed: dict[str, int]) -> None:
    """One .apkg with a sub-deck per deck; `changed` maps card id -> its note time."""
    anki_decks = [_anki_deck(loaded, link, changed) for loaded in decks]
    # The package's own timestamp only seeds card ids; notes carry their own times.
    genanki.Package(anki_decks).write_to_file(str(path), timestamp=max(changed.values(), default=0))


def _anki_deck(loaded: LoadedDeck, link: Callable[[str], str], changed: dict[str, int]) -> genanki.Deck:
    deck = genanki.Deck(deck_anki_id(loaded.id), f"{PARENT_DECK_NAME}::{loaded.content.title}", loaded.content.description)
    for card in loaded.content.cards:
        deck.add_note(
            _Note(
                changed[card.id],
                model=MODEL,
                fields=[render_inline(card.front, link), render_inline(card.back, link), link(card.see) if card.see else "", card.id],
                guid=genanki.guid_for(card.id),
                tags=[loaded.id, card.area, *card.tags],
            )
        )
    return deck
