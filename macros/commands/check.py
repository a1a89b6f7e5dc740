"""Validate every data file without building the site: `python -m macros.commands.check`.

Prints one line per problem (file:line: field 'x': message) and exits 1, or
prints what it loaded and exits 0. pre-commit and maintainers use it."""

from __future__ import annotations

import sys
from pathlib import Path

from ..data.errors import DataError
from ..site_data import SiteData


def main(project_dir: Path) -> int:
    try:
        data = SiteData.load(project_dir, project_dir / "docs")
    except DataError as error:
        print(error, file=sys.stderr)
        return 1
    cards = sum(len(d.content.cards) for d in data.decks.values())
    questions = sum(len(q.content.questions) for q in data.question_sets.values())
    print(f"ok: {len(data.decks)} decks, {cards} cards, {len(data.question_sets)} question sets, {questions} questions")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path.cwd()))
