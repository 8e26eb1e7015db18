"""Where everything a build generates lives in the site: the one owner of site paths.

Pages are named by their source path (``checklists/strategy.md``), which MkDocs turns into an address
(``checklists/strategy/``) and checks; templates receive this module as ``paths`` and never spell a path.
"""

from __future__ import annotations

import functools
import posixpath

CHECKLISTS_INDEX = "checklists/index.md"
MISTAKES = "mistakes.md"
#: The ten mistakes that matter most for the reader's situation, each with its first action.
START_HERE = "start-here.md"
ASSESSMENT = "assessment.md"
#: What the assessment's script knows of the playbook: a script beside the page, which keeps the page light and
#: still loads from a file opened from disk (where a fetch is refused).
ASSESSMENT_DATA = "assessment/data.js"
PORTFOLIO = "portfolio.md"
CASES = "cases.md"
BIBLIOGRAPHY = "bibliography.md"
CONTENT_MODEL = "reference/content-model.md"
WHATS_NEW = "whats-new.md"
CUSTOMIZE = "customize/index.md"
"""A hand-written page: templates link to it only where the site has it (has_page)."""
#: The glossary, generated from the termbase (terms.yml).
GLOSSARY = "guide/glossary.md"
DOWNLOADS = "downloads.md"
ROLES_INDEX = "roles/index.md"
PRINT_DIR = "print"
PRINT_INDEX = f"{PRINT_DIR}/index.md"
PLAYBOOK_JSON = "playbook.json"
DOWNLOADS_DIR = "downloads"
WORKBOOK = f"{DOWNLOADS_DIR}/playbook.xlsx"
SCHEMA_DIR = "schema"
#: The OSCAL catalog of the playbook, for GRC tools and auditors.
OSCAL_CATALOG = "oscal/catalog.json"
#: What a contract must say: the provisions library, the one-page minimum agreement and the contract review.
CONTRACT = "contract/index.md"
CONTRACT_MINIMUM = "contract/minimum.md"
CONTRACT_REVIEW = "contract/review.md"
FRAMEWORKS_INDEX = "frameworks/index.md"
#: Every framework requirement with the provisions and mistakes that cover it, for a spreadsheet.
CROSSWALK = f"{DOWNLOADS_DIR}/frameworks-crosswalk.csv"
#: The minimum agreement as a Word file to edit.
MINIMUM_DOCX = f"{DOWNLOADS_DIR}/minimum-agreement.docx"
#: The self-assessment as one offline file, for a vendor who cannot reach the site.
QUESTIONNAIRE = f"{DOWNLOADS_DIR}/vendor-questionnaire.html"
#: The stylesheets and scripts the generated pages need, shipped in the package's ``assets`` folder.
TRANSLATION = "translation.md"
ASSET_DIR = "assets/playbook"


def checklist(checklist_id: str) -> str:
    """A checklist's page (served at ``checklists/<id>/``)."""
    return f"checklists/{checklist_id}.md"


def role(role_id: str) -> str:
    """A role's page of actions (served at ``roles/<id>/``)."""
    return f"roles/{role_id}.md"


def framework(framework_id: str) -> str:
    """A framework's page: each requirement and what covers it (served at ``frameworks/<id>/``)."""
    return f"frameworks/{framework_id}.md"


def print_sheet(checklist_id: str) -> str:
    """A checklist's print view (served at ``print/<id>/``)."""
    return f"{PRINT_DIR}/{checklist_id}.md"


def csv(checklist_id: str) -> str:
    """A checklist's CSV download."""
    return f"{DOWNLOADS_DIR}/{checklist_id}.csv"


def schema(name: str) -> str:
    """The JSON Schema of one kind of content file."""
    return f"{SCHEMA_DIR}/{name}.schema.json"


def address(page: str) -> str:
    """The address a page is served at, relative to the site's root: ``checklists/alpha.md`` → ``checklists/alpha/``."""
    stem = page.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


@functools.lru_cache(maxsize=1 << 16)  # a large edition's pages link to the same few pages thousands of times
def relative_url(here: str, target: str, directory_urls: bool = True) -> str:
    """The address of page ``target`` relative to the address of page ``here``, as HTML needs it."""
    if not directory_urls:
        there = built_file(target, False)
        return posixpath.relpath(there, posixpath.dirname(built_file(here, False)) or ".")
    base, there = address(here), address(target)
    relative = posixpath.relpath(there or ".", base or ".")
    return "./" if relative == "." else relative + "/"


def source_relative_url(here: str, target: str, directory_urls: bool = True) -> str:
    """The address of page ``target`` relative to the *source file* of page ``here``: what a generator that resolves
    the links in a page's HTML from its source file, as Markdown links are (Zensical), turns into the right
    address. MkDocs leaves HTML alone, so its pages use :func:`relative_url`."""
    there = address(target) if directory_urls else built_file(target, False)
    relative = posixpath.relpath(there or ".", posixpath.dirname(here) or ".")
    if relative == ".":
        return "./"
    return relative + "/" if directory_urls and (not there or there.endswith("/")) else relative


def built_file(page: str, directory_urls: bool = True) -> str:
    """The file MkDocs writes for a page (``print/alpha.md`` → ``print/alpha/index.html``)."""
    stem = page.removesuffix(".md")
    if stem == "index" or stem.endswith("/index") or not directory_urls:
        return stem + ".html"
    return stem + "/index.html"


def in_nav(path: str) -> bool:
    """Whether a generated page belongs in the navigation: a single print sheet or role page is reached from its
    checklist page or index, so listing every one of them would only clutter the nav."""
    if path.startswith(f"{PRINT_DIR}/"):
        return path == PRINT_INDEX
    if path.startswith("frameworks/"):
        return path == FRAMEWORKS_INDEX
    return not (path.startswith("roles/") and path != ROLES_INDEX)
