"""Read built pages: their text outside code, their headings, and what they load."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

# Elements whose URL attribute makes the browser fetch something on page load.
FETCHING = {
    ("script", "src"),
    ("img", "src"),
    ("img", "srcset"),
    ("source", "src"),
    ("source", "srcset"),
    ("iframe", "src"),
    ("audio", "src"),
    ("video", "src"),
    ("video", "poster"),
    ("embed", "src"),
    ("object", "data"),
}
FETCHING_LINK_RELS = {"stylesheet", "icon", "preload", "prefetch", "modulepreload", "manifest", "apple-touch-icon", "preconnect", "dns-prefetch"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class PageScan:
    text_outside_code: list[str] = field(default_factory=list)
    headings: list[tuple[str, str, str]] = field(default_factory=list)  # (tag, id, text)
    fetched_urls: list[str] = field(default_factory=list)


class _Scanner(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.scan = PageScan()
        self.stack: list[str] = []
        self.heading: list | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name, value in attrs:
            if (tag, name) in FETCHING and value:
                self.scan.fetched_urls.append(value)
        if tag == "link" and attributes.get("href"):
            rels = set((attributes.get("rel") or "").lower().split())
            if rels & FETCHING_LINK_RELS:
                self.scan.fetched_urls.append(attributes["href"])
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.heading = [tag, attributes.get("id", ""), ""]

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack:
            if self.stack.pop() == tag:
                break
        if self.heading and tag == self.heading[0]:
            self.scan.headings.append((self.heading[0], self.heading[1], self.heading[2].replace("¶", "").strip()))
            self.heading = None

    def handle_data(self, data):
        if self.heading is not None:
            self.heading[2] += data
        if not {"code", "pre", "script", "style"} & set(self.stack):
            self.scan.text_outside_code.append(data)


def scan_html(html: str) -> PageScan:
    scanner = _Scanner()
    scanner.feed(html)
    scanner.close()
    return scanner.scan


def article_html(page_html: str) -> str:
    """The page's own content, without Material's header, nav and footer."""
    start = page_html.index('<article class="md-content__inner md-typeset">')
    end = page_html.index("</article>", start)
    return page_html[start:end]
