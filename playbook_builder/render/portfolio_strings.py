"""The portfolio page's words (``assets/portfolio/``), marked for translation as :mod:`.script_strings` explains:
one function per script module, joined by :func:`portfolio_strings`."""

from __future__ import annotations

from ..i18n.ui import Messages
from .script_strings import Strings, Texts, by_english, result_problems, severity_values


def _portfolio_main(ui: Messages) -> Texts:
    """The texts of ``portfolio/main.js``."""
    return [
        ui("it could not be read"),
    ]


def _portfolio_rollup(ui: Messages) -> Texts:
    """The texts of ``portfolio/rollup.js``."""
    return [
        ui("it does not say when it was saved"),
    ]


def _portfolio_view(ui: Messages) -> Texts:
    """The texts of ``portfolio/view.js``."""
    plural = ui.forms
    return [
        ui("Scores by phase"),
        ui("Each subject's latest result, from 0 to 100; the colour repeats the number (darker is weaker)."),
        ui("Score by phase and subject"), ui("Subject"), ui("Overall"), ui("not given (medium)"), ui("overdue"),
        plural("%(count)s result + the vendor's", "%(count)s results + the vendor's"),
        plural("%(count)s result", "%(count)s results"), ui("Subjects"),
        ui("%(count)s of %(total)s subjects overdue for review."),
        ui("No subject is overdue for review."), ui("Every subject's latest result"), ui("Situation"), ui("Date"),
        ui("Criticality"), ui("Next review"), ui("Results"), ui("%(count)s of %(total)s"), ui("Flagged"),
        ui("Showing %(shown)s of %(total)s mistakes, the most shared first."),
        ui("Show all %(total)s"), ui("Showing all %(total)s mistakes."),
        ui("Nothing to compare: no subject has both your result and the vendor's own. When a vendor answers the "
           "same questions on the self-assessment page and sends you its file, open it here with yours to see where "
           "you disagree."),
        ui("Mistakes flagged in the latest results"), ui("Mistake"), ui("Severity"), ui("Who"),
        ui("No mistake is flagged in any latest result."), ui("Shared weaknesses"),
        ui("The mistakes flagged for the most subjects first."), ui("Trends"),
        ui("Subjects assessed more than once: the earliest result → the latest."), ui("%(name)s: %(from)s → %(to)s"),
        ui("Phase"), ui("Change"), ui("level %(level)s of %(total)s, “%(answer)s”"), ui("Two-sided gaps"),
        ui("Where a subject has a buyer-side and a vendor-side result: the questions two or more levels apart."),
        plural("%(name)s: %(count)s question apart", "%(name)s: %(count)s questions apart"),
        ui("%(name)s: no question two or more levels apart"), ui("Yours: %(level)s"), ui("The vendor's: %(level)s"),
        plural("%(count)s file", "%(count)s files"),
        ui("%(results)s of %(files)s read. Nothing was uploaded: the files were read in this browser."),
        ui("“%(file)s” was refused: %(reason)s."),
        ui("“%(file)s” has the same subject, side and date as “%(other)s”, saved later, which counts instead."),
        plural("“%(file)s” (version %(version)s): %(count)s answer to a question that is not in this version was "
               "left out.",
               "“%(file)s” (version %(version)s): %(count)s answers to questions that are not in this version were "
               "left out."),
    ]


def _portfolio_findings(ui: Messages) -> Texts:
    """The texts of ``portfolio/findings.js``."""
    return [
        ui("Side"), ui("Overdue"), ui("Title"), ui("Flagged by"), ui("buyer"), ui("vendor"), ui("yes"), ui("no"),
        ui("%(id)s (level %(level)s of %(total)s)"),
    ]


def _portfolio_first(ui: Messages) -> Texts:
    """The texts of ``portfolio/first.js``."""
    plural = ui.forms
    return [
        ui("criticality: %(value)s"), ui("criticality not given (medium)"), ui("no overall score"),
        ui("overall score %(score)s of 100"), plural("%(count)s critical mistake", "%(count)s critical mistakes"),
        ui("%(count)s of %(total)s mistakes flagged"), ui("review overdue since %(day)s"),
        ui("Top gaps of %(name)s"), ui("No mistake flagged."),
        ui("The top %(shown)s of %(count)s; the findings download lists them all."), ui("Needs attention first"),
        ui("The most critical vendors first, then those with critical mistakes or the lowest score, then those "
           "overdue for review. Under each, its most severe gaps."),
        ui("Showing %(shown)s of %(total)s subjects; the others follow in the same order below."),
        plural("Show the other %(count)s subject", "Show the other %(count)s subjects"),
    ]


def _portfolio(ui: Messages) -> Texts:
    return [
        *result_problems(ui),
        *severity_values(ui),
        *_portfolio_main(ui),
        *_portfolio_rollup(ui),
        *_portfolio_first(ui),
        *_portfolio_view(ui),
        *_portfolio_findings(ui),
    ]


def portfolio_strings(ui: Messages) -> Strings:
    """The portfolio page's words (``assets/portfolio/``)."""
    return by_english(_portfolio, ui)
