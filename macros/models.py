"""The shape of the data files, as pydantic models.

These models are the single definition of what a valid file is: the build
validates against them and the committed JSON Schemas are generated from them.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

# Ids appear in URLs, HTML attributes and localStorage keys, so keep them plain.
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:[-.][a-z0-9]+)*$")]
# Text that must say something: at least one non-space character.
Text = Annotated[str, StringConstraints(pattern=r"\S")]
# A page of the site, as a path inside docs/.
PagePath = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_./-]+\.md$")]


class Strict(BaseModel):
    # Unknown keys are typos until proven otherwise.
    model_config = ConfigDict(extra="forbid", frozen=True)


class Area(Strict):
    id: Id = Field(description="Short id that cards, questions and pages refer to.")
    title: Text = Field(description="Our short name for the area.")
    text: Text = Field(description="The official wording, quoted as LPI publishes it.")
    page: PagePath = Field(description="The page that teaches this area, relative to docs/.")


class Term(Strict):
    id: Id
    text: Text = Field(description="The term as LPI lists it.")
    area: Id = Field(description="The knowledge area the term belongs to.")


class Objective(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^\d{3}\.\d+$")] = Field(description="e.g. 102.6")
    title: Text
    exam: Text = Field(description="Exam code, e.g. 101-500.")
    topic: Text
    weight: int = Field(ge=1, le=10)
    description: Text
    areas: list[Area] = Field(min_length=1)
    terms: list[Term]


class ObjectivesFile(Strict):
    objectives: list[Objective] = Field(min_length=1)
