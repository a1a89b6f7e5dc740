"""The third-party files that `make vendor` copies from node_modules into docs/.

They are git-ignored, so a fresh clone built with a plain `mkdocs build` would
ship pages whose scripts answer 404 without a word: no diagrams, no search from
disk, no flashcard reviews. The build stops instead, with one line that names
every missing file and the command that brings them back."""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

# Paths inside docs_dir. The Makefile's `vendor` target copies the same files;
# tests/unit/test_vendored.py fails if the two lists drift apart.
VENDORED = (
    "assets/vendor/mermaid/mermaid.min.js",  # diagrams, loaded by mermaid-loader.js
    "assets/vendor/iframe-worker/shim.js",  # search from file:// (extra.polyfills of mkdocs-offline.yml)
    "assets/vendor/ts-fsrs/ts-fsrs.umd.js",  # flashcard scheduling, loaded by widgets.js
)


class VendoredFilesMissing(PluginError):
    """MkDocs prints a PluginError as one line, without a traceback."""


def missing_vendored(docs_dir: Path) -> list[str]:
    return [path for path in VENDORED if not (docs_dir / path).is_file()]


def check_vendored(project_dir: Path, docs_dir: Path) -> None:
    """Raise VendoredFilesMissing naming every vendored file that is not in docs_dir."""
    missing = [_shown(docs_dir / path, project_dir) for path in missing_vendored(docs_dir)]
    if missing:
        verb = "is" if len(missing) == 1 else "are"
        raise VendoredFilesMissing(f"{', '.join(missing)} {verb} missing: run make vendor")


def _shown(path: Path, project_dir: Path) -> str:
    """The path as the Makefile names it, relative to the project, where it can be."""
    try:
        return path.relative_to(project_dir).as_posix()
    except ValueError:
        return str(path)
