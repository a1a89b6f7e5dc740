"""The data of the "Essentials" box at the top of each topic page: the few facts
the exam asks, each linked to the section that teaches it, and the page's
reading time. macros/render/essentials_box.py turns it into HTML.

The facts live in data/essentials.yml. Each link is labelled with the short
name of its section, taken from the heading in the page's Markdown, so a
renamed heading renames the link and a removed one fails the build here, with
the file and line of the fact, before any page is rendered.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import DataError, Problem
from .inline_markdown import links_in
from .item_files import link_problem
from .models import EssentialsFile, PageEssentials
from .validate import validate
from .yamlsource import field_name, load_yaml

ESSENTIALS_FILE = "data/essentials.yml"
# Technical prose with commands in it reads slower than the 230-250 words a
# minute usually quoted for general text.
WORDS_PER_MINUTE = 200

_FENCE = re.compile(r"^(```|~~~)")
_HEADING = re.compile(r"^#{1,6}\s+(?P<title>.+?)(?:\s*\{[^}]*#(?P<id>[\w-]+)[^}]*\})?\s*#*\s*$")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_NOT_READ = re.compile(
    r"\{\{.*?\}\}|\{%.*?%\}"  # macro calls: what they render is counted on its own page
    r"|<!--.*?-->"  # comments
    r"|\]\([^)]*\)"  # link targets
    r"|\{\s*[#.][^}]*\}",  # attribute lists such as { #machine-id }
    re.S,
)
_WORD = re.compile(r"[^\W_](?:[\w'’./-]*\w)?")


@dataclass(frozen=True)
class EssentialsBox:
    facts: PageEssentials
    minutes: int  # to read the whole page
    labels: dict[str, str]  # section id -> its short name


def load_essentials(project_dir: Path, docs_dir: Path) -> dict[str, EssentialsBox]:
    """Every page's box by page path; all problems are reported at once."""
    document = load_yaml(project_dir / ESSENTIALS_FILE, ESSENTIALS_FILE)
    essentials = validate(document, EssentialsFile)
    problems: list[Problem] = []

    def problem(path: tuple, message: str) -> None:
        problems.append(Problem(document.file, document.line_of(path), field_name(path), message))

    markdown_of: dict[str, str] = {}

    def markdown(page: str) -> str:
        if page not in markdown_of:
            markdown_of[page] = (docs_dir / page).read_text(encoding="utf-8")
        return markdown_of[page]

    boxes: dict[str, EssentialsBox] = {}
    for p, entry in enumerate(essentials.pages):
        if entry.page in boxes:
            problem(("pages", p, "page"), f"a second box for {entry.page}")
            continue
        if not (docs_dir / entry.page).is_file():
            problem(("pages", p, "page"), f"no page docs/{entry.page}")
            continue
        labels: dict[str, str] = {}
        for f, fact in enumerate(entry.facts):
            for target in links_in(fact.fact):
                message = link_problem(target, docs_dir)
                if message:
                    problem(("pages", p, "facts", f, "fact"), message)
            page, _, section = fact.see.partition("#")
            if page != entry.page or not section:
                problem(("pages", p, "facts", f, "see"), f"must be a section of {entry.page}, e.g. {entry.page}#some-heading")
                continue
            titles = section_titles(markdown(page))
            if section in titles:
                labels[section] = short_label(titles[section])
            else:
                problem(("pages", p, "facts", f, "see"), f"no heading with id #{section} in docs/{page}")
        boxes[entry.page] = EssentialsBox(entry, reading_minutes(markdown(entry.page)), labels)
    if problems:
        raise DataError(problems)
    return boxes


def section_titles(markdown: str) -> dict[str, str]:
    """Heading id -> heading text, for the headings outside code blocks. The id
    is the explicit `{ #id }` or, failing that, the one the toc extension makes."""
    titles: dict[str, str] = {}
    in_code = False
    for line in markdown.splitlines():
        if _FENCE.match(line.lstrip()):
            in_code = not in_code
            continue
        match = None if in_code else _HEADING.match(line)
        if match:
            title = match.group("title")
            titles.setdefault(match.group("id") or slugify(title), title)
    return titles


def slugify(title: str) -> str:
    """As Python-Markdown's toc extension does by default, on the heading's text."""
    plain = unicodedata.normalize("NFKD", title.replace("`", "")).encode("ascii", "ignore").decode("ascii")
    plain = re.sub(r"[^\w\s-]", "", plain).strip().lower()
    return re.sub(r"[-\s]+", "-", plain)


def short_label(title: str) -> str:
    """The name of a section without its details: "Machine ID: `/etc/machine-id`"
    becomes "Machine ID", which is what a link in a list of facts needs."""
    return title.split(": ", 1)[0].strip()


def reading_minutes(markdown: str) -> int:
    """Whole minutes to read the page, code included, at WORDS_PER_MINUTE."""
    body = _NOT_READ.sub(" ", _FRONT_MATTER.sub("", markdown, count=1))
    return max(1, round(len(_WORD.findall(body)) / WORDS_PER_MINUTE))
