"""Validate a loaded YAML document against a msgspec struct.

msgspec does the checking. It stops at the first error, so when a file fails,
this module asks it again about each field and each list item, to report every
problem at once; then it turns each error location into a ``file:line: field``
problem that points at the line to fix.
"""

from __future__ import annotations

import re
import types
import typing
from typing import Annotated, Any, TypeVar, Union

import msgspec

from .errors import DataError, Problem
from .yamlsource import PathKey, YamlDocument, field_name

Model = TypeVar("Model")

_AT = re.compile(r"^(?P<message>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.S)
_STEP = re.compile(r"\.([^.\[]+)|\[(\d+)\]")
_FIELD_NAMED = re.compile(r"^Object (?P<what>missing required|contains unknown) field `(?P<field>[^`]+)`$")
_PATTERN = re.compile(r"^Expected `str` matching regex '(?P<regex>.*)'$")
_CROSS_FIELD = re.compile(r"^field `(?P<field>[^`]+)`: (?P<message>.*)$", re.S)


def validate(document: YamlDocument, model: type[Model]) -> Model:
    try:
        return msgspec.convert(document.data, model)
    except msgspec.ValidationError as error:
        found = _problems(document.data, model, ()) or [_located(error, ())]
        problems = [Problem(document.file, document.line_of(path), field_name(path), message) for path, message in found]
        raise DataError(sorted(problems, key=lambda problem: problem.line)) from None


def _problems(data: Any, kind: Any, at: PathKey) -> list[tuple[PathKey, str]]:
    """Every error in ``data`` as (path, message), or [] if it is valid."""
    try:
        msgspec.convert(data, kind)
        return []
    except msgspec.ValidationError as error:
        first = _located(error, at)
    if unknown_tag := _unknown_tag(data, kind):
        return [((*at, unknown_tag[0]), unknown_tag[1])]
    struct = _struct_for(data, kind)
    items = _list_item(kind)
    found: list[tuple[PathKey, str]] = []
    if struct is not None and isinstance(data, dict):
        found = _struct_problems(data, struct, at)
    elif items is not None and isinstance(data, list):
        found = [p for index, item in enumerate(data) for p in _problems(item, items, (*at, index))]
    # Nothing more specific below this level: the error is about the whole value
    # (a list that is too short, a check across fields, a wrong type).
    return found or [first]


def _struct_problems(data: dict, struct: type, at: PathKey) -> list[tuple[PathKey, str]]:
    fields = {f.encode_name: f for f in msgspec.structs.fields(struct)}
    tag_field = struct.__struct_config__.tag_field
    found = [((*at, key), _UNKNOWN) for key in data if key not in fields and key != tag_field]
    for name, field in fields.items():
        if name not in data:
            if field.required:
                found.append(((*at, name), _MISSING))
        else:
            found += _problems(data[name], field.type, (*at, name))
    return found


_UNKNOWN = "unknown key (check its spelling)"
_MISSING = "required field is missing"


def _located(error: msgspec.ValidationError, at: PathKey) -> tuple[PathKey, str]:
    """msgspec's 'message - at `$.cards[0].back`' as (path, message)."""
    match = _AT.match(str(error))
    message, path = match["message"], list(at)
    for key, index in _STEP.findall(match["path"] or ""):
        path.append(int(index) if index else key)
    if named := _FIELD_NAMED.match(message):
        return (*path, named["field"]), _MISSING if named["what"] == "missing required" else _UNKNOWN
    if cross := _CROSS_FIELD.match(message):
        return (*path, cross["field"]), cross["message"]
    if pattern := _PATTERN.match(message):
        regex = pattern["regex"].replace("\\\\", "\\")  # msgspec shows the pattern escaped
        return tuple(path), "must not be blank" if regex == r"\S" else f"must match the pattern {regex}"
    return tuple(path), message


def _unknown_tag(data: Any, kind: Any) -> tuple[str, str] | None:
    """(tag field, message) when ``data`` names no member of the tagged union ``kind``."""
    members = [getattr(m, "__struct_config__", None) for m in typing.get_args(_unwrap(kind))]
    tagged = [config for config in members if config is not None and config.tag_field]
    if not tagged or not isinstance(data, dict):
        return None
    tag_field, tags = tagged[0].tag_field, [config.tag for config in tagged]
    value = data.get(tag_field)
    if value in tags:
        return None
    if value is None:
        return tag_field, f"required field is missing (one of: {', '.join(tags)})"
    return tag_field, f"unknown {tag_field} '{value}' (one of: {', '.join(tags)})"


def _unwrap(kind: Any) -> Any:
    while typing.get_origin(kind) is Annotated:
        kind = typing.get_args(kind)[0]
    return kind


def _list_item(kind: Any) -> Any | None:
    kind = _unwrap(kind)
    return typing.get_args(kind)[0] if typing.get_origin(kind) is list else None


def _struct_for(data: Any, kind: Any) -> type | None:
    """The struct that ``data`` is meant to be: ``kind`` itself, or the member
    of a tagged union that the data's tag names."""
    kind = _unwrap(kind)
    if isinstance(kind, type) and issubclass(kind, msgspec.Struct):
        return kind
    if typing.get_origin(kind) in (Union, types.UnionType) and isinstance(data, dict):
        for member in typing.get_args(kind):
            config = getattr(member, "__struct_config__", None)
            if config is not None and config.tag_field and data.get(config.tag_field) == config.tag:
                return member
    return None
