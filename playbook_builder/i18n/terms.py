"""What ``playbook check`` says about a language against the termbase: translations that use a variant to avoid
(at the catalogue entry's line), and terms with no translation in the language."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from babel.messages.catalog import Message
from babel.messages.pofile import read_po

from ..model import Playbook, Variants
from ..problems import Location, Problem, display_path


def _ui_messages(roots: Sequence[Path], language: str, display_root: Path | None) -> Iterable[tuple[Message, str]]:
    for root in roots:
        path = root / "locales" / f"{language}.ui.po"
        if path.is_file():
            with path.open("rb") as file:
                shown = display_path(path, display_root)
                yield from ((message, shown) for message in read_po(file, locale=language) if message.id)


def term_problems(playbook: Playbook, language: str, content: dict[str, Message], roots: Sequence[Path],
                  display_root: Path | None = None) -> list[Problem]:
    """Every variant to avoid in the language's translations (content and UI), and every term not translated."""
    problems = [Problem(term.where("translations"), "translation-missing", warning=True, message=(
        f"{language}: the term {term.id} has no translation; add translations: {{{language}: {{term, definition}}}} "
        f"in terms.yml (the {language} glossary shows the English meanwhile)."))
        for term in playbook.terms if language not in term.translations]
    variants = Variants(playbook.terms, language)
    if not variants:
        return problems
    content_entries = [(message, message.auto_comments[0] if message.auto_comments else "") for message in
                       content.values()]
    for message, file in [*content_entries, *_ui_messages(roots, language, display_root)]:
        strings = message.string if isinstance(message.string, (list, tuple)) else (message.string,)
        for text in strings:
            for found in variants.found(str(text or "")):
                entry = message.context or (message.id if isinstance(message.id, str) else message.id[0])[:60]
                problems.append(Problem(Location(file, message.lineno or None), "term-variant", warning=True,
                                        message=f"{language}: {entry}: {found.advice(language)}"))
    return problems
