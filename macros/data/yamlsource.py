"""Load a YAML file and remember the line of every value in it.

Validation errors must name the line a maintainer has to edit, so the file is
composed into nodes once (libyaml when available, which is several times
faster than the pure-Python parser) and the same nodes give both the data and
a map from each value's path to its 1-based line number.

Even with libyaml, PyYAML resolves every scalar's type in Python, and that is
most of a build's data loading. So a file that parsed cleanly is kept, data
and lines, in a cache keyed by its exact text (see use_cache); an unchanged
file is then read back from there, and only an edited one is parsed again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import DataError, Problem

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

PathKey = tuple[str | int, ...]

# Parsed files are cached here once use_cache() names a folder (the build does;
# tests and the command-line tools parse afresh). The key covers this module's
# own code and PyYAML's version, so a change to either starts a new cache.
_cache_dir: Path | None = None
_used: set[str] = set()  # the entries read or written since use_cache()
_CODE_KEY = hashlib.sha256(Path(__file__).read_bytes() + yaml.__version__.encode()).hexdigest()


def use_cache(directory: Path | None) -> None:
    """Keep parsed files in ``directory`` (None: parse every time)."""
    global _cache_dir
    _cache_dir = directory
    _used.clear()


def prune_cache() -> None:
    """Delete the entries that nothing used since use_cache(): after a whole
    build, those are old versions of edited files, and one version is enough."""
    if _cache_dir is None or not _cache_dir.is_dir():
        return
    for entry in _cache_dir.iterdir():
        if entry.name not in _used:
            entry.unlink(missing_ok=True)


@dataclass(frozen=True)
class YamlDocument:
    file: str  # the path shown to maintainers, relative to the project
    data: Any
    lines: dict[PathKey, int]

    def line_of(self, path: PathKey) -> int:
        """The line of the deepest part of ``path`` that exists in the file."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return 1


def load_yaml(path: Path, shown_as: str) -> YamlDocument:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DataError([Problem(shown_as, 1, "", f"cannot read file: {error}")]) from None
    return load_yaml_text(text, shown_as)


def load_yaml_text(text: str, shown_as: str, first_line: int = 1) -> YamlDocument:
    """Like load_yaml, for YAML that starts at ``first_line`` of a file (front matter)."""
    cached = _cache_file(text, first_line)
    if cached is not None and cached.is_file():
        try:
            data, lines = pickle.loads(cached.read_bytes())
            return YamlDocument(shown_as, data, lines)
        except Exception:  # a damaged entry (disk full, killed build): parse again
            pass
    document = _parse(text, shown_as, first_line)
    if cached is not None:
        _store(cached, (document.data, document.lines))
    return document


def _cache_file(text: str, first_line: int) -> Path | None:
    if _cache_dir is None:
        return None
    key = hashlib.sha256(f"{_CODE_KEY}\0{first_line}\0{text}".encode()).hexdigest()
    _used.add(f"{key}.pickle")
    return _cache_dir / f"{key}.pickle"


def _store(path: Path, value) -> None:
    """Write atomically, so that a build killed halfway leaves no partial entry."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, path)
    except OSError:
        pass  # a read-only checkout still builds, only more slowly


def _parse(text: str, shown_as: str, first_line: int) -> YamlDocument:
    offset = first_line - 1
    loader = Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise DataError([Problem(shown_as, 1, "", "the file is empty")])
        document = _Builder(loader, shown_as)
        data = document.build(node, ())
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = (mark.line + 1 if mark else 1) + offset
        raise DataError([Problem(shown_as, line, "", f"invalid YAML: {error.problem}")]) from None
    finally:
        loader.dispose()
    lines, problems = document.lines, document.problems
    if offset:
        lines = {path: line + offset for path, line in lines.items()}
        problems = [Problem(p.file, p.line + offset, p.field, p.message) for p in problems]
    if problems:
        raise DataError(problems)
    return YamlDocument(shown_as, data, lines)


_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"


class _Builder:
    """Turns composed nodes into Python data and notes each value's line on
    the way: one walk instead of PyYAML's constructor plus a second walk. Plain
    strings, mappings and lists are built here; anything else (numbers,
    booleans, null, merge keys) is left to PyYAML's safe constructor."""

    def __init__(self, loader, shown_as: str):
        self.loader = loader
        self.shown_as = shown_as
        self.lines: dict[PathKey, int] = {}
        self.problems: list[Problem] = []

    def build(self, node, path: PathKey):
        self.lines[path] = node.start_mark.line + 1
        if node.tag == _STR:
            return node.value
        if node.tag == _SEQ:
            return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]
        if node.tag == _MAP and all(key.tag == _STR for key, _ in node.value):
            return self._mapping(node, path)
        return self.loader.construct_object(node, deep=True)

    def _mapping(self, node, path: PathKey) -> dict:
        mapping: dict = {}
        for key_node, value_node in node.value:
            key = key_node.value
            if key in mapping:
                # YAML keeps the last duplicate silently; that would lose a card.
                line = key_node.start_mark.line + 1
                self.problems.append(Problem(self.shown_as, line, field_name((*path, key)), "duplicate key"))
            mapping[key] = self.build(value_node, (*path, key))
            self.lines[(*path, key)] = key_node.start_mark.line + 1
        return mapping


def field_name(path: PathKey) -> str:
    """('cards', 3, 'back') -> 'cards[3].back', the way maintainers read it."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text

