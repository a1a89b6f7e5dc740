"""Validate a loaded YAML document against a pydantic model.

pydantic does the checking; this module only turns its error locations into
``file:line: field`` problems that point at the line to fix.
"""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel, ValidationError

from .errors import DataError, Problem
from .yamlsource import YamlDocument, field_name

Model = TypeVar("Model", bound=BaseModel)


def validate(document: YamlDocument, model: type[Model]) -> Model:
    try:
        return model.model_validate(document.data)
    except ValidationError as error:
        problems = []
        for item in error.errors(include_url=False):
            path = _data_path(document.data, item["loc"])
            problems.append(
                Problem(document.file, document.line_of(path), field_name(path), _message(item))
            )
        raise DataError(problems) from None


def _data_path(data, loc: tuple) -> tuple:
    """pydantic's error location, without the tags it adds for union members
    (('questions', 0, 'single', 'answer') -> ('questions', 0, 'answer'))."""
    path = []
    node = data
    for index, part in enumerate(loc):
        is_last = index == len(loc) - 1
        if isinstance(part, str) and isinstance(node, dict) and part not in node and not is_last:
            continue  # a union tag such as 'single', not a key of the file
        path.append(part)
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            node = None
    return tuple(path)


def _message(item: dict) -> str:
    if item["type"] == "extra_forbidden":
        return "unknown key (check its spelling)"
    if item["type"] == "missing":
        return "required field is missing"
    return item["msg"]
