"""The questionnaire file: the self-assessment as one self-contained HTML page, for vendors who cannot reach the
site (``playbook questionnaire``).

The page holds the form of the assessment page (the macros of ``assessment_parts.html.j2``), the assessment's
stylesheet and its joined script inline, and the playbook's data, so it works from ``file://`` and offline and
makes no request to any host (its Content-Security-Policy forbids any). Its exports say ``"side": "vendor"`` and
carry the situation the questionnaire was made for, so the comparison, the portfolio page and ``playbook report``
read them like any other result.
"""

from __future__ import annotations

import re
from importlib import resources

from ..i18n.ui import ENGLISH, Messages
from ..model import Playbook
from .assessment import LOW_ANSWER, assessment_data, data_script
from .env import templates
from .script_strings import assessment_strings, page_strings
from .scripts import joined_scripts

_END_TAG = re.compile(r"</(script|style)", re.IGNORECASE)


def _inline(text: str) -> str:
    """Text safe inside an inline ``<script>`` or ``<style>``: no end tag can close the element early."""
    return _END_TAG.sub(lambda found: "<\\/" + found.group(1), text)


def questionnaire_html(playbook: Playbook, name: str = "", ui: Messages = ENGLISH) -> str:
    """The questionnaire for ``playbook`` (an edition restricted to the vendor's situation, whose fixed answers the
    exports carry), pre-named ``name``, in the language of ``ui`` (the playbook translated already)."""
    assets = resources.files("playbook_builder") / "assets"
    data = {**assessment_data(playbook, ui), "side": "vendor", "subject": name[:80]}
    # The vendor reads each question in its vendor wording; ids, levels and scoring stay the assessment's.
    questions = playbook.questions
    data["questions"] = [{**asked, "text": questions[asked["id"]].vendor or asked["text"]}
                         for asked in data["questions"]]
    scripts = joined_scripts(assets)
    return templates().get_template("questionnaire.html.j2").render(
        playbook=playbook,
        name=name[:80],
        ui=ui,
        language=ui.language,
        strings=page_strings(ui, assessment_strings),
        data_script=_inline(data_script(data)),
        low_answer=LOW_ANSWER,
        question_count=len(playbook.questions),
        assessment_css=_inline((assets / "assessment.css").read_text(encoding="utf-8")),
        # The page's script and its tools, which the site loads only when needed: a file opened from disk may not.
        script=_inline(scripts["assessment.js"]),
        tools_script=_inline(scripts["assessment-tools.js"]),
    )
