"""The prose of a playbook as catalogue entries: one entry per field (and per line of a list) of every part,
keyed by the part's id, so a translation follows its item wherever the item moves."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..problems import Location
from .base import Located
from .playbook import Playbook


@dataclass(frozen=True)
class Entry:
    """One translatable text: its key (the PO ``msgctxt``), the English, and where the English stands."""

    key: str
    english: str
    part: Located
    path: tuple[str | int, ...]

    @property
    def item(self) -> str:
        """The key of the item the text belongs to, e.g. ``mistake/SEL-01``."""
        return self.key.rsplit("/", 2 if self.key.count("/") >= 3 else 1)[0]

    def where(self) -> Location:
        return self.part.where(*self.path)


def parts(playbook: Playbook) -> Iterator[tuple[str, Located]]:
    """Every part that holds prose, with its key: ``mistake/SEL-01``, ``option/size.micro``..."""
    yield "playbook", playbook.meta
    for checklist in playbook.checklists:
        yield f"checklist/{checklist.id}", checklist
        for mistake in checklist.mistakes:
            yield f"mistake/{mistake.id}", mistake
            yield from ((f"law/{mistake.id}.{key}", note) for key, note in mistake.law.items())
            yield from ((f"mitigation/{m.id}", m) for m in mistake.mitigations)
        yield from ((f"question/{q.id}", q) for q in checklist.questions)
    yield from ((f"role/{role.id}", role) for role in playbook.roles)
    yield from ((f"case/{case.id}", case) for case in playbook.cases)
    for fact in playbook.facts:
        yield f"fact/{fact.id}", fact
        yield from ((f"option/{fact.id}.{option.id}", option) for option in fact.options)
    for topic in playbook.topics:
        yield f"topic/{topic.id}", topic
        for provision in topic.provisions:
            yield f"provision/{provision.id}", provision
            yield from ((f"law/{provision.id}.{key}", note) for key, note in provision.law.items())
    for framework in playbook.frameworks:
        yield f"framework/{framework.id}", framework
        yield from ((f"requirement/{r.id}", r) for r in framework.requirements)
    yield from ((f"release/{release.version}", release) for release in playbook.releases)
    yield from ((f"retired/{retired.id}", retired) for retired in playbook.retired)


def entries(playbook: Playbook) -> Iterator[Entry]:
    """Every translatable text of the playbook, in reading order. Lines of a list are numbered from 1:
    ``mistake/SEL-01/warning_signs/2``."""
    for key, part in parts(playbook):
        for field in part.prose:
            value = getattr(part, field)
            if isinstance(value, str):
                yield Entry(f"{key}/{field}", value, part, (field,))
            elif isinstance(value, list):
                for index, line in enumerate(value):
                    yield Entry(f"{key}/{field}/{index + 1}", line, part, (field, index))
