"""The self-assessment page: the playbook's questions as a form that scores, saves and compares in the browser.

The page is generated Markdown with raw HTML form controls; the modules in ``assets/assessment/`` (joined into one
script at build time) bring it to life, and ``assets/assessment-tools/`` joins the rarely used ones (import, export,
share, compare, subjects) into a second script that the first loads only when the reader needs them.
Everything the script needs about the playbook comes as JSON in a script of its own beside the page
(``assessment/data.js``, :func:`data_script`) that sets ``window.playbookAssessment``: the page stays light (the data
is most of its weight; the page preloads the script and its own script loads it, so it never delays the first
paint), and it still works offline, from any sub-path and from a file opened from disk, where a fetch would be
refused. The questionnaire file inlines the same script.
Links to checklist pages stay Markdown links, so MkDocs resolves and checks them and the script borrows their
resolved addresses. On a page in another language than English, the script's words come the same way, in
``data-strings`` (:mod:`.script_strings`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from babel.numbers import format_decimal

from ..i18n.ui import ENGLISH, Messages
from ..model import Playbook, Severity
from .env import embedded_json
from .pages import PageRenderer
from .paths import ASSESSMENT
from .script_strings import assessment_strings, page_strings
from .situation import jurisdiction_names

#: An answer at or below this fraction of the scale (x = (v - 1) / (L - 1)) flags the mistakes its question detects.
LOW_ANSWER = 0.5

#: How many mitigations each recommendation shows on the page; the CSV action plan lists them all.
SHOWN_MITIGATIONS = 2


def law_words(ui: Messages) -> dict[str, Any]:
    """What a recommendation says of the law, in the page's language: the jurisdictions' names and the two lines
    (the reader's own law differs; which laws differ). Data, not script text, so the script stays small."""
    return {"names": jurisdiction_names(ui),
            "own": ui("Your law (%(jurisdictions)s) treats this differently: the checklist page says how."),
            "any": ui("Where the law differs (%(jurisdictions)s), the checklist page says how.")}


def assessment_data(playbook: Playbook, ui: Messages = ENGLISH) -> dict[str, Any]:
    """What the script needs: the questions with their weights and levels, the mistakes they detect and how to
    fix them. Only plain text goes in; the script inserts it with ``textContent``, never as HTML."""

    return {
        "title": playbook.meta.title,
        "version": playbook.version,
        "low": LOW_ANSWER,
        "shown": SHOWN_MITIGATIONS,
        "severities": [severity.value for severity in Severity],
        "checklists": [{"id": c.id, "title": c.title} for c in playbook.checklists],
        "questions": [
            {
                "id": q.id,
                "checklist": c.id,
                "text": q.text,
                "weight": q.weight,
                "levels": q.levels,
                "detects": q.detects,
            }
            for c in playbook.checklists
            for q in c.questions
        ],
        "mistakes": {
            m.id: {
                "title": m.title,
                "severity": m.severity.value,
                "checklist": c.id,
                # An action that fits only some situations carries its rule third: the page leaves it out for others.
                "mitigations": [[x.action, playbook.owner_title(x.owner), *([x.applies_when] if x.applies_when else [])]
                                for x in m.mitigations],
                # Which laws differ, not the notes: the page stays light, and the checklist page has them.
                **({"law": list(m.law)} if m.law else {}),
            }
            for c in playbook.checklists
            for m in c.mistakes
        },
        # Scoping: which mistakes apply only in some situations, the severities that depend on it, and the
        # answers the edition fixes.
        "applies": playbook.restrictions,
        "severity_when": playbook.severity_rules,
        "fixed": playbook.fixed,
        **({"lawWords": law_words(ui)} if any(m.law for m in playbook.mistakes.values()) else {}),
    }


def data_script(data: dict[str, Any]) -> str:
    """The assessment's data as a classic script that the page's script reads (``assets/assessment/main.js``): the
    JSON is safe anywhere in a script, even inline, as it holds no ``<``, ``>``, ``&`` or line separator."""
    return f"window.playbookAssessment = {embedded_json(data)};\n"


def render_assessment(renderer: PageRenderer) -> str:
    playbook = renderer.playbook
    return renderer.render(
        "assessment.md.j2",
        ASSESSMENT,
        strings=page_strings(renderer.ui, assessment_strings),
        low_answer=format_decimal(LOW_ANSWER, locale=renderer.ui.locale),
        question_count=len(playbook.questions),
    )


def assessment_pages(playbook: Playbook) -> dict[str, Callable[[PageRenderer], str]]:
    """The assessment page, when the playbook has questions to ask."""
    if not playbook.questions:
        return {}
    return {ASSESSMENT: render_assessment}
