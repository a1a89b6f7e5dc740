"""Everything that runs after the pages are built, in one function that both
builders reach: MkDocs through the macros plugin's on_post_build, Zensical
(which has no post-build event) through `python -m macros.postbuild SITE_DIR`.

It reads only the built site and the project's files, never the builder's
objects, so what it writes does not depend on which builder made the pages.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from ..data.errors import DataError
from ..data.yamlsource import prune_cache
from ..render.print_contents import PrintedPage, nav_sources
from .anchors import missing_sections
from .built_site import page_reader
from .exports import Exports, export_site
from .minify import minify_assets
from .print_edition import assemble

log = logging.getLogger("mkdocs.plugins.macros")

PRINT_MACRO = "print_edition()"


@dataclass(frozen=True)
class BuiltSite:
    """What the post-build steps need to know of a build."""

    project_dir: Path
    docs_dir: Path
    site_dir: Path
    site_url: str
    use_directory_urls: bool  # as the build used it: the offline edition turns it off
    nav: list


def post_build(site, data, *, fail_on_error: bool = True) -> Exports | None:
    """Minify our scripts and styles, assemble the print edition, check the
    sections that data files link to, then write the Anki and TSV exports.
    ``data`` is the build's SiteData; with broken data only the minification runs."""
    minify_assets(site.docs_dir, site.site_dir)
    if data.error is not None:
        return None
    prune_cache()  # every data file has been read by now
    read_built = page_reader(site.site_dir)  # both steps below read the same built pages
    print_src = print_page_source(site.docs_dir, site.nav)
    if print_src:
        print_page = PrintedPage.of(print_src, "", site.use_directory_urls)
        assemble(site.site_dir, print_page, data.printed_pages(site.nav, site.use_directory_urls), read_built)
    problems = missing_sections(data, site.project_dir, read_built, site.use_directory_urls)
    if problems:
        if fail_on_error:
            raise DataError(problems)
        log.error("%s", DataError(problems))
    exports = export_site(data, site.project_dir, site.site_dir, site.site_url, int(time.time()))
    log.info("flashcard exports: %d files, rebuilt: %s", len(exports.files), ", ".join(exports.rebuilt) or "none (cached)")
    return exports


def print_page_source(docs_dir: Path, nav) -> str | None:
    """The page of the nav that calls print_edition(), whose placeholder the pages fill."""
    for src in nav_sources(nav):
        path = docs_dir / src
        if path.is_file() and PRINT_MACRO in path.read_text(encoding="utf-8"):
            return src
    return None
