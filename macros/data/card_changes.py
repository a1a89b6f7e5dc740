"""When each card last changed, for Anki exports.

Anki updates a note on re-import only if the incoming note is newer, so each
note must carry the time its card last changed: a fixed time would drop edits,
and the build time would touch every note on every build. data/card-changes.json
records a hash of each card's exported content and when that hash last changed.
`make stamps` updates it; a test fails while it is stale. A card whose hash is not
recorded yet gets the build time, which is never older than a previous build's.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

from .models import Card

CHANGES_FILE = "data/card-changes.json"


def card_hash(card: Card, deck_title: str) -> str:
    content = [card.front, card.back, card.see or "", sorted(card.tags), card.area, sorted(card.terms), deck_title]
    return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode()).hexdigest()[:16]


def read_changes(project_dir: Path) -> dict[str, dict]:
    path = project_dir / CHANGES_FILE
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def changed_at(cards: Iterable[tuple[Card, str]], recorded: dict[str, dict], now: int) -> dict[str, int]:
    """Card id -> the time its content last changed, from the record or ``now``."""
    times = {}
    for card, deck_title in cards:
        entry = recorded.get(card.id)
        digest = card_hash(card, deck_title)
        times[card.id] = entry["changed"] if entry and entry.get("hash") == digest else now
    return times


def updated_changes(cards: Iterable[tuple[Card, str]], recorded: dict[str, dict], now: int) -> dict[str, dict]:
    """The record for the current cards: unchanged cards keep their time."""
    cards = list(cards)
    times = changed_at(cards, recorded, now)
    return {card.id: {"hash": card_hash(card, title), "changed": times[card.id]} for card, title in sorted(cards, key=lambda c: c[0].id)}


def dump(changes: dict[str, dict]) -> str:
    return json.dumps(changes, indent=1, sort_keys=True) + "\n"
