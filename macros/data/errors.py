"""One error type for every problem found in the data files.

MkDocs prints a PluginError as a single clean line, so each problem is
formatted as ``file:line: field 'path': message`` and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass

from mkdocs.exceptions import PluginError


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}"
        if self.field:
            return f"{where}: field '{self.field}': {self.message}"
        return f"{where}: {self.message}"


class DataError(PluginError):
    """Raised when a data file is malformed; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
