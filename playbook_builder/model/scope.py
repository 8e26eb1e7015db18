"""Scoping facts: what a reader says about their situation, and which parts of the playbook apply to it."""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import Field

from .base import AppliesWhen, Located, Slug, Text


class Option(Located):
    """One answer to a scoping fact."""

    id: Slug = Field(description="Stable id, used in applies_when and saved answers.")
    label: Text = Field(description="The answer as the reader sees it.")


class Fact(Located):
    """A question about the reader's situation (size, sector, vendor...) that decides what applies to them."""

    id: Slug = Field(description="Stable id, used in applies_when and saved answers.")
    question: Text = Field(description="The question, as the situation panel asks it.")
    help: Text | None = Field(default=None, description="Optional help under the question.")
    options: list[Option] = Field(description="The possible answers; at least two.")


class ScopeFile(Located):
    """scope.yml: the scoping facts."""

    facts: list[Fact]


def applies(applies_when: AppliesWhen, answers: Mapping[str, str]) -> bool:
    """Whether something restricted by ``applies_when`` applies to a reader with these answers.

    A fact the reader has not answered never hides anything: until they say, everything shows.
    """
    return all(answers[fact] in options for fact, options in applies_when.items() if fact in answers)
