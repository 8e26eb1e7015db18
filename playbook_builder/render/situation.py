"""What the "Your situation" panel needs on every page that shows it: the facts to ask and the restrictions.

The panel is static HTML (``templates/situation.html.j2``); the script in ``assets/situation/`` reads these data
and hides what does not apply. Everything shows without the script.
"""

from __future__ import annotations

from typing import Any

from ..model import Fact, Playbook


def situation_data(playbook: Playbook) -> dict[str, Any]:
    """The panel's data: restricted mistakes, every fact's option labels, the edition's fixed answers, and the
    facts still to ask."""
    asked: list[Fact] = [fact for fact in playbook.facts if fact.id not in playbook.fixed]
    return {
        "applies": playbook.restrictions,
        "labels": {fact.id: {option.id: option.summary or option.label for option in fact.options}
                   for fact in playbook.facts},
        "fixed": playbook.fixed,
        "facts": asked,
    }
