"""The UI catalogue's template: every string the project writes on the site, found where it is written.

Templates mark text with ``_("...")`` and ``ngettext(...)``; Python modules with ``ui("...")``, ``ui.plural(...)``
or ``N_("...")`` (a mark for text translated later); the content-model page's field descriptions come from the
model itself. Babel extracts them, so nothing keeps a second list by hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file

from ..model import PARTS, SEVERITY_RUBRIC
from ..problems import CHECK_RULES, FILE_RULES

#: The calls that mark a UI string, and which arguments are the singular and plural.
KEYWORDS = {"_": None, "N_": None, "ui": None, "ngettext": (1, 2), "plural": (1, 2), "forms": (1, 2)}
#: Templates that write files in English for a project's authors, not pages for its readers.
AUTHOR_TEMPLATES = ("new_checklist.yml.j2",)
#: Packages whose Python writes nothing a reader of the site sees.
NOT_SITE = ("commands", "load", "overlays", "compare", "schema", "templates", "assets")


def _package() -> Path:
    return Path(str(resources.files("playbook_builder")))


def _sources() -> Iterator[tuple[str, Path]]:
    package = _package()
    for template in sorted((package / "templates").glob("*.j2")):
        if template.name not in AUTHOR_TEMPLATES:
            yield "jinja2.ext:babel_extract", template
    for module in sorted(package.rglob("*.py")):
        if module.relative_to(package).parts[0] not in NOT_SITE:
            yield "python", module


def N_(text: str) -> str:
    """Mark text for the UI catalogue where it is defined; it is translated where it is shown."""
    return text


def nav_titles(nav: Any) -> list[str]:
    """The section and page titles of a site's nav (mkdocs.yml), which each edition shows in its language."""
    if isinstance(nav, list):
        return [title for item in nav for title in nav_titles(item)]
    if isinstance(nav, dict):
        return [title for key, value in nav.items() for title in [str(key), *nav_titles(value)]]
    return []


def ui_template(extra: Iterable[tuple[str, str]] = ()) -> Catalog:
    """Every UI string, with where it is written; ``extra`` adds (text, file) pairs, e.g. the site's nav."""
    catalog = Catalog(fuzzy=False)
    for text, file in extra:
        catalog.add(text, locations=[(file, 0)])
    package = _package()
    options = {"trim_blocks": "True", "lstrip_blocks": "True"}
    for method, path in _sources():
        display = path.relative_to(package.parent).as_posix()
        for line, found, comments, _context in extract_from_file(method, path, keywords=KEYWORDS, options=options):
            if found and (found if isinstance(found, str) else found[0]):
                catalog.add(found, locations=[(display, line)], auto_comments=comments)
    for described in model_texts():
        catalog.add(described, locations=[("playbook_builder/model", 0)])
    return catalog


def model_texts() -> list[str]:
    """What the content-model page says from the model and the rule catalogue: each part's docstring, each field's
    description and each rule."""
    texts: list[str] = list(SEVERITY_RUBRIC.values())
    for model in PARTS:
        texts += [(model.__doc__ or "").strip(), *(info.description or "" for info in model.model_fields.values())]
    texts += [*FILE_RULES.values(), *CHECK_RULES.values()]
    return [text for text in texts if text]


def updated_ui(language: str, existing: Catalog | None, project: str, version: str,
               extra: Iterable[tuple[str, str]] = ()) -> Catalog:
    """The UI catalogue of a language refreshed from the strings the project writes today: new ones added, changed
    ones matched to their old translation and marked fuzzy, gone ones dropped (Babel's own update)."""
    template = ui_template(extra)
    catalog = existing or Catalog(locale=language, fuzzy=False)
    catalog.project, catalog.version = project, version
    catalog.update(template, update_header_comment=False, update_creation_date=False)
    for key in [key for key in catalog.obsolete]:
        del catalog.obsolete[key]
    return catalog
