"""Checks of scoping and citations: applies_when, the scoping facts, retired ids and pinpoints.

Registered in the same catalogue as :mod:`.checks`; the loader imports this module so they run with the others.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

from ..model import PINPOINTED, AppliesWhen, Checklist, Cites, Located, Playbook
from ..problems import Problem
from .checks import Found, check, retired_note


def _suggest(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1)
    return f"; did you mean '{close[0]}'?" if close else ""


def _restricted(playbook: Playbook) -> Iterator[tuple[Located, AppliesWhen]]:
    for checklist in playbook.checklists:
        yield checklist, checklist.applies_when
        for mistake in checklist.mistakes:
            yield mistake, mistake.applies_when
            yield from ((mitigation, mitigation.applies_when) for mitigation in mistake.mitigations)
    yield from ((provision, provision.applies_when) for provision in playbook.provisions.values())
    yield from ((framework, framework.applies_when) for framework in playbook.frameworks)


def _situation_problems(playbook: Playbook, part: Located, rule: AppliesWhen, name: str, field: str,
                        *path: str | int) -> Found:
    """What is wrong with a situation (fact → options) at ``path`` of ``part``: unknown facts and options, or a
    fact with no option. ``name`` is the rule reported, ``field`` what the message calls the situation."""
    facts = playbook.fact_by_id
    for fact_id, options in rule.items():
        fact = facts.get(fact_id)
        if fact is None:
            yield Problem(part.where(*path, fact_id, key=True), name,
                          f"{field} names the scoping fact '{fact_id}', which scope.yml does not define"
                          + _suggest(fact_id, list(facts)))
            continue
        known = [option.id for option in fact.options]
        for index, option in enumerate(options):
            if option not in known:
                yield Problem(part.where(*path, fact_id, index), name,
                              f"'{option}' is not an option of the scoping fact '{fact_id}' (its options: "
                              f"{', '.join(known)})" + _suggest(option, known))
        if not options:
            yield Problem(part.where(*path, fact_id), name,
                          f"{field} lists no option for {fact_id}, so it could never apply")


@check("applies-when", needs_complete=True)
def applies_when_resolves(playbook: Playbook) -> Found:
    for part, applies_when in _restricted(playbook):
        yield from _situation_problems(playbook, part, applies_when, "applies-when", "applies_when", "applies_when")


@check("severity-when", needs_complete=True)
def severity_when_resolves(playbook: Playbook) -> Found:
    for mistake in playbook.mistakes.values():
        for index, rule in enumerate(mistake.severity_when):
            yield from _situation_problems(playbook, mistake, rule.when, "severity-when",
                                           f"severity_when rule {index + 1}", "severity_when", index, "when")
            if not rule.when:
                yield Problem(mistake.where("severity_when", index), "severity-when",
                              "this severity_when rule names no scoping fact; give it a when, e.g. "
                              "{size: [small]}, or set the base severity instead")
            if rule.severity == mistake.severity:
                yield Problem(mistake.where("severity_when", index, "severity"), "severity-when",
                              f"this rule gives {mistake.id} its base severity ({rule.severity.value}) again; "
                              f"remove it or give another severity")


@check("fact-options")
def fact_options(playbook: Playbook) -> Found:
    for fact in playbook.facts:
        ids = [option.id for option in fact.options]
        if len(ids) < 2:
            yield Problem(fact.where("options"), "fact-options",
                          f"the scoping fact '{fact.id}' needs at least two options to choose from")
        for index, option_id in enumerate(ids):
            if option_id in ids[:index]:
                yield Problem(fact.where("options", index), "fact-options",
                              f"the scoping fact '{fact.id}' lists the option '{option_id}' twice")


def _excluded_by(checklist: Checklist, playbook: Playbook) -> list[tuple[str, str]]:
    """The answers (fact, option) that hide every mistake of a checklist that does not say so itself."""
    found = []
    for fact in playbook.facts:
        for option in fact.options:
            if option.id not in checklist.applies_when.get(fact.id, [option.id]):
                continue  # the checklist itself says it does not apply there
            hidden = [m for m in checklist.mistakes if option.id not in m.applies_when.get(fact.id, [option.id])]
            if checklist.mistakes and len(hidden) == len(checklist.mistakes):
                found.append((fact.id, option.id))
    return found


@check("checklist-excluded", needs_complete=True)
def checklist_excluded(playbook: Playbook) -> Found:
    for checklist in playbook.checklists:
        for fact_id, option_id in _excluded_by(checklist, playbook):
            yield Problem(checklist.where("id"), "checklist-excluded",
                          f"every mistake of '{checklist.id}' is hidden for readers who answer {fact_id}: "
                          f"{option_id}; give the checklist an applies_when that says so, or a mistake that applies",
                          warning=True)


@check("mitigation-excluded", needs_complete=True)
def mitigation_excluded(playbook: Playbook) -> Found:
    """A reader who sees a mistake must see at least one of its actions."""
    for mistake in playbook.mistakes.values():
        if not any(m.applies_when for m in mistake.mitigations):
            continue
        for fact in playbook.facts:
            for option in fact.options:
                if option.id not in mistake.applies_when.get(fact.id, [option.id]):
                    continue  # the mistake itself is hidden there
                if all(option.id not in m.applies_when.get(fact.id, [option.id]) for m in mistake.mitigations):
                    yield Problem(mistake.where("mitigations"), "mitigation-excluded",
                                  f"every mitigation of {mistake.id} is hidden for readers who answer {fact.id}: "
                                  f"{option.id}; keep at least one that applies to them")


@check("retired-id")
def retired_ids(playbook: Playbook) -> Found:
    seen: dict[str, Located] = {}
    for entry in playbook.retired:
        if entry.id in seen:
            yield Problem(entry.where("id"), "retired-id", f"{entry.id} is listed twice in retired.yml")
        seen[entry.id] = entry
    live: list[Located] = [*playbook.mistakes.values(), *playbook.questions.values()]
    live += [m for mistake in playbook.mistakes.values() for m in mistake.mitigations]
    for part in live:
        identifier = str(getattr(part, "id", ""))
        if identifier in seen:
            note = retired_note(playbook.retired_by_id[identifier])
            yield Problem(part.where("id"), "retired-id", f"{identifier} {note}; retired ids are never used again, so "
                                                          f"give this item a new id")


@check("id-gap", upstream_only=True)
def id_gaps(playbook: Playbook) -> Found:
    retired = {entry.id for entry in playbook.retired}
    for checklist in playbook.checklists:
        live = {int(m.id.rsplit("-", 1)[1]) for m in checklist.mistakes}
        numbers = live | {int(i.rsplit("-", 1)[1]) for i in retired if re.fullmatch(rf"{checklist.code}-\d+", i)}
        width = len(checklist.mistakes[0].id.rsplit("-", 1)[1]) if checklist.mistakes else 2
        missing = [f"{checklist.code}-{n:0{width}d}" for n in range(1, max(live, default=0))
                   if n not in numbers]
        if missing:
            yield Problem(checklist.where("code"), "id-gap",
                          f"{', '.join(missing)} {'is' if len(missing) == 1 else 'are'} neither in "
                          f"{checklist.id} nor in retired.yml; record each skipped id in retired.yml (with "
                          f"replaced_by if it was merged) so that its number is never reused")


@check("citation-pinpoint", needs_complete=True)
def citation_pinpoint(playbook: Playbook) -> Found:
    sources = playbook.source_by_id
    citing: list[Cites] = [*playbook.mistakes.values(), *playbook.cases, *playbook.provisions.values(), *playbook.terms]
    notes: list[Cites] = [note for *_, note in playbook.law_notes]
    for part in [*citing, *notes]:
        for index, citation in enumerate(part.citations):
            source = sources.get(citation.source)
            if source is None or citation.at:
                continue
            if source.kind in PINPOINTED:
                yield Problem(part.where("sources", index), "citation-pinpoint",
                              f"{source.id} is a {source.kind.value}: cite it with the article, paragraph, section "
                              f"or page, as {{source: {source.id}, at: \"Art. 28(3)\"}}")
            elif part in notes:
                yield Problem(part.where("sources", index), "citation-pinpoint",
                              f"a law note states a rule: cite {source.id} with the article, section or page that "
                              f"says it, as {{source: {source.id}, at: \"s. 7\"}}")
