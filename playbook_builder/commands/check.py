"""``playbook check``: validate the content and report every problem, without building anything."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from pathlib import Path

import click

from ..compare.release import version_problems
from ..load import load_playbook
from ..model import Playbook
from ..problems import ContentError, Problem
from ..reports import FORMATS, as_github, as_json, as_text
from .common import ContentFailure, chosen_content, config_option


@contextlib.contextmanager
def _loaded_objects_left_alone() -> Iterator[None]:
    """Keep the garbage collector off the loaded playbook while a one-shot command uses it.

    A large playbook is millions of objects without reference cycles; the first collection after loading would
    walk all of them (a quarter of a second at 10,000 mistakes) and reclaim nothing. Frozen, the collector skips
    them for good; reference counting still frees them once they are dropped.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@click.command()
@config_option
@click.option("--checklists", "checklists", type=click.Path(file_okay=False, path_type=Path),
              help="Check this content folder instead of the one configured in mkdocs.yml.")
@click.option("--strict", is_flag=True, help="Fail on warnings too: stale or missing translations, a version "
              "that was not raised...")
@click.option("--format", "style", type=click.Choice(FORMATS), default="text", show_default=True,
              help="text for people; json for editors and scripts (a list of problems on stdout); github for "
              "GitHub workflow commands, which show each problem on its line in a pull request.")
def check(config_file: Path, checklists: Path | None, strict: bool, style: str) -> None:
    """Validate the content without building anything.

    Reports every problem as FILE:LINE:COLUMN: RULE: MESSAGE and exits with 1 when there is any error (with
    --strict, any warning too). Warns when the content changed since the last release tag of its git repository
    but its version did not, and, for each translation catalogue (locales/LANG.po), about texts not translated
    yet and translations made from English that has changed since.
    """
    root, base, overlays = chosen_content(config_file, checklists)
    with _loaded_objects_left_alone():
        try:
            playbook, warnings = load_playbook(root, mergers=overlays, display_root=base)
        except ContentError as error:
            if style == "text":
                raise ContentFailure(error.report()) from None
            _report(error.problems, style)
            raise SystemExit(1) from None
        warnings += version_problems(root, playbook.version, playbook.meta.where("version"))
        roots = [root, *(overlay.folder for overlay in overlays)]
        translations = _translation_problems(playbook, roots, base, config_file if checklists is None else None)
        if any(not problem.warning for problem in translations):  # a catalogue that is not valid PO
            _report(translations, style)
            raise SystemExit(1)
        warnings += translations
        _report(warnings, style)
        if strict and warnings:
            count = len(warnings)
            raise ContentFailure(f"{count} warning{'s' if count != 1 else ''}, and --strict fails on warnings.")
        mistakes, questions = len(playbook.mistakes), len(playbook.questions)
        click.echo(
            f"OK: {playbook.meta.title} {playbook.version}: {len(playbook.checklists)} checklists, {mistakes} "
            f"mistakes, {questions} questions, {len(playbook.sources)} sources, {len(playbook.cases)} case studies"
            + (f", {len(playbook.provisions)} provisions" if playbook.provisions else "")
            + (f", {len(playbook.frameworks)} frameworks" if playbook.frameworks else "")
            + (f", {len(playbook.terms)} terms" if playbook.terms else "") + ".",
            err=style == "json",  # stdout holds the JSON alone
        )


def _translation_problems(playbook: Playbook, roots: list[Path], base: Path,
                          config_file: Path | None) -> list[Problem]:
    """Each catalogue's state against the English (the nav of ``config_file`` included), and any catalogue that
    cannot be read."""
    from ..i18n.catalogue import languages_in
    from ..i18n.checks import translation_problems
    from .translate import nav_of

    languages = sorted({language for root in roots for language in languages_in(root)})
    if not languages:
        return []
    return translation_problems(playbook, roots, languages, base, nav_of(config_file, base) if config_file else [])


def _report(problems: list[Problem], style: str) -> None:
    """Problems in the chosen format: text warnings on stderr, JSON and workflow commands on stdout."""
    if style == "json":
        click.echo(as_json(problems))
    for problem in problems if style != "json" else []:
        click.echo(as_github(problem) if style == "github" else as_text(problem), err=style == "text")
