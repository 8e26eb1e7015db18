"""The assessment result file: what the self-assessment exports and ``playbook report`` and the portfolio page read.

:mod:`.portfolio.results` (and ``assets/assessment/result.js``) check a file the way a reader needs, with reasons in
plain words; the model here describes the same shape, from the same constants, field by field for its JSON Schema
(``schema/assessment.schema.json``). It sits outside ``portfolio`` so that ``render`` can publish the schema.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

#: What makes a JSON file a result, the sides that answer, and the patterns of ids and versions in it.
FORMAT = "playbook-assessment"
SIDES = ("buyer", "vendor")
QUESTION_ID = re.compile(r"[A-Z]{2,5}-Q\d{1,3}")
RELEASE = re.compile(r"\d+\.\d+\.\d+")
SCOPE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

QuestionKey = Annotated[str, StringConstraints(pattern=f"^{QUESTION_ID.pattern}$")]
ScopeId = Annotated[str, StringConstraints(pattern=f"^{SCOPE_ID.pattern}$")]


class Answer(BaseModel):
    """One question's answer: a level, or not applicable, and an optional note."""

    model_config = ConfigDict(extra="allow", title="Answer")

    level: int | None = Field(default=None, ge=1, le=99, description="The level chosen, from 1 (the least mature "
                              "practice) to the question's number of levels. Absent when the answer is not "
                              "applicable or the entry holds a note alone.")
    of: int | None = Field(default=None, ge=1, description="How many levels the question had (informative).")
    answer: str | None = Field(default=None, description="The chosen level's text, for people (informative).")
    notApplicable: Literal[True] | None = Field(default=None, description="true when the question does not "
                                                "apply: it is left out of the scores.")
    note: str | None = Field(default=None, description="The answerer's note (at most 5,000 characters are kept).")


class AssessmentResult(BaseModel):
    """A self-assessment result file, as the assessment page and the vendor's questionnaire export it."""

    model_config = ConfigDict(extra="allow", title="Assessment result")

    format: Literal["playbook-assessment"] = Field(description="Always playbook-assessment: what makes the file a "
                                                   "result.")
    playbook: str | None = Field(default=None, description="The playbook's title. A file whose answers match no "
                                 "question is refused as another playbook's when this differs.")
    version: Annotated[str, StringConstraints(pattern=f"^{RELEASE.pattern}$")] = Field(
        description="The playbook version the answers were given for (MAJOR.MINOR.PATCH); answers to questions "
        "that a later version no longer has are left out.")
    saved: str = Field(description="When it was saved, as an ISO 8601 date and time (2026-03-01T09:30:00Z); "
                       "the report needs the date, and dates reviews from it.")
    name: str | None = Field(default=None, description="Who or what was assessed, e.g. Vendor Beta (up to 80 "
                             "characters are shown); default: the file's name.")
    criticality: Literal["low", "medium", "high"] | None = Field(
        default=None, description="How critical the subject is: low, medium or high (default medium); it sets "
        "when the next review is due.")
    side: Literal["buyer", "vendor"] | None = Field(
        default=None, description="buyer (the default) or vendor: who answered, for the two-sided comparison.")
    situation: dict[ScopeId, ScopeId] | None = Field(
        default=None, description="The answerer's situation: scoping fact id → option id (scope.yml); it "
        "decides which questions and mistakes apply when the result is scored.")
    answers: dict[QuestionKey, Answer] = Field(min_length=1, description="The answers by question id (e.g. "
                                               "STR-Q1), at least one.")



class _LeftOut(GenerateJsonSchema):
    """Optional fields are left out of a result, never null: the readers refuse a null name or level."""

    def nullable_schema(self, schema: core_schema.NullableSchema) -> JsonSchemaValue:
        return self.generate_inner(schema["schema"])

    def default_schema(self, schema: core_schema.WithDefaultSchema) -> JsonSchemaValue:
        if schema.get("default") is None:
            return self.generate_inner(schema["schema"])
        return super().default_schema(schema)


def result_schema() -> dict[str, Any]:
    """The JSON Schema of a result file."""
    return AssessmentResult.model_json_schema(schema_generator=_LeftOut)
