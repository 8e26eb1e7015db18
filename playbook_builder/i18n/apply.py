"""The translated edition: a copy of the playbook whose prose comes from a catalogue, and the items that fall
back to English because their translation is missing or stale."""

from __future__ import annotations

import copy
from functools import cached_property

from babel.messages.catalog import Message

from ..model import Playbook
from ..model.prose import entries
from .catalogue import is_translated


def translated(playbook: Playbook, messages: dict[str, Message]) -> tuple[Playbook, set[str]]:
    """The playbook in the catalogue's language, and the keys of the items shown (in part) in English."""
    result = copy.deepcopy(playbook)
    for name, value in vars(Playbook).items():
        if isinstance(value, cached_property):  # computed from the English copy's parts: computed again on demand
            result.__dict__.pop(name, None)
    english: set[str] = set()
    for entry in entries(result):
        message = messages.get(entry.key)
        if not is_translated(message, entry.english):
            english.add(entry.item)
            continue
        assert message is not None
        field = str(entry.path[0])
        if len(entry.path) == 1:
            entry.part.__dict__[field] = message.string
        else:
            lines = entry.part.__dict__[field]
            lines[int(entry.path[1])] = message.string
    return result, english
