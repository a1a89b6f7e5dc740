"""Where the flashcard downloads live in the built site: pages link to them
(macros/render/flashcard_index.py) and the post-build step writes them
(macros/postbuild/exports.py)."""

from __future__ import annotations

from collections.abc import Iterable

EXPORT_DIR = "downloads/flashcards"
ALL_DECKS = "all"


def export_files(name: str) -> list[str]:
    """Site-relative paths of the Anki package and TSV file for a deck (or 'all')."""
    return [f"{EXPORT_DIR}/{name}.apkg", f"{EXPORT_DIR}/{name}.tsv"]


def export_paths(deck_ids: Iterable[str]) -> list[str]:
    """Site-relative paths of every file that write_exports writes."""
    return [path for name in [*deck_ids, ALL_DECKS] for path in export_files(name)]
