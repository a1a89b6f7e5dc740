"""Exports: byte-identical TSV, and Anki packages that re-import as updates."""

from pathlib import Path

import pytest
from anki.collection import Collection

from macros.card_changes import changed_at, updated_changes
from macros.exports import deck_anki_id, tsv_text, write_exports
from macros.item_files import Loaded
from macros.models import Card, Deck
from tests.anki_import import import_package, notes_by_card_id

SITE_URL = "https://example.org/study/"


def deck(back: str = "`/etc/machine-id`") -> dict[str, Loaded]:
    cards = [
        Card(id="machine-id-file", front="Which file holds the *machine ID*?", back=back, area="cloning",
             terms=["dbus-machine-id"], tags=["file"], see="cloning.md#machine-id"),
        Card(id="host-keys", front="Which command creates missing SSH host keys?", back="`ssh-keygen -A`", area="cloning"),
    ]
    return {"cloning": Loaded("cloning", "data/flashcards/cloning.yml", Deck(title="Cloning", description="d", cards=cards))}


def stamps(decks: dict[str, Loaded], recorded: dict, now: int) -> dict[str, int]:
    return changed_at([(c, d.content.title) for d in decks.values() for c in d.content.cards], recorded, now)


def test_tsv_is_plain_text_and_byte_identical_for_the_same_data():
    decks = deck()
    first = tsv_text(list(decks.values()))
    assert first == tsv_text(list(deck().values()))
    assert first.splitlines()[0] == "Which file holds the machine ID?\t/etc/machine-id\tcloning cloning file"


def test_deck_ids_are_constant_and_distinct():
    assert deck_anki_id("cloning") == deck_anki_id("cloning")
    assert deck_anki_id("cloning") != deck_anki_id("iaas")
    assert 1 << 30 <= deck_anki_id("cloning") < 1 << 31


def test_unchanged_cards_keep_their_time_and_edited_ones_get_the_new_one():
    recorded = updated_changes([(c, "Cloning") for c in deck()["cloning"].content.cards], {}, now=1000)
    assert stamps(deck(), recorded, now=2000) == {"machine-id-file": 1000, "host-keys": 1000}
    assert stamps(deck(back="edited"), recorded, now=2000) == {"machine-id-file": 2000, "host-keys": 1000}


@pytest.fixture
def collection(tmp_path):
    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


def export(decks, tmp_path: Path, changed: dict[str, int]) -> Path:
    site = tmp_path / f"site-{max(changed.values())}"
    write_exports(decks, site, SITE_URL, changed)
    return site / "downloads" / "flashcards" / "cloning.apkg"


def test_reimporting_an_edited_deck_updates_that_note_and_adds_none(tmp_path, collection):
    recorded = updated_changes([(c, "Cloning") for c in deck()["cloning"].content.cards], {}, now=1_700_000_000)
    import_package(collection, export(deck(), tmp_path, stamps(deck(), recorded, now=1_700_000_000)))
    notes = notes_by_card_id(collection)
    assert len(notes) == 2
    assert notes["machine-id-file"]["Back"] == "<code>/etc/machine-id</code>"
    assert notes["machine-id-file"]["Source"] == SITE_URL + "cloning/#machine-id"

    edited = deck(back="`/etc/machine-id`, 32 hex characters")
    import_package(collection, export(edited, tmp_path, stamps(edited, recorded, now=1_700_000_100)))
    notes = notes_by_card_id(collection)
    assert len(notes) == 2
    assert notes["machine-id-file"]["Back"] == "<code>/etc/machine-id</code>, 32 hex characters"


def test_an_edit_with_an_old_time_would_be_ignored_by_anki(tmp_path, collection):
    """Why the times matter: Anki keeps its note when the incoming one is not newer."""
    times = {"machine-id-file": 1_700_000_000, "host-keys": 1_700_000_000}
    import_package(collection, export(deck(), tmp_path, times))
    import_package(collection, export(deck(back="edited"), tmp_path / "again", times))
    assert notes_by_card_id(collection)["machine-id-file"]["Back"] == "<code>/etc/machine-id</code>"
