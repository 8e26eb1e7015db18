"""The one Jinja2 environment of the project, its filters, and the escaping that keeps content text plain.

Content text is plain text: :func:`plain` escapes it so that nothing in a YAML file can become HTML or Markdown
markup on a page. Pages, print views, ``playbook new`` and ``playbook init`` all render through :func:`templates`.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Sequence
from html import escape as html_escape
from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined, pass_context
from jinja2.runtime import Context
from markupsafe import Markup, escape

from ..i18n.ui import ENGLISH, Messages

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


#: A blank to fill in, in a model wording: ``[number] working days``.
BLANK = re.compile(r"(\[[^\]]+\])")


def pieces(text: str) -> list[tuple[str, bool]]:
    """Text split into (piece, is_blank), so that the blanks of a wording can be made to stand out."""
    return [(piece, bool(BLANK.fullmatch(piece))) for piece in BLANK.split(text) if piece]


def yaml_text(text: str) -> str:
    """Quote text for a YAML front-matter value."""
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


def embedded_json(data: object) -> str:
    """Compact JSON on one line with no ``<``, ``>`` or ``&``: nothing in it can look like markup to Markdown's
    raw-HTML parser or end an element, whatever the content says. (The template escapes it for the attribute.)"""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


_MARKER = "<!--pb-fragment-{}-->"
_UNSEARCHED_MARKER = "<!--pb-fragment-{}-unsearched-->"
_MARKERS = re.compile(r"<!--pb-fragment-(\d+)(?:-unsearched)?-->")
_SEARCHED_MARKERS = re.compile(r"<!--pb-fragment-(\d+)-->")


@pass_context
def fragment(context: Context, html: str, searched: bool = True) -> Markup:
    """The ``fragment`` filter: keep a block of finished HTML out of Markdown's way.

    Markdown's HTML parser is the slowest part of a large build, and most of a generated page is HTML already. The
    block is kept in the render's ``fragments`` list and a one-line marker stands in its place; :func:`put_back`
    puts it into the HTML that Markdown made of the rest (see :class:`.pages.GeneratedPage`). ``searched=False``
    marks a block that search should not index (a form, a table that repeats the headings): the site puts it in
    after the search plugin has read the page, which then has less to parse.
    """
    fragments: list[str] = context["fragments"]
    fragments.append(str(html).strip("\n"))
    return Markup("\n" + (_MARKER if searched else _UNSEARCHED_MARKER).format(len(fragments) - 1) + "\n")


def put_back(text: str, fragments: Sequence[str], searched_only: bool = False) -> str:
    """``text`` with every fragment marker replaced by its fragment (only the ones for search, if asked), and the
    markers inside those fragments too: a block that search should not index can sit inside one that it should."""
    pattern = _SEARCHED_MARKERS if searched_only else _MARKERS
    return pattern.sub(lambda found: put_back(fragments[int(found.group(1))], fragments, searched_only), text)


#: The English words of a pinpoint (Art. 30(2)(a) and (b), paras 4 to 6) as a French page writes them; the numbers
#: and letters stay as the source gives them.
_PINPOINT_WORDS: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    "fr": tuple((re.compile(pattern), french) for pattern, french in (
        (r"\band\b", "et"), (r"\bto\b", "à"), (r"\bArts?\.", "art."), (r"\bparas\b", "points"), (r"\bpara\b", "point"),
        (r"\bAnnex(?:es)?\b", "annexe"), (r"\bSch\.", "annexe"), (r"\bRecitals?\b", "considérant"),
        (r"\bChapter\b", "chapitre"), (r"\bClauses?\b", "clause"), (r"\bPart\b", "partie"),
        (r"\bpage\b", "page"), (r"\bpp?\.", "p."),
    )),
}


@pass_context
def pinpoint(context: Context, text: str) -> str:
    """A citation's pinpoint in the page's language (still to escape, with ``html`` or ``plain``)."""
    for found, replacement in _PINPOINT_WORDS.get(context.get("language") or "en", ()):
        text = found.sub(replacement, text)
    return text


@pass_context
def translate(context: Context, text: str, **values: object) -> str:
    """``_("...")`` in a template: the text in the page's language (the ``ui`` the render was given)."""
    ui: Messages = context.get("ui") or ENGLISH
    return ui(text, **values)


@pass_context
def translate_plural(context: Context, singular: str, plural: str, count: int, **values: object) -> str:
    """``ngettext("%(count)s question", "%(count)s questions", n)`` in a template."""
    ui: Messages = context.get("ui") or ENGLISH
    return ui.plural(singular, plural, count, **values)


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
def templates() -> Environment:
    """The templates, loaded and compiled once per process (``mkdocs serve`` rebuilds reuse them).

    Autoescaping is off because most templates write Markdown, where HTML escaping alone is not enough: every
    value goes through :func:`plain`, :func:`html` or :func:`yaml_text` explicitly.
    """
    env = Environment(
        bytecode_cache=_bytecode_cache(),
        loader=PackageLoader("playbook_builder", "templates"),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(_=translate, ngettext=translate_plural, pieces=pieces)
    env.filters.update(plain=plain, html=html, anchor=anchor, yaml=yaml_text, json=embedded_json, fragment=fragment,
                       pinpoint=pinpoint)
    return env
