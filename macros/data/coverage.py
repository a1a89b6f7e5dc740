"""Which page sections, cards and questions cover each knowledge area and term.

Pages declare what they teach in their front matter, as area or term ids
mapped to the ids of the sections that teach them:

    covers:
      cloning: [machine-id, ssh-host-keys]
      dbus-machine-id: [machine-id]

The build fails, naming the gap, when an area or term has no section, fewer
than MIN_CARDS cards or fewer than MIN_QUESTIONS questions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.utils.meta import YAML_RE

from .errors import DataError, Problem
from .item_files import Loaded
from .models import ObjectivesFile
from .objectives import OBJECTIVES_FILE
from .yamlsource import YamlDocument, field_name, load_yaml_text

MIN_CARDS = 3
MIN_QUESTIONS = 2


@dataclass
class Coverage:
    id: str
    kind: str  # "area" or "term"
    title: str
    path: tuple  # where it is defined in data/objectives.yml
    sections: list[tuple[str, str]] = field(default_factory=list)  # (page, section id)
    cards: list[tuple[str, str]] = field(default_factory=list)  # (deck id, card id)
    questions: list[tuple[str, str]] = field(default_factory=list)  # (set id, question id)


@dataclass(frozen=True)
class PageFacts:
    """What the build needs to know of each page before rendering it."""

    titles: dict[str, str]  # docs path -> front matter title
    covers: dict[str, dict[str, list[str]]]  # docs path -> {area or term id: [section ids]}
    lines: dict[tuple[str, str], int]  # (docs path, area or term id) -> line of its declaration
    not_printed: frozenset[str] = frozenset()  # pages with `print: false`: left out of the print edition


def read_pages(docs_dir: Path, known_ids: set[str]) -> PageFacts:
    """Titles, `covers:` declarations and `print:` flags from every page's front matter."""
    problems: list[Problem] = []
    not_printed: set[str] = set()
    titles: dict[str, str] = {}
    covers: dict[str, dict[str, list[str]]] = {}
    lines: dict[tuple[str, str], int] = {}
    for path in sorted(docs_dir.rglob("*.md")):
        src = path.relative_to(docs_dir).as_posix()
        match = YAML_RE.match(path.read_text(encoding="utf-8"))
        if not match:
            continue
        # Line 1 is the opening '---', so the YAML's line 1 is the file's line 2.
        document = load_yaml_text(match.group(1), f"docs/{src}", first_line=2)
        meta = document.data if isinstance(document.data, dict) else {}
        if isinstance(meta.get("title"), str):
            titles[src] = meta["title"]
        if "print" in meta:
            if not isinstance(meta["print"], bool):
                problems.append(Problem(document.file, document.line_of(("print",)), "print", "must be true or false"))
            elif not meta["print"]:
                not_printed.add(src)
        declared = meta.get("covers")
        if declared is None:
            continue
        problems += _check_declaration(declared, document, known_ids)
        if isinstance(declared, dict):
            covers[src] = {key: list(value) for key, value in declared.items() if isinstance(value, list)}
            lines.update({(src, key): document.line_of(("covers", key)) for key in covers[src]})
    if problems:
        raise DataError(problems)
    return PageFacts(titles, covers, lines, frozenset(not_printed))


def _check_declaration(declared, document: YamlDocument, known_ids: set[str]) -> list[Problem]:
    def problem(path: tuple, message: str) -> Problem:
        return Problem(document.file, document.line_of(path), field_name(path), message)

    if not isinstance(declared, dict):
        return [problem(("covers",), "must map area or term ids to lists of section ids")]
    found = []
    for key, value in declared.items():
        if key not in known_ids:
            found.append(problem(("covers", key), f"unknown area or term '{key}' (see {OBJECTIVES_FILE})"))
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
            found.append(problem(("covers", key), "must be a non-empty list of section ids, e.g. [machine-id]"))
    return found


def compute(objectives: ObjectivesFile, covers, decks: dict[str, Loaded], question_sets: dict[str, Loaded]) -> list[Coverage]:
    rows: list[Coverage] = []
    for o, objective in enumerate(objectives.objectives):
        for a, area in enumerate(objective.areas):
            rows.append(Coverage(area.id, "area", area.title, ("objectives", o, "areas", a)))
        for t, term in enumerate(objective.terms):
            rows.append(Coverage(term.id, "term", term.text, ("objectives", o, "terms", t)))
    areas = {row.id: row for row in rows if row.kind == "area"}
    terms = {row.id: row for row in rows if row.kind == "term"}
    for row in rows:
        row.sections = [(page, section) for page, ids in covers.items() for section in ids.get(row.id, [])]
    # A card or question covers its area, and each term it lists: one pass over them all.
    for kind, collection in (("cards", decks), ("questions", question_sets)):
        for file_id, loaded in collection.items():
            for item in getattr(loaded.content, kind):
                for row in [areas.get(item.area), *(terms.get(term) for term in item.terms)]:
                    if row is not None:
                        getattr(row, kind).append((file_id, item.id))
    return rows


def gaps(rows: list[Coverage], objectives_document: YamlDocument) -> list[Problem]:
    found = []
    for row in rows:
        missing = []
        if not row.sections:
            missing.append("no page section (declare one in a page's front matter under covers:)")
        if len(row.cards) < MIN_CARDS:
            missing.append(f"{len(row.cards)} cards, needs {MIN_CARDS} (data/flashcards/)")
        if len(row.questions) < MIN_QUESTIONS:
            missing.append(f"{len(row.questions)} questions, needs {MIN_QUESTIONS} (data/questions/)")
        if missing:
            found.append(
                Problem(
                    objectives_document.file,
                    objectives_document.line_of(row.path),
                    field_name(row.path),
                    f"{row.kind} '{row.id}' is not covered: " + "; ".join(missing),
                )
            )
    return found
