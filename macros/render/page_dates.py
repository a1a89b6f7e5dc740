"""The date a page last changed: its own file, or the data it is built from."""

from __future__ import annotations

import datetime


def revision_date(src_uri: str, data_sources: list[str], times: dict[str, int]) -> str | None:
    """'27 November 2026', or None when git knows none of the files.

    A data source ending in '/' stands for every file below that folder."""

    def is_source(path: str) -> bool:
        if path == f"docs/{src_uri}":
            return True
        return any(path.startswith(source) if source.endswith("/") else path == source for source in data_sources)

    newest = max((time for path, time in times.items() if is_source(path)), default=None)
    if newest is None:
        return None
    return datetime.datetime.fromtimestamp(newest, datetime.UTC).strftime("%-d %B %Y")
