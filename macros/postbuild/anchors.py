"""After the build: every #section that data files and `covers:` point at must
exist in the built page. Section ids only exist once Markdown is rendered, so
this runs on the built site; it fails the build with the file, line and field."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from mkdocs.structure.files import File

from ..data.errors import Problem
from ..data.essentials import ESSENTIALS_FILE
from ..data.glossary import GLOSSARY_FILE
from ..data.inline_markdown import links_in
from ..data.yamlsource import field_name, load_yaml

_ID = re.compile(r'\sid="([^"]+)"')


def missing_sections(data, project_dir: Path, read_built: Callable[[str], str | None], use_directory_urls: bool) -> list[Problem]:
    @cache
    def ids_in(page: str) -> frozenset[str]:
        built = read_built(File(page, "", "", use_directory_urls).dest_uri)
        return frozenset(_ID.findall(built)) if built is not None else frozenset()

    sources = [(d.file, ("cards",), d.content.cards) for d in data.decks.values()]
    sources += [(q.file, ("questions",), q.content.questions) for q in data.question_sets.values()]
    if data.glossary is not None:
        sources.append((GLOSSARY_FILE, ("entries",), data.glossary.entries))
    for p, box in enumerate(data.essentials.values()):
        sources.append((ESSENTIALS_FILE, ("pages", p, "facts"), box.facts.facts))
    problems: list[Problem] = []
    for file, at, items in sources:
        for index, item in enumerate(items):
            for name, target in _targets(item):
                page, _, section = target.partition("#")
                if section and section not in ids_in(page):
                    path = (*at, index, name)
                    # Lines are only needed on failure, so the file is read again only then.
                    line = load_yaml(project_dir / file, file).line_of(path)
                    problems.append(Problem(file, line, field_name(path), f"no section #{section} in {page}"))
    for page, declared in data.pages.covers.items():
        for key, sections in declared.items():
            for section in sections:
                if section not in ids_in(page):
                    line = data.pages.lines[(page, key)]
                    problems.append(Problem(f"docs/{page}", line, f"covers.{key}", f"no section #{section} on this page"))
    return problems


def _targets(item):
    """(field, 'page.md#section') for every link to a page of the site."""
    for name in ("front", "back", "prompt", "explain", "definition", "fact"):
        for link in links_in(getattr(item, name, "") or ""):
            if not link.startswith(("http://", "https://", "#")):
                yield name, link
    if getattr(item, "see", None):
        yield "see", item.see
