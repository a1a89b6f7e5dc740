"""mkdocs-macros entry point. It only loads the data once and registers macros;
the work is done by the small modules next to it, which are tested on their own."""

from __future__ import annotations

import logging
from pathlib import Path

from .errors import DataError
from .site_data import SiteData


def define_env(env) -> None:
    project_dir = Path(env.project_dir)
    docs_dir = Path(env.conf["docs_dir"])
    use_directory_urls = env.conf["use_directory_urls"]
    try:
        data = SiteData.load(project_dir, docs_dir)
    except DataError as error:
        if env.config["on_error_fail"]:
            raise
        # `make serve` keeps running: the log and every macro show the problem.
        logging.getLogger("mkdocs.plugins.macros").error("%s", error)
        data = SiteData.broken(error)

    def current_page_url() -> str:
        return env.page.url if env.page is not None else ""

    @env.macro
    def objective_card(objective_id: str = "102.6") -> str:
        """The card for one exam objective from data/objectives.yml."""
        return data.objective_card(objective_id, current_page_url(), use_directory_urls)
