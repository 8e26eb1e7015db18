"""The glossary page, generated from the termbase (terms.yml) in the page's language."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from itertools import groupby

from ..model import Playbook, Term, Wording
from . import paths
from .pages import PageRenderer


def _sort_key(words: str) -> str:
    """Alphabetical order as a reader expects it in any Latin-script language: accents and case do not count."""
    spelled = words.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae").replace("Æ", "Ae")  # ligatures
    decomposed = unicodedata.normalize("NFKD", spelled)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class Entry:
    """A term as the glossary of one language lists it."""

    term: Term
    wording: Wording
    english: bool
    """The term has no translation in the page's language: it is shown in English."""

    @property
    def letter(self) -> str:
        first = _sort_key(self.wording.term)[:1].upper()
        return first if first.isalpha() else "#"


def entries(playbook: Playbook, language: str) -> list[Entry]:
    """The glossary of ``language``, in alphabetical order."""
    found = [Entry(term, wording or term, wording is None) for term in playbook.terms
             for wording in [term.wording(language)]]
    return sorted(found, key=lambda entry: _sort_key(entry.wording.term))


def glossary_pages(playbook: Playbook) -> dict[str, Callable[[PageRenderer], str]]:
    """The glossary page, when the playbook has a termbase."""
    if not playbook.terms:
        return {}

    def glossary(renderer: PageRenderer) -> str:
        listed = entries(playbook, renderer.ui.language)
        letters = [(letter, list(group)) for letter, group in groupby(listed, key=lambda entry: entry.letter)]
        return renderer.render("glossary.md.j2", paths.GLOSSARY, letters=letters)

    return {paths.GLOSSARY: glossary}
