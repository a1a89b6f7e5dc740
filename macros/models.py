"""The shape of the data files, as pydantic models.

These models are the single definition of what a valid file is: the build
validates against them and the committed JSON Schemas are generated from them.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo, field_validator

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


# A link to a section of the site: a docs path with an optional #anchor.
SeeLink = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_./-]+\.md(#[A-Za-z0-9_-]+)?$")]
Tag = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]


class Card(Strict):
    id: Id = Field(description="Unique across all decks, and never reused for another card.")
    front: Text = Field(description="The question. Inline Markdown: `code`, *emphasis*, **strong**, [links](page.md#anchor).")
    back: Text = Field(description="The answer. Inline Markdown, like front.")
    area: Id = Field(description="A knowledge-area id from data/objectives.yml.")
    terms: list[Id] = Field(default=[], description="Term ids from data/objectives.yml.")
    tags: list[Tag] = Field(default=[], description="Free tags for filtering, e.g. command, file, trap.")
    see: SeeLink | None = Field(default=None, description="The page section that teaches this card, e.g. cloning.md#machine-id.")


class Deck(Strict):
    title: Text
    description: Text
    cards: list[Card] = Field(min_length=1)


def _distinct_choices(choices: list[str]) -> list[str]:
    if len(set(choices)) != len(choices):
        raise ValueError("choices must be distinct")
    return choices


Choices = Annotated[list[Text], AfterValidator(_distinct_choices)]


class _Question(Strict):
    id: Id = Field(description="Unique across all question sets.")
    area: Id = Field(description="A knowledge-area id from data/objectives.yml.")
    terms: list[Id] = Field(default=[], description="Term ids from data/objectives.yml.")
    prompt: Text = Field(description="The question, in inline Markdown. For `multiple`, say how many to choose.")
    explain: Text = Field(description="Why the answer is right and the other choices are wrong.")
    see: SeeLink = Field(description="The page section that teaches it, e.g. cloning.md#machine-id.")


class SingleQuestion(_Question):
    type: Literal["single"]
    choices: Choices = Field(min_length=2)
    answer: Text = Field(description="Exactly one of the choices.")

    @field_validator("answer")
    @classmethod
    def _one_of_the_choices(cls, answer: str, info: ValidationInfo) -> str:
        if answer not in info.data.get("choices", [answer]):
            raise ValueError("must be exactly one of the choices")
        return answer


class MultipleQuestion(_Question):
    type: Literal["multiple"]
    choices: Choices = Field(min_length=3)
    answer: list[Text] = Field(min_length=2, description="The correct choices; the prompt says how many.")

    @field_validator("answer")
    @classmethod
    def _subset_of_the_choices(cls, answer: list[str], info: ValidationInfo) -> list[str]:
        choices = info.data.get("choices", answer)
        missing = [a for a in answer if a not in choices]
        if missing:
            raise ValueError(f"not among the choices: {missing}")
        if len(set(answer)) != len(answer) or len(answer) >= len(choices):
            raise ValueError("must be distinct and fewer than the choices")
        return answer


class FillQuestion(_Question):
    type: Literal["fill"]
    answer: list[Text] = Field(min_length=1, description="Every accepted answer; compared exactly, ignoring extra whitespace.")


Question = Annotated[SingleQuestion | MultipleQuestion | FillQuestion, Field(discriminator="type")]


class QuestionSet(Strict):
    title: Text
    questions: list[Question] = Field(min_length=1)


class GlossaryEntry(Strict):
    term: Text = Field(description="The term as students meet it, e.g. Hypervisor.")
    abbr: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9./-]*$")] | None = Field(
        default=None, description="An abbreviation that pages use, e.g. VMM. It gets a tooltip on every page."
    )
    definition: Text = Field(description="One or two plain sentences. Inline Markdown allowed.")
    see: SeeLink | None = Field(default=None, description="The page section that teaches it, e.g. virtualization.md#hypervisor.")


class Glossary(Strict):
    entries: list[GlossaryEntry] = Field(min_length=1)
