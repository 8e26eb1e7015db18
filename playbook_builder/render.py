"""Render the playbook into Markdown pages with Jinja2 templates.

Content text is plain text: :func:`plain` escapes it so that nothing in a YAML file can become HTML or Markdown
markup on the page. Pages link to each other by their source paths (``checklists/strategy.md``), which MkDocs
turns into URLs and checks.
"""

from __future__ import annotations

import functools
import os
import posixpath
import re
from html import escape as html_escape
from collections.abc import Callable, Iterable
from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from .model import SEVERITY_RUBRIC, Playbook, Severity
from .spreadsheets import checklist_downloads

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~])")


def plain(text: object) -> str:
    """Escape text for Markdown: HTML-escape it and backslash the characters Markdown would act on."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html_escape(str(text), quote=False))


def html(text: object) -> Markup:
    """Escape text for an HTML context inside a page."""
    return escape(str(text))


def anchor(identifier: str) -> str:
    """The anchor of an item on its page: its id in lower case (``SEL-01`` → ``sel-01``)."""
    return identifier.lower()


def yaml_text(text: str) -> str:
    """Quote text for a YAML front-matter value."""
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _bytecode_cache() -> FileSystemBytecodeCache | None:
    """Compiled templates kept in the user's cache folder, so each ``playbook build`` does not compile them again;
    none when that folder cannot be written (the templates are then compiled in memory, as usual)."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    folder = base / "playbook-builder" / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return FileSystemBytecodeCache(str(folder)) if os.access(folder, os.W_OK) else None


@functools.cache
def page_templates() -> Environment:
    """The page templates, loaded and compiled once per process (``mkdocs serve`` rebuilds reuse them)."""
    env = Environment(
        bytecode_cache=_bytecode_cache(),
        loader=PackageLoader("playbook_builder", "templates"),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(plain=plain, html=html, anchor=anchor, yaml=yaml_text)
    return env


class PageRenderer:
    """Renders the generated pages of one playbook; knows every page's source path to build relative links."""

    def __init__(self, playbook: Playbook, pages: Iterable[str], extra_globals: dict | None = None):
        self.playbook = playbook
        self.pages = set(pages)
        self.env = page_templates()
        self.context = {
            "playbook": playbook,
            "severities": list(Severity),
            "rubric": SEVERITY_RUBRIC,
            "has_page": self.pages.__contains__,
            "downloads": checklist_downloads,
            **(extra_globals or {}),
        }

    def render(self, template: str, page: str, **context: object) -> str:
        """Render ``template`` as the page at source path ``page``; ``link`` in it is relative to that page."""
        here = posixpath.dirname(page)

        def link(target: str, fragment: str = "") -> str:
            path = posixpath.relpath(target, here or ".")
            return f"{path}#{fragment}" if fragment else path

        def mistake_link(mistake_id: str) -> str:
            checklist = self.playbook.checklist_of[mistake_id]
            return link(f"checklists/{checklist.id}.md", anchor(mistake_id))

        return self.env.get_template(template).render(
            **self.context, page=page, link=link, mistake_link=mistake_link, **context
        )


def render_pages(playbook: Playbook, extra: dict[str, Callable[[PageRenderer], str]] | None = None) -> dict[str, str]:
    """All generated Markdown pages, by source path.

    ``extra`` maps further page paths to functions that render them (the assessment and print views plug in
    here), so every template knows which pages exist and links only to those.
    """
    extra = extra or {}
    core = {f"checklists/{c.id}.md": c for c in playbook.checklists}
    names = [*core, "checklists/index.md", "mistakes.md", "bibliography.md", "reference/content-model.md"]
    if playbook.cases:
        names.append("cases.md")
    renderer = PageRenderer(playbook, [*names, *extra])
    pages = {path: renderer.render("checklist.md.j2", path, checklist=c) for path, c in core.items()}
    pages["checklists/index.md"] = renderer.render("checklists_index.md.j2", "checklists/index.md")
    pages["mistakes.md"] = renderer.render("mistakes.md.j2", "mistakes.md")
    pages["bibliography.md"] = renderer.render("bibliography.md.j2", "bibliography.md")
    pages["reference/content-model.md"] = renderer.render(
        "content_model.md.j2", "reference/content-model.md", **content_model_context()
    )
    if playbook.cases:
        pages["cases.md"] = renderer.render("cases.md.j2", "cases.md")
    for path, render in extra.items():
        pages[path] = render(renderer)
    return pages


def content_model_context() -> dict[str, object]:
    """What the content-model page documents: the rules and each file kind's fields, read from the model."""
    from .loader import REGISTRY_FILES
    from .model import Case, Checklist, Mistake, Mitigation, Question, Role, Source
    from .rules import CHECK_RULES, FILE_RULES

    def fields(model: type) -> list[dict[str, str]]:
        rows = []
        for name, info in model.model_fields.items():
            kind = getattr(info.annotation, "__name__", None) or str(info.annotation)
            kind = kind.replace("typing.", "").replace("playbook_builder.model.", "")
            rows.append({
                "name": name,
                "required": "yes" if info.is_required() else "no",
                "type": re.sub(r"Annotated\[(\w+), .*?\]", r"\1", kind),
                "description": info.description or "",
            })
        return rows

    parts = [Checklist, Mistake, Mitigation, Question, Source, Role, Case]
    return {
        "file_rules": FILE_RULES,
        "check_rules": CHECK_RULES,
        "registry_files": sorted(REGISTRY_FILES),
        "models": [(model.__name__, (model.__doc__ or "").strip(), fields(model)) for model in parts],
    }
