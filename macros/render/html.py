"""Small helpers for emitting HTML from data safely."""

from __future__ import annotations

from functools import lru_cache

from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from ..data.inline_markdown import text  # noqa: F401  the one escape for data text, re-exported for the renderers


def search_excluded(html: str) -> str:
    """Keep ``html`` out of the search index. Material's indexer compares elements
    by tag name only, so the excluded element must be a tag that never occurs
    inside it: a <section>, since our widgets contain none."""
    return f"<section data-search-exclude>{html}</section>"


def raw_block(html: str) -> str:
    """Surround HTML with blank lines so Markdown passes it through untouched."""
    return f"\n\n{html}\n\n"


def page_href(target_src: str, from_url: str, use_directory_urls: bool) -> str:
    """The relative URL from the page at ``from_url`` to ``target_src``, a docs
    file with an optional anchor such as ``cloning.md#machine-id``."""
    path, hash_mark, anchor = target_src.partition("#")
    return _page_url(path, from_url, use_directory_urls) + hash_mark + anchor


@lru_cache(maxsize=4096)  # pages link to the same few pages thousands of times; File() is not free
def _page_url(path: str, from_url: str, use_directory_urls: bool) -> str:
    return get_relative_url(File(path, "", "", use_directory_urls).url, from_url)


def site_href(target_url: str, from_url: str) -> str:
    """The relative URL from the page at ``from_url`` to a file of the built site."""
    return get_relative_url(target_url, from_url)
