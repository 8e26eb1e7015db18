"""The termbase (terms.yml): one term per concept, in every language, with the variants not to use.

The glossary pages are generated from it, pages show a term's definition where they use it, and ``playbook check``
reports a variant to avoid wherever content or a translation uses it. Matching is the same everywhere
(:class:`Finder`): case-insensitive, whole words, any run of spaces where the term has one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import ClassVar, Generic, TypeVar

from pydantic import Field

from .base import Located, Slug, Text
from .parts import SOURCES_DOC, Cites, SourceRef

T = TypeVar("T")


class Wording(Located):
    """A term as one language says it."""

    term: Text = Field(description="The term, as the content uses it (lower case unless a name or an acronym).")
    forms: list[Text] = Field(default_factory=list, description="Other forms that name it in running text (plural, "
                              "abbreviation), matched as whole words to show the definition where a page uses it.")
    definition: Text = Field(description="What it means, in one or two plain sentences.")
    avoid: list[Text] = Field(default_factory=list, description="Variants not to use for this concept: "
                              "`playbook check` warns wherever the content or a translation uses one.")
    everyday: bool = Field(default=False, description="The term is also an everyday word with other senses "
                           "(réception, observation): pages link only its forms to the glossary, not the term itself.")


class Term(Wording, Cites):
    """A term of the playbook, in English, with its translations."""

    prose: ClassVar[tuple[str, ...]] = ()  # translated in place, under translations

    id: Slug = Field(description="Stable id; the anchor on the glossary page.")
    see: list[Slug] = Field(default_factory=list, description="Ids of related terms.")
    sources: list[SourceRef] = Field(default_factory=list, description=SOURCES_DOC + " For a term a law or "
                                     "standard defines.")
    translations: dict[str, Wording] = Field(default_factory=dict, description="The term in each other language, "
                                             "by language code: {fr: {term, forms, definition, avoid}}.")

    def wording(self, language: str) -> Wording | None:
        """The term as ``language`` says it; None where it has no translation there."""
        return self if language == "en" else self.translations.get(language)


class TermsFile(Located):
    """terms.yml: the termbase."""

    terms: list[Term]


def pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word, case-insensitively, longest first (so "service level agreement" wins over
    "service level")."""
    alternatives = sorted({" ".join(word.split()) for word in words if word.strip()}, key=len, reverse=True)
    body = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in alternatives)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE) if body else re.compile(r"(?!)")


class Finder(Generic[T]):
    """Finds many words in texts, as :func:`pattern` matches them, with what each word stands for. Fast: a text is
    first split into its tokens, each word is looked up by its first token and confirmed as plain text, and the
    pattern runs only over the few words found there (a pattern of hundreds of alternatives tries each of them at
    every character)."""

    def __init__(self, owners: Mapping[str, T]):
        self.owners = {key(word): owner for word, owner in owners.items() if word.strip()}
        self._by_first: dict[str, list[str]] = {}
        for word in sorted(self.owners):
            tokens = _TOKEN.findall(word)
            self._by_first.setdefault(tokens[0] if tokens else word, []).append(word)

    def __bool__(self) -> bool:
        return bool(self.owners)

    def find(self, text: str, skip: Container[str] = ()) -> Iterator[tuple[re.Match[str], T]]:
        """Each match in ``text`` with what its words stand for, leaving out the words in ``skip`` (as :func:`key`
        gives them)."""
        flat = key(text)
        found = tuple(sorted(word for token in set(_TOKEN.findall(flat)) for word in self._by_first.get(token, ())
                             if word in flat and word not in skip))
        for match in _compiled(found).finditer(text) if found else ():
            yield match, self.owners[key(match.group())]


_TOKEN = re.compile(r"\w+")


@functools.lru_cache(maxsize=4096)
def _compiled(words: tuple[str, ...]) -> re.Pattern[str]:
    return pattern(words)


@dataclass(frozen=True)
class Variant:
    """A variant to avoid, found in a text: the term it stands for, and the words as the text has them."""

    term: Term
    found: str

    def advice(self, language: str) -> str:
        said = (self.term.wording(language) or self.term).term
        return f"'{self.found}' is a variant to avoid for '{said}' (terms.yml: {self.term.id}); say '{said}'"


class Variants:
    """Finds the variants to avoid of a termbase in one language's texts."""

    def __init__(self, terms: Iterable[Term], language: str):
        owners: dict[str, Term] = {}
        for term in terms:
            wording = term.wording(language)
            for variant in wording.avoid if wording else ():
                owners.setdefault(key(variant), term)
        self._finder = Finder(owners)

    def __bool__(self) -> bool:
        return bool(self._finder)

    def found(self, text: str) -> Iterator[Variant]:
        for match, term in self._finder.find(text):
            yield Variant(term, " ".join(match.group().split()))


def key(words: str) -> str:
    """Words as the termbase compares them: runs of spaces made one, case folded."""
    return " ".join(words.split()).casefold()
