from pathlib import Path

from macros.schemas import SCHEMA_DIR, SCHEMAS, schema_text

PROJECT_DIR = Path(__file__).resolve().parents[2]


def test_committed_schemas_match_the_models():
    for name, model in SCHEMAS.items():
        committed = (PROJECT_DIR / SCHEMA_DIR / name).read_text(encoding="utf-8")
        assert committed == schema_text(model), f"{SCHEMA_DIR / name} is stale: run `make schemas`"


def test_every_data_file_points_editors_at_its_schema():
    for data_file in (PROJECT_DIR / "data").glob("*.yml"):
        first_line = data_file.read_text(encoding="utf-8").splitlines()[0]
        assert first_line.startswith("# yaml-language-server: $schema=schemas/"), data_file
        schema = data_file.parent / first_line.split("$schema=", 1)[1]
        assert schema.is_file(), f"{data_file} names a schema that does not exist: {schema}"
