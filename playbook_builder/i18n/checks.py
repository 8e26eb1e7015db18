"""What ``playbook check`` says about translations: per language, the texts not translated yet, the translations
made from English that has changed since (with the English before and after), and entries for texts that are gone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Message

from ..model import Playbook
from ..model.prose import entries
from ..problems import Location, Problem, display_path
from .apply import translated
from .catalogue import Status, catalogue_path, read_catalogue, status, translated_from
from .extract import ui_template
from .terms import term_problems
from .ui import messages_for

_SHOWN = 160


@dataclass(frozen=True)
class TranslationState:
    """Where one language stands against the English content."""

    language: str
    name: str
    total: int
    translated: int
    missing: tuple[str, ...]
    """Items with a text not translated yet (``mistake/SEL-01``...)."""
    stale: tuple[str, ...]
    """Items with a translation made from English that has changed since."""

    @property
    def percent(self) -> int:
        return 100 * self.translated // self.total if self.total else 100



def _quoted(text: str) -> str:
    return repr(text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…")


def content_messages(roots: Sequence[Path], language: str, display_root: Path | None = None,
                     ) -> tuple[dict[str, Message], list[Problem], str]:
    """The catalogue of a language: the content folder's, then each overlay folder's over it (an overlay
    translates what it adds or changes). Also returns the file a translator edits, as displayed: the last
    folder's, which ``playbook translate update`` writes."""
    messages: dict[str, Message] = {}
    problems: list[Problem] = []
    for root in roots:
        path = catalogue_path(root, language)
        if path.is_file():
            found, bad = read_catalogue(path, display_path(path, display_root))
            for message in found.values():
                message.auto_comments = [display_path(path, display_root)]  # where the entry was read from
            messages.update(found)
            problems += bad
    return messages, problems, display_path(catalogue_path(roots[-1], language), display_root)


def edited_here(messages: list[Message], po_file: str) -> list[Message]:
    """The entries read from ``po_file``, the catalogue a translator edits (an overlay folder's, with overlays):
    entries of the catalogues under it are not theirs to drop."""
    return [message for message in messages if message.auto_comments[:1] == [po_file]]


def _where(message: Message, fallback: str) -> Location:
    file = message.auto_comments[0] if message.auto_comments else fallback
    return Location(file, message.lineno or None)


def status_problems(found: Status, po_file: str) -> list[Problem]:
    """One warning per stale entry (the English before and after), one per item with texts left to translate,
    and one per entry for a text that no longer exists."""
    language = found.language
    problems = []
    for entry, message in found.stale:
        before = translated_from(message)
        change = (f"the English changed since it was translated (at {entry.where()}); before: {_quoted(before)}; "
                  f"now: {_quoted(entry.english)}" if before != entry.english else
                  "the entry is marked fuzzy, for review")
        problems.append(Problem(_where(message, po_file), "translation-stale", warning=True, message=(
            f"{language}: {entry.key}: {change}. Run `playbook translate update {language}`, then review the "
            f"entry; the page shows the English until then.")))
    by_item: dict[str, list[str]] = {}
    first: dict[str, Location] = {}
    for entry in found.missing:
        by_item.setdefault(entry.item, []).append(entry.key.removeprefix(entry.item + "/"))
        first.setdefault(entry.item, entry.where())
    for item, fields in by_item.items():
        problems.append(Problem(first[item], "translation-missing", warning=True, message=(
            f"{language}: {item} has no translation for {', '.join(fields)} in {po_file}; the "
            f"{language} pages show the English meanwhile.")))
    for message in edited_here(found.obsolete, po_file):
        problems.append(Problem(_where(message, po_file), "translation-obsolete", warning=True, message=(
            f"{language}: {message.context} is no longer in the content; `playbook translate update {language}` "
            f"drops it.")))
    return problems


def untranslated_ui(language: str, roots: Sequence[Path], nav: Iterable[tuple[str, str]] = ()) -> list[str]:
    """The words the project writes (and the nav's titles) that the UI catalogues of a language do not translate."""
    ui = messages_for(language, roots)
    return [message.id if isinstance(message.id, str) else message.id[0]
            for message in ui_template(nav) if message.id and not ui.translates(message.id)]


def translation_problems(playbook: Playbook, roots: Sequence[Path], languages: Sequence[str],
                         display_root: Path | None = None, nav: Iterable[tuple[str, str]] = ()) -> list[Problem]:
    """Every catalogue's problems and its state against the English content and UI, language by language."""
    problems: list[Problem] = []
    texts = list(entries(playbook))
    nav = list(nav)
    for language in languages:
        messages, bad, po_file = content_messages(roots, language, display_root)
        problems += bad
        if not bad:
            problems += status_problems(status(language, texts, messages), po_file)
            problems += term_problems(playbook, language, messages, roots, display_root)
        ui_file = display_path(roots[-1] / "locales" / f"{language}.ui.po", display_root)
        problems += [Problem(Location(ui_file), "translation-missing", warning=True, message=(
            f"{language}: the words {_quoted(text)} have no translation in {ui_file}; the {language} pages show "
            f"them in English. Run `playbook translate update {language}` and translate the entry."))
            for text in untranslated_ui(language, roots, nav)]
    return problems


def translation_state(playbook: Playbook, roots: Sequence[Path], language: str, name: str) -> TranslationState:
    """Where a language stands, for the translation status page."""
    messages, _problems, _file = content_messages(roots, language)
    found = status(language, entries(playbook), messages)
    stale = tuple(dict.fromkeys(entry.item for entry, _message in found.stale))
    missing = tuple(dict.fromkeys(entry.item for entry in found.missing))
    return TranslationState(language, name, found.total, found.translated, missing, stale)


@dataclass(frozen=True)
class TranslatedEdition:
    """A playbook in one language, as both engines build it: the translated copy, the items that fall back to
    English, the catalogue's problems and the catalogue's path."""

    playbook: Playbook
    english: set[str]
    problems: list[Problem]
    catalogue: str


def translated_edition(playbook: Playbook, roots: Sequence[Path], language: str) -> TranslatedEdition:
    """The playbook in ``language`` from the catalogues under ``roots``."""
    messages, problems, catalogue = content_messages(roots, language)
    edition, english = translated(playbook, messages)
    return TranslatedEdition(edition, english, problems, catalogue)
