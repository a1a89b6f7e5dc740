"""The built site, read once per build: the section check and the print
edition both need the same built pages."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path


def page_reader(site_dir: Path) -> Callable[[str], str | None]:
    """A reader of built files by site-relative path: each is read at most once, None if missing.
    Only for files that nothing rewrites afterwards (not the print page itself)."""

    @cache
    def read(dest: str) -> str | None:
        path = site_dir / dest
        return path.read_text(encoding="utf-8") if path.is_file() else None

    return read
