"""Exports: byte-identical TSV, and Anki packages that re-import as updates."""

from pathlib import Path

import pytest
from anki.collection import Collection

from macros.data.card_changes import changed_at, updated_changes
from macros.data.item_files import Loaded
from macros.data.models import Card, Deck
from macros.postbuild.anki_package import deck_anki_id
from macros.postbuild.exports import tsv_text, write_exports
from macros.render.downloads import ALL_DECKS
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


def two_decks(back: str = "`/etc/machine-id`") -> dict[str, Loaded]:
    other = Card(id="virtio-net", front="Which module drives a virtio NIC?", back="`virtio_net`", area="guest-drivers")
    return {**deck(back), "drivers": Loaded("drivers", "data/flashcards/drivers.yml", Deck(title="Drivers", description="d", cards=[other]))}


TIMES = {"machine-id-file": 1_700_000_000, "host-keys": 1_700_000_000, "virtio-net": 1_700_000_000}


def test_unchanged_decks_are_copied_from_the_cache_with_the_same_bytes(tmp_path):
    cache = tmp_path / "cache"
    first = write_exports(two_decks(), tmp_path / "site-1", SITE_URL, TIMES, cache)
    assert sorted(first.rebuilt) == sorted(["cloning", "drivers", ALL_DECKS])
    second = write_exports(two_decks(), tmp_path / "site-2", SITE_URL, TIMES, cache)
    assert second.rebuilt == []
    for one, two in zip(first.files, second.files, strict=True):
        assert one.name == two.name and one.read_bytes() == two.read_bytes()


def test_an_edited_deck_is_rebuilt_with_the_combined_export_and_nothing_else(tmp_path):
    cache = tmp_path / "cache"
    write_exports(two_decks(), tmp_path / "site-1", SITE_URL, TIMES, cache)
    edited = write_exports(two_decks(back="edited"), tmp_path / "site-2", SITE_URL, {**TIMES, "machine-id-file": 1_700_000_100}, cache)
    assert sorted(edited.rebuilt) == sorted(["cloning", ALL_DECKS])
    assert "edited" in (tmp_path / "site-2" / "downloads" / "flashcards" / "cloning.tsv").read_text(encoding="utf-8")
    assert len(list((cache / "cloning").glob("*.apkg"))) == 1, "an outdated cached package is removed"


def test_a_new_note_time_or_site_url_alone_rebuilds_the_export(tmp_path):
    cache = tmp_path / "cache"
    write_exports(two_decks(), tmp_path / "site-1", SITE_URL, TIMES, cache)
    restamped = write_exports(two_decks(), tmp_path / "site-2", SITE_URL, {**TIMES, "virtio-net": 1_700_000_500}, cache)
    assert sorted(restamped.rebuilt) == sorted(["drivers", ALL_DECKS])
    moved = write_exports(two_decks(), tmp_path / "site-3", "https://example.net/", {**TIMES, "virtio-net": 1_700_000_500}, cache)
    assert sorted(moved.rebuilt) == sorted(["cloning", "drivers", ALL_DECKS])


def test_the_same_cards_give_byte_identical_packages(tmp_path):
    first = write_exports(two_decks(), tmp_path / "a", SITE_URL, TIMES)
    second = write_exports(two_decks(), tmp_path / "b", SITE_URL, TIMES)
    assert [p.read_bytes() for p in first.files] == [p.read_bytes() for p in second.files]


def test_a_deck_whose_id_starts_like_another_keeps_its_cache(tmp_path):
    """'cloud' and 'cloud-init' are different decks; storing one never removes the other."""
    cache = tmp_path / "cache"
    decks = two_decks()
    renamed = {"cloud-init": decks["drivers"], "cloud": decks["cloning"]}  # cloud is stored last
    write_exports(renamed, tmp_path / "site-1", SITE_URL, TIMES, cache)
    again = write_exports(renamed, tmp_path / "site-2", SITE_URL, TIMES, cache)
    assert again.rebuilt == []
