"""Render the playbook into Markdown pages with the project's Jinja2 templates.

Pages link to each other by their source paths (``checklists/strategy.md``), which MkDocs turns into URLs and
checks; :mod:`.paths` names every one of them.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from markupsafe import Markup

from ..i18n.ui import ENGLISH, Messages
from ..model import (
    PARTS,
    SEVERITY_RUBRIC,
    Checklist,
    Located,
    Playbook,
    Severity,
)
from ..problems import CHECK_RULES, FILE_RULES
from . import assets, paths
from .env import anchor, put_back, templates
from .exports import RESULT_SCHEMAS, SCHEMAS
from .situation import jurisdiction_names, law_headings, situation_data
from .terms import TermMarker


def checklist_downloads(checklist: Checklist, ui: Messages = ENGLISH) -> list[tuple[str, str]]:
    """The download buttons of a checklist page: (label in the page's language, site path)."""
    return [(ui("Download CSV"), paths.csv(checklist.id)), (ui("Download Excel workbook"), paths.WORKBOOK)]


class GeneratedPage(str):
    """A generated page: the Markdown MkDocs gets, where each block of finished HTML is a one-line marker, and the
    blocks themselves (:attr:`fragments`).

    Markdown's HTML parser is the slowest part of a large build, and most of a generated page is HTML already
    (print sheets, the assessment form, mistake bodies). So MkDocs gets the page with markers, and
    :func:`put_back` puts the fragments into the HTML that Markdown made of it. The whole page as it reads
    (:attr:`text`) is put together only when asked for: a large edition's build would otherwise hold every page
    twice.
    """

    fragments: tuple[str, ...]

    @classmethod
    def of(cls, source: str, fragments: list[str]) -> GeneratedPage:
        page = cls(source)
        page.fragments = tuple(fragments)
        return page

    @property
    def source(self) -> str:
        """The Markdown with its fragment markers: what MkDocs gets."""
        return str.__str__(self)

    @property
    def text(self) -> str:
        """The page as it reads: the Markdown with every fragment in place."""
        return put_back(self, self.fragments) if self.fragments else self.source


class PageRenderer:
    """Renders the generated pages of one playbook; knows every page's source path to build relative links."""

    def __init__(self, playbook: Playbook, pages: Iterable[str], extra_globals: dict[str, Any] | None = None,
                 directory_urls: bool = True, ui: Messages = ENGLISH, english: Iterable[str] = (),
                 source_links: bool = False):
        self.playbook = playbook
        self.ui = ui
        self.english = set(english)
        """Items shown in English because their translation is missing or stale (``mistake/SEL-01``...)."""
        self.pages = set(pages)
        self.directory_urls = directory_urls
        self.source_links = source_links
        """Links in the pages' HTML relative to each page's source file (Zensical) rather than to its address."""
        self.env = templates()
        self.context = {
            "playbook": playbook,
            "paths": paths,
            "severities": list(Severity),
            "rubric": SEVERITY_RUBRIC,
            "has_page": self.pages.__contains__,
            "downloads": checklist_downloads,
            "situation": situation_data(playbook),
            "jurisdictions": jurisdiction_names(ui),
            "law_headings": law_headings(ui),
            "ui": ui,
            "language": ui.language,
            "in_english": lambda kind, item_id: f"{kind}/{item_id}" in self.english,
            **(extra_globals or {}),
        }

    def render(self, template: str, page: str, **context: object) -> GeneratedPage:
        """Render ``template`` as the page at source path ``page``.

        ``link`` makes a Markdown link relative to that page (MkDocs resolves and checks it); ``url`` makes the
        address for HTML, which MkDocs leaves alone (the tests check those links); ``mistake_url`` and
        ``mistake_link`` point at a mistake's section.
        """
        here = posixpath.dirname(page)

        def link(target: str, fragment: str = "") -> str:
            path = posixpath.relpath(target, here or ".")
            return f"{path}#{fragment}" if fragment else path

        def url(target: str, fragment: str = "") -> str:
            address = paths.source_relative_url if self.source_links else paths.relative_url
            return address(page, target, self.directory_urls) + (f"#{fragment}" if fragment else "")

        def mistake_link(mistake_id: str) -> str:
            return link(paths.checklist(self.playbook.checklist_of[mistake_id].id), anchor(mistake_id))

        def mistake_url(mistake_id: str, fragment: str = "") -> str:
            """The mistake's section, or a part of it by ``fragment`` (a mitigation's anchor)."""
            return url(paths.checklist(self.playbook.checklist_of[mistake_id].id), fragment or anchor(mistake_id))

        linked: set[str] = set()

        def uses(*widgets: str) -> Markup:
            """The tags of the widgets' stylesheets and scripts that this page does not link yet."""
            return assets.tags(page, widgets, linked, self.directory_urls, self.source_links)

        def file_url(target: str, in_script: bool = False) -> str:
            """The address of a site file that is not a page, escaped for an attribute. ``in_script``: for an address
            a script reads, relative to the page's address even where a generator resolves ``href`` and ``src``
            from the page's source file (:func:`.paths.source_relative_url`)."""
            return assets.href(page, target, self.directory_urls, self.source_links and not in_script)

        # The glossary itself links no term; other pages link each term's first use to it.
        glossary = url(paths.GLOSSARY) if paths.GLOSSARY in self.pages and page != paths.GLOSSARY else None
        fragments: list[str] = []
        source = self.env.get_template(template).render(
            **self.context, page=page, link=link, url=url, mistake_link=mistake_link, mistake_url=mistake_url,
            root=paths.relative_url(page, "index.md", self.directory_urls),  # a data attribute: from the address
            fragments=fragments, uses=uses, file_url=file_url,
            termed=TermMarker(self.playbook.terms, self.ui.language, glossary), **context
        )
        return GeneratedPage.of(source, fragments)


def render_pages(playbook: Playbook, extra: dict[str, Callable[[PageRenderer], str]] | None = None,
                 directory_urls: bool = True, ui: Messages = ENGLISH, english: Iterable[str] = ()) -> dict[str, str]:
    """All generated Markdown pages, by source path (see :func:`iter_pages`)."""
    return dict(iter_pages(playbook, extra, directory_urls, ui, english))


def iter_pages(playbook: Playbook, extra: dict[str, Callable[[PageRenderer], str]] | None = None,
               directory_urls: bool = True, ui: Messages = ENGLISH, english: Iterable[str] = (),
               source_links: bool = False) -> Iterator[tuple[str, str]]:
    """Each generated Markdown page and its source path, rendered one at a time: a build stores each page compactly
    before the next is made.

    ``extra`` maps further page paths to functions that render them (the assessment and print views plug in
    here), so every template knows which pages exist and links only to those.
    """
    extra = extra or {}
    core = {paths.checklist(c.id): c for c in playbook.checklists}
    names = [*core, paths.CHECKLISTS_INDEX, paths.MISTAKES, paths.BIBLIOGRAPHY, paths.CONTENT_MODEL]
    if playbook.cases:
        names.append(paths.CASES)
    renderer = PageRenderer(playbook, [*names, *extra], directory_urls=directory_urls, ui=ui, english=english,
                            source_links=source_links)
    for path, checklist in core.items():
        yield path, renderer.render("checklist.md.j2", path, checklist=checklist)
    yield paths.CHECKLISTS_INDEX, renderer.render("checklists_index.md.j2", paths.CHECKLISTS_INDEX)
    yield paths.MISTAKES, renderer.render("mistakes.md.j2", paths.MISTAKES)
    yield paths.BIBLIOGRAPHY, renderer.render("bibliography.md.j2", paths.BIBLIOGRAPHY)
    yield paths.CONTENT_MODEL, renderer.render("content_model.md.j2", paths.CONTENT_MODEL, **content_model_context())
    if playbook.cases:
        yield paths.CASES, renderer.render("cases.md.j2", paths.CASES)
    for path, render in extra.items():
        yield path, render(renderer)


def content_model_context() -> dict[str, object]:
    """What the content-model page documents: the rules and each file kind's fields, read from the model."""

    def fields(model: type[Located]) -> list[dict[str, str]]:
        rows = []
        for name, info in model.model_fields.items():
            kind = getattr(info.annotation, "__name__", None) or str(info.annotation)
            kind = re.sub(r"playbook_builder\.model(?:\.\w+)*\.", "", kind.replace("typing.", ""))
            rows.append({
                "name": name,
                "required": "yes" if info.is_required() else "no",
                "type": re.sub(r"Annotated\[(\w+), .*?\]", r"\1", kind),
                "description": info.description or "",
            })
        return rows

    return {
        "file_rules": FILE_RULES,
        "check_rules": CHECK_RULES,
        "models": [(model.__name__, (model.__doc__ or "").strip(), fields(model)) for model in PARTS],
        "schemas": list(SCHEMAS),
        "result_schemas": list(RESULT_SCHEMAS),
    }
