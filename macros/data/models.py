"""The shape of the data files, as msgspec structs.

These structs are the single definition of what a valid file is: the build
validates against them and the committed JSON Schemas are generated from them.
msgspec rather than pydantic because it imports in about 10 ms instead of
about 110 ms, and every build pays for the import (see BENCHMARKS.md).
"""

from typing import Annotated, ClassVar

from msgspec import Meta, Struct

# Ids appear in URLs, HTML attributes and localStorage keys, so keep them plain.
Id = Annotated[str, Meta(pattern=r"^[a-z0-9]+(?:[-.][a-z0-9]+)*$")]
# Text that must say something: at least one non-space character.
Text = Annotated[str, Meta(pattern=r"\S")]
# A page of the site, as a path inside docs/.
PagePath = Annotated[str, Meta(pattern=r"^[A-Za-z0-9_./-]+\.md$")]
# A link to a section of the site: a docs path with an optional #anchor.
SeeLink = Annotated[str, Meta(pattern=r"^[A-Za-z0-9_./-]+\.md(#[A-Za-z0-9_-]+)?$")]
Tag = Annotated[str, Meta(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]


def described(kind, description: str):
    return Annotated[kind, Meta(description=description)]


class Strict(Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """Unknown keys are typos until proven otherwise. Keyword-only, so that
    optional fields may come before the required ones a subclass adds."""


class FieldError(ValueError):
    """A check across fields, raised from __post_init__; msgspec reports it at
    the struct, so the message names the field for macros.data.validate to point at."""

    def __init__(self, field: str, message: str):
        super().__init__(f"field `{field}`: {message}")


class Area(Strict):
    id: described(Id, "Short id that cards, questions and pages refer to.")
    title: described(Text, "Our short name for the area.")
    text: described(Text, "The official wording, quoted as LPI publishes it.")
    page: described(PagePath, "The page that teaches this area, relative to docs/.")


class Term(Strict):
    id: Id
    text: described(Text, "The term as LPI lists it.")
    area: described(Id, "The knowledge area the term belongs to.")


class Objective(Strict):
    id: described(Annotated[str, Meta(pattern=r"^\d{3}\.\d+$")], "e.g. 102.6")
    title: Text
    exam: described(Text, "Exam code, e.g. 101-500.")
    topic: Text
    weight: Annotated[int, Meta(ge=1, le=10)]
    description: Text
    areas: Annotated[list[Area], Meta(min_length=1)]
    terms: list[Term]


class ObjectivesFile(Strict):
    objectives: Annotated[list[Objective], Meta(min_length=1)]


class Card(Strict):
    id: described(Id, "Unique across all decks, and never reused for another card.")
    front: described(Text, "The question. Inline Markdown: `code`, *emphasis*, **strong**, [links](page.md#anchor).")
    back: described(Text, "The answer. Inline Markdown, like front.")
    area: described(Id, "A knowledge-area id from data/objectives.yml.")
    terms: described(list[Id], "Term ids from data/objectives.yml.") = []
    tags: described(list[Tag], "Free tags for filtering, e.g. command, file, trap.") = []
    see: described(SeeLink | None, "The page section that teaches this card, e.g. cloning.md#machine-id.") = None


class Deck(Strict):
    title: Text
    description: Text
    cards: Annotated[list[Card], Meta(min_length=1)]


def _check_distinct(choices: list[str]) -> None:
    if len(set(choices)) != len(choices):
        raise FieldError("choices", "choices must be distinct")


# Question kinds are told apart by their `type` key (a tagged union).
class _Question(Strict, tag_field="type"):
    id: described(Id, "Unique across all question sets.")
    area: described(Id, "A knowledge-area id from data/objectives.yml.")
    prompt: described(Text, "The question, in inline Markdown. For `multiple`, say how many to choose.")
    explain: described(Text, "Why the answer is right and the other choices are wrong.")
    see: described(SeeLink, "The page section that teaches it, e.g. cloning.md#machine-id.")
    terms: described(list[Id], "Term ids from data/objectives.yml.") = []


class SingleQuestion(_Question, tag="single", kw_only=True):
    type: ClassVar[str] = "single"
    choices: Annotated[list[Text], Meta(min_length=2)]
    answer: described(Text, "Exactly one of the choices.")

    def __post_init__(self) -> None:
        _check_distinct(self.choices)
        if self.answer not in self.choices:
            raise FieldError("answer", "must be exactly one of the choices")


class MultipleQuestion(_Question, tag="multiple", kw_only=True):
    type: ClassVar[str] = "multiple"
    choices: Annotated[list[Text], Meta(min_length=3)]
    answer: described(Annotated[list[Text], Meta(min_length=2)], "The correct choices; the prompt says how many.")

    def __post_init__(self) -> None:
        _check_distinct(self.choices)
        missing = [a for a in self.answer if a not in self.choices]
        if missing:
            raise FieldError("answer", f"not among the choices: {missing}")
        if len(set(self.answer)) != len(self.answer) or len(self.answer) >= len(self.choices):
            raise FieldError("answer", "must be distinct and fewer than the choices")


class FillQuestion(_Question, tag="fill", kw_only=True):
    type: ClassVar[str] = "fill"
    answer: described(
        Annotated[list[Text], Meta(min_length=1)], "Every accepted answer; compared exactly, ignoring extra whitespace."
    )


Question = SingleQuestion | MultipleQuestion | FillQuestion


class QuestionSet(Strict):
    title: Text
    questions: Annotated[list[Question], Meta(min_length=1)]


class GlossaryEntry(Strict):
    term: described(Text, "The term as students meet it, e.g. Hypervisor.")
    definition: described(Text, "One or two plain sentences. Inline Markdown allowed.")
    abbr: described(
        Annotated[str, Meta(pattern=r"^[A-Za-z0-9][A-Za-z0-9./-]*$")] | None,
        "An abbreviation that pages use, e.g. VMM. It gets a tooltip on every page.",
    ) = None
    see: described(SeeLink | None, "The page section that teaches it, e.g. virtualization.md#hypervisor.") = None


class Glossary(Strict):
    entries: Annotated[list[GlossaryEntry], Meta(min_length=1)]


class Essential(Strict):
    fact: described(Text, "One fact the exam asks, in a sentence of inline Markdown.")
    see: described(SeeLink, "The section that teaches it, e.g. cloning.md#machine-id.")


class PageEssentials(Strict):
    page: described(PagePath, "The topic page whose box this is, relative to docs/.")
    facts: described(Annotated[list[Essential], Meta(min_length=3, max_length=7)], "Three to seven: a box, not a summary.")


class EssentialsFile(Strict):
    pages: Annotated[list[PageEssentials], Meta(min_length=1)]
