"""The termbase on pages: the glossary page made from it, and the definition a reader can open where a page first
uses a term (a link to the glossary entry, described by the definition: keyboard, screen reader and hover alike)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from itertools import groupby
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from ..model import Playbook, Term, Wording
from ..model.terms import pattern
from . import paths

if TYPE_CHECKING:
    from .pages import PageRenderer


def _sort_key(words: str) -> str:
    """Alphabetical order as a reader expects it in any Latin-script language: accents and case do not count."""
    decomposed = unicodedata.normalize("NFKD", words)
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


class TermMarker:
    """Marks the first use of each term on one page: the words become a link to the glossary entry, described by
    the definition, which shows on hover and on focus. Every other piece of the text is escaped."""

    def __init__(self, terms: list[Term], language: str, glossary: str | None):
        self.glossary = glossary
        self.seen: set[str] = set()
        self.owner: dict[str, tuple[Term, Wording]] = {}
        for term in terms if glossary else ():
            wording = term.wording(language)
            if wording is None:
                continue
            for words in (wording.term, *wording.forms):
                self.owner.setdefault(" ".join(words.split()).casefold(), (term, wording))
        self.pattern = pattern(self.owner)

    def __call__(self, text: object) -> Markup:
        text = str(text)
        if not self.owner:
            return escape(text)
        out, last = [], 0
        for match in self.pattern.finditer(text):
            term, wording = self.owner[" ".join(match.group().split()).casefold()]
            if term.id in self.seen:
                continue
            self.seen.add(term.id)
            out += [escape(text[last:match.start()]), self._marked(match.group(), term, wording)]
            last = match.end()
        out.append(escape(text[last:]))
        return Markup("".join(out))

    def _marked(self, words: str, term: Term, wording: Wording) -> str:
        tip = f"pb-term-{term.id}"
        return (f'<span class="pb-term"><a class="pb-term__link" href="{escape(self.glossary)}#{term.id}" '
                f'aria-describedby="{tip}">{escape(words)}</a><span class="pb-term__tip" role="tooltip" '
                f'id="{tip}">{escape(wording.definition)}</span></span>')
