"""mkdocs-macros entry point. It only loads the data once and registers macros;
the work is done by the small modules next to it, which are tested on their own."""

from __future__ import annotations

import logging
import time
from pathlib import Path

# The command-line modules (python -m macros.exports, .card_changes, .check) are
# imported by name inside the hooks, so running one does not import it twice.
log = logging.getLogger("mkdocs.plugins.macros")


def define_env(env) -> None:
    from .errors import DataError
    from .site_data import SiteData

    project_dir = Path(env.project_dir)
    docs_dir = Path(env.conf["docs_dir"])
    use_directory_urls = env.conf["use_directory_urls"]
    try:
        data = SiteData.load(project_dir, docs_dir)
    except DataError as error:
        if env.config["on_error_fail"]:
            raise
        # `make serve` keeps running: the log and every macro show the problem.
        log.error("%s", error)
        data = SiteData.broken(error)
    env.variables["site_data"] = data

    def here() -> str:
        return env.page.url if env.page is not None else ""

    @env.macro
    def objective_card(objective_id: str = "102.6") -> str:
        """The card for one exam objective from data/objectives.yml."""
        return data.objective_card(objective_id, here(), use_directory_urls)

    @env.macro
    def flashcards(deck_id: str, tag: str | None = None, area: str | None = None, term: str | None = None, layout: str = "table") -> str:
        """A deck from data/flashcards/<deck_id>.yml as a Question | Answer table."""
        return data.flashcards(deck_id, here(), use_directory_urls, tag=tag, area=area, term=term, layout=layout)

    @env.macro
    def quiz(set_id: str) -> str:
        """A question set from data/questions/<set_id>.yml, with answers that open on demand."""
        return data.quiz(set_id, here(), use_directory_urls)

    @env.macro
    def practice_exam() -> str:
        """The pool of every question, for the practice exam page."""
        return data.practice_exam(here(), use_directory_urls)

    @env.macro
    def coverage_matrix() -> str:
        """For each area and term: the sections, cards and questions that cover it."""
        return data.coverage_matrix(here(), use_directory_urls)

    @env.macro
    def glossary() -> str:
        """Every entry of data/glossary.yml as a definition list."""
        return data.glossary_list(here(), use_directory_urls)

    @env.macro
    def flashcard_index() -> str:
        """Every deck with its card count, downloads and cards, for the flashcards page."""
        return data.flashcard_index(here(), use_directory_urls)


def on_post_build(env) -> None:
    """Check the sections that data files link to, then write the Anki and TSV exports."""
    from .anchors import missing_sections
    from .errors import DataError
    from .exports import export_site

    data = env.variables["site_data"]
    if data.error is not None:
        return
    site_dir = Path(env.conf["site_dir"])
    problems = missing_sections(data, Path(env.project_dir), site_dir, env.conf["use_directory_urls"])
    if problems:
        if env.config["on_error_fail"]:
            raise DataError(problems)
        log.error("%s", DataError(problems))
    written = export_site(data, Path(env.project_dir), site_dir, env.conf["site_url"] or "", int(time.time()))
    log.info("flashcard exports: %d files in %s", len(written), written[0].parent if written else "-")
