"""The words of the contract review's script (``assets/review/``), marked for translation the way
:mod:`.script_strings` marks the other widgets' words; ``tests/test_scripts.py`` checks that this list and the
script's ``t()`` and ``problem()`` calls name the same texts."""

from __future__ import annotations

from ..i18n.ui import Messages
from .script_strings import Strings, Texts, by_english


def _review_model(ui: Messages) -> Texts:
    """The texts of ``review/model.js``."""
    return [
        ui("it is too large to be a contract review"), ui("it is not a JSON file"),
        ui("it is not a contract review exported from this site"), ui("its name is not text"),
        ui("it holds no marks"), ui("its mark for “%(id)s” is not valid"),
        ui("Present"), ui("Weak"), ui("Missing"), ui("Not applicable"),
        ui("Clause"), ui("Status"), ui("Required by"), ui("Note"),
    ]


def _review_main(ui: Messages) -> Texts:
    """The texts of ``review/main.js``."""
    return [
        ui("This browser's storage is full: export your review to keep it."),
        ui("This browser does not let the page save your review: export it to keep it."),
        ui("Marked: %(marked)s of %(total)s clauses. Gaps: %(gaps)s."),
        ui("Required by: %(frameworks)s"), ui("Your note: %(note)s"),
        ui("“%(file)s” cannot be imported: %(reason)s."),
        ui("Replace the marks on this page with those of “%(file)s”?"),
        ui("Imported “%(file)s”; %(count)s marks for clauses this playbook no longer has were left out."),
        ui("Imported “%(file)s”."),
        ui("Start a new review? The marks and notes of this one are deleted from this browser."),
        ui("A new review is started."),
    ]


def _review(ui: Messages) -> Texts:
    return [*_review_model(ui), *_review_main(ui)]


def review_strings(ui: Messages) -> Strings:
    """The contract review's words (``assets/review/``)."""
    return by_english(_review, ui)
