"""Question sets: data/questions/<set-id>.yml."""

from __future__ import annotations

from pathlib import Path

from .item_files import CollectionKind, Loaded, load_collection
from .models import ObjectivesFile, QuestionSet

QUESTION_SETS = CollectionKind(
    "data/questions", QuestionSet, items="questions", noun="question", markdown_fields=("prompt", "explain")
)


def load_question_sets(project_dir: Path, docs_dir: Path, objectives: ObjectivesFile) -> dict[str, Loaded]:
    return load_collection(QUESTION_SETS, project_dir, docs_dir, objectives)
