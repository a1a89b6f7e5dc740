"""All of the site's data, loaded and validated once per build."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mkdocs.exceptions import PluginError

from .errors import DataError
from .html import page_href, raw_block, text
from .models import ObjectivesFile
from .objective_card import render_objective_card
from .objectives import OBJECTIVES_FILE, load_objectives


@dataclass(frozen=True)
class SiteData:
    objectives: ObjectivesFile | None
    error: DataError | None = None

    @classmethod
    def load(cls, project_dir: Path, docs_dir: Path) -> SiteData:
        return cls(objectives=load_objectives(project_dir, docs_dir))

    @classmethod
    def broken(cls, error: DataError) -> SiteData:
        return cls(objectives=None, error=error)

    def objective_card(self, objective_id: str, from_url: str, use_directory_urls: bool) -> str:
        if self.error is not None:
            return error_box(self.error)
        for objective in self.objectives.objectives:
            if objective.id == objective_id:
                return render_objective_card(objective, lambda src: page_href(src, from_url, use_directory_urls))
        known = ", ".join(o.id for o in self.objectives.objectives)
        raise PluginError(f"objective_card: no objective '{objective_id}' in {OBJECTIVES_FILE} (known: {known})")


def error_box(error: DataError) -> str:
    """What a page shows under `make serve` while a data file is broken."""
    lines = "".join(f"<li><code>{text(str(p))}</code></li>" for p in error.problems)
    return raw_block(
        '<div class="admonition failure data-error" role="alert">'
        '<p class="admonition-title">A data file is broken; the build would fail</p>'
        f"<ul>{lines}</ul></div>"
    )
