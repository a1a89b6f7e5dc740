"""Every link of the offline edition works when it is opened from disk (file://).

There is no server to turn a folder URL such as ``cloning/`` into ``cloning/index.html``,
so each relative ``href`` and ``src`` must name a file of the unzipped site, and each
``#fragment`` must name an id on the page it points at."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

import pytest

# Links that leave the offline copy on purpose, or run instead of loading anything.
SKIPPED_SCHEMES = {"http", "https", "mailto", "javascript", "data"}
URL_ATTRIBUTES = {"href", "src", "xlink:href"}


@dataclass
class OfflinePage:
    urls: list[str] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)


class _LinkScanner(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.page = OfflinePage()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in URL_ATTRIBUTES and value is not None:
                self.page.urls.append(value)
            # <a name> is an older way to name a fragment target; browsers still honour it.
            elif value and (name == "id" or (tag == "a" and name == "name")):
                self.page.ids.add(value)


@pytest.fixture(scope="module")
def offline_pages(offline_site) -> dict[str, OfflinePage]:
    """Every HTML file of the offline edition, by its path inside the site."""
    pages = {}
    for path in sorted(offline_site.rglob("*.html")):
        scanner = _LinkScanner()
        scanner.feed(path.read_text(encoding="utf-8"))
        scanner.close()
        pages[path.relative_to(offline_site).as_posix()] = scanner.page
    return pages


@dataclass(frozen=True)
class Link:
    page: str  # the page the link is on
    url: str  # as written in the page
    target: str  # the file it opens, relative to the site, or "" if it leaves the site
    fragment: str


def internal_links(pages: dict[str, OfflinePage]) -> list[Link]:
    links = []
    for page, scan in pages.items():
        for url in scan.urls:
            parts = urlsplit(url)
            if parts.scheme in SKIPPED_SCHEMES:
                continue
            if parts.scheme or parts.netloc or parts.path.startswith("/"):
                links.append(Link(page, url, "", ""))  # file:///..., //host or /path: not inside the copy
                continue
            if parts.path:
                target = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(parts.path)))
            else:
                target = page  # "#section" or "?query" on the same page
            links.append(Link(page, url, target, unquote(parts.fragment)))
    return links


def test_every_relative_link_opens_a_file_of_the_offline_site(offline_site, offline_pages):
    failures = []
    for link in internal_links(offline_pages):
        if not link.target or link.target.startswith("../"):
            failures.append(f"{link.page}: {link.url} (points outside the offline copy)")
        elif (offline_site / link.target).is_dir():
            failures.append(f"{link.page}: {link.url} (a folder: from disk it opens no page)")
        elif not (offline_site / link.target).is_file():
            failures.append(f"{link.page}: {link.url} (no such file)")
    assert not failures, f"{len(failures)} links fail from file://:\n" + "\n".join(failures)


def test_every_fragment_names_an_id_on_the_page_it_points_at(offline_site, offline_pages):
    failures = []
    for link in internal_links(offline_pages):
        target = offline_pages.get(link.target)
        if not link.fragment or target is None:
            continue  # a link without a fragment, or to no page: the test above reports it
        if link.fragment not in target.ids:
            failures.append(f"{link.page}: {link.url} (no id {link.fragment!r} in {link.target})")
    assert not failures, f"{len(failures)} fragments name no section:\n" + "\n".join(failures)


def test_the_walk_sees_the_links_the_macros_write(offline_pages):
    """A guard against a scanner that finds nothing and so passes."""
    assert len(offline_pages) > 15
    assert "cloning.html" in offline_pages["index.html"].urls  # the objective card
    assert any(url.startswith("cloning.html#") for url in offline_pages["flashcards.html"].urls)  # "Read more"
    assert "assets/vendor/iframe-worker/shim.js" in offline_pages["cloning.html"].urls


def test_the_download_leaves_out_the_404_page_that_only_a_server_shows(offline_site):
    assert not (offline_site / "404.html").exists()
