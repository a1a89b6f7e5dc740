"""The print edition's part that a page renders: which pages it holds, in
nav order, and its contents list with the placeholder that the post-build step
(macros/postbuild/print_edition.py) fills with the built pages."""

from __future__ import annotations

from dataclasses import dataclass

from mkdocs.structure.files import File

from .html import text

PLACEHOLDER = '<div class="print-edition" data-print-edition></div>'
# The answer key that closes the print edition (macros/postbuild/answer_key.py).
KEY_ID = "answer-key"
KEY_TITLE = "Answer key"


@dataclass(frozen=True)
class PrintedPage:
    src: str  # docs path, e.g. "iaas.md"
    title: str
    url: str  # site-relative URL: "iaas/" (or "iaas.html" without directory URLs)
    dest: str  # the built file, relative to the site directory
    key: str  # its section id on the print page, and the prefix of its ids

    @classmethod
    def of(cls, src: str, title: str, use_directory_urls: bool) -> PrintedPage:
        file = File(src, "", "", use_directory_urls)
        return cls(src, title, file.url, file.dest_uri, src.removesuffix(".md").replace("/", "-"))


def nav_sources(nav) -> list[str]:
    """Every Markdown file in mkdocs.yml's `nav:` (as configured), in order."""
    if isinstance(nav, str):
        return [nav] if nav.endswith(".md") else []
    if isinstance(nav, dict):
        return [src for value in nav.values() for src in nav_sources(value)]
    if isinstance(nav, list):
        return [src for item in nav for src in nav_sources(item)]
    return []


def render_contents(pages: list[PrintedPage]) -> str:
    """The contents list and the placeholder that assemble() fills."""
    items = "".join(f'<li><a href="#{page.key}">{text(page.title)}</a></li>' for page in pages)
    items += f'<li><a href="#{KEY_ID}">{KEY_TITLE}</a></li>'
    return f'<nav class="print-edition__contents" aria-label="Contents of the print edition"><ol>{items}</ol></nav>\n{PLACEHOLDER}'


