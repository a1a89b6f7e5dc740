"""The Essentials box: loading data/essentials.yml, section labels, reading time."""

import pytest

from macros.data.errors import DataError
from macros.data.essentials import load_essentials, reading_minutes, section_titles, short_label
from macros.render.essentials_box import render_essentials

CLONING = """---
title: Cloning
---

# Cloning and templates

## Machine ID: `/etc/machine-id` { #machine-id }

```console
# not a heading: a root prompt in a code block
```

## SSH host keys
"""

VALID = """pages:
  - page: cloning.md
    facts:
      - fact: Every clone needs its own `/etc/machine-id`.
        see: cloning.md#machine-id
      - fact: "Remove <b>host keys</b> and run `ssh-keygen -A`."
        see: cloning.md#ssh-host-keys
      - fact: See the [machine ID](cloning.md#machine-id) again.
        see: cloning.md#cloning-and-templates
"""


def write(project, essentials: str, page: str = CLONING):
    (project / "docs" / "cloning.md").write_text(page)
    (project / "data" / "essentials.yml").write_text(essentials)


def test_a_box_links_each_fact_to_its_section_by_the_sections_short_name(project):
    write(project, VALID)
    box = load_essentials(project, project / "docs")["cloning.md"]
    html = render_essentials(box, lambda src: "../" + src.replace(".md", "/"))
    assert 'href="#machine-id"><span aria-hidden="true">→&nbsp;</span>Machine ID</a>' in html
    assert 'href="#ssh-host-keys"><span aria-hidden="true">→&nbsp;</span>SSH host keys</a>' in html
    assert 'href="#cloning-and-templates"><span aria-hidden="true">→&nbsp;</span>Cloning and templates</a>' in html
    assert 'See the <a href="../cloning/#machine-id">machine ID</a> again.' in html
    assert "own <code>/etc/machine-id</code>." in html


def test_fact_text_cannot_inject_html_or_jinja(project):
    write(project, VALID.replace("Remove <b>host keys</b>", "Remove <b>host keys</b> {{ config }}"))
    box = load_essentials(project, project / "docs")["cloning.md"]
    html = render_essentials(box, lambda src: src)
    assert "<b>" not in html and "&lt;b&gt;host keys&lt;/b&gt;" in html
    assert "{{" not in html


def test_a_section_that_the_page_lacks_is_named_with_file_line_and_field(project):
    write(project, VALID.replace("cloning.md#ssh-host-keys", "cloning.md#host-keys"))
    with pytest.raises(DataError) as caught:
        load_essentials(project, project / "docs")
    assert str(caught.value) == "data/essentials.yml:7: field 'pages[0].facts[1].see': no heading with id #host-keys in docs/cloning.md"


def test_a_missing_page_and_a_second_box_are_reported_together(project):
    second = VALID.split("\n", 1)[1]
    write(project, VALID.replace("page: cloning.md", "page: clones.md") + second)
    with pytest.raises(DataError) as caught:
        load_essentials(project, project / "docs")
    assert [str(p) for p in caught.value.problems] == [
        "data/essentials.yml:2: field 'pages[0].page': no page docs/clones.md",
    ]
    write(project, VALID + second)
    with pytest.raises(DataError) as caught:
        load_essentials(project, project / "docs")
    assert str(caught.value) == "data/essentials.yml:10: field 'pages[1].page': a second box for cloning.md"


def test_a_fact_must_link_a_section_of_its_own_page(project):
    (project / "docs" / "images.md").write_text("# Images\n")
    write(project, VALID.replace("see: cloning.md#cloning-and-templates", "see: images.md#images"))
    with pytest.raises(DataError) as caught:
        load_essentials(project, project / "docs")
    assert str(caught.value) == (
        "data/essentials.yml:9: field 'pages[0].facts[2].see': must be a section of cloning.md, e.g. cloning.md#some-heading"
    )


def test_a_box_of_two_facts_fails_the_schema(project):
    write(project, VALID.rsplit("      - fact: See", 1)[0])
    with pytest.raises(DataError) as caught:
        load_essentials(project, project / "docs")
    problem = caught.value.problems[0]
    assert (problem.file, problem.line, problem.field) == ("data/essentials.yml", 3, "pages[0].facts")


def test_section_titles_skip_code_blocks_and_make_toc_ids():
    titles = section_titles(CLONING)
    assert titles == {
        "cloning-and-templates": "Cloning and templates",
        "machine-id": "Machine ID: `/etc/machine-id`",
        "ssh-host-keys": "SSH host keys",
    }
    assert short_label(titles["machine-id"]) == "Machine ID"


def test_reading_time_counts_words_not_front_matter_macros_or_link_targets():
    words = " ".join(["word"] * 1000)
    assert reading_minutes(words) == 5
    padded = "---\ntitle: " + "x " * 500 + "\n---\n" + words + " {{ flashcards('cloning') }} [a](" + "b/" * 400 + ")"
    assert reading_minutes(padded) == 5
    assert reading_minutes("one") == 1
