"""Coverage: page declarations, gaps named with their place, and the matrix."""

import shutil
from pathlib import Path

import pytest

from macros.data.coverage import read_pages
from macros.data.errors import DataError
from macros.site_data import SiteData

PROJECT_DIR = Path(__file__).resolve().parents[2]
DATA = SiteData.load(PROJECT_DIR, PROJECT_DIR / "docs")
KNOWN = {"cloning", "dbus-machine-id"}


def write_page(tmp_path: Path, front_matter: str) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    (docs / "page.md").write_text(f"---\ntitle: Page\n{front_matter}---\n\n# Page\n", encoding="utf-8")
    return docs


def test_pages_declare_what_they_cover_in_front_matter(tmp_path):
    docs = write_page(tmp_path, "covers:\n  cloning: [machine-id, summary]\n  dbus-machine-id: [machine-id]\n")
    facts = read_pages(docs, KNOWN)
    assert facts.covers == {"page.md": {"cloning": ["machine-id", "summary"], "dbus-machine-id": ["machine-id"]}}
    assert facts.titles == {"page.md": "Page"}
    assert facts.lines[("page.md", "dbus-machine-id")] == 5


def test_a_bad_declaration_names_the_page_line_and_key(tmp_path):
    docs = write_page(tmp_path, "covers:\n  clonning: [machine-id]\n  dbus-machine-id: machine-id\n")
    with pytest.raises(DataError) as caught:
        read_pages(docs, KNOWN)
    assert [str(p) for p in caught.value.problems] == [
        "docs/page.md:4: field 'covers.clonning': unknown area or term 'clonning' (see data/objectives.yml)",
        "docs/page.md:5: field 'covers.dbus-machine-id': must be a non-empty list of section ids, e.g. [machine-id]",
    ]


def test_every_area_and_term_is_covered_by_the_real_data():
    rows = {row.id + "/" + row.kind: row for row in DATA.coverage}
    assert len(rows) == 12
    for row in rows.values():
        assert row.sections and len(row.cards) >= 3 and len(row.questions) >= 2, row.id


def test_a_term_that_nothing_covers_fails_with_its_name_and_line(tmp_path):
    for name in ("docs", "data"):
        shutil.copytree(PROJECT_DIR / name, tmp_path / name)
    objectives = tmp_path / "data" / "objectives.yml"
    objectives.write_text(objectives.read_text() + "      - id: hostid\n        text: hostid\n        area: cloning\n")
    line = len(objectives.read_text().splitlines()) - 2
    with pytest.raises(DataError) as caught:
        SiteData.load(tmp_path, tmp_path / "docs")
    assert [str(p) for p in caught.value.problems] == [
        f"data/objectives.yml:{line}: field 'objectives[0].terms[6]': term 'hostid' is not covered: "
        "no page section (declare one in a page's front matter under covers:); "
        "0 cards, needs 3 (data/flashcards/); 0 questions, needs 2 (data/questions/)"
    ]


def test_matrix_links_sections_cards_and_questions():
    html = DATA.coverage_matrix("coverage/", True)
    assert html.count("<tr data-coverage=") == 12
    assert '<tr data-coverage="dbus-machine-id" data-kind="term">' in html
    assert 'href="../cloning/#machine-id"' in html
    assert 'href="../quiz/#q-' in html and 'href="../cloning/#card-' in html
