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

from ..data.inline_markdown import plain_text, render_inline
from ..data.models import Glossary
from .html import raw_block, text

ABBREVIATIONS_FILE = "docs/snippets/abbreviations.md"


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
