"""Ship our own JavaScript and CSS minified.

The sources in docs/assets/ keep their comments for maintainers; the copies in
the built site lose comments and spare whitespace, which takes about a third
off what each page transfers (the page-weight budget in BENCHMARKS.md counts
every byte of our code). Vendored and Material's files are left as they are.
"""

from __future__ import annotations

from pathlib import Path

import rcssmin
import rjsmin

OUR_ASSETS = ("assets/javascripts", "assets/stylesheets")
MINIFIERS = {".js": rjsmin.jsmin, ".css": rcssmin.cssmin}


def our_assets(docs_dir: Path) -> list[str]:
    """Our script and style files, relative to the docs (and so to the site) directory."""
    return sorted(
        path.relative_to(docs_dir).as_posix()
        for folder in OUR_ASSETS
        for path in (docs_dir / folder).rglob("*")
        if path.suffix in MINIFIERS and path.is_file()
    )


def minify_assets(docs_dir: Path, site_dir: Path) -> list[str]:
    """Minify the built copy of each of our assets; returns the ones minified."""
    done = []
    for relative in our_assets(docs_dir):
        built = site_dir / relative
        if built.is_file():  # a file that exclude_docs left out is not in the site
            source = built.read_text(encoding="utf-8")
            built.write_text(MINIFIERS[built.suffix](source), encoding="utf-8")
            done.append(relative)
    return done
