"""What the preview (``playbook serve``) shows while the content is broken: a banner on every page listing each
problem, and stand-ins for the generated pages until the content has loaded once.

The banner is plain HTML in Material's admonition style, so it needs no stylesheet of its own; every problem's
text is escaped, since it quotes file paths and YAML.
"""

from __future__ import annotations

from html import escape

from ..i18n.ui import ENGLISH, Messages
from ..problems import Problem
from . import paths

#: The generated pages a navigation names; while no good content exists they are stand-ins.
_NAMED_PAGES = (paths.CHECKLISTS_INDEX, paths.MISTAKES, paths.ROLES_INDEX, paths.ASSESSMENT, paths.CASES,
                paths.PRINT_INDEX, paths.DOWNLOADS, paths.BIBLIOGRAPHY, paths.CONTENT_MODEL, paths.WHATS_NEW)


def problems_banner(problems: list[Problem], *, stale: bool = True, ui: Messages = ENGLISH) -> str:
    """The banner for the top of every page: each problem as ``file:line:column``, rule and message.

    ``stale`` says the page shows the last good content; otherwise there has been none yet. The banner's own words
    are in the language of ``ui``; the problems themselves stay in English, as the command line reports them.
    """
    count = len(problems)
    if stale:
        title = ui.plural("The content has %(count)s problem: this preview shows the last content that loaded",
                          "The content has %(count)s problems: this preview shows the last content that loaded", count)
    else:
        title = ui.plural("The content has %(count)s problem: nothing could be built from it yet",
                          "The content has %(count)s problems: nothing could be built from it yet", count)
    advice = ui("Fix the file and save it: the preview rebuilds and this page reloads on its own.")
    items = "\n".join(
        f'<li><code>{escape(str(problem.location))}</code> <strong>{escape(problem.rule)}</strong>: '
        f'{escape(problem.message)}</li>'
        for problem in problems
    )
    return (
        f'<div class="admonition failure playbook-problems" role="alert">\n'
        f'<p class="admonition-title">{escape(title)}</p>\n'
        f'<ul>\n{items}\n</ul>\n'
        f'<p>{escape(advice)}</p>\n</div>\n'
    )


def stand_in_pages(ui: Messages = ENGLISH) -> dict[str, str]:
    """Pages for the navigation's generated entries while the content has never loaded, so that they answer."""
    heading = ui("Waiting for the content")
    lines = [ui("This page is generated from the content, which has problems (listed above)."),
             ui("It appears as soon as they are fixed.")]
    text = f"# {heading}\n\n{' '.join(lines)}\n"
    return dict.fromkeys(_NAMED_PAGES, text)
