"""Assembling the print edition from built pages."""

import re
from pathlib import Path

import pytest

from macros.data.coverage import read_pages
from macros.data.errors import DataError
from macros.postbuild.print_edition import assemble, page_article
from macros.render.print_contents import PLACEHOLDER, PrintedPage, nav_sources, render_contents

NAV = [{"Home": "index.md"}, {"Cloud": ["iaas.md", {"Cloning": "cloning.md"}]}, {"Practice": ["exam.md", "https://example.org/"]}]


def built(body: str) -> str:
    return f'<html><body><article class="md-content__inner md-typeset"><a href="x" class="md-content__button md-icon">E</a>{body}<aside class="page-links" aria-label="About">links</aside></article></body></html>'


def site(tmp_path: Path, pages: dict[str, str], use_directory_urls: bool = True) -> tuple[Path, list[PrintedPage], PrintedPage]:
    printed = [PrintedPage.of(src, src, use_directory_urls) for src in pages]
    for page in printed:
        (tmp_path / page.dest).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / page.dest).write_text(built(pages[page.src]), encoding="utf-8")
    print_page = PrintedPage.of("print.md", "Print", use_directory_urls)
    (tmp_path / print_page.dest).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / print_page.dest).write_text(built(render_contents(printed)), encoding="utf-8")
    return tmp_path, printed, print_page


def test_nav_sources_flattens_sections_in_order_and_skips_links():
    assert nav_sources(NAV) == ["index.md", "iaas.md", "cloning.md", "exam.md"]


def test_page_article_drops_the_buttons_and_our_links():
    assert page_article(built("<h1>T</h1><p>x</p>")) == "<h1>T</h1><p>x</p>"
    with pytest.raises(ValueError):
        page_article("<html></html>")


def test_links_between_printed_pages_become_jumps_and_others_stay_reachable(tmp_path):
    pages = {
        "iaas.md": '<h1 id="iaas">IaaS</h1><p><a href="../cloning/#machine-id">m</a> <a href="#iaas">self</a>'
        ' <a href="../exam/">exam</a> <img src="../assets/x.svg"> <a href="https://example.org/a">ext</a></p>',
        "cloning.md": '<h2 id="machine-id">M</h2><label for="__tabbed_1_1"></label><input id="__tabbed_1_1" name="__tabbed_1">'
        '<a href="../iaas/">back</a> <a href="../">home</a>',
        "index.md": "<h1>Home</h1>",
    }
    site_dir, printed, print_page = site(tmp_path, pages)
    assert assemble(site_dir, print_page, printed)
    html = (site_dir / "print" / "index.html").read_text(encoding="utf-8")
    assert PLACEHOLDER not in html
    assert '<a href="#cloning--machine-id" data-print-target="cloning.md › M">m</a>' in html
    assert '<a href="#iaas--iaas">self</a>' in html, "a link to its own section says nothing new"
    assert '<a href="../exam/">exam</a>' in html
    assert '<img src="../assets/x.svg">' in html
    assert '<a href="https://example.org/a" data-print-url>ext</a>' in html
    assert '<a href="#iaas" data-print-target="iaas.md">back</a>' in html
    assert '<a href="#index" data-print-target="index.md">home</a>' in html
    assert '<label for="cloning--__tabbed_1_1">' in html and 'id="cloning--__tabbed_1_1" name="cloning--__tabbed_1"' in html
    assert '<section class="print-edition__page" id="cloning">' in html
    assert "md-content__button" not in html.split("print-edition__contents")[1]


def test_answers_go_to_a_key_at_the_end_and_links_say_where_they_lead(tmp_path):
    pages = {
        "iaas.md": '<h1 id="iaas">IaaS</h1><ol><li><p>Why?</p><details class="success">\n<summary>Answer</summary>\n'
        '<p>See <a href="../cloning/#machine-id">the ID</a>.</p>\n</details></li></ol>',
        "cloning.md": '<h1 id="cloning">Cloning</h1><h2 id="machine-id">The machine ID<a class="headerlink" href="#machine-id">&para;</a></h2>',
    }
    site_dir, printed, print_page = site(tmp_path, pages)
    assemble(site_dir, print_page, printed)
    html = (site_dir / "print" / "index.html").read_text(encoding="utf-8")
    contents, body = html.split('class="print-edition" data-print-edition>')
    assert contents.endswith('<li><a href="#answer-key">Answer key</a></li></ol></nav>\n<div ')
    body, key = body.split('<section class="print-edition__page print-edition__key" id="answer-key">')
    assert "<summary>Answer</summary>" not in body and "the ID" not in body
    assert '<a href="#answer-key--check--iaas--1">Check yourself: iaas.md, 1</a>' in body
    assert '<section class="print-edition__page" id="cloning">' in body and "<section" not in key, "the key comes last"
    # The answer's link was rewritten and marked before it moved.
    assert '<a href="#cloning--machine-id" data-print-target="cloning.md › The machine ID">the ID</a>' in key
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert {href[1:] for href in re.findall(r'\shref="(#[^"]+)"', html)} <= set(ids)


def test_without_directory_urls_links_use_file_names(tmp_path):
    pages = {"iaas.md": '<a href="cloning.html#machine-id">m</a> <a href="exam.html">e</a>', "cloning.md": '<h2 id="machine-id">M</h2>'}
    site_dir, printed, print_page = site(tmp_path, pages, use_directory_urls=False)
    assemble(site_dir, print_page, printed)
    html = (site_dir / "print.html").read_text(encoding="utf-8")
    assert '<a href="#cloning--machine-id" data-print-target="cloning.md › M">m</a>' in html
    assert '<a href="exam.html">e</a>' in html


def test_a_print_page_without_the_placeholder_is_left_alone(tmp_path):
    site_dir, printed, print_page = site(tmp_path, {"iaas.md": "<p>x</p>"})
    (site_dir / print_page.dest).write_text("<html>no placeholder</html>", encoding="utf-8")
    assert not assemble(site_dir, print_page, printed)
    assert (site_dir / print_page.dest).read_text(encoding="utf-8") == "<html>no placeholder</html>"


def test_page_titles_in_the_contents_are_escaped():
    contents = render_contents([PrintedPage("x.md", "<b>{{ x }}</b>", "x/", "x/index.html", "x")])
    assert "&lt;b&gt;&#123;&#123; x &#125;&#125;&lt;/b&gt;" in contents


def test_print_must_be_a_boolean_and_false_leaves_a_page_out(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: A\nprint: false\n---\n# A\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ntitle: B\n---\n# B\n", encoding="utf-8")
    assert read_pages(tmp_path, set()).not_printed == {"a.md"}
    (tmp_path / "b.md").write_text("---\ntitle: B\n\nprint: no way\n---\n# B\n", encoding="utf-8")
    with pytest.raises(DataError) as error:
        read_pages(tmp_path, set())
    assert [str(p) for p in error.value.problems] == ["docs/b.md:4: field 'print': must be true or false"]
