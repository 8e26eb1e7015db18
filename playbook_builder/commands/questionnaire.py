"""``playbook questionnaire``: the self-assessment as one HTML file for a vendor who cannot reach the site.

The file holds the questions that apply to the situation given (``--situation fact=option``, over the edition's
own ``scope``), the assessment's answering, autosave, import and export, and works from ``file://`` and offline.
The vendor fills it in and sends back the exported result (``"side": "vendor"``), which the assessment page's
comparison, the portfolio page and ``playbook report`` read like any other.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..load import load_playbook
from ..model.edition import restrict
from ..model.scope import fixed_answers_problems
from ..problems import ContentError
from .common import ContentFailure, config_option, playbook_plugin

if TYPE_CHECKING:
    from ..i18n.ui import Messages
    from ..model import Playbook


def _situation(pairs: tuple[str, ...]) -> dict[str, str]:
    answers: dict[str, str] = {}
    for pair in pairs:
        fact, sep, option = pair.partition("=")
        if not sep or not fact.strip() or not option.strip():
            raise click.BadParameter(f"'{pair}' is not FACT=OPTION, e.g. size=small", param_hint="--situation")
        answers[fact.strip()] = option.strip()
    return answers


@click.command()
@config_option
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The HTML file to write.")
@click.option("--name", default="", help='Who answers, e.g. "Vendor Beta": the form comes named for them.')
@click.option("--situation", "situation", multiple=True, metavar="FACT=OPTION",
              help="The situation the questions are asked for (repeat: --situation size=small "
                   "--situation sector=regulated); only the questions that apply to it are asked.")
@click.option("--language", default="en", show_default=True, metavar="LANG",
              help="The language of the file, e.g. fr: one the content has a catalogue for (locales/LANG.po).")
def questionnaire(config_file: Path, output: Path, name: str, situation: tuple[str, ...], language: str) -> None:
    """Write the self-assessment as one self-contained HTML file for a vendor.

    The file works offline and from disk, sends nothing anywhere, saves answers as they are given (in the
    browser when it allows it) and exports them as a result file (marked as the vendor's side) that the
    assessment page's comparison, the portfolio page and playbook report read.
    """
    from ..load.locate import content_root
    from ..overlays import overlays_for
    from ..render.questionnaire import questionnaire_html

    _, plugin = playbook_plugin(config_file)
    base = config_file.resolve().parent
    overlays = overlays_for(plugin.config.overlays, base)
    roots = [content_root(plugin.config.checklists, base), *(overlay.folder for overlay in overlays)]
    try:
        playbook = load_playbook(roots[0], mergers=overlays, display_root=base)[0]
    except ContentError as error:
        raise ContentFailure(error.report() + "\nThe questionnaire needs content that passes `playbook check`.") \
            from None
    edition = {str(fact): str(option) for fact, option in plugin.config.scope.items()}
    answers = {**_situation(situation), **edition}
    problems = [problem.replace("scope:", "--situation:", 1) for problem in
                fixed_answers_problems(playbook.facts, answers)]
    if problems:
        raise click.ClickException("\n".join(problems))
    edition_playbook = restrict(playbook, answers)
    if not edition_playbook.questions:
        raise click.ClickException("no question applies to this situation, so there is nothing to ask.")
    edition_playbook, ui = _in_language(edition_playbook, roots, language)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(questionnaire_html(edition_playbook, name, ui), encoding="utf-8")
    click.echo(f"Wrote {output} ({len(edition_playbook.questions)} questions"
               f"{' for ' + name if name else ''}). Send it to the vendor; it works offline from the file.")


def _in_language(playbook: Playbook, roots: list[Path], language: str) -> tuple[Playbook, Messages]:
    """The playbook and the words of the file in ``language``; what is not translated yet stays in English."""
    from ..i18n.apply import translated
    from ..i18n.catalogue import languages_in
    from ..i18n.checks import content_messages
    from ..i18n.ui import SOURCE_LANGUAGE, messages_for

    if language == SOURCE_LANGUAGE:
        return playbook, messages_for(language)
    known = sorted({found for root in roots for found in languages_in(root)})
    if language not in known:
        raise click.BadParameter(f"there is no catalogue for '{language}' (locales/{language}.po); the content is "
                                 f"translated into: {', '.join(known) or 'no other language'}.",
                                 param_hint="--language")
    messages, problems, _ = content_messages(roots, language)
    if problems:
        raise ContentFailure("\n".join(str(problem) for problem in problems))
    return translated(playbook, messages)[0], messages_for(language, roots)
