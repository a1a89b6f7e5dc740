"""Write the JSON Schemas of the data files, generated from the msgspec structs.

Editors use them (through the `yaml-language-server` comment at the top of each
data file) to check a file while it is typed. Run `make schemas` after changing
macros/data/models.py; a unit test fails while the committed copies are stale.
"""

from __future__ import annotations

import json
from pathlib import Path

import msgspec

from ..data.models import Deck, EssentialsFile, Glossary, ObjectivesFile, QuestionSet

SCHEMAS: dict[str, type] = {
    "objectives.schema.json": ObjectivesFile,
    "flashcards.schema.json": Deck,
    "questions.schema.json": QuestionSet,
    "glossary.schema.json": Glossary,
    "essentials.schema.json": EssentialsFile,
}

SCHEMA_DIR = Path("data/schemas")


def schema_text(model: type) -> str:
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **msgspec.json.schema(model)}
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def write_schemas(project_dir: Path) -> list[Path]:
    written = []
    for name, model in SCHEMAS.items():
        path = project_dir / SCHEMA_DIR / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(schema_text(model), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_schemas(Path.cwd()):
        print(f"wrote {path}")
