"""The macros module of both builders: mkdocs-macros (MkDocs 1.6) and Zensical's
macros extension. It only loads the data and registers macros and the
post-build hook; the work is done in the subpackages, each tested on its own:

    data/       read and validate the data files (YAML, msgspec structs)
    render/     turn them into the HTML that pages show
    postbuild/  what runs on the built site (also `python -m macros.postbuild`)
    commands/   maintainers' commands (`make check`, `stamps`, `schemas`, `glossary`)

Modules are imported inside the functions, so that `python -m macros.commands.check`
and the other commands do not import what they do not use.
"""

from __future__ import annotations

import logging
import posixpath
import sys
from pathlib import Path

log = logging.getLogger("mkdocs.plugins.macros")


def define_env(env) -> None:
    from .data.errors import DataError
    from .data.yamlsource import use_cache
    from .render.git_dates import last_changed
    from .render.table_host import TableHostExtension
    from .site_data import SiteData
    from .vendored import check_vendored

    zensical = type(env).__module__.startswith("zensical")  # its MacroEnv; mkdocs-macros passes the plugin
    if not zensical:  # Zensical's Markdown extensions are fixed before its pages render
        extensions = env.conf["markdown_extensions"]
        if not any(isinstance(extension, TableHostExtension) for extension in extensions):
            extensions.append(TableHostExtension())  # see table_host.py: a faster first load
    project_dir = Path(env.project_dir)
    docs_dir = project_dir / env.conf.get("docs_dir", "docs")  # MkDocs gives it absolute, Zensical as written
    check_vendored(project_dir, docs_dir)  # fails even under `make serve`, whose vendor step brings them back
    use_cache(project_dir / ".cache" / "yaml")  # unchanged data files are not parsed again
    try:
        data = SiteData.load_once(project_dir, docs_dir)
    except DataError as error:
        if env.config["on_error_fail"]:
            raise
        # `make serve` keeps running: the log and every macro show the problem.
        log.error("%s", error)
        data = SiteData.broken(error)
    env.variables["site_data"] = data
    # Page dates come from `git log`, read by on_post_page_macros, which Zensical never
    # calls; it calls define_env for every page, so it would run git once per page for nothing.
    env.variables["git_times"] = {} if zensical else last_changed(project_dir)

    def here() -> str:
        """Where the links that macros write are relative to. MkDocs leaves links in
        raw HTML alone, so for MkDocs it is the page's URL, e.g. cloning/. Zensical
        rebases every relative link from the page's source file to its URL, so for
        Zensical it is the folder of the source file: "" for docs/cloning.md."""
        if env.page is None:
            return ""
        if not zensical:
            return env.page.url
        folder = posixpath.dirname(env.page.path)
        return folder + "/" if folder else ""

    def page_src() -> str:
        """The calling page as a docs path, e.g. cloning.md (MkDocs: page.file, Zensical: page.path)."""
        return env.page.path if zensical else env.page.file.src_uri

    def use_directory_urls() -> bool:
        """Read when a macro runs, never once here: define_env runs in the macros
        plugin's on_config, and the offline plugin's on_config, which runs later,
        turns directory URLs off so that links work from file://."""
        return env.conf.get("use_directory_urls", True)

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
        return data.essentials_box(page_src(), here(), use_directory_urls())

    @env.macro
    def glossary() -> str:
        """Every entry of data/glossary.yml as a definition list."""
        uses("data/glossary.yml")
        return data.glossary_list(here(), use_directory_urls())

    @env.macro
    def print_edition() -> str:
        """The contents of the print edition; the pages themselves are added after the build."""
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
        from .render.progress_page import render_transfer

        return render_transfer()


def on_post_page_macros(env) -> None:
    """Date the page by the newest change to it or to the data it shows."""
    from .render.page_dates import revision_date

    date = revision_date(env.page.file.src_uri, env.page.meta.get("data_sources", []), env.variables["git_times"])
    if date:
        env.page.meta["revision_date"] = date  # Material shows it under the page


def on_post_build(env) -> None:
    """The post-build steps, the same that `python -m macros.postbuild` runs after a Zensical build."""
    from .postbuild.run import BuiltSite, post_build

    site = BuiltSite(
        project_dir=Path(env.project_dir),
        docs_dir=Path(env.conf["docs_dir"]),
        site_dir=Path(env.conf["site_dir"]),
        site_url=env.conf["site_url"] or "",
        use_directory_urls=env.conf["use_directory_urls"],  # as the offline plugin left it, unlike in define_env
        nav=env.conf["nav"],
    )
    post_build(site, env.variables["site_data"], fail_on_error=env.config["on_error_fail"])


if __name__ not in sys.modules:
    # Zensical loads this file by its path without registering it in
    # sys.modules, so the relative imports in define_env would fail. Import the
    # package itself (from the project directory) and hand over to it.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from importlib import import_module

    define_env = import_module("macros").define_env
