from pathlib import Path

import pytest

from macros.data.errors import DataError
from macros.data.objectives import OBJECTIVES_FILE, load_objectives

PROJECT_DIR = Path(__file__).resolve().parents[2]

VALID = """\
objectives:
  - id: "102.6"
    title: Linux as a virtualization guest
    exam: "101-500"
    topic: Topic 102
    weight: 1
    description: Candidates should understand things.
    areas:
      - id: cloning
        title: Cloning
        text: Understand cloning
        page: cloning.md
    terms:
      - id: dbus-machine-id
        text: D-Bus machine id
        area: cloning
"""


def load(project: Path, text: str):
    (project / OBJECTIVES_FILE).write_text(text, encoding="utf-8")
    return load_objectives(project, project / "docs")


def error_of(project: Path, text: str) -> str:
    with pytest.raises(DataError) as caught:
        load(project, text)
    return str(caught.value)


def test_the_real_objectives_file_is_valid():
    data = load_objectives(PROJECT_DIR, PROJECT_DIR / "docs")
    objective = data.objectives[0]
    assert objective.id == "102.6" and objective.weight == 1
    assert [a.id for a in objective.areas] == ["concepts", "iaas", "cloning", "images", "guest-drivers", "cloud-init"]
    assert {t.id for t in objective.terms} == {
        "virtual-machine", "linux-container", "application-container",
        "guest-drivers", "ssh-host-keys", "dbus-machine-id",
    }


def test_a_valid_file_loads(project):
    assert load(project, VALID).objectives[0].areas[0].page == "cloning.md"


def test_unknown_key_is_named_with_its_line(project):
    text = VALID.replace("        page: cloning.md", "        pgae: cloning.md")
    message = error_of(project, text)
    assert "data/objectives.yml:12: field 'objectives[0].areas[0].pgae': unknown key" in message
    assert "data/objectives.yml:9: field 'objectives[0].areas[0].page': required field is missing" in message


def test_blank_text_is_rejected(project):
    message = error_of(project, VALID.replace("title: Cloning", 'title: "  "'))
    assert message.startswith("data/objectives.yml:10: field 'objectives[0].areas[0].title':")


def test_weight_must_be_a_number(project):
    message = error_of(project, VALID.replace("weight: 1", "weight: heavy"))
    assert message.startswith("data/objectives.yml:6: field 'objectives[0].weight':")


def test_term_must_name_a_known_area(project):
    message = error_of(project, VALID.replace("        area: cloning", "        area: clonning"))
    assert message == "data/objectives.yml:16: field 'objectives[0].terms[0].area': unknown area 'clonning' in objective 102.6"


def test_area_page_must_exist(project):
    message = error_of(project, VALID.replace("page: cloning.md", "page: cloned.md"))
    assert message == "data/objectives.yml:12: field 'objectives[0].areas[0].page': no page docs/cloned.md"


def test_duplicate_term_ids_are_rejected(project):
    text = VALID + "      - id: dbus-machine-id\n        text: Again\n        area: cloning\n"
    message = error_of(project, text)
    assert message == "data/objectives.yml:17: field 'objectives[0].terms[1].id': duplicate term id 'dbus-machine-id'"
