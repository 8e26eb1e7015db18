"""What the "Your situation" panel needs on every page that shows it: the facts to ask and the restrictions.

The panel is static HTML (``templates/situation.html.j2``); the script in ``assets/situation/`` reads these data
and hides what does not apply. Everything shows without the script. On a page in another language than English the
panel also carries the script's words (:mod:`.script_strings`).
"""

from __future__ import annotations

from typing import Any

from ..i18n.extract import N_
from ..i18n.ui import Messages
from ..model import Fact, Playbook
from .script_strings import Strings, page_strings, situation_strings


def panel_strings(ui: Messages) -> Strings | None:
    """The panel's ``data-strings``: the script's words in the page's language; none in English."""
    return page_strings(ui, situation_strings)


def situation_data(playbook: Playbook) -> dict[str, Any]:
    """The panel's data: restricted mistakes, every fact's option labels, the edition's fixed answers, the facts
    still to ask, and ``strings(ui)``, the script's words for the page's language (:func:`panel_strings`)."""
    asked: list[Fact] = [fact for fact in playbook.facts if fact.id not in playbook.fixed]
    return {
        "applies": playbook.restrictions,
        "labels": {fact.id: {option.id: option.summary or option.label for option in fact.options}
                   for fact in playbook.facts},
        "fixed": playbook.fixed,
        "facts": asked,
        "strings": panel_strings,
        "severity": playbook.severity_rules,
        "severity_names": severity_names,
    }


#: The jurisdictions a law note or a framework names, as a reader reads them.
JURISDICTIONS = {"uk": N_("United Kingdom"), "fr": N_("France"), "eu": N_("European Union"),
                 "us": N_("United States"), "international": N_("International")}


#: The heading of a law note: whose law it states (French says "En droit français", not "France").
LAW_HEADINGS = {"uk": N_("Under UK law"), "fr": N_("Under French law"), "eu": N_("Under EU law"),
                "us": N_("Under US law"), "international": N_("Under international law")}


def jurisdiction_names(ui: Messages) -> dict[str, str]:
    return {key: ui(name) for key, name in JURISDICTIONS.items()}


def law_headings(ui: Messages) -> dict[str, str]:
    return {key: ui(name) for key, name in LAW_HEADINGS.items()}


def severity_names(ui: Messages) -> dict[str, dict[str, str]]:
    """Each severity as a badge says it and as a table cell does, in the page's language: the one source of these
    words for the templates and for the script, which shows the one for the reader's situation."""
    return {
        "badge": {"critical": ui("Critical severity"), "high": ui("High severity"), "medium": ui("Medium severity"),
                  "low": ui("Low severity")},
        "name": {"critical": ui("Critical"), "high": ui("High"), "medium": ui("Medium"), "low": ui("Low")},
    }
