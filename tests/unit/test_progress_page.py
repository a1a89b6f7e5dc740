"""The "My progress" table (macros/progress_page.py) and the study order of the
decks (SiteData.study_order), which both the flashcards page and it use."""

import re
from pathlib import Path

from macros.data.models import Area
from macros.render.progress_page import render_progress
from macros.site_data import SiteData
from tests.conftest import nav_pages

PROJECT_DIR = Path(__file__).resolve().parents[2]
DATA = SiteData.load(PROJECT_DIR, PROJECT_DIR / "docs")
NAV = [{"Pages": nav_pages()}]


def areas() -> list[Area]:
    return [area for objective in DATA.objectives.objectives for area in objective.areas]


def test_decks_follow_the_navigation():
    order = [deck.id for deck in DATA.study_order(NAV)]
    pages = [src.removesuffix(".md") for src in nav_pages()]
    assert order == [page for page in pages if page in DATA.decks]
    assert order[0] == "virtualization" and order != sorted(order)


def test_every_card_appears_once_in_the_row_of_its_area():
    cards = [card for deck in DATA.study_order(NAV) for card in deck.content.cards]
    html = render_progress(areas(), cards, DATA.question_sets, lambda src: src)
    rows = dict(re.findall(r'<tr data-area="([^"]+)" data-cards="([^"]*)"', html))
    assert set(rows) == {area.id for area in areas()}
    listed = [card_id for ids in rows.values() for card_id in ids.split()]
    assert sorted(listed) == sorted(card.id for card in cards)
    for card in cards:
        assert card.id in rows[card.area].split()


def test_question_sets_are_counted_per_area():
    cards = [card for deck in DATA.study_order(NAV) for card in deck.content.cards]
    html = render_progress(areas(), cards, DATA.question_sets, lambda src: src)
    sets = dict(re.findall(r'<tr data-area="([^"]+)" data-cards="[^"]*" data-sets="([^"]*)"', html))
    total = sum(int(entry.split(":")[1]) for value in sets.values() for entry in value.split())
    assert total == sum(len(s.content.questions) for s in DATA.question_sets.values())
    concepts = dict(entry.split(":") for entry in sets["concepts"].split())
    assert set(concepts) == {"virtualization", "vms-and-containers", "containers"}


def test_area_titles_are_escaped():
    area = Area(id="x", title="<script>alert(1)</script> {{ x }}", text="t", page="cloning.md")
    html = render_progress([area], [], {}, lambda src: src)
    assert "<script>" not in html and "{{" not in html
