"""The definition a reader can open where a page first uses a term of the termbase: a link to the glossary entry,
described by the definition (keyboard, screen reader and hover alike)."""

from __future__ import annotations

from markupsafe import Markup, escape

from ..model import Term, Wording
from ..model.terms import Finder, key


class TermMarker:
    """Marks the first use of each term on one page: the words become a link to the glossary entry, described by
    the definition, which shows on hover and on focus. Every other piece of the text is escaped."""

    def __init__(self, terms: list[Term], language: str, glossary: str | None):
        self.glossary = glossary
        owners: dict[str, tuple[Term, Wording]] = {}
        for term in terms if glossary else ():
            wording = term.wording(language)
            if wording is None:
                continue
            for words in (wording.forms if wording.everyday else [wording.term, *wording.forms]):
                owners.setdefault(key(words), (term, wording))
        self.finder = Finder(owners)
        self.done: set[str] = set()
        """The words of the terms already marked on the page: only a term's first use is."""

    def __call__(self, text: object) -> Markup:
        text = str(text)
        if not self.finder:
            return escape(text)
        out, last = [], 0
        for match, (term, wording) in self.finder.find(text, self.done):
            if key(match.group()) in self.done:
                continue  # a second use in the same text
            self.done.update(words for words, (other, _) in self.finder.owners.items() if other is term)
            out += [escape(text[last:match.start()]), self._marked(match.group(), term, wording)]
            last = match.end()
        out.append(escape(text[last:]))
        return Markup("".join(out))

    def _marked(self, words: str, term: Term, wording: Wording) -> str:
        """The term linked to its glossary entry, its definition beside it for hover and focus, kept out of the search
        index (the result would read "exit planA written plan…")."""
        tip = f"pb-term-{term.id}"
        return (f'<span class="pb-term"><a class="pb-term__link" href="{escape(self.glossary)}#{term.id}" '
                f'aria-describedby="{tip}">{escape(words)}</a><span class="pb-term__tip" role="tooltip" '
                f'id="{tip}" data-search-exclude="definition">{escape(wording.definition)}</span></span>')
