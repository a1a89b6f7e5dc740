"""Record when each flashcard last changed in data/card-changes.json: `make stamps`."""

import time
from pathlib import Path

from ..data.card_changes import CHANGES_FILE, dump, read_changes, updated_changes
from ..site_data import SiteData


def main(project_dir: Path) -> None:
    data = SiteData.load(project_dir, project_dir / "docs")
    cards = data.all_cards()
    changes = updated_changes(cards, read_changes(project_dir), int(time.time()))
    (project_dir / CHANGES_FILE).write_text(dump(changes), encoding="utf-8")
    print(f"{CHANGES_FILE}: {len(changes)} cards")


if __name__ == "__main__":
    main(Path.cwd())
