"""The print edition: every page of the objective on one page, in nav order.

docs/print.md calls {{ print_edition() }}, which writes a contents list and a
placeholder. After the build, the placeholder gets the article of every built
page. Built HTML is used, not Markdown, so no page is rendered twice: this
costs a few milliseconds where a plugin that re-parsed every page cost half a
second. Each page's ids get a prefix so they stay unique on the one page, and
its links are rewritten to point inside the print page, or to stay correct
from the print page's URL when they leave it, and marked to print where they
lead (macros/postbuild/print_links.py). The answers move to a key at the end
(macros/postbuild/answer_key.py), since paper cannot hide them.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from mkdocs.utils import get_relative_url

from ..render.print_contents import PLACEHOLDER, PrintedPage
from .answer_key import move_answers, render_key
from .built_site import page_reader
from .print_links import annotate_links, target_labels

_ARTICLE_START = '<article class="md-content__inner md-typeset">'
# Page chrome that makes no sense on paper or on the combined page: the edit and
# view buttons before the title; the last-updated date and our own links at the end.
_BUTTONS = re.compile(r'<a [^>]*class="md-content__button[^"]*"[^>]*>.*?</a>', re.S)
_TRAILERS = ('<aside class="md-source-file">', '<aside class="page-links"')
# One pass over every attribute that holds an id, a list of ids, a URL, or the
# name that groups Material's tab radio buttons (numbered per page).
_ATTRIBUTE = re.compile(r'\s(id|for|aria-labelledby|aria-describedby|aria-controls|href|src|name)="([^"]*)"')
_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//|/)", re.I)


def assemble(site_dir: Path, print_page: PrintedPage, pages: list[PrintedPage], read_built=None) -> bool:
    """Fill the built print page with every page's article. False if the print page has no placeholder.
    ``read_built`` (macros.built_site.page_reader) shares the page reads with other post-build steps."""
    read_built = read_built or page_reader(site_dir)
    target = site_dir / print_page.dest
    shell = target.read_text(encoding="utf-8") if target.is_file() else ""
    if PLACEHOLDER not in shell:
        return False
    by_url = _page_keys(pages)
    articles = []
    for page in pages:
        built = read_built(page.dest)
        if built is None:
            raise ValueError(f"print edition: {page.dest} was not built")
        articles.append(page_article(built))
    # Every page's headings first: a link may lead to a page further on.
    labels = {}
    for page, article in zip(pages, articles, strict=True):
        labels.update(target_labels(article, page.key, page.title))
    sections, answers = [], []
    for page, article in zip(pages, articles, strict=True):
        article = annotate_links(_localise(article, page, print_page.url, by_url), page.key, labels)
        article, groups = move_answers(article, page.key, page.title)
        answers += groups
        sections.append(f'<section class="print-edition__page" id="{page.key}">{article}</section>')
    sections.append(render_key(answers))
    combined = '<div class="print-edition" data-print-edition>' + "\n".join(sections) + "</div>"
    target.write_text(shell.replace(PLACEHOLDER, combined, 1), encoding="utf-8")
    return True


def page_article(html: str) -> str:
    """The content of a built page, without the chrome around it."""
    start, end = html.find(_ARTICLE_START), html.rfind("</article>")
    if start < 0 or end < start:
        raise ValueError("no Material article in the page")
    article = html[start + len(_ARTICLE_START) : end]
    title = article.find("<h1")
    head = title if title >= 0 else len(article)  # the buttons come before the title
    article = _BUTTONS.sub("", article[:head]) + article[head:]
    for trailer in _TRAILERS:
        cut = article.rfind(trailer)
        if cut >= 0:
            article = article[:cut] + article[article.index("</aside>", cut) + len("</aside>") :]
    return article


def _localise(html: str, page: PrintedPage, print_url: str, by_url: dict[str, str]) -> str:
    """Prefix the page's ids and point its links into the print page."""
    new_urls: dict[str, str] = {}  # a page links to the same few URLs many times

    def rewritten(match: re.Match) -> str:
        name, value = match.group(1), match.group(2)
        if name in ("href", "src"):
            if value not in new_urls:
                new_urls[value] = _new_url(value, page, print_url, by_url)
            value = new_urls[value]
        elif name != "name":
            value = " ".join(f"{page.key}--{part}" for part in value.split())
        elif value.startswith("__tabbed_"):
            value = f"{page.key}--{value}"
        return f' {name}="{value}"'

    return _ATTRIBUTE.sub(rewritten, html)


def _page_keys(pages: list[PrintedPage]) -> dict[str, str]:
    """Every URL path that reaches a printed page -> its key."""
    keys = {}
    for page in pages:
        url = page.url.removeprefix("./")  # the home page's URL is "./"
        keys[url] = page.key
        keys[url + "index.html" if url.endswith("/") or url == "" else url] = page.key
    return keys


def _new_url(value: str, page: PrintedPage, print_url: str, by_url: dict[str, str]) -> str:
    if value.startswith("#"):
        return f"#{page.key}--{value[1:]}" if len(value) > 1 else value
    if _EXTERNAL.match(value):
        return value
    parts = urlsplit(urljoin("http://site/" + page.url, value))
    path = parts.path.lstrip("/")
    if path in by_url and not parts.query:
        key = by_url[path]
        return f"#{key}--{parts.fragment}" if parts.fragment else f"#{key}"
    suffix = (f"?{parts.query}" if parts.query else "") + (f"#{parts.fragment}" if parts.fragment else "")
    return (get_relative_url(path, print_url) if path else get_relative_url(".", print_url)) + suffix
