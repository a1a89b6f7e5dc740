from pathlib import Path

from macros.commands.schemas import SCHEMA_DIR, SCHEMAS, schema_text

PROJECT_DIR = Path(__file__).resolve().parents[2]


def test_committed_schemas_match_the_models():
    for name, model in SCHEMAS.items():
        committed = (PROJECT_DIR / SCHEMA_DIR / name).read_text(encoding="utf-8")
        assert committed == schema_text(model), f"{SCHEMA_DIR / name} is stale: run `make schemas`"
