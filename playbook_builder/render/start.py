"""The *Start here* page: for the reader's situation, the ten mistakes that matter most, each with its first action.

Every mistake is on the page, ranked for a reader who has not answered the situation panel; the first ten show and
the rest wait hidden. The situation script (``assets/situation/start.js``) ranks them again for the reader's
answers, with the same rule as :meth:`~playbook_builder.model.Playbook.ranked`, so a reader without JavaScript and
a printed page get the ten for everyone.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Mistake, Mitigation, Playbook
from . import paths
from .pages import PageRenderer

#: How many mistakes the page shows.
START_COUNT = 10


def first_actions(mistake: Mistake) -> list[Mitigation]:
    """The actions that can come first for a mistake: its first, and after one that fits only some readers the next
    ones up to one that fits everyone; the situation script shows the first that fits the reader."""
    found = []
    for mitigation in mistake.mitigations:
        found.append(mitigation)
        if not mitigation.applies_when:
            break
    return found


def start_pages(playbook: Playbook) -> dict[str, Callable[[PageRenderer], str]]:
    """The *Start here* page, when the playbook has mistakes."""
    if not playbook.mistakes:
        return {}

    def page(renderer: PageRenderer) -> str:
        order = {mistake_id: index for index, mistake_id in enumerate(playbook.mistakes)}
        ranked = playbook.ranked(playbook.fixed)
        shown = {mistake.id for mistake in ranked[:START_COUNT]}
        rest = [m for m in playbook.mistakes.values() if m.id not in shown]
        return renderer.render("start_here.md.j2", paths.START_HERE, shown=ranked[:START_COUNT], rest=rest,
                               order=order, count=START_COUNT, first_actions=first_actions)

    return {paths.START_HERE: page}
