"""Scoping facts: what a reader says about their situation, and which parts of the playbook apply to it."""

from __future__ import annotations

import difflib
from collections.abc import Container, Mapping
from typing import ClassVar

from pydantic import Field

from .base import AppliesWhen, Located, Slug, Text


class Option(Located):
    """One answer to a scoping fact."""

    prose: ClassVar[tuple[str, ...]] = ("label", "summary")

    id: Slug = Field(description="Stable id, used in applies_when and saved answers.")
    label: Text = Field(description="The answer as the reader sees it.")
    summary: Text | None = Field(default=None, description="How the line that names the reader's situation (on "
                                 "screen and on paper) says this answer, e.g. 'not in a regulated sector'. "
                                 "Default: the label.")


class Fact(Located):
    """A question about the reader's situation (size, sector, vendor...) that decides what applies to them."""

    prose: ClassVar[tuple[str, ...]] = ("question", "help")

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


def matches(when: Mapping[str, Container[str]], answers: Mapping[str, str]) -> bool:
    """Whether a severity_when rule holds for a reader: every fact it names answered with one of its options. Unlike
    :func:`applies`, a fact the reader has not answered does not match, so they keep the base severity."""
    return all(answers.get(fact) in options for fact, options in when.items())


def fixed_answers_problems(facts: list[Fact], fixed: Mapping[str, str]) -> list[str]:
    """What is wrong with an edition's fixed answers (the plugin's ``scope`` option), one message each."""
    known = {fact.id: fact for fact in facts}
    problems = []
    for fact_id, option_id in fixed.items():
        fact = known.get(fact_id)
        if fact is None:
            close = difflib.get_close_matches(fact_id, list(known), n=1)
            problems.append(f"scope: there is no scoping fact '{fact_id}' (scope.yml defines "
                            f"{', '.join(known) or 'none'})" + (f"; did you mean '{close[0]}'?" if close else ""))
        elif option_id not in (options := [option.id for option in fact.options]):
            close = difflib.get_close_matches(str(option_id), options, n=1)
            problems.append(f"scope: '{option_id}' is not an option of '{fact_id}' (its options: "
                            f"{', '.join(options)})" + (f"; did you mean '{close[0]}'?" if close else ""))
    return problems
