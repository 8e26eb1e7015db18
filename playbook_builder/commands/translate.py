"""``playbook translate status`` and ``playbook translate update LANG``: where each translation stands, and the
catalogue refreshed from the English for a translator (or a PO editor such as Poedit, Weblate or Crowdin)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from .common import ContentFailure, chosen_content, config_option

if TYPE_CHECKING:
    from ..model import Playbook



def _content(config_file: Path, checklists: Path | None) -> tuple[list[Path], Path, Playbook]:
    """The folders whose catalogues count (the content folder, then each overlay folder), the display root, and
    the loaded English playbook."""
    from ..load import load_playbook
    from ..problems import ContentError

    root, base, overlays = chosen_content(config_file, checklists)
    try:
        playbook, _ = load_playbook(root, mergers=overlays, display_root=base)
    except ContentError as error:
        raise ContentFailure(error.report() + "\nFix the English content first.") from None
    return [root, *(overlay.folder for overlay in overlays)], base, playbook


checklists_option = click.option(
    "--checklists", "checklists", type=click.Path(file_okay=False, path_type=Path),
    help="Use this content folder instead of the one configured in mkdocs.yml.")


@click.group()
def translate() -> None:
    """Translations of the content: one gettext PO catalogue per language, in locales/ of the content folder.

    Each entry is keyed by item id and field (msgctxt) and keeps the English it was translated from (msgid), so
    a translation whose English has changed since is found and shown as stale.
    """


@translate.command()
@config_option
@checklists_option
@click.argument("languages", nargs=-1)
def status(config_file: Path, checklists: Path | None, languages: tuple[str, ...]) -> None:
    """How complete each translation is: translated, missing and stale entries, per language.

    LANGUAGES default to every catalogue in the content folder's locales/ (and in the overlays').
    """
    from ..i18n.catalogue import languages_in
    from ..i18n.catalogue import status as catalogue_status
    from ..i18n.checks import content_messages, edited_here, untranslated_ui
    from ..model.prose import entries

    roots, base, playbook = _content(config_file, checklists)
    chosen = list(languages) or sorted({language for root in roots for language in languages_in(root)})
    if not chosen:
        raise click.ClickException(f"there is no catalogue in {roots[0] / 'locales'}; start one with "
                                   f"`playbook translate update LANG` (e.g. fr).")
    texts = list(entries(playbook))
    click.echo(f"{'language':<10}{'translated':>12}{'missing':>9}{'stale':>7}{'obsolete':>10}")
    for language in chosen:
        messages, problems, po_file = content_messages(roots, language, base)
        if problems:
            raise ContentFailure("\n".join(str(problem) for problem in problems))
        found = catalogue_status(language, texts, messages)
        click.echo(f"{language:<10}{found.translated:>5} ({found.percent:5.1f} %){len(found.missing):>7}"
                   f"{len(found.stale):>7}{len(edited_here(found.obsolete, po_file)):>10}")
        left = untranslated_ui(language, roots, nav_of(config_file, base) if checklists is None else [])
        click.echo(f"{language + ' UI':<10}{'all' if not left else str(len(left)) + ' left':>12}")


@translate.command()
@config_option
@checklists_option
@click.argument("language")
def update(config_file: Path, checklists: Path | None, language: str) -> None:
    """Refresh the LANGUAGE catalogue (e.g. fr) from the English content.

    New texts are added untranslated; a text whose English changed keeps its translation, marked fuzzy with the
    English it was made from (#| msgid), for review; entries for texts that no longer exist are dropped. With
    overlays, the catalogue written is the last overlay folder's, so a fork translates what it adds or changes
    there.
    """
    from ..i18n.catalogue import catalogue_path, po_text, updated
    from ..i18n.checks import content_messages
    from ..i18n.ui import LANGUAGE_CODE, SOURCE_LANGUAGE
    from ..model.prose import entries
    from ..problems import display_path

    if not LANGUAGE_CODE.fullmatch(language) or language == SOURCE_LANGUAGE:
        raise click.BadParameter(f"'{language}' is not a language code such as fr, de or pt_BR (English is the "
                                 f"source, with nothing to translate).",
                                 param_hint="LANGUAGE")
    roots, base, playbook = _content(config_file, checklists)
    messages, problems, _ = content_messages(roots, language, base)
    if problems:
        raise ContentFailure("\n".join(str(problem) for problem in problems) + "\nNothing was written.")
    meta = playbook.meta
    catalog, change = updated(language, entries(playbook), messages, meta.title, meta.version)
    path = catalogue_path(roots[-1], language)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = po_text(catalog)
    if not path.is_file() or path.read_bytes() != text:
        path.write_bytes(text)
    click.echo(f"{display_path(path, base)}: {change.added} new, {change.marked_stale} newly stale, "
               f"{change.dropped} dropped; {len(catalog)} entries.")
    _update_ui(path.with_suffix(".ui.po"), language, meta.title, meta.version, base, nav_of(config_file, base))


def nav_of(config_file: Path, base: Path) -> list[tuple[str, str]]:
    """The nav titles of mkdocs.yml, if there is one: each edition shows them in its language."""
    from ..i18n.extract import nav_titles
    from ..problems import display_path
    from .common import mkdocs_config

    if not config_file.is_file():
        return []
    config = mkdocs_config(config_file)
    return [(title, display_path(config_file.resolve(), base)) for title in nav_titles(config.nav)]


def _update_ui(path: Path, language: str, project: str, version: str, base: Path,
               nav: list[tuple[str, str]]) -> None:
    """Refresh the catalogue of the words the project writes (``LANG.ui.po``), starting from the package's."""
    from babel.messages.pofile import read_po

    from ..i18n.catalogue import po_text
    from ..i18n.extract import updated_ui
    from ..i18n.ui import package_catalogue
    from ..problems import display_path

    source = path if path.is_file() else package_catalogue(language)
    existing = None
    if source is not None:
        with source.open("rb") as stream:
            existing = read_po(stream, locale=language)
    catalog = updated_ui(language, existing, project, version, nav)
    text = po_text(catalog)
    if not path.is_file() or path.read_bytes() != text:
        path.write_bytes(text)
    untranslated = sum(1 for message in catalog if message.id and (not message.string or message.fuzzy))
    click.echo(f"{display_path(path, base)}: {len(catalog)} UI strings, {untranslated} to translate or review.")
