"""A small inline-Markdown renderer for card and question text.

Data text may use `code`, *emphasis*, **strong** and [links](page.md#anchor).
Everything else is shown literally: the text is escaped first and only these
constructs become tags, so nothing in a data file can become live HTML, script
or Jinja. It is also far faster than a full Markdown pass per card.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape as _escape_html


def text(value: str) -> str:
    """Escape data text for HTML. Braces are escaped too, so nothing a data file
    says can ever be read as Jinja, even if a page renders the output again."""
    return _escape_html(value, quote=True).replace("{", "&#123;").replace("}", "&#125;")


escape = text

_TOKEN = re.compile(
    r"(?P<code>`+)(?P<code_body>.+?)(?P=code)"  # `code` or ``co`de``
    r"|\[(?P<label>[^\]]+)\]\((?P<href>[^)\s]+)\)"  # [label](href)
    r"|\*\*(?P<strong>[^*]+)\*\*"  # **strong**
    r"|(?<![\w*])\*(?P<em>[^*\s][^*]*?)\*(?![\w*])"  # *em* (not _em_: names like hv_netvsc are common)
)
_SAFE_URL = re.compile(r"^(https?://|[A-Za-z0-9_./-]+\.md(#[A-Za-z0-9_-]+)?$|#[A-Za-z0-9_-]+$)")


class UnsafeLink(ValueError):
    """A link that is neither http(s) nor a page of the site."""


def render_inline(source: str, page_link: Callable[[str], str]) -> str:
    """Render ``source`` to HTML. ``page_link`` turns 'cloning.md#x' into a URL."""
    out: list[str] = []
    position = 0
    for match in _TOKEN.finditer(source):
        out.append(escape(source[position : match.start()]))
        out.append(_render_token(match, page_link))
        position = match.end()
    out.append(escape(source[position:]))
    return "".join(out)


def plain_text(source: str) -> str:
    """The text without Markdown markers, for exports that cannot show HTML."""
    return _TOKEN.sub(
        lambda m: m.group("code_body") or m.group("label") or m.group("strong") or m.group("em") or "",
        source,
    )


def links_in(source: str) -> list[str]:
    if "](" not in source:  # most texts link nowhere; skip the scan
        return []
    return [m.group("href") for m in _TOKEN.finditer(source) if m.group("href")]


def _render_token(match: re.Match, page_link: Callable[[str], str]) -> str:
    if match.group("code"):
        return f"<code>{escape(match.group('code_body').strip())}</code>"
    if match.group("href"):
        href = match.group("href")
        if not _SAFE_URL.match(href):
            raise UnsafeLink(f"link target {href!r} is not http(s) or a page of this site")
        url = href if href.startswith(("http://", "https://", "#")) else page_link(href)
        return f'<a href="{escape(url)}">{render_inline(match.group("label"), page_link)}</a>'
    if match.group("strong"):
        return f"<strong>{escape(match.group('strong'))}</strong>"
    return f"<em>{escape(match.group('em'))}</em>"
