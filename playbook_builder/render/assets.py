"""Which of the project's stylesheets and scripts each page loads: the few every page needs, which the site links
from every page, and each widget's own, which only the pages that show the widget link (``uses`` in the
templates). The home page then downloads nothing of the assessment, the portfolio or the contract review.

A widget's tags stand in the page's content, where Material's instant navigation finds them: it evaluates a
content script again on each visit, so the scripts start once per window (``situation/pages.js``), and it swaps
the stylesheet in and out with the content."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable

from markupsafe import Markup, escape

from . import paths

#: Linked from every page: the site's own look on screen and on paper, the theme's small repairs and the language
#: menu that keeps your place.
EVERYWHERE = ("playbook.css", "playbook.js", "language.js", "branding.css")
#: Each widget's stylesheets and scripts, in the order the page links them.
WIDGETS: dict[str, tuple[str, ...]] = {
    "situation": ("situation.css", "situation.js"),
    "ranking": ("ranking.css", "ranking.js"),  # what ranks for the reader; after the situation's, which it follows
    "assessment": ("assessment.css", "assessment.js"),
    "portfolio": ("assessment.css", "portfolio.css", "portfolio.js"),  # the assessment's file picker and buttons
    "contract": ("contract.css",),
    "review": ("contract.css", "review.js"),
    "print": ("print.css", "print.js"),
    "fold": ("fold.css", "fold.js"),  # checklist pages on a phone: mistakes that fold, the way back to the summary
    "terms": ("terms.css", "terms.js"),  # term definitions and law notes; after the situation's, which it reads
}


def asset(name: str) -> str:
    """An asset's path in the site."""
    return f"{paths.ASSET_DIR}/{name}"


def everywhere(generated: Iterable[str]) -> list[str]:
    """The generated assets that every page links, in the order they were made."""
    linked = {asset(name) for name in EVERYWHERE}
    return [path for path in generated if path in linked]


def href(page: str, target: str, directory_urls: bool = True, source_links: bool = False) -> str:
    """The address of the site file ``target`` (not a page) from the page at source path ``page``, escaped for an
    attribute; with ``source_links``, relative to the page's source file (see :func:`.paths.source_relative_url`)."""
    folder = posixpath.dirname(page if source_links else paths.built_file(page, directory_urls))
    return escape(posixpath.relpath(target, folder or "."))


def tags(page: str, widgets: Iterable[str], done: set[str], directory_urls: bool = True,
         source_links: bool = False) -> Markup:
    """The ``<link>`` and ``<script>`` tags of ``widgets`` for the page at source path ``page``, leaving out those
    in ``done`` (and adding the new ones to it), so that a page links each asset once."""
    found = []
    for name in (name for widget in widgets for name in WIDGETS[widget]):
        if name in done:
            continue
        done.add(name)
        address = href(page, asset(name), directory_urls, source_links)
        found.append(f'<link rel="stylesheet" href="{address}">' if name.endswith(".css")
                     else f'<script src="{address}" defer></script>')
    return Markup("\n".join(found))


_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


def compact_css(text: str) -> str:
    """A stylesheet as pages download it: without its comments, indentation and blank lines (none of the project's
    stylesheets holds a comment marker inside a string)."""
    return "\n".join(line.strip() for line in _CSS_COMMENT.sub("", text).splitlines() if line.strip()) + "\n"
