"""Content catalogues: one gettext PO file per language, each entry keyed by ``msgctxt`` (item id and field) and
carrying the English it was translated from as ``msgid``.

An entry whose English has changed since it was translated is *stale*: ``playbook translate update`` marks it
fuzzy and keeps the English it was made from (``#| msgid``), as PO editors expect. Until then the catalogue's
``msgid`` differs from the content, which is how ``playbook check`` finds it without rewriting anything.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from babel import Locale
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import PoFileError, read_po, unescape, write_po

from ..model.prose import Entry
from ..problems import Location, Problem

#: Where a content folder keeps its catalogues: ``locales/fr.po``.
LOCALES = "locales"


#: The key under which :func:`read_catalogue` keeps a catalogue's header (its Language, its translators...).
HEADER = ""

_HEADER_COMMENT = """\
# {name} translation of the content of {project}.
# Each entry is keyed by item id and field (msgctxt) and keeps the English it was translated from (msgid).
# Refresh it with `playbook translate update {language}`; entries marked fuzzy need review."""


def catalogue_path(root: Path, language: str) -> Path:
    return root / LOCALES / f"{language}.po"


def languages_in(root: Path) -> list[str]:
    """The languages a content folder has catalogues for."""
    return sorted(path.stem for path in (root / LOCALES).glob("*.po") if "." not in path.stem)


def read_catalogue(path: Path, display: str) -> tuple[dict[str, Message], list[Problem]]:
    """The entries of a PO file by key; a file that is not valid PO is a problem at its line."""
    try:
        with path.open("rb") as stream:
            catalog = read_po(stream, abort_invalid=True)
    except PoFileError as error:  # Babel counts lines from 0
        return {}, [Problem(Location(display, error.lineno + 1), "po-syntax",
                            f"this line is not gettext PO: {error.line.strip()!r}. Fix it in a PO editor or by hand.")]
    except (OSError, UnicodeDecodeError) as error:
        return {}, [Problem(Location(display), "po-syntax", f"cannot read the catalogue: {error}")]
    messages: dict[str, Message] = {HEADER: catalog[""]} if catalog.get("") else {}
    for message in catalog:
        if message.id and message.context:
            messages[message.context] = message
    for context, previous in _previous_ids(path).items():
        if context in messages:
            messages[context].previous_id = [previous]
    return messages, []


def _previous_ids(path: Path) -> dict[str, str]:
    """The ``#| msgid`` of each fuzzy entry, by key: the English its translation was made from. (Babel writes
    these comments but does not read them back.)"""
    found: dict[str, str] = {}
    previous: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#| msgid "):
            previous = [unescape(line[len("#| msgid "):])]
        elif line.startswith('#| "') and previous:
            previous.append(unescape(line[3:]))
        elif line.startswith("msgctxt ") and previous:
            found[unescape(line[len("msgctxt "):])] = "".join(previous)
            previous = []
        elif not line.startswith("#"):
            previous = []
    return found


def is_translated(message: Message | None, english: str) -> bool:
    """Whether an entry holds a translation made from this English, and not marked for review."""
    return bool(message and message.string and message.id == english and not message.fuzzy)


@dataclass
class Status:
    """Where a language stands against the English: translated, missing and stale entries, and entries for texts
    that no longer exist."""

    language: str
    total: int = 0
    translated: int = 0
    missing: list[Entry] = field(default_factory=list)
    stale: list[tuple[Entry, Message]] = field(default_factory=list)
    obsolete: list[Message] = field(default_factory=list)

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0


def status(language: str, entries: Iterable[Entry], messages: dict[str, Message]) -> Status:
    found = Status(language)
    keys = set()
    for entry in entries:
        keys.add(entry.key)
        found.total += 1
        message = messages.get(entry.key)
        if is_translated(message, entry.english):
            found.translated += 1
        elif message is None or not message.string:
            found.missing.append(entry)
        else:
            found.stale.append((entry, message))
    found.obsolete = [message for key, message in messages.items() if key not in keys and key != HEADER]
    return found


def translated_from(message: Message) -> str:
    """The English a stale translation was made from: the ``#| msgid`` a PO update keeps, else its ``msgid``."""
    previous = message.previous_id
    if isinstance(previous, (list, tuple)):
        return str(previous[0]) if previous else str(message.id)
    return str(previous or message.id)


@dataclass
class Update:
    """What ``playbook translate update`` changed in a catalogue."""

    added: int = 0
    marked_stale: int = 0
    dropped: int = 0


def updated(language: str, entries: Iterable[Entry], messages: dict[str, Message],
            project: str, version: str) -> tuple[Catalog, Update]:
    """The catalogue refreshed from the English: new texts added untranslated, changed ones marked fuzzy with the
    English they were translated from, texts that no longer exist dropped."""
    catalog = Catalog(locale=language, project=project, version=version, fuzzy=False,
                      header_comment=_HEADER_COMMENT.format(language=language, project=project,
                                                            name=Locale.parse(language).english_name))
    if HEADER in messages:  # keep the dates, translators and team that a PO editor wrote into the header
        catalog[HEADER] = messages[HEADER]
        catalog.project, catalog.version = project, version
    change = Update()
    seen = set()
    for entry in entries:
        seen.add(entry.key)
        old = messages.get(entry.key)
        where = entry.where()
        locations = [(where.file, where.line or 0)]
        if old is None:
            change.added += 1
            catalog.add(entry.english, "", locations=locations, context=entry.key)
        elif old.id == entry.english or not old.string:
            catalog.add(entry.english, old.string, locations=locations, context=entry.key,
                        flags=old.flags, previous_id=old.previous_id if old.fuzzy else (),
                        user_comments=old.user_comments)
        else:
            change.marked_stale += not old.fuzzy
            catalog.add(entry.english, old.string, locations=locations, context=entry.key, flags={"fuzzy"},
                        previous_id=translated_from(old), user_comments=old.user_comments)
    change.dropped = sum(1 for key in messages if key not in seen and key != HEADER)
    for message in catalog:
        message.flags.discard("python-format")  # content is not a format string, whatever its % signs look like
    return catalog, change


def po_text(catalog: Catalog) -> bytes:
    """The catalogue as a PO file, entries in content order, with the English it was translated from kept."""
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False, sort_output=False, include_previous=True,
             ignore_obsolete=True)
    return buffer.getvalue()
