"""An edition for one situation: the playbook with the answers an organisation fixes for all its readers.

A bank's edition always answers "regulated"; the facts it fixes are no longer asked, and the mistakes that cannot
apply to it leave every page, export and the assessment. The result is an ordinary playbook, so nothing
downstream needs to know.
"""

from __future__ import annotations

from collections.abc import Mapping

from .parts import Case, Checklist, Mistake, Question
from .playbook import Playbook
from .scope import applies, fixed_answers_problems


def _unfixed(applies_when: dict[str, list[str]], fixed: Mapping[str, str]) -> dict[str, list[str]]:
    """What is left of a restriction once the fixed facts are decided (they held, or the part would be gone)."""
    return {fact: options for fact, options in applies_when.items() if fact not in fixed}


def _mistake(mistake: Mistake, kept: set[str], fixed: Mapping[str, str]) -> Mistake:
    mitigations = [m.model_copy(update={"applies_when": _unfixed(m.applies_when, fixed)})
                   for m in mistake.mitigations if applies(m.applies_when, fixed)]
    return mistake.model_copy(update={"related": [m for m in mistake.related if m in kept],
                                      "applies_when": _unfixed(mistake.applies_when, fixed),
                                      "mitigations": mitigations or mistake.mitigations})


def _questions(checklist: Checklist, kept: set[str]) -> list[Question]:
    """The questions that still detect a mistake of the edition, detecting only those."""
    found = []
    for question in checklist.questions:
        detects = [m for m in question.detects if m in kept]
        if detects:
            found.append(question.model_copy(update={"detects": detects}))
    return found


def restrict(playbook: Playbook, fixed: Mapping[str, str]) -> Playbook:
    """The playbook for readers whose answers to some facts are ``fixed``; the same playbook when none are."""
    if not fixed:
        return playbook
    checklists = [c for c in playbook.checklists if applies(c.applies_when, fixed)]
    kept = {m.id for c in checklists for m in c.mistakes if applies(m.applies_when, fixed)}
    new_checklists = []
    for checklist in checklists:
        mistakes = [_mistake(m, kept, fixed) for m in checklist.mistakes if m.id in kept]
        if mistakes:
            new_checklists.append(checklist.model_copy(update={
                "mistakes": mistakes, "questions": _questions(checklist, kept),
                "applies_when": _unfixed(checklist.applies_when, fixed)}))
    cases: list[Case] = []
    for case in playbook.cases:
        illustrated = [m for m in case.mistakes if m in kept]
        if illustrated:
            cases.append(case.model_copy(update={"mistakes": illustrated}))
    return Playbook(meta=playbook.meta, checklists=new_checklists, sources=playbook.sources, roles=playbook.roles,
                    cases=cases, facts=playbook.facts, retired=playbook.retired,
                    fixed=dict(fixed))


def scoped(playbook: Playbook, scope: Mapping[str, object]) -> Playbook:
    """The edition for the answers an organisation fixes (the plugin's ``scope`` option), as both engines build it;
    ValueError lists what is wrong with them."""
    fixed = {str(fact): str(option) for fact, option in scope.items()}
    problems = fixed_answers_problems(playbook.facts, fixed)
    if problems:
        raise ValueError("\n".join(problems))
    return restrict(playbook, fixed)
