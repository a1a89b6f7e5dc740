"""Builds of a throwaway copy of the project, changed to prove one behaviour each."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest
import yaml

from tests.conftest import build_site

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def add_page(project: Path, name: str) -> None:
    shutil.copy(FIXTURES / name, project / "docs" / name)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("  - Home: index.md\n", f"  - Home: index.md\n  - {name}\n"))


def edit_first_line(path: Path, matches, change) -> int:
    """Apply ``change`` to the first line for which ``matches`` is true; return its number."""
    lines = path.read_text().splitlines(keepends=True)
    number = next(n for n, line in enumerate(lines, 1) if matches(line))
    lines[number - 1] = change(lines[number - 1])
    path.write_text("".join(lines))
    return number


def test_jinja_examples_are_shown_literally_on_a_page_that_calls_a_macro(project_copy, tmp_path):
    add_page(project_copy, "literal-jinja.md")
    (project_copy / "docs" / "snippets").mkdir(exist_ok=True)
    shutil.copy(FIXTURES / "literal-jinja-snippet.txt", project_copy / "docs" / "snippets")
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode == 0, result.stderr[-3000:]
    page = (tmp_path / "site" / "literal-jinja" / "index.html").read_text(encoding="utf-8")
    text = html.unescape(_strip_tags(page))
    assert 'data-objective="102.6"' in page  # the macro ran
    assert "hostname: {{ ds.meta_data.instance_id }}" in text
    assert '{% if v1.region == "eu" %}' in text and "timezone: Europe/Berlin" in text
    assert 'echo "${{ github.sha }}"' in text
    assert '{{ v1.local_hostname }} and {% include "x" %}' in text
    # The copy has no .git: it still builds, and pages show no date rather than a wrong one.
    assert not (project_copy / ".git").exists()
    assert 'title="Last update"' not in (tmp_path / "site" / "cloning" / "index.html").read_text(encoding="utf-8")


def test_a_broken_data_file_fails_the_build_naming_file_line_and_field(project_copy, tmp_path):
    number = edit_first_line(
        project_copy / "data" / "objectives.yml", lambda line: line.strip() == "weight: 1", lambda line: line.replace("weight", "wieght")
    )
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert f"data/objectives.yml:{number}: field 'objectives[0].wieght': unknown key" in result.stderr


def test_a_broken_macro_call_fails_the_strict_build(project_copy, tmp_path):
    index = project_copy / "docs" / "index.md"
    index.write_text(index.read_text().replace('objective_card("102.6")', 'objective_card("999.9")'))
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert "no objective '999.9' in data/objectives.yml" in result.stderr + result.stdout


def test_a_broken_internal_link_fails_the_strict_build(project_copy, tmp_path):
    index = project_copy / "docs" / "index.md"
    index.write_text(index.read_text() + "\n[gone](no-such-page.md) and [anchor](cloning.md#no-such-anchor)\n")
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert "no-such-page.md" in result.stderr
    assert "no-such-anchor" in result.stderr


def _strip_tags(page: str) -> str:
    return re.sub(r"<[^>]+>", "", page)


def test_a_macro_call_naming_a_missing_deck_fails_the_build(project_copy, tmp_path):
    page = project_copy / "docs" / "cloning.md"
    page.write_text(page.read_text().replace('flashcards("cloning")', 'flashcards("clonning")'))
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert "no deck 'clonning' (data/flashcards/clonning.yml does not exist" in result.stderr + result.stdout


def test_a_malformed_deck_fails_the_build_naming_file_line_and_field(project_copy, tmp_path):
    number = edit_first_line(
        project_copy / "data" / "flashcards" / "cloning.yml",
        lambda line: line.lstrip().startswith("back:"),
        lambda line: line.replace("back:", "bakc:", 1),
    )
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert f"data/flashcards/cloning.yml:{number}: field 'cards[0].bakc': unknown key" in result.stderr


def test_an_edited_card_updates_its_anki_note_on_reimport(project_copy, tmp_path):
    from anki.collection import Collection

    from tests.anki_import import import_package, notes_by_card_id

    first = build_site(project_copy, tmp_path / "first")
    assert first.returncode == 0, first.stderr[-2000:]
    collection = Collection(str(tmp_path / "collection.anki2"))
    try:
        import_package(collection, tmp_path / "first" / "downloads" / "flashcards" / "all.apkg")
        before = notes_by_card_id(collection)
        deck_file = project_copy / "data" / "flashcards" / "cloning.yml"
        deck = yaml.safe_load(deck_file.read_text(encoding="utf-8"))
        card_id = deck["cards"][0]["id"]
        deck["cards"][0]["back"] = "An edited answer"
        deck_file.write_text(yaml.safe_dump(deck, sort_keys=False, allow_unicode=True), encoding="utf-8")
        second = build_site(project_copy, tmp_path / "second")
        assert second.returncode == 0, second.stderr[-2000:]
        assert "rebuilt: cloning, all\n" in second.stderr, "only the edited deck and the combined export are rebuilt"
        import_package(collection, tmp_path / "second" / "downloads" / "flashcards" / "all.apkg")
        after = notes_by_card_id(collection)
    finally:
        collection.close()
    assert len(after) == len(before)
    assert after[card_id]["Back"] == "An edited answer"
    assert [k for k in before if before[k] != after[k]] == [card_id]


def test_a_term_that_nothing_covers_fails_the_build_naming_it(project_copy, tmp_path):
    assert not (project_copy / ".git").exists()
    objectives = project_copy / "data" / "objectives.yml"
    objectives.write_text(objectives.read_text() + "      - id: hostid\n        text: hostid\n        area: cloning\n")
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert "term 'hostid' is not covered: no page section" in result.stderr


def test_a_covers_section_that_does_not_exist_fails_the_build(project_copy, tmp_path):
    line = edit_first_line(
        project_copy / "docs" / "cloning.md",
        lambda text: text == "  ssh-host-keys: [ssh-host-keys]\n",
        lambda text: "  ssh-host-keys: [ssh-hostkeys]\n",
    )
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert f"docs/cloning.md:{line}: field 'covers.ssh-host-keys': no section #ssh-hostkeys on this page" in result.stderr


def test_a_card_linking_to_a_missing_section_fails_the_build(project_copy, tmp_path):
    number = edit_first_line(
        project_copy / "data" / "flashcards" / "cloning.yml",
        lambda line: line.strip().startswith("see: cloning.md#"),
        lambda line: "    see: cloning.md#no-such-section\n",
    )
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert f"data/flashcards/cloning.yml:{number}: field 'cards[0].see': no section #no-such-section in cloning.md" in result.stderr



# "false" is how `make serve` builds: a missing vendored file stops it too, since
# its pages would lose their diagrams and flashcards without a word.
@pytest.mark.parametrize("on_error_fail", ["true", "false"])
def test_a_missing_vendored_file_fails_the_build_with_one_line_naming_make_vendor(project_copy, tmp_path, on_error_fail):
    (project_copy / "docs" / "assets" / "vendor" / "mermaid" / "mermaid.min.js").unlink()
    result = build_site(project_copy, tmp_path / "site", {"MACROS_ON_ERROR_FAIL": on_error_fail})
    output = result.stderr + result.stdout
    errors = [line for line in output.splitlines() if "ERROR" in line]
    assert result.returncode != 0
    assert len(errors) == 1, output[-3000:]
    assert errors[0].endswith(" docs/assets/vendor/mermaid/mermaid.min.js is missing: run make vendor")
    assert "Traceback" not in output
