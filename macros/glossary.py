"""The glossary: data/glossary.yml feeds the glossary page and the abbreviation
tooltips on every page.

The tooltips come from Markdown's abbr extension: docs/snippets/abbreviations.md
holds one `*[ABBR]: definition` line per abbreviation and pymdownx.snippets
appends it to every page. That file is generated (`make glossary`), committed,
and checked by a test, so plain MkDocs and Zensical both see it. abbr leaves
code and raw HTML alone, so flashcard and quiz answers never get a tooltip.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from .errors import DataError, Problem
from .html import raw_block, text
from .inline_markdown import links_in, plain_text, render_inline
from .item_files import link_problem
from .models import Glossary
from .validate import validate
from .yamlsource import field_name, load_yaml

GLOSSARY_FILE = "data/glossary.yml"
ABBREVIATIONS_FILE = "docs/snippets/abbreviations.md"


def load_glossary(project_dir: Path, docs_dir: Path) -> Glossary:
    document = load_yaml(project_dir / GLOSSARY_FILE, GLOSSARY_FILE)
    glossary = validate(document, Glossary)
    problems = []
    seen: set[str] = set()
    for index, entry in enumerate(glossary.entries):
        if entry.term.lower() in seen:
            path = ("entries", index, "term")
            problems.append(Problem(document.file, document.line_of(path), field_name(path), f"duplicate term '{entry.term}'"))
        seen.add(entry.term.lower())
        for name, targets in (("definition", links_in(entry.definition)), ("see", [entry.see] if entry.see else [])):
            for target in targets:
                message = link_problem(target, docs_dir)
                if message:
                    path = ("entries", index, name)
                    problems.append(Problem(document.file, document.line_of(path), field_name(path), message))
    if problems:
        raise DataError(problems)
    return glossary


def anchor(term: str) -> str:
    return "term-" + re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")


def render_glossary(glossary: Glossary, page_link: Callable[[str], str]) -> str:
    items = []
    for entry in sorted(glossary.entries, key=lambda e: e.term.lower()):
        name = text(entry.term) + (f" (<abbr>{text(entry.abbr)}</abbr>)" if entry.abbr else "")
        more = f' <a href="{text(page_link(entry.see))}">Learn more</a>' if entry.see else ""
        items.append(
            f'<dt id="{anchor(entry.term)}">{name}</dt>'
            f"<dd>{render_inline(entry.definition, page_link)}{more}</dd>"
        )
    return raw_block(f'<dl class="glossary">{"".join(items)}</dl>')


def abbreviations_text(glossary: Glossary) -> str:
    lines = ["<!-- Generated from data/glossary.yml by `make glossary`; do not edit. -->", ""]
    for entry in sorted((e for e in glossary.entries if e.abbr), key=lambda e: e.abbr):
        definition = " ".join(plain_text(entry.definition).split())
        lines.append(f"*[{entry.abbr}]: {entry.term}: {definition}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    project = Path.cwd()
    glossary = load_glossary(project, project / "docs")
    (project / ABBREVIATIONS_FILE).write_text(abbreviations_text(glossary), encoding="utf-8")
    print(f"wrote {ABBREVIATIONS_FILE}")
