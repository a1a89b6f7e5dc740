"""Every card reaches the built pages and the exports, and the exports work."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from anki.collection import Collection

from macros.postbuild.exports import tsv_text
from macros.render.downloads import ALL_DECKS, EXPORT_DIR, export_paths
from macros.site_data import SiteData
from tests.anki_import import import_package, notes_by_card_id
from tests.conftest import PROJECT_DIR, page_url, topic_pages
from tests.site.html_text import article_html

DATA = SiteData.load(PROJECT_DIR, PROJECT_DIR / "docs")


def page(site_dir: Path, src: str) -> str:
    return (site_dir / page_url(src) / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("deck_id", list(DATA.decks))
def test_every_card_is_on_its_page_and_on_the_flashcards_page(site_dir, deck_id):
    deck_page = article_html(page(site_dir, f"{deck_id}.md"))
    flashcards_page = page(site_dir, "flashcards.md")
    flashcards_section = deck_page[deck_page.index('id="flashcards"'):deck_page.index('id="sources"')]
    assert f'data-deck="{deck_id}"' in flashcards_section, "the deck belongs in the page's Flashcards section"
    for card in DATA.decks[deck_id].content.cards:
        assert f'data-card="{card.id}"' in flashcards_section, f"{card.id} is missing from {deck_id}.md"
        assert f'data-card="{card.id}"' in flashcards_page, f"{card.id} is missing from the flashcards page"


def test_every_topic_page_shows_a_deck(site_dir):
    for src in topic_pages():
        assert 'class="flashcards"' in page(site_dir, src), f"{src} shows no deck"


def test_card_links_point_at_anchors_that_exist(site_dir):
    checked = 0
    for src in ["flashcards.md", *topic_pages()]:
        for href in re.findall(r'<a class="flashcards__see" href="([^"]+)"', page(site_dir, src)):
            target, _, anchor = html.unescape(href).partition("#")
            base = site_dir / page_url(src)
            built = (base / target / "index.html").resolve()
            assert built.is_file(), f"{src}: {href} has no page"
            assert f'id="{anchor}"' in built.read_text(encoding="utf-8"), f"{src}: {href} has no such anchor"
            checked += 1
    assert checked >= 2 * len(DATA.all_cards())


def test_export_links_on_the_flashcards_page_answer_200(site_dir, base_url):
    links = re.findall(r'href="([^"]+\.(?:apkg|tsv))"', page(site_dir, "flashcards.md"))
    expected = {f"../{path}" for path in export_paths(DATA.decks)}
    assert set(links) == expected
    for link in links:
        with urllib.request.urlopen(base_url + "flashcards/" + link) as response:
            assert response.status == 200
            assert len(response.read()) > 100


def test_tsv_exports_hold_every_card_and_match_the_data(site_dir):
    export_dir = site_dir / EXPORT_DIR
    for deck_id, loaded in DATA.decks.items():
        text = (export_dir / f"{deck_id}.tsv").read_text(encoding="utf-8")
        assert text == tsv_text([loaded])
        assert len(text.splitlines()) == len(loaded.content.cards)
    everything = (export_dir / f"{ALL_DECKS}.tsv").read_text(encoding="utf-8")
    assert len(everything.splitlines()) == len(DATA.all_cards())


@pytest.mark.parametrize("name", [*DATA.decks, ALL_DECKS])
def test_each_anki_package_imports_with_one_note_per_card(site_dir, tmp_path, name):
    collection = Collection(str(tmp_path / "collection.anki2"))
    try:
        import_package(collection, site_dir / EXPORT_DIR / f"{name}.apkg")
        notes = notes_by_card_id(collection)
    finally:
        collection.close()
    cards = DATA.decks[name].content.cards if name != ALL_DECKS else [card for card, _ in DATA.all_cards()]
    assert len(notes) == len(cards)
    assert set(notes) == {card.id for card in cards}


def test_the_post_build_command_writes_the_exports_without_mkdocs_events(site_dir, tmp_path):
    """What Zensical builds get: `python -m macros.postbuild SITE_DIR` after the build."""
    out = tmp_path / "site"
    shutil.copytree(site_dir, out)
    shutil.rmtree(out / EXPORT_DIR)
    result = subprocess.run([sys.executable, "-m", "macros.postbuild", str(out)], cwd=PROJECT_DIR, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "post-build done" in result.stdout
    for path in export_paths(DATA.decks):
        assert (out / path).is_file(), path
        if path.endswith(".tsv"):
            assert (out / path).read_bytes() == (site_dir / path).read_bytes()
