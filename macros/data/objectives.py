"""Load data/objectives.yml and check what a schema cannot: ids and links."""

from __future__ import annotations

from pathlib import Path

from .errors import DataError, Problem
from .models import ObjectivesFile
from .validate import validate
from .yamlsource import YamlDocument, field_name, load_yaml

OBJECTIVES_FILE = "data/objectives.yml"


def load_objectives(project_dir: Path, docs_dir: Path) -> ObjectivesFile:
    document = load_yaml(project_dir / OBJECTIVES_FILE, OBJECTIVES_FILE)
    objectives = validate(document, ObjectivesFile)
    problems = _cross_check(objectives, document, docs_dir)
    if problems:
        raise DataError(problems)
    return objectives


def _cross_check(data: ObjectivesFile, document: YamlDocument, docs_dir: Path) -> list[Problem]:
    problems: list[Problem] = []

    def problem(path: tuple, message: str) -> None:
        problems.append(Problem(document.file, document.line_of(path), field_name(path), message))

    seen_objectives: set[str] = set()
    seen_areas: set[str] = set()
    seen_terms: set[str] = set()
    for o, objective in enumerate(data.objectives):
        if objective.id in seen_objectives:
            problem(("objectives", o, "id"), f"duplicate objective id '{objective.id}'")
        seen_objectives.add(objective.id)
        area_ids = set()
        for a, area in enumerate(objective.areas):
            if area.id in seen_areas:
                problem(("objectives", o, "areas", a, "id"), f"duplicate area id '{area.id}'")
            seen_areas.add(area.id)
            area_ids.add(area.id)
            if not (docs_dir / area.page).is_file():
                problem(("objectives", o, "areas", a, "page"), f"no page docs/{area.page}")
        for t, term in enumerate(objective.terms):
            if term.id in seen_terms:
                problem(("objectives", o, "terms", t, "id"), f"duplicate term id '{term.id}'")
            seen_terms.add(term.id)
            if term.area not in area_ids:
                problem(("objectives", o, "terms", t, "area"), f"unknown area '{term.area}' in objective {objective.id}")
    return problems
