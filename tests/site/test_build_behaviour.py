"""Builds of a throwaway copy of the project, changed to prove one behaviour each."""

from __future__ import annotations

import html
import shutil
from pathlib import Path

from tests.conftest import build_site

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def add_page(project: Path, name: str) -> None:
    shutil.copy(FIXTURES / name, project / "docs" / name)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("  - Home: index.md\n", f"  - Home: index.md\n  - {name}\n"))


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


def test_a_broken_data_file_fails_the_build_naming_file_line_and_field(project_copy, tmp_path):
    objectives = project_copy / "data" / "objectives.yml"
    lines = objectives.read_text().splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines, 1) if line.strip() == "weight: 1")
    lines[number - 1] = lines[number - 1].replace("weight: 1", "wieght: 1")
    objectives.write_text("".join(lines))
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
    import re

    return re.sub(r"<[^>]+>", "", page)
