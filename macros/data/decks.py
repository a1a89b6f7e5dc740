"""Flashcard decks: data/flashcards/<deck-id>.yml."""

from __future__ import annotations

from pathlib import Path

from .item_files import CollectionKind, Loaded, load_collection
from .models import Deck, ObjectivesFile

DECKS = CollectionKind("data/flashcards", Deck, items="cards", noun="card", markdown_fields=("front", "back"))
DECKS_DIR = DECKS.directory
LoadedDeck = Loaded  # Loaded[Deck]: .id, .file and .content (the Deck)


def load_decks(project_dir: Path, docs_dir: Path, objectives: ObjectivesFile) -> dict[str, Loaded]:
    return load_collection(DECKS, project_dir, docs_dir, objectives)
