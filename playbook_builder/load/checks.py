"""Cross-file consistency checks: each a named rule of the catalogue in :mod:`playbook_builder.problems`, run over
the assembled playbook.

A check is a generator of :class:`~.problems.Problem`; :func:`run_checks` runs them all so that one run
reports every problem. Checks that follow references run only when every file loaded, since a file that
failed to load would make its items look missing.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterator, Mapping
from dataclasses import dataclass

from ..model import KINDS, REGISTRY_KINDS, Checklist, Located, Mistake, Playbook, Question, Retired
from ..problems import CHECK_RULES, Problem

Found = Iterator[Problem]


@dataclass(frozen=True)
class Check:
    rule: str
    run: Callable[[Playbook], Found]
    needs_complete: bool = False
    upstream_only: bool = False
    """Judges how the content folder itself is kept (its id numbering), not a fork's overlay on top of it."""


CHECKS: list[Check] = []


CheckFunction = Callable[[Playbook], Found]


def check(rule: str, *, needs_complete: bool = False,
          upstream_only: bool = False) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check under a rule name from the catalogue."""
    if rule not in CHECK_RULES:
        raise KeyError(f"rule {rule!r} is not in the catalogue (problems.CHECK_RULES)")

    def register(function: Callable[[Playbook], Found]) -> Callable[[Playbook], Found]:
        CHECKS.append(Check(rule, function, needs_complete, upstream_only))
        return function

    return register


def run_checks(playbook: Playbook, *, complete: bool = True, overlaid: bool = False) -> list[Problem]:
    """Run every registered check; skip reference checks when some file did not load, and checks of the content
    folder's own housekeeping when overlays changed it (an overlay removes and adds items by design)."""
    return [problem for c in CHECKS if (complete or not c.needs_complete) and not (overlaid and c.upstream_only)
            for problem in c.run(playbook)]


def _problem(part: Located, rule: str, message: str, *path: str | int) -> Problem:
    return Problem(part.where(*path), rule, message)


def check_file_names(checklists: list[tuple[str, Checklist]]) -> list[Problem]:
    """id-matches-file: needs the file names, so the loader calls it while assembling."""
    return [
        _problem(c, "id-matches-file", f"the checklist id '{c.id}' differs from its file name '{stem}'", "id")
        for stem, c in checklists
        if c.id != stem
    ]


def _all_ids(playbook: Playbook) -> Iterator[tuple[str, str, Located]]:
    """Every id-bearing part: (namespace, id, part). Items share one namespace across the playbook."""
    for checklist in playbook.checklists:
        yield "checklist", checklist.id, checklist
        yield "checklist code", checklist.code, checklist
        for mistake in checklist.mistakes:
            yield "item", mistake.id, mistake
            for mitigation in mistake.mitigations:
                yield "item", mitigation.id, mitigation
        for question in checklist.questions:
            yield "item", question.id, question
    for kind in REGISTRY_KINDS.values():
        for part in getattr(playbook, kind):
            yield KINDS[kind].singular, part.id, part
    for topic in playbook.topics:
        yield from (("provision", provision.id, provision) for provision in topic.provisions)
    for framework in playbook.frameworks:
        yield from (("framework requirement", r.id, r) for r in framework.requirements)


@check("unique-ids")
def unique_ids(playbook: Playbook) -> Found:
    seen: dict[tuple[str, str], Located] = {}
    for namespace, identifier, part in _all_ids(playbook):
        field = "code" if namespace == "checklist code" else "id"
        first = seen.setdefault((namespace, identifier), part)
        if first is not part:
            yield _problem(part, "unique-ids", f"the {namespace} '{identifier}' is already used at "
                                               f"{first.where(field)}", field)


@check("id-prefix")
def id_prefix(playbook: Playbook) -> Found:
    for checklist in playbook.checklists:
        items: list[Mistake | Question] = [*checklist.mistakes, *checklist.questions]
        for item in items:
            if not item.id.startswith(checklist.code + "-"):
                yield _problem(item, "id-prefix", f"'{item.id}' should start with '{checklist.code}-', the code of "
                               f"checklist '{checklist.id}'", "id")
        for mistake in checklist.mistakes:
            for mitigation in mistake.mitigations:
                if not mitigation.id.startswith(mistake.id + "-M"):
                    yield _problem(mitigation, "id-prefix",
                                   f"'{mitigation.id}' should start with '{mistake.id}-M', its mistake's id", "id")


def retired_note(retired: Retired) -> str:
    """How a message says that an id was retired, and where its content went."""
    moved = f", replaced by {', '.join(retired.replaced_by)}" if retired.replaced_by else ""
    return f"was retired in version {retired.since}{moved} ({retired.reason.rstrip('.')})"


def dangling(part: Located, field: str, wanted: list[str], known: Container[str], what: str,
              retired: Mapping[str, Retired] | None = None) -> Found:
    for index, identifier in enumerate(wanted):
        if identifier in known:
            continue
        gone = (retired or {}).get(identifier)
        fate = retired_note(gone) if gone else "which does not exist"
        yield _problem(part, "reference-resolves", f"{field} names the {what} '{identifier}', {fate}", field, index)


@check("reference-resolves", needs_complete=True)
def references_resolve(playbook: Playbook) -> Found:
    mistakes, sources, roles = playbook.mistakes, playbook.source_by_id, playbook.role_by_id
    retired = playbook.retired_by_id
    for mistake in mistakes.values():
        yield from dangling(mistake, "related", mistake.related, mistakes, "mistake", retired)
        yield from dangling(mistake, "sources", mistake.source_ids, sources, "source")
        if mistake.id in mistake.related:
            yield _problem(mistake, "reference-resolves", "a mistake cannot be related to itself", "related")
        for mitigation in mistake.mitigations:
            if mitigation.owner not in roles:
                yield _problem(mitigation, "reference-resolves",
                               f"owner names the role '{mitigation.owner}', which does not exist in roles.yml", "owner")
    for question in playbook.questions.values():
        yield from dangling(question, "detects", question.detects, mistakes, "mistake", retired)
    for case in playbook.cases:
        yield from dangling(case, "mistakes", case.mistakes, mistakes, "mistake", retired)
        yield from dangling(case, "sources", case.source_ids, sources, "source")


@check("checklist-has-mistakes")
def checklist_has_mistakes(playbook: Playbook) -> Found:
    for checklist in playbook.checklists:
        if not checklist.mistakes:
            yield _problem(checklist, "checklist-has-mistakes", f"the checklist '{checklist.id}' has no mistakes",
                           "mistakes")


def _each_mistake_needs(field: str, rule: str, what: str) -> None:
    def run(playbook: Playbook) -> Found:
        for mistake in playbook.mistakes.values():
            if not getattr(mistake, field):
                yield _problem(mistake, rule, f"{mistake.id} needs at least one {what}", field)

    check(rule)(run)


_each_mistake_needs("mitigations", "mistake-has-mitigation", "mitigation")
_each_mistake_needs("warning_signs", "mistake-has-warning-sign", "warning sign")
_each_mistake_needs("sources", "mistake-has-source", "source")


@check("mistake-detected", needs_complete=True)
def mistake_detected(playbook: Playbook) -> Found:
    for mistake in playbook.mistakes.values():
        if mistake.id not in playbook.detected_by:
            yield _problem(mistake, "mistake-detected",
                           f"no self-assessment question detects {mistake.id}; add it to a question's detects", "id")


@check("question-detects")
def question_detects(playbook: Playbook) -> Found:
    for question in playbook.questions.values():
        if not question.detects:
            yield _problem(question, "question-detects", f"{question.id} detects no mistake", "detects")


@check("question-levels")
def question_levels(playbook: Playbook) -> Found:
    for question in playbook.questions.values():
        if len(question.levels) < 2:
            yield _problem(question, "question-levels", f"{question.id} needs at least two answer levels", "levels")
        seen: set[str] = set()
        for index, level in enumerate(question.levels):
            if level.casefold() in seen:
                yield _problem(question, "question-levels", f"{question.id} repeats the level '{level}'", "levels",
                               index)
            seen.add(level.casefold())


@check("question-vendor")
def question_vendor(playbook: Playbook) -> Found:
    # A warning, so an overlay's new question still builds; --strict (and the shipped content's test) fail on it.
    for question in playbook.questions.values():
        if question.vendor is None:
            yield Problem(question.where("id"), "question-vendor",
                          f"{question.id} has no vendor wording: add 'vendor:', the question as the vendor's "
                          "questionnaire asks it (about their practice, or how they help you with yours)",
                          warning=True)
