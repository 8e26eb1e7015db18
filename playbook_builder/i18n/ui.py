"""The words the project itself writes (page templates, print sheets, scripts, downloads) in each language.

Templates and modules write English and wrap it in ``_("...")``; a UI catalogue per language (gettext PO, read
by Babel) says it in that language: ``locales/LANG.ui.po`` beside the content catalogue. The package's content
ships its own; a content or overlay folder may add or override entries (a fork that adds a language brings its
own). Values go in as ``%(name)s``.
"""

from __future__ import annotations

import functools
import gettext
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from ..load.locate import package_content

#: The language the content and the templates are written in.
SOURCE_LANGUAGE = "en"
#: A language code as catalogues and ``languages`` name it: fr, de, pt_BR.
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:_[A-Z]{2})?")


def package_catalogue(language: str) -> Path | None:
    """The UI catalogue the package ships for a language, if it has one."""
    path = package_content() / "locales" / f"{language}.ui.po"
    return path if path.is_file() else None


class Messages:
    """The UI strings of one language; English, the source language, needs no catalogue.

    Calling it translates: ``_("Phase %(n)s of %(total)s", n=1, total=12)``. A string with no translation (or
    one marked fuzzy) stays in English.
    """

    def __init__(self, language: str = SOURCE_LANGUAGE, catalogues: Iterable[Catalog] = ()):
        self.language = language
        self.locale = Locale.parse(language)
        self._strings: dict[str, str] = {}
        self._plurals: dict[tuple[str, str], tuple[str, ...]] = {}
        self._plural_rule: Callable[[int], int] | None = None
        for catalog in catalogues:
            # The catalogue's Plural-Forms, evaluated the way gettext does (French: one form for 0 and 1).
            self._plural_rule = gettext.c2py(catalog.plural_expr)
            for message in catalog:
                if not message.id or message.fuzzy or not message.string or message.context:
                    continue
                if isinstance(message.id, str):
                    self._strings[message.id] = str(message.string)
                else:
                    self._plurals[(message.id[0], message.id[1])] = tuple(message.string)

    def translates(self, text: str | tuple[str, ...] | list[str]) -> bool:
        """Whether the catalogues translate this message (a plural as its singular and plural)."""
        return text in self._strings if isinstance(text, str) else tuple(text[:2]) in self._plurals

    def __call__(self, text: str, **values: Any) -> str:
        translated = self._strings.get(text, text)
        return translated % values if values else translated

    def plural(self, singular: str, plural: str, count: int, **values: Any) -> str:
        """The form for ``count``; ``%(count)s`` in the text is the number."""
        forms = self._plurals.get((singular, plural))
        if forms is None:
            text = singular if count == 1 else plural
        else:
            text = forms[self._form(count)] if self._form(count) < len(forms) else forms[-1]
        return text % {"count": count, **values}

    def forms(self, singular: str, plural: str) -> dict[str, str]:
        """The ``one`` and ``other`` forms, untranslated values left in, for a script to choose between with
        ``Intl.PluralRules`` (which puts 0 with 1 in French, as gettext does)."""
        found = self._plurals.get((singular, plural))
        if found is None:
            return {"one": singular, "other": plural}
        return {"one": found[self._form(1)], "other": found[min(self._form(2), len(found) - 1)]}

    def _form(self, count: int) -> int:
        return 0 if count == 1 else 1 if self._plural_rule is None else self._plural_rule(count)

    @property
    def name(self) -> str:
        """The language's name in itself, capitalised: English, Français."""
        name = self.locale.get_display_name(self.locale) or self.language
        return name[:1].upper() + name[1:]


ENGLISH = Messages()


@functools.cache
def _read(path: str, mtime: float) -> Catalog:
    with open(path, "rb") as stream:
        return read_po(stream)


def messages_for(language: str, content_roots: Iterable[Path] = ()) -> Messages:
    """The UI strings of a language: the package's catalogue, then each content folder's ``LANG.ui.po``."""
    if language == SOURCE_LANGUAGE:
        return ENGLISH
    paths = [package_catalogue(language), *(root / "locales" / f"{language}.ui.po" for root in content_roots)]
    found = list(dict.fromkeys(path.resolve() for path in paths if path is not None and path.is_file()))
    return Messages(language, [_read(str(path), path.stat().st_mtime) for path in found])
