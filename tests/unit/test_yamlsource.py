from pathlib import Path

import pytest

from macros.data.errors import DataError
from macros.data.yamlsource import field_name, load_yaml


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "deck.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_values_and_their_lines_are_loaded(tmp_path):
    doc = load_yaml(write(tmp_path, "title: T\ncards:\n  - id: a\n    back: x\n  - id: b\n"), "data/x.yml")
    assert doc.data == {"title": "T", "cards": [{"id": "a", "back": "x"}, {"id": "b"}]}
    assert doc.line_of(("title",)) == 1
    assert doc.line_of(("cards", 0, "back")) == 4
    assert doc.line_of(("cards", 1)) == 5


def test_line_of_a_missing_field_falls_back_to_its_parent(tmp_path):
    doc = load_yaml(write(tmp_path, "cards:\n  - id: a\n  - id: b\n    front: f\n"), "data/x.yml")
    assert doc.line_of(("cards", 1, "back")) == 3


def test_syntax_error_names_file_and_line(tmp_path):
    with pytest.raises(DataError) as caught:
        load_yaml(write(tmp_path, "cards:\n  - id: a\n   front: [\n"), "data/x.yml")
    assert str(caught.value).startswith("data/x.yml:3: invalid YAML")


def test_duplicate_keys_are_an_error_not_a_silent_overwrite(tmp_path):
    with pytest.raises(DataError) as caught:
        load_yaml(write(tmp_path, "cards:\n  - id: a\n    back: one\n    back: two\n"), "data/x.yml")
    assert str(caught.value) == "data/x.yml:4: field 'cards[0].back': duplicate key"


def test_empty_file_is_an_error(tmp_path):
    with pytest.raises(DataError, match=r"^data/x.yml:1: the file is empty$"):
        load_yaml(write(tmp_path, "# only a comment\n"), "data/x.yml")


def test_field_names_read_like_the_yaml():
    assert field_name(("cards", 3, "back")) == "cards[3].back"
    assert field_name(("objectives", 0, "areas", 2, "id")) == "objectives[0].areas[2].id"
