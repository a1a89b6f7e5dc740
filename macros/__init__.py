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
    from .git_dates import last_changed
    from .site_data import SiteData
    from .table_host import TableHostExtension
    from .vendored import check_vendored
    from .yamlsource import use_cache

    extensions = env.conf["markdown_extensions"]
    if not any(isinstance(extension, TableHostExtension) for extension in extensions):
        extensions.append(TableHostExtension())  # see table_host.py: a faster first load
    project_dir = Path(env.project_dir)
    docs_dir = Path(env.conf["docs_dir"])
    check_vendored(project_dir, docs_dir)  # fails even under `make serve`, whose vendor step brings them back
    use_cache(project_dir / ".cache" / "yaml")  # unchanged data files are not parsed again
    try:
        data = SiteData.load(project_dir, docs_dir)
    except DataError as error:
        if env.config["on_error_fail"]:
            raise
        # `make serve` keeps running: the log and every macro show the problem.
        log.error("%s", error)
        data = SiteData.broken(error)
    env.variables["site_data"] = data
    env.variables["git_times"] = last_changed(project_dir)

    def here() -> str:
        return env.page.url if env.page is not None else ""

    def use_directory_urls() -> bool:
        """Read when a macro runs, never once here: define_env runs in the macros
        plugin's on_config, and the offline plugin's on_config, which runs later,
        turns directory URLs off so that links work from file://."""
        return env.conf["use_directory_urls"]

    def uses(*files: str) -> None:
        """Note the data files the current page is built from (see on_post_page_macros)."""
        if env.page is not None:
            sources = env.page.meta.setdefault("data_sources", [])
            sources += [f for f in files if f not in sources]

    @env.macro
    def objective_card(objective_id: str = "102.6") -> str:
        """The card for one exam objective from data/objectives.yml."""
        uses("data/objectives.yml")
        return data.objective_card(objective_id, here(), use_directory_urls())

    @env.macro
    def flashcards(deck_id: str, tag: str | None = None, area: str | None = None, term: str | None = None, layout: str = "table") -> str:
        """A deck from data/flashcards/<deck_id>.yml as a Question | Answer table."""
        uses(f"data/flashcards/{deck_id}.yml")
        return data.flashcards(deck_id, here(), use_directory_urls(), tag=tag, area=area, term=term, layout=layout)

    @env.macro
    def quiz(set_id: str) -> str:
        """A question set from data/questions/<set_id>.yml, with answers that open on demand."""
        uses(f"data/questions/{set_id}.yml")
        return data.quiz(set_id, here(), use_directory_urls())

    @env.macro
    def practice_exam() -> str:
        """The pool of every question, for the practice exam page."""
        uses("data/questions/")
        return data.practice_exam(here(), use_directory_urls())

    @env.macro
    def coverage_matrix() -> str:
        """For each area and term: the sections, cards and questions that cover it."""
        uses("data/objectives.yml", "data/flashcards/", "data/questions/")
        return data.coverage_matrix(here(), use_directory_urls())

    @env.macro
    def essentials() -> str:
        """The calling page's "Essentials for the exam" box from data/essentials.yml, with its reading time."""
        uses("data/essentials.yml")
        return data.essentials_box(env.page.file.src_uri, here(), use_directory_urls())

    @env.macro
    def glossary() -> str:
        """Every entry of data/glossary.yml as a definition list."""
        uses("data/glossary.yml")
        return data.glossary_list(here(), use_directory_urls())

    @env.macro
    def print_edition() -> str:
        """The contents of the print edition; the pages themselves are added after the build."""
        if env.page is not None:
            env.variables["print_page"] = env.page.file.src_uri
        return data.print_contents(env.conf["nav"], use_directory_urls())

    @env.macro
    def flashcard_index() -> str:
        """Every deck with its card count, downloads and cards, for the flashcards page."""
        uses("data/flashcards/")
        return data.flashcard_index(here(), use_directory_urls(), env.conf["nav"])

    @env.macro
    def progress_overview() -> str:
        """One row per knowledge area for "My progress"; progress.js fills in this browser's progress."""
        uses("data/objectives.yml", "data/flashcards/", "data/questions/")
        return data.progress_overview(here(), use_directory_urls(), env.conf["nav"])

    @env.macro
    def progress_transfer() -> str:
        """The place of the export and import buttons on "My progress"."""
        from .progress_page import render_transfer

        return render_transfer()


def on_post_page_macros(env) -> None:
    """Date the page by the newest change to it or to the data it shows."""
    from .page_dates import revision_date

    date = revision_date(env.page.file.src_uri, env.page.meta.get("data_sources", []), env.variables["git_times"])
    if date:
        env.page.meta["revision_date"] = date  # Material shows it under the page


def on_post_build(env) -> None:
    """Minify our scripts and styles, check the sections that data files link to,
    assemble the print edition, then write the Anki and TSV exports."""
    from .anchors import missing_sections
    from .built_site import page_reader
    from .errors import DataError
    from .exports import export_site
    from .minify import minify_assets
    from .print_edition import PrintedPage, assemble
    from .yamlsource import prune_cache

    minify_assets(Path(env.conf["docs_dir"]), Path(env.conf["site_dir"]))
    data = env.variables["site_data"]
    if data.error is not None:
        return
    prune_cache()  # every data file has been read by now
    site_dir = Path(env.conf["site_dir"])
    use_directory_urls = env.conf["use_directory_urls"]  # as the offline plugin left it, unlike in define_env
    read_built = page_reader(site_dir)  # both steps below read the same built pages
    print_src = env.variables.get("print_page")
    if print_src:
        print_page = PrintedPage.of(print_src, "", use_directory_urls)
        assemble(site_dir, print_page, data.printed_pages(env.conf["nav"], use_directory_urls), read_built)
    problems = missing_sections(data, Path(env.project_dir), read_built, use_directory_urls)
    if problems:
        if env.config["on_error_fail"]:
            raise DataError(problems)
        log.error("%s", DataError(problems))
    exports = export_site(data, Path(env.project_dir), site_dir, env.conf["site_url"] or "", int(time.time()))
    log.info("flashcard exports: %d files, rebuilt: %s", len(exports.files), ", ".join(exports.rebuilt) or "none (cached)")
