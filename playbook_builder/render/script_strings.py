"""The words the front-end scripts show (``assets/assessment/``, ``assets/situation/``, ``assets/portfolio/``),
marked for translation.

The scripts write their words in English where they use them, ``t("Text with %(name)s", values)`` or
``t.n(singular, plural, count)`` (``assets/assessment/strings.js``), as templates do with ``_()`` and ``ngettext``.
A page in another language embeds the translations in the ``data-strings`` attribute of the widget's root (of its
hidden ``pb-as-data`` element, for the assessment and the questionnaire): a JSON object
from each English text (a plural's singular) to its translation, text or a count's ``{"one", "other"}`` forms
(:meth:`.Messages.forms`), which the script chooses with ``Intl.PluralRules``. The JSON goes through the ``json``
filter and is escaped for the attribute (an inline JSON script would be run as code by Material's instant
navigation). English pages embed nothing (:func:`page_strings`), so their bytes stay as they
were; saved results and exports keep their ids and English keys in every language.

Each ``_<folder>_<module>`` function below (and in :mod:`.portfolio_strings`, for the portfolio page) lists the
texts of one script module, and each widget joins those of its modules; ``tests/test_scripts.py`` checks that the
lists and the scripts' ``t()`` calls name the same texts. ``plural`` is ``ui.forms`` under the name the
extraction knows (``i18n/extract.py`` reads ``plural("singular", "plural")`` as a plural entry).
"""

from __future__ import annotations

from collections.abc import Callable

from ..i18n.ui import ENGLISH, SOURCE_LANGUAGE, Messages
from .assessment_strings import quick_check_words, tools_words

#: A widget's words: English text (a plural's singular) -> its translation, text or ``one`` and ``other`` forms.
Strings = dict[str, str | dict[str, str]]
Texts = list[str | dict[str, str]]


def by_english(texts: Callable[[Messages], Texts], ui: Messages) -> Strings:
    """The texts in ``ui``'s language, by their English (for a plural, its singular)."""
    keys = [text if isinstance(text, str) else text["one"] for text in texts(ENGLISH)]
    return dict(zip(keys, texts(ui), strict=True))


def page_strings(ui: Messages, strings: Callable[[Messages], Strings]) -> Strings | None:
    """What a page embeds in ``data-strings``: a widget's ``strings`` in ``ui``'s language, those still in English
    left out (the script writes them itself); nothing at all in English."""
    if ui.language == SOURCE_LANGUAGE:
        return None
    english = strings(ENGLISH)
    return {key: text for key, text in strings(ui).items() if text != english[key]}


def result_problems(ui: Messages) -> Texts:
    """Why a result file is refused (``assessment/result.js``), on the assessment and the portfolio pages."""
    return [
        ui("it is too large to be a self-assessment"), ui("it is nested too deeply to be a self-assessment"),
        ui("its answer to “%(id)s” is not valid"), ui("its situation is not valid"), ui("it is not a JSON file"),
        ui("it is not a self-assessment exported from this site"),
        ui("it does not say which version of the playbook its answers belong to"), ui("it holds no answers"),
        ui("its name is not text"), ui("its criticality is not low, medium or high"),
        ui("its side is not buyer or vendor"), ui("it holds answers to another playbook (“%(title)s”)"),
        ui("none of its answers belong to this playbook's questions"),
    ]


def severity_values(ui: Messages) -> Texts:
    """Severities, and criticalities (low, medium, high), as values (``severityValue`` in ``strings.js``)."""
    return [
        ui("critical"), ui("high"), ui("medium"), ui("low"),
    ]


def _assessment_page(ui: Messages) -> Texts:
    """The texts of ``assessment/page.js``."""
    return [
        ui("This browser does not let the page store your answers, so they are kept only until you close or reload "
           "the page. Export them to keep a copy."),
        ui("This browser's storage is full, so your latest answers are kept only until you close the page. Export "
           "them to keep a copy."),
        ui("This browser refused to store your answers, so they are kept only until you close the page. Export them "
           "to keep a copy."),
        ui("Not applicable"), ui("Your answers"),
    ]


def _assessment_actions(ui: Messages) -> Texts:
    """The texts of ``assessment/actions.js``."""
    return [
        ui("There is nothing to export yet: answer at least one question first."),
        ui("Exported %(answers)s. Keep the file: you can import it here in any browser."), ui("The link was copied."),
        ui("Copying was not allowed here: the link is selected, so press Ctrl+C (⌘C) to copy it."),
        ui("Clear all your answers and notes? The copy stored in this browser is deleted too. Export first if you "
           "want to keep them."),
        ui("All answers were cleared."), ui("The comparison was removed."),
        ui("“%(file)s” was not loaded: it is too large to be a self-assessment. Nothing has changed."),
        ui("“%(file)s” could not be read. Nothing has changed."),
        ui("“%(file)s” was not imported: %(reason)s. Nothing has changed."),
        ui("“%(file)s” was not loaded: %(reason)s. Nothing has changed."),
        ui("Imported %(answers)s and the situation from “%(file)s” (playbook version %(version)s)."),
        ui("Imported %(answers)s from “%(file)s” (playbook version %(version)s)."), ui("Other side"),
        ui("Comparing with “%(name)s”: %(answers)s loaded from “%(file)s”."),
        ui("The answers in this link could not be read; it may have been cut short. Nothing has changed."),
        ui("None of the answers in this link belong to this playbook's questions. Nothing has changed."),
        ui("This link holds %(answers)s. Replace the answers saved in this browser with them?"),
        ui("The answers in the link were not loaded; yours are unchanged."),
        ui("Loaded the situation from a shared link."), ui("Loaded %(answers)s and the situation from a shared link."),
        ui("Loaded %(answers)s from a shared link."),
    ]


def _assessment_result(ui: Messages) -> Texts:
    """The texts of ``assessment/result.js``."""
    plural = ui.forms
    return [
        plural("%(count)s answer", "%(count)s answers"),
        plural("%(count)s answer to a question that is not in version %(version)s was left out.",
               "%(count)s answers to questions that are not in version %(version)s were left out."),
        ui("Your answers were saved for version %(from)s of the playbook; this is version %(to)s. Kept %(kept)s and "
           "dropped %(dropped)s to questions that are no longer in the playbook."),
        ui("Your answers were saved for version %(from)s of the playbook; this is version %(to)s. Kept %(kept)s; "
           "every question still exists."),
    ]


def _assessment_view(ui: Messages) -> Texts:
    """The texts of ``assessment/view.js``."""
    plural = ui.forms
    return [
        ui("Dismiss this message"), ui("Evidence, who answered, what to check"), ui("Note on %(id)s"),
        ui("%(answered)s of %(total)s"), plural("%(count)s of %(total)s answered", "%(count)s of %(total)s answered"),
        ui("version %(version)s"),
        ui("%(id)s (level %(level)s of %(total)s)"), ui("Owner: %(owner)s"), ui("%(phase)s · flagged by %(questions)s"),
        ui("Applies to you"),
        plural("%(count)s more mitigation on the checklist page.", "%(count)s more mitigations on the checklist page."),
        ui("Show the first %(count)s only"), ui("Show all %(count)s flagged mistakes"),
        ui("level %(level)s of %(total)s, “%(answer)s”"),
        plural("%(count)s question where “%(mine)s” and “%(theirs)s” are two levels or more apart: talk it through "
               "before you sign.",
               "%(count)s questions where “%(mine)s” and “%(theirs)s” are two levels or more apart: talk these "
               "through before you sign."),
        ui("“%(mine)s” and “%(theirs)s” are never two levels or more apart on the questions both answered."),
        ui("%(name)s: %(level)s"),
        plural("%(count)s question apart · phase score %(mine)s %(a)s, %(theirs)s %(b)s",
               "%(count)s questions apart · phase score %(mine)s %(a)s, %(theirs)s %(b)s"),
    ]


def _assessment_chart(ui: Messages) -> Texts:
    """The texts of ``assessment/chart.js``."""
    return [
        ui("%(name)s: %(scores)s."), ui("%(n)s %(title)s %(score)s"), ui("no score yet"),
        ui("Radar chart of the score in each phase"), ui("Bar chart of the score in each phase"),
        ui("Score by phase: 0 at the centre, 100 at the edge; the numbers are the phases in the table, which gives "
           "the same scores."),
        ui("Score by phase, from 0 to 100; the table gives the same numbers."),
    ]


def _assessment_csv(ui: Messages) -> Texts:
    """The texts of ``assessment/csv.js``."""
    return [
        ui("Mistake"), ui("Severity"), ui("Phase"), ui("Mitigation"), ui("Owner"), ui("Due date"),
    ]


def _assessment_scope(ui: Messages) -> Texts:
    """The texts of ``assessment/scope.js``."""
    plural = ui.forms
    return [
        ui("not answered"), ui("“%(option)s”"), ui("%(question)s %(mine)s: %(a)s; %(theirs)s: %(b)s."),
        plural("“%(mine)s” and “%(theirs)s” describe different situations (%(count)s scoping fact): %(differences)s "
               "Both sides are scored on the questions that apply to yours.",
               "“%(mine)s” and “%(theirs)s” describe different situations (%(count)s scoping facts): "
               "%(differences)s Both sides are scored on the questions that apply to yours."),
    ]


def _situation_rules(ui: Messages) -> Texts:
    """The texts of ``situation/rules.js``."""
    plural = ui.forms
    return [
        ui("Your situation: %(situation)s."),
        ui("%(count)s of %(total)s mistake does not apply to your situation; it is shown all the same."),
        plural("%(count)s of %(total)s mistakes does not apply to your situation; it is shown all the same.",
               "%(count)s of %(total)s mistakes do not apply to your situation; they are shown all the same."),
        ui("%(count)s of %(total)s mistake is hidden as not applying to your situation."),
        plural("%(count)s of %(total)s mistakes is hidden as not applying to your situation.",
               "%(count)s of %(total)s mistakes are hidden as not applying to your situation."),
        plural("%(count)s of %(total)s clauses does not apply to your situation; it is shown all the same.",
               "%(count)s of %(total)s clauses do not apply to your situation; they are shown all the same."),
        plural("%(count)s of %(total)s clauses is hidden as not applying to your situation.",
               "%(count)s of %(total)s clauses are hidden as not applying to your situation."),
    ]


def _situation_main(ui: Messages) -> Texts:
    """The texts of ``situation/main.js``."""
    return [
        ui("Show all"), ui("Hide them again"),
    ]


def _ranking(ui: Messages) -> Texts:
    """The texts of ``ranking/``, which reads the words of the situation panel beside it."""
    return [ui("Applies to you"), ui.forms("%(count)s mistake", "%(count)s mistakes")]


def _assessment(ui: Messages) -> Texts:
    return [
        *result_problems(ui),
        *severity_values(ui),
        *_assessment_page(ui),
        *_assessment_actions(ui),
        *_assessment_result(ui),
        *_assessment_view(ui),
        *_assessment_chart(ui),
        *_assessment_csv(ui),
        *_assessment_scope(ui),
        *quick_check_words(ui),
        *tools_words(ui),
    ]


def _situation(ui: Messages) -> Texts:
    return [
        *_situation_rules(ui),
        *_situation_main(ui),
        *_ranking(ui),
    ]


def assessment_strings(ui: Messages) -> Strings:
    """The self-assessment's words (``assets/assessment/``)."""
    return by_english(_assessment, ui)


def situation_strings(ui: Messages) -> Strings:
    """The "Your situation" panel's words (``assets/situation/``)."""
    return by_english(_situation, ui)
