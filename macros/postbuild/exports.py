"""Write every deck, and all decks together, as an Anki package and a TSV file.

One step of the post-build command (macros/postbuild/run.py).

A package is only rebuilt when what goes into it changed: each export is kept
in .cache/exports/ under a hash of its decks, note times, site URL and the
exporting code, and copied from there when that hash is unchanged.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import msgspec

from ..data.card_changes import changed_at, read_changes
from ..data.decks import LoadedDeck
from ..data.inline_markdown import plain_text
from ..render.downloads import ALL_DECKS, EXPORT_DIR

CACHE_DIR = ".cache/exports"
# The code that shapes an export: a change to it invalidates every cached one.
_EXPORT_CODE = [Path(__file__), Path(__file__).with_name("anki_package.py"), Path(__file__).parent.parent / "data" / "inline_markdown.py"]


@dataclass
class Exports:
    files: list[Path] = field(default_factory=list)  # every file now in the site
    rebuilt: list[str] = field(default_factory=list)  # deck ids (or 'all') written anew


def write_exports(
    decks: dict[str, LoadedDeck], site_dir: Path, site_url: str, changed: dict[str, int], cache_dir: Path | None = None
) -> Exports:
    out = site_dir / EXPORT_DIR
    out.mkdir(parents=True, exist_ok=True)
    code = _code_version()
    result = Exports()
    rendered: dict = {}  # note fields, shared by each deck's package and the combined one
    keys = {deck_id: export_key([loaded], site_url, changed, code) for deck_id, loaded in decks.items()}
    # The combined export holds every deck: its key is the hash of theirs.
    keys[ALL_DECKS] = hashlib.sha256(" ".join(f"{d}={k}" for d, k in keys.items()).encode()).hexdigest()[:20]
    groups = [(deck_id, [loaded]) for deck_id, loaded in decks.items()] + [(ALL_DECKS, list(decks.values()))]
    for name, group in groups:
        key = keys[name]
        if not _copy_cached(cache_dir, name, key, out):
            _write_pair(out / name, group, site_url, changed, rendered)
            _store(cache_dir, name, key, out)
            result.rebuilt.append(name)
        result.files += [out / f"{name}.tsv", out / f"{name}.apkg"]
    return result


def export_key(decks: list[LoadedDeck], site_url: str, changed: dict[str, int], code: str) -> str:
    """A hash of everything that ends up in one export."""
    content = [code, site_url]
    for loaded in decks:
        content.append([loaded.id, msgspec.to_builtins(loaded.content), [changed[c.id] for c in loaded.content.cards]])
    return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode()).hexdigest()[:20]


def _code_version() -> str:
    return hashlib.sha256(b"".join(path.read_bytes() for path in _EXPORT_CODE)).hexdigest()


def _cached(cache_dir: Path, name: str, key: str) -> list[Path]:
    return [cache_dir / name / f"{key}.tsv", cache_dir / name / f"{key}.apkg"]


def _copy_cached(cache_dir: Path | None, name: str, key: str, out: Path) -> bool:
    if cache_dir is None:
        return False
    tsv, apkg = _cached(cache_dir, name, key)
    if not (tsv.is_file() and apkg.is_file()):
        return False
    _place(tsv, out / f"{name}.tsv")
    _place(apkg, out / f"{name}.apkg")
    return True


def _store(cache_dir: Path | None, name: str, key: str, out: Path) -> None:
    if cache_dir is None:
        return
    (cache_dir / name).mkdir(parents=True, exist_ok=True)
    for stale in (cache_dir / name).iterdir():  # one version of each export is enough
        stale.unlink()
    tsv, apkg = _cached(cache_dir, name, key)
    _place(out / f"{name}.tsv", tsv)
    _place(out / f"{name}.apkg", apkg)


def _place(source: Path, target: Path) -> None:
    """A hard link where the file system allows one (nothing rewrites these
    files in place), else a copy."""
    target.unlink(missing_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _write_pair(stem: Path, decks: list[LoadedDeck], site_url: str, changed: dict[str, int], rendered: dict) -> None:
    from .anki_package import write_package  # genanki is imported only when a package is written

    stem.with_suffix(".tsv").write_text(tsv_text(decks), encoding="utf-8", newline="\n")
    write_package(stem.with_suffix(".apkg"), decks, absolute_link(site_url), changed, rendered)


def tsv_text(decks: list[LoadedDeck]) -> str:
    """Front, back and tags, one card a line: Anki and Quizlet both import it.
    The same data always gives the same bytes."""
    lines = []
    for loaded in decks:
        for card in loaded.content.cards:
            tags = " ".join([loaded.id, card.area, *card.tags])
            lines.append("\t".join(_one_line(plain_text(t)) for t in (card.front, card.back)) + "\t" + tags)
    return "\n".join(lines) + "\n"


def _one_line(value: str) -> str:
    return " ".join(value.split())


def absolute_link(site_url: str):
    """'page.md#section' -> the page's full URL on the published site."""
    base = site_url.rstrip("/") + "/"

    def link(target: str) -> str:
        path, hash_mark, anchor = target.partition("#")
        page = "" if path == "index.md" else path.removesuffix(".md") + "/"
        return base + page + hash_mark + anchor

    return link


def export_site(data, project_dir: Path, site_dir: Path, site_url: str, now: int) -> Exports:
    """Exports for a loaded SiteData, each note stamped from data/card-changes.json."""
    changed = changed_at(data.all_cards(), read_changes(project_dir), now)
    return write_exports(data.decks, site_dir, site_url, changed, project_dir / CACHE_DIR)
