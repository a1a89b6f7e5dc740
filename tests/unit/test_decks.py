"""Loading and validating decks, with the file, line and field of every problem."""

from pathlib import Path

import pytest

from macros.data.decks import load_decks
from macros.data.errors import DataError
from macros.data.objectives import load_objectives
from macros.render.flashcards import render_deck, select_cards

PROJECT_DIR = Path(__file__).resolve().parents[2]
OBJECTIVES = load_objectives(PROJECT_DIR, PROJECT_DIR / "docs")

DECK = """\
# yaml-language-server: $schema=../schemas/flashcards.schema.json
title: Cloning and templates
description: What must change when a system is cloned
cards:
  - id: machine-id-file
    front: Which file holds the systemd machine ID?
    back: "`/etc/machine-id`: 32 lowercase hexadecimal characters"
    area: cloning
    terms: [dbus-machine-id]
    tags: [file]
    see: cloning.md#machine-id
  - id: host-keys-regenerate
    front: Which command creates every missing SSH host key type?
    back: "`ssh-keygen -A`"
    area: cloning
    terms: [ssh-host-keys]
    tags: [command]
"""


def load(project: Path, **files: str):
    for name, text in files.items():
        (project / "data" / "flashcards" / f"{name}.yml").write_text(text, encoding="utf-8")
    return load_decks(project, project / "docs", OBJECTIVES)


def errors(project: Path, **files: str) -> list[str]:
    with pytest.raises(DataError) as caught:
        load(project, **files)
    return [str(p) for p in caught.value.problems]


def test_a_valid_deck_loads_in_file_order(project):
    decks = load(project, cloning=DECK)
    assert [c.id for c in decks["cloning"].content.cards] == ["machine-id-file", "host-keys-regenerate"]
    assert decks["cloning"].file == "data/flashcards/cloning.yml"


def test_a_misspelt_key_is_named_with_file_line_and_field(project):
    assert errors(project, cloning=DECK.replace("    back: \"`/etc", "    bakc: \"`/etc")) == [
        "data/flashcards/cloning.yml:5: field 'cards[0].back': required field is missing",
        "data/flashcards/cloning.yml:7: field 'cards[0].bakc': unknown key (check its spelling)",
    ]


def test_blank_text_is_rejected(project):
    problems = errors(project, cloning=DECK.replace('front: Which command creates', 'front: "   "\n    x: Which command creates'))
    assert problems == [
        "data/flashcards/cloning.yml:13: field 'cards[1].front': must not be blank",
        "data/flashcards/cloning.yml:14: field 'cards[1].x': unknown key (check its spelling)",
    ]


def test_card_ids_are_unique_across_decks(project):
    other = DECK.replace("title: Cloning and templates", "title: Other").split("  - id: host-keys")[0]
    assert errors(project, cloning=DECK, other=other) == [
        "data/flashcards/other.yml:5: field 'cards[0].id': duplicate card id 'machine-id-file' (first used in data/flashcards/cloning.yml)"
    ]


def test_area_and_terms_must_exist_in_the_objectives(project):
    text = DECK.replace("    area: cloning\n    terms: [ssh-host-keys]", "    area: clonning\n    terms: [ssh-hostkeys]")
    assert errors(project, cloning=text) == [
        "data/flashcards/cloning.yml:15: field 'cards[1].area': unknown area 'clonning' (see data/objectives.yml)",
        "data/flashcards/cloning.yml:16: field 'cards[1].terms[0]': unknown term 'ssh-hostkeys' (see data/objectives.yml)",
    ]


def test_links_must_point_at_pages_that_exist(project):
    text = DECK.replace("see: cloning.md#machine-id", "see: clone.md#machine-id").replace(
        'back: "`ssh-keygen -A`"', 'back: "[run this](javascript:alert`1`)"'
    )
    assert errors(project, cloning=text) == [
        "data/flashcards/cloning.yml:11: field 'cards[0].see': link 'clone.md#machine-id': no page docs/clone.md",
        "data/flashcards/cloning.yml:14: field 'cards[1].back': link 'javascript:alert`1`' must be http(s) or a page such as cloning.md#machine-id",
    ]


def test_problems_in_several_files_are_all_reported(project):
    problems = errors(project, a=DECK.replace("title:", "titel:"), b=DECK.replace("cards:", "cards: 3\nx:"))
    assert [p.split(":")[0] for p in problems] == ["data/flashcards/a.yml", "data/flashcards/a.yml", "data/flashcards/b.yml", "data/flashcards/b.yml"]


def test_rendered_table_marks_the_deck_and_every_card(project):
    deck = load(project, cloning=DECK)["cloning"]
    html = render_deck(deck, select_cards(deck), lambda src: "../" + src.replace(".md", "/"))
    assert html.startswith('\n\n<div class="flashcards" data-deck="cloning"')
    assert '<tr id="card-machine-id-file" data-card="machine-id-file"' in html
    assert 'data-card="host-keys-regenerate"' in html
    assert '<th scope="col">Question</th><th scope="col">Answer</th>' in html
    assert '<a class="flashcards__see" href="../cloning/#machine-id">Read more</a>' in html


def test_filters_and_the_list_layout(project):
    deck = load(project, cloning=DECK)["cloning"]
    assert [c.id for c in select_cards(deck, tag="command")] == ["host-keys-regenerate"]
    assert [c.id for c in select_cards(deck, term="dbus-machine-id")] == ["machine-id-file"]
    assert select_cards(deck, area="iaas") == []
    html = render_deck(deck, select_cards(deck), str, layout="list")
    assert '<dl class="flashcards__list">' in html and html.count("<dt") == 2
    with pytest.raises(ValueError, match="layout"):
        render_deck(deck, select_cards(deck), str, layout="grid")
