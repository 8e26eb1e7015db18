"""The translation status page of each edition: how much of the content is translated, and which items are
shown in English meanwhile (the English edition's page lists every language)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..i18n.checks import TranslationState
from . import paths
from .pages import PageRenderer


def translation_pages(states: Sequence[TranslationState]) -> dict[str, Callable[[PageRenderer], str]]:
    """The page, when the site has editions in other languages."""
    if not states:
        return {}
    return {paths.TRANSLATION: lambda renderer: renderer.render("translation.md.j2", paths.TRANSLATION,
                                                               states=states)}
