"""Checks of the termbase (terms.yml) and of the English content against it.

Registered in the same catalogue as :mod:`.checks`; the loader imports this module so they run with the others.
Translations are checked against the termbase by :mod:`..i18n.checks`, at their catalogue's lines.
"""

from __future__ import annotations

from ..model import Playbook, Variants
from ..model.prose import entries
from ..model.terms import pattern
from ..problems import Problem
from .checks import Found, check, dangling


@check("reference-resolves", needs_complete=True)
def term_references(playbook: Playbook) -> Found:
    known = {term.id for term in playbook.terms}
    for term in playbook.terms:
        yield from dangling(term, "see", term.see, known, "term")
        yield from dangling(term, "sources", term.source_ids, playbook.source_by_id, "source")


@check("termbase")
def termbase(playbook: Playbook) -> Found:
    languages = {"en", *(language for term in playbook.terms for language in term.translations)}
    for language in sorted(languages):
        named = pattern(words for term in playbook.terms if (w := term.wording(language)) for words in
                        (w.term, *w.forms))
        for term in playbook.terms:
            wording = term.wording(language)
            where = ("avoid",) if language == "en" else ("translations", language, "avoid")
            for index, variant in enumerate(wording.avoid if wording else ()):
                if named.fullmatch(" ".join(variant.split())):
                    yield Problem(term.where(*where, index), "termbase",
                                  f"{term.id}: '{variant}' is listed to avoid but is also a term or a form in "
                                  f"'{language}'; remove it from one of them")


@check("term-variant")
def english_variants(playbook: Playbook) -> Found:
    variants = Variants(playbook.terms, "en")
    if not variants:
        return
    for entry in entries(playbook):
        for found in variants.found(entry.english):
            yield Problem(entry.where(), "term-variant", found.advice("en"), warning=True)
