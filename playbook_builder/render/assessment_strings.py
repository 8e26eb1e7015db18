"""The words of the self-assessment's quick check, tools and subjects (``assets/assessment/view.js``, ``page.js``,
``main.js``, ``actions.js``, ``tools.js``), marked for translation; :mod:`.script_strings` joins them to the
assessment's other words. A module of their own keeps that one short."""

from __future__ import annotations

from ..i18n.ui import Messages


def quick_check_words(ui: Messages) -> list[str | dict[str, str]]:
    """The counts of the quick check and the full assessment, and partial scores (``view.js``)."""
    plural = ui.forms
    return [
        plural("Partial: %(answered)s of %(count)s question answered",
               "Partial: %(answered)s of %(count)s questions answered"),
        plural("Quick check: %(answered)s of %(count)s question answered",
               "Quick check: %(answered)s of %(count)s questions answered"),
        plural("Answer the %(count)s question below to see how mature your outsourcing practice is in each phase, and "
               "which mistakes to fix first.",
               "Answer the %(count)s questions below to see how mature your outsourcing practice is in each phase, "
               "and which mistakes to fix first."),
        plural("Quick check: %(count)s question", "Quick check: %(count)s questions"),
        plural("Full assessment: %(count)s question", "Full assessment: %(count)s questions"),
    ]


def tools_words(ui: Messages) -> list[str | dict[str, str]]:
    """Loading the tools, cancelling an import, and the subjects (``page.js``, ``actions.js``, ``tools.js``)."""
    return [
        ui("This part of the page could not be loaded. Check your connection, then try again."),
        ui("“%(file)s” was not imported: your answers are unchanged."),
        ui("Unnamed subject"),
        ui("Now showing “%(name)s”. The answers for “%(other)s” are kept in this browser."),
        ui("New subject: give it a name below. The answers for “%(other)s” are kept in this browser."),
        ui("New subject: give it a name below."),
    ]
