"""Load a folder of YAML files that each hold a list of items (flashcard decks,
question sets), and check what a schema cannot: item ids unique across all
files, areas and terms that exist in data/objectives.yml, links that resolve."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Generic, TypeVar

from .errors import DataError, Problem
from .inline_markdown import links_in
from .models import ObjectivesFile
from .validate import validate
from .yamlsource import YamlDocument, field_name, load_yaml

Content = TypeVar("Content")


@dataclass(frozen=True)
class Loaded(Generic[Content]):
    id: str  # the file name without .yml
    file: str  # as shown to maintainers, e.g. data/flashcards/cloning.yml
    content: Content


@dataclass(frozen=True)
class CollectionKind:
    directory: str  # e.g. data/flashcards
    model: type
    items: str  # the list field: cards, questions
    noun: str  # card, question
    markdown_fields: tuple[str, ...]  # fields whose inline-Markdown links are checked


def load_collection(kind: CollectionKind, project_dir: Path, docs_dir: Path, objectives: ObjectivesFile) -> dict[str, Loaded]:
    """Every file of the kind by id, in file-name order; all problems are reported at once."""
    problems: list[Problem] = []
    loaded: dict[str, Loaded] = {}
    documents: dict[str, YamlDocument] = {}
    for path in sorted((project_dir / kind.directory).glob("*.yml")):
        shown_as = f"{kind.directory}/{path.name}"
        try:
            document = load_yaml(path, shown_as)
            content = validate(document, kind.model)
        except DataError as error:
            problems += error.problems
            continue
        loaded[path.stem] = Loaded(path.stem, shown_as, content)
        documents[path.stem] = document
    problems += _cross_check(kind, loaded, documents, objectives, docs_dir)
    if problems:
        raise DataError(problems)
    return loaded


def _cross_check(kind: CollectionKind, loaded, documents, objectives: ObjectivesFile, docs_dir: Path) -> list[Problem]:
    areas = {area.id for o in objectives.objectives for area in o.areas}
    terms = {term.id for o in objectives.objectives for term in o.terms}
    first_seen: dict[str, str] = {}
    problems: list[Problem] = []
    # Thousands of items link to a few dozen pages: look each page up once per load.
    page_exists = cache(lambda page: (docs_dir / page).is_file())
    for file_id, entry in loaded.items():
        document = documents[file_id]

        def problem(path: tuple, message: str, document: YamlDocument = document) -> None:
            problems.append(Problem(document.file, document.line_of(path), field_name(path), message))

        for index, item in enumerate(getattr(entry.content, kind.items)):
            at = (kind.items, index)
            if item.id in first_seen:
                problem((*at, "id"), f"duplicate {kind.noun} id '{item.id}' (first used in {first_seen[item.id]})")
            else:
                first_seen[item.id] = entry.file
            if item.area not in areas:
                problem((*at, "area"), f"unknown area '{item.area}' (see data/objectives.yml)")
            for t, term in enumerate(item.terms):
                if term not in terms:
                    problem((*at, "terms", t), f"unknown term '{term}' (see data/objectives.yml)")
            for name, targets in _links(item, kind.markdown_fields):
                for target in targets:
                    message = link_problem(target, docs_dir, page_exists)
                    if message:
                        problem((*at, name), message)
    return problems


def _links(item, markdown_fields: tuple[str, ...]):
    for name in markdown_fields:
        value = getattr(item, name, None)
        texts = value if isinstance(value, list) else [value] if value else []
        yield name, [link for text in texts for link in links_in(text)]
    if getattr(item, "see", None):
        yield "see", [item.see]


def link_problem(target: str, docs_dir: Path, page_exists=None) -> str | None:
    """Why a link from data text is broken, or None. Anchors are checked on the built site."""
    if target.startswith(("http://", "https://", "#")):
        return None
    page = target.split("#", 1)[0]
    if not page.endswith(".md"):
        return f"link '{target}' must be http(s) or a page such as cloning.md#machine-id"
    exists = page_exists(page) if page_exists else (docs_dir / page).is_file()
    if not exists:
        return f"link '{target}': no page docs/{page}"
    return None
