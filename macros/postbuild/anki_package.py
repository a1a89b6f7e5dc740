"""Anki packages (.apkg) through genanki.

Imported only when a package has to be written: genanki costs about 25 ms to
import, and a build whose decks did not change reuses the cached packages.

genanki's own Package.write_to_file builds the collection in a temporary file
on disk (and leaves it there); the disk syncs cost about 40 ms a package, so
the collection is built in memory here and written into the zip directly.
"""

from __future__ import annotations

import hashlib
import itertools
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import genanki

from ..data.decks import LoadedDeck
from ..data.inline_markdown import render_inline

PARENT_DECK_NAME = "LPIC-1 102.6"
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
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


def write_package(
    path: Path, decks: list[LoadedDeck], link: Callable[[str], str], changed: dict[str, int], rendered: dict | None = None
) -> None:
    """One .apkg with a sub-deck per deck; `changed` maps card id -> its note time.
    `rendered` keeps each card's note fields between packages: every card is in
    its own deck's package and in the combined one."""
    rendered = {} if rendered is None else rendered
    anki_decks = [_anki_deck(loaded, link, changed, rendered) for loaded in decks]
    # The package's own timestamp only seeds card ids; notes carry their own times.
    timestamp = max(changed.values(), default=0)
    connection = sqlite3.connect(":memory:")
    try:
        genanki.Package(anki_decks).write_to_db(connection.cursor(), timestamp, itertools.count(timestamp * 1000))
        connection.commit()
        collection = connection.serialize()
    finally:
        connection.close()
    with zipfile.ZipFile(path, "w") as package:
        # A fixed date in the zip: the same cards always give the same bytes.
        package.writestr(zipfile.ZipInfo("collection.anki2", date_time=_ZIP_DATE), collection)
        package.writestr(zipfile.ZipInfo("media", date_time=_ZIP_DATE), "{}")


def _anki_deck(loaded: LoadedDeck, link: Callable[[str], str], changed: dict[str, int], rendered: dict) -> genanki.Deck:
    deck = genanki.Deck(deck_anki_id(loaded.id), f"{PARENT_DECK_NAME}::{loaded.content.title}", loaded.content.description)
    for card in loaded.content.cards:
        if card.id not in rendered:
            fields = [render_inline(card.front, link), render_inline(card.back, link), link(card.see) if card.see else "", card.id]
            rendered[card.id] = (fields, genanki.guid_for(card.id))
        fields, guid = rendered[card.id]
        deck.add_note(_Note(changed[card.id], model=MODEL, fields=fields, guid=guid, tags=[loaded.id, card.area, *card.tags]))
    return deck
