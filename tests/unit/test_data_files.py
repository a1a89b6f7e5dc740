"""The committed data: valid, pointing editors at their schemas, and stamped."""

from pathlib import Path

from macros.data.card_changes import CHANGES_FILE, read_changes, updated_changes
from macros.site_data import SiteData

PROJECT_DIR = Path(__file__).resolve().parents[2]
DATA = SiteData.load(PROJECT_DIR, PROJECT_DIR / "docs")


def test_every_data_file_names_its_schema_for_editors():
    files = sorted((PROJECT_DIR / "data").rglob("*.yml"))
    assert len(files) > 10
    for path in files:
        first_line = path.read_text(encoding="utf-8").splitlines()[0]
        assert first_line.startswith("# yaml-language-server: $schema="), f"{path} has no schema comment"
        schema = (path.parent / first_line.split("$schema=", 1)[1]).resolve()
        assert schema.is_file(), f"{path} names a missing schema {schema}"
        assert schema.parent == PROJECT_DIR / "data" / "schemas"


def test_card_change_times_are_up_to_date():
    """Run `make stamps` after editing cards; Anki needs the times to update notes."""
    recorded = read_changes(PROJECT_DIR)
    assert updated_changes(DATA.all_cards(), recorded, now=0) == recorded, f"{CHANGES_FILE} is stale: run `make stamps`"


def test_at_least_150_cards_and_3_per_term():
    cards = [card for card, _ in DATA.all_cards()]
    assert len(cards) >= 150
    for objective in DATA.objectives.objectives:
        for area in objective.areas:
            assert any(card.area == area.id for card in cards), f"no card for area {area.id}"
        for term in objective.terms:
            count = sum(term.id in card.terms for card in cards)
            assert count >= 3, f"term {term.id} has {count} cards"
