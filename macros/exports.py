"""Write every deck, and all decks together, as an Anki package and a TSV file.

Called after a MkDocs build (macros' on_post_build) and also runnable on its
own, for builders that skip post-build events (Zensical does):

    python -m macros.exports --site-dir site
"""

from __future__ import annotations

import argparse
import hashlib
import time
from collections.abc import Iterable
from pathlib import Path

import genanki

from .card_changes import changed_at, read_changes
from .decks import LoadedDeck
from .inline_markdown import plain_text, render_inline

EXPORT_DIR = "downloads/flashcards"
ALL_DECKS = "all"
PARENT_DECK_NAME = "LPIC-1 102.6"
# Constant ids: Anki recognises the note type and decks again on every re-import.
MODEL_ID = 1_730_102_601


def deck_anki_id(deck_id: str) -> int:
    digest = hashlib.sha256(f"lpic1-102.6/deck/{deck_id}".encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


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


class _Note(genanki.Note):
    """A note stamped with the time its card last changed, not the build time."""

    def __init__(self, changed: int, **kwargs):
        super().__init__(**kwargs)
        self.changed = changed

    def write_to_db(self, cursor, timestamp, deck_id, id_gen):
        super().write_to_db(cursor, self.changed, deck_id, id_gen)


def export_files(name: str) -> list[str]:
    """Site-relative paths of the Anki package and TSV file for a deck (or 'all')."""
    return [f"{EXPORT_DIR}/{name}.apkg", f"{EXPORT_DIR}/{name}.tsv"]


def export_paths(deck_ids: Iterable[str]) -> list[str]:
    """Site-relative paths of every file that write_exports writes."""
    return [path for name in [*deck_ids, ALL_DECKS] for path in export_files(name)]


def write_exports(decks: dict[str, LoadedDeck], site_dir: Path, site_url: str, changed: dict[str, int]) -> list[Path]:
    out = site_dir / EXPORT_DIR
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for deck_id, loaded in decks.items():
        written += _write_pair(out / deck_id, [loaded], site_url, changed)
    written += _write_pair(out / ALL_DECKS, list(decks.values()), site_url, changed)
    return written


def _write_pair(stem: Path, decks: list[LoadedDeck], site_url: str, changed: dict[str, int]) -> list[Path]:
    tsv = stem.with_suffix(".tsv")
    tsv.write_text(tsv_text(decks), encoding="utf-8", newline="\n")
    apkg = stem.with_suffix(".apkg")
    anki_decks = [_anki_deck(loaded, site_url, changed) for loaded in decks]
    # The package's own timestamp only seeds card ids; notes carry their own times.
    genanki.Package(anki_decks).write_to_file(str(apkg), timestamp=max(changed.values(), default=0))
    return [tsv, apkg]


def tsv_text(decks: list[LoadedDeck]) -> str:
    """Front, back and tags, one card a line: Anki and Quizlet both import it.
    The same data always gives the same bytes."""
    lines = []
    for loaded in decks:
        for card in loaded.content.cards:
            tags = " ".join([loaded.id, card.area, *card.tags])
            lines.append("\t".join(_one_line(plain_text(t)) for t in (card.front, card.back)) + "\t" + tags)
    return "\n".join(lines) + "\n"


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _anki_deck(loaded: LoadedDeck, site_url: str, changed: dict[str, int]) -> genanki.Deck:
    deck = genanki.Deck(deck_anki_id(loaded.id), f"{PARENT_DECK_NAME}::{loaded.content.title}", loaded.content.description)
    link = _absolute_link(site_url)
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


def _absolute_link(site_url: str):
    base = site_url.rstrip("/") + "/"

    def link(target: str) -> str:
        path, hash_mark, anchor = target.partition("#")
        page = "" if path == "index.md" else path.removesuffix(".md") + "/"
        return base + page + hash_mark + anchor

    return link


def export_site(data, project_dir: Path, site_dir: Path, site_url: str, now: int) -> list[Path]:
    """Exports for a loaded SiteData, each note stamped from data/card-changes.json."""
    changed = changed_at(data.all_cards(), read_changes(project_dir), now)
    return write_exports(data.decks, site_dir, site_url, changed)


def main() -> None:
    from mkdocs.config import load_config

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-f", "--config-file", default="mkdocs.yml", type=Path)
    parser.add_argument("--site-dir", type=Path, help="default: site_dir from the config")
    args = parser.parse_args()
    from .site_data import SiteData

    config = load_config(str(args.config_file))
    project_dir = args.config_file.resolve().parent
    data = SiteData.load(project_dir, Path(config["docs_dir"]))
    site_dir = args.site_dir or Path(config["site_dir"])
    for path in export_site(data, project_dir, site_dir, config["site_url"] or "", int(time.time())):
        print(path)


if __name__ == "__main__":
    main()
