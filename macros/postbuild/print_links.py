"""Links on paper: a link is no use in print unless its target is printed too.

The print edition marks the links whose target is worth printing, and the
print stylesheet (docs/assets/stylesheets/extra.css, @media print) prints it
after the link text:

- ``data-print-url`` on an external link whose text is not already its URL
  (the stylesheet prints ``attr(href)``);
- ``data-print-target``, the page title and heading text as a breadcrumb
  (SEPARATOR between them), on a jump to another printed page or to a
  heading, unless the link is a heading's own permalink, leads to the section
  it sits in, or already says where it leads.

Jumps to anything else (code lines, footnotes, questions) are left alone:
their target has no name worth printing.
"""

from __future__ import annotations

import re
from html import unescape

from ..render.html import text

SEPARATOR = " \u203a "  # a single right-pointing angle quotation mark, as in breadcrumbs

_HEADING = re.compile(r'<h([1-6])\b[^>]*?\sid="([^"]*)"[^>]*>(.*?)</h\1>', re.S)
_HEADERLINK = re.compile(r'<a\b[^>]*\bclass="headerlink"[^>]*>.*?</a>', re.S)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
# One pass per page: headings (to know which sections a link sits in) and links.
_HEADING_OR_LINK = re.compile(r'<h([1-6])\b[^>]*?\sid="([^"]*)"|<a\b([^>]*)>(.*?)</a>', re.S)
_HREF = re.compile(r'\shref="([^"]*)"')
_CLASS = re.compile(r'\sclass="([^"]*)"')
_WEB = re.compile(r"^https?://", re.I)


def plain(html: str) -> str:
    """The text of an HTML fragment, as a reader sees it."""
    return _SPACE.sub(" ", unescape(_TAG.sub("", html))).strip()


def target_labels(article: str, key: str, title: str) -> dict[str, str]:
    """What a jump into this page is called on paper, by the id it jumps to
    on the print page: the page key -> its title, and each heading's id (as
    ``key--id``) -> title, SEPARATOR, heading. ``article`` is the page before its
    ids get the key as prefix."""
    labels = {key: title}
    for match in _HEADING.finditer(article):
        heading = plain(_HEADERLINK.sub("", match.group(3)))
        labels[f"{key}--{match.group(2)}"] = title if heading in ("", title) else f"{title}{SEPARATOR}{heading}"
    return labels


def annotate_links(html: str, page_key: str, labels: dict[str, str]) -> str:
    """Mark the links of a localised page whose target should print after them.
    ``labels`` comes from target_labels() of every printed page."""
    # Where a link sits: its page, and the heading open at each level above it.
    sections = [page_key] + [""] * 6

    def marked(match: re.Match) -> str:
        if match.group(1):
            level = int(match.group(1))
            sections[level:] = [match.group(2)] + [""] * (6 - level)
            return match.group()
        attributes, content = match.group(3), match.group(4)
        href = _HREF.search(attributes)
        words = plain(content)
        if not href or not words or "data-print-" in attributes:
            return match.group()
        href = unescape(href.group(1))
        if _WEB.match(href):
            mark = "" if _bare(words) == _bare(href) else " data-print-url"
        else:
            mark = _jump_mark(href, words, attributes, labels, sections)
        return f"<a{attributes}{mark}>{content}</a>" if mark else match.group()

    return _HEADING_OR_LINK.sub(marked, html)


def _jump_mark(href: str, words: str, attributes: str, labels: dict[str, str], sections: list[str]) -> str:
    target = href[1:] if href.startswith("#") else ""
    label = labels.get(target)
    css_class = _CLASS.search(attributes)
    if not label or words == label or target in sections or (css_class and "headerlink" in css_class.group(1).split()):
        return ""
    return f' data-print-target="{text(label)}"'


def _bare(url: str) -> str:
    """A URL as people write it in text: no scheme, no trailing slash."""
    return _WEB.sub("", url.strip()).rstrip("/").lower()
