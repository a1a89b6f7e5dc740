"""data/glossary.yml: loaded, validated and its links checked. The glossary
page and the abbreviation tooltips are made from it by macros/render/glossary_page.py."""

from __future__ import annotations

from pathlib import Path

from .errors import DataError, Problem
from .inline_markdown import links_in
from .item_files import link_problem
from .models import Glossary
from .validate import validate
from .yamlsource import field_name, load_yaml

GLOSSARY_FILE = "data/glossary.yml"


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
