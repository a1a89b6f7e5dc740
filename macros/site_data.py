"""All of the site's data, loaded and validated once per build, and the macros'
view of it. Each method returns a raw HTML block for the calling page."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.exceptions import PluginError

from .data.coverage import Coverage, PageFacts, compute, gaps, read_pages
from .data.decks import DECKS_DIR, LoadedDeck, load_decks
from .data.errors import DataError
from .data.essentials import ESSENTIALS_FILE, EssentialsBox, load_essentials
from .data.glossary import load_glossary
from .data.item_files import Loaded
from .data.models import Card, Glossary, ObjectivesFile
from .data.objectives import OBJECTIVES_FILE, load_objectives
from .data.question_sets import load_question_sets
from .data.yamlsource import load_yaml
from .render.coverage_matrix import render_coverage
from .render.essentials_box import render_essentials
from .render.flashcard_index import render_deck_index
from .render.flashcards import render_deck, select_cards
from .render.glossary_page import render_glossary
from .render.html import page_href, raw_block, site_href, text
from .render.objective_card import render_objective_card
from .render.print_contents import PrintedPage, nav_sources, render_contents
from .render.progress_page import render_progress
from .render.quiz import render_quiz
from .render.related_cards import related_cards


@dataclass(frozen=True)
class SiteData:
    objectives: ObjectivesFile | None
    decks: dict[str, LoadedDeck] = field(default_factory=dict)
    question_sets: dict[str, Loaded] = field(default_factory=dict)
    coverage: list[Coverage] = field(default_factory=list)
    pages: PageFacts = field(default_factory=lambda: PageFacts({}, {}, {}))
    glossary: Glossary | None = None
    essentials: dict[str, EssentialsBox] = field(default_factory=dict)
    error: DataError | None = None

    @classmethod
    def load(cls, project_dir: Path, docs_dir: Path) -> SiteData:
        objectives = load_objectives(project_dir, docs_dir)
        problems = []
        decks: dict = {}
        question_sets: dict = {}
        try:
            decks = load_decks(project_dir, docs_dir, objectives)
        except DataError as error:
            problems += error.problems
        try:
            question_sets = load_question_sets(project_dir, docs_dir, objectives)
        except DataError as error:
            problems += error.problems
        known_ids = {x.id for o in objectives.objectives for x in [*o.areas, *o.terms]}
        try:
            pages = read_pages(docs_dir, known_ids)
        except DataError as error:
            problems += error.problems
        try:
            glossary = load_glossary(project_dir, docs_dir)
        except DataError as error:
            problems += error.problems
        try:
            essentials = load_essentials(project_dir, docs_dir)
        except DataError as error:
            problems += error.problems
        if problems:
            raise DataError(problems)
        coverage = compute(objectives, pages.covers, decks, question_sets)
        missing = gaps(coverage, load_yaml(project_dir / OBJECTIVES_FILE, OBJECTIVES_FILE))
        if missing:
            raise DataError(missing)
        return cls(objectives, decks, question_sets, coverage, pages, glossary, essentials)

    @classmethod
    def load_once(cls, project_dir: Path, docs_dir: Path) -> SiteData:
        """load(), done again only when a file it reads has changed. Zensical calls
        define_env for every page, and this keeps that to one load per build; under
        `make serve` an edited file still gives a fresh load."""
        key = (project_dir, docs_dir, _fingerprint(project_dir / "data", docs_dir))
        if _LOADED.get("key") != key:
            _LOADED.clear()
            _LOADED["data"] = cls.load(project_dir, docs_dir)  # raises DataError, and then nothing is kept
            _LOADED["key"] = key
        return _LOADED["data"]

    @classmethod
    def broken(cls, error: DataError) -> SiteData:
        return cls(objectives=None, error=error)

    def all_cards(self) -> list[tuple[Card, str]]:
        return [(card, loaded.content.title) for loaded in self.decks.values() for card in loaded.content.cards]

    def objective_card(self, objective_id: str, from_url: str, use_directory_urls: bool) -> str:
        if self.error is not None:
            return error_box(self.error)
        for objective in self.objectives.objectives:
            if objective.id == objective_id:
                return render_objective_card(objective, lambda src: page_href(src, from_url, use_directory_urls))
        known = ", ".join(o.id for o in self.objectives.objectives)
        raise PluginError(f"objective_card: no objective '{objective_id}' in {OBJECTIVES_FILE} (known: {known})")

    def flashcards(self, deck_id: str, from_url: str, use_directory_urls: bool, *, tag=None, area=None, term=None, layout="table") -> str:
        if self.error is not None:
            return error_box(self.error)
        deck = self.deck(deck_id)
        cards = select_cards(deck, tag=tag, area=area, term=term)
        if not cards:
            raise PluginError(f"flashcards('{deck_id}'): no card in {deck.file} matches tag={tag!r} area={area!r} term={term!r}")
        return render_deck(deck, cards, lambda src: page_href(src, from_url, use_directory_urls), layout=layout)

    def study_order(self, nav) -> list[LoadedDeck]:
        """The decks in the order of their pages in the navigation; a deck
        without a page of its own comes last."""
        order = {src: index for index, src in enumerate(nav_sources(nav))}
        return sorted(self.decks.values(), key=lambda deck: order.get(f"{deck.id}.md", len(order)))

    def flashcard_index(self, from_url: str, use_directory_urls: bool, nav) -> str:
        if self.error is not None:
            return error_box(self.error)
        return render_deck_index(
            self.study_order(nav),
            deck_page=lambda deck_id: page_href(f"{deck_id}.md", from_url, use_directory_urls)
            if f"{deck_id}.md" in self.pages.titles
            else None,
            download=lambda path: site_href(path, from_url),
            page_link=lambda src: page_href(src, from_url, use_directory_urls),
        )

    def quiz(self, set_id: str, from_url: str, use_directory_urls: bool) -> str:
        if self.error is not None:
            return error_box(self.error)
        try:
            question_set = self.question_sets[set_id]
        except KeyError:
            known = ", ".join(self.question_sets) or "none"
            raise PluginError(f"quiz: no question set '{set_id}' (data/questions/{set_id}.yml does not exist; sets: {known})") from None
        link = lambda src: page_href(src, from_url, use_directory_urls)  # noqa: E731
        questions = question_set.content.questions
        return render_quiz(question_set, questions, link, self.areas(), related=self.related_cards(questions))

    def practice_exam(self, from_url: str, use_directory_urls: bool) -> str:
        """Every question of every set, for the practice exam to draw from."""
        if self.error is not None:
            return error_box(self.error)
        questions = [q for s in self.question_sets.values() for q in s.content.questions]
        link = lambda src: page_href(src, from_url, use_directory_urls)  # noqa: E731
        return render_quiz(None, questions, link, self.areas(), kind="practice", related=self.related_cards(questions))

    def progress_overview(self, from_url: str, use_directory_urls: bool, nav) -> str:
        if self.error is not None:
            return error_box(self.error)
        cards = [card for deck in self.study_order(nav) for card in deck.content.cards]
        areas = [area for o in self.objectives.objectives for area in o.areas]
        return render_progress(areas, cards, self.question_sets, lambda src: page_href(src, from_url, use_directory_urls))

    def coverage_matrix(self, from_url: str, use_directory_urls: bool) -> str:
        if self.error is not None:
            return error_box(self.error)
        return render_coverage(self.coverage, lambda src: page_href(src, from_url, use_directory_urls), self.pages.titles)

    def essentials_box(self, page: str, from_url: str, use_directory_urls: bool) -> str:
        if self.error is not None:
            return error_box(self.error)
        try:
            box = self.essentials[page]
        except KeyError:
            raise PluginError(f"essentials: {ESSENTIALS_FILE} has no box for {page} (add an entry with page: {page})") from None
        return render_essentials(box, lambda src: page_href(src, from_url, use_directory_urls))

    def glossary_list(self, from_url: str, use_directory_urls: bool) -> str:
        if self.error is not None:
            return error_box(self.error)
        return render_glossary(self.glossary, lambda src: page_href(src, from_url, use_directory_urls))

    def printed_pages(self, nav, use_directory_urls: bool) -> list[PrintedPage]:
        """The pages of the print edition: the nav's pages in order, less those with `print: false`."""
        sources = [src for src in nav_sources(nav) if src not in self.pages.not_printed]
        return [PrintedPage.of(src, self.pages.titles.get(src, src), use_directory_urls) for src in sources]

    def print_contents(self, nav, use_directory_urls: bool) -> str:
        if self.error is not None:
            return error_box(self.error)
        return raw_block(render_contents(self.printed_pages(nav, use_directory_urls)))

    def areas(self) -> dict[str, tuple[str, str]]:
        """Area id -> (title, page), for quiz results that point back to the pages."""
        return {area.id: (area.title, area.page) for o in self.objectives.objectives for area in o.areas}

    def related_cards(self, questions) -> dict[str, list[str]]:
        return related_cards(questions, (card for card, _deck in self.all_cards()))

    def deck(self, deck_id: str) -> LoadedDeck:
        try:
            return self.decks[deck_id]
        except KeyError:
            known = ", ".join(self.decks) or "none"
            raise PluginError(f"flashcards: no deck '{deck_id}' ({DECKS_DIR}/{deck_id}.yml does not exist; decks: {known})") from None


def error_box(error: DataError) -> str:
    """What a page shows under `make serve` while a data file is broken."""
    lines = "".join(f"<li><code>{text(str(p))}</code></li>" for p in error.problems)
    return raw_block(
        '<div class="admonition failure data-error" role="alert">'
        '<p class="admonition-title">A data file is broken; the build would fail</p>'
        f"<ul>{lines}</ul></div>"
    )


# The last SiteData that load_once() made, and the fingerprint of the files it read.
_LOADED: dict = {}


def _fingerprint(*folders: Path) -> tuple:
    """Path, size and modification time of every file in the folders: what load() reads."""
    return tuple(
        (str(path), stat.st_size, stat.st_mtime_ns)
        for folder in folders
        for path in sorted(folder.rglob("*"))
        if path.is_file() and (stat := path.stat())
    )
