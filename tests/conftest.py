"""Shared fixtures: sample projects, real MkDocs builds, a local web server and a guarded system Chromium.

Browser tests use the system Chromium (``/usr/bin/chromium`` or ``$CHROMIUM``) through Playwright, never a
downloaded browser, and fail when the page requests anything outside the local server.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from playbook_builder.commands.local_server import is_local, serve_folder

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

REPO = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "minimal"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
#: The built site is served under this sub-path, as on a project page of a forge.
SUB_PATH = "/playbook/"


#: The assessment's data script (``assessment/data.js``, or inline in the questionnaire file): one line of JSON.
_DATA_SCRIPT = re.compile(r"window\.playbookAssessment = (\{[^\n]*\});\n")


def assessment_data_in(text: str) -> dict:
    """The playbook data that the assessment's data script in ``text`` gives the page's script."""
    found = _DATA_SCRIPT.search(text)
    assert found, "no assessment data script"
    return json.loads(found.group(1))


def replace_in(path: Path, old: str, new: str) -> None:
    """Replace the first ``old`` in a file, failing loudly if the fixture no longer holds it."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def as_text(files: dict) -> dict:
    """Generated files as they read: each page with its HTML fragments in place (see ``GeneratedPage.text``)."""
    from playbook_builder.render.pages import GeneratedPage

    return {path: data.text if isinstance(data, GeneratedPage) else data for path, data in files.items()}


def problems_of(root: Path) -> list[str]:
    """Every problem that loading the content folder ``root`` reports, as ``file:line:column: rule: message``."""
    from playbook_builder.load import load_playbook
    from playbook_builder.problems import ContentError

    with pytest.raises(ContentError) as caught:
        load_playbook(root, display_root=root.parent)
    return [str(problem) for problem in caught.value.problems]


def line_of(path: Path, needle: str) -> int:
    """The number of the first line of a file that holds ``needle``."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def write_project(folder: Path, checklists: Path, *, extra_config: str = "", plugin_options: str = "") -> Path:
    """A minimal MkDocs project in ``folder`` using the content at ``checklists``; returns its mkdocs.yml."""
    (folder / "docs").mkdir(parents=True, exist_ok=True)
    (folder / "docs" / "index.md").write_text("# Home\n\nA test playbook.\n", encoding="utf-8")
    config = folder / "mkdocs.yml"
    config.write_text(
        f"site_name: Test playbook\ndocs_dir: docs\ntheme:\n  name: material\n  font: false\n"
        f"markdown_extensions: [attr_list, md_in_html, tables, toc, pymdownx.tasklist]\n"
        f"plugins:\n  - search\n  - playbook:\n      checklists: {checklists.as_posix()}\n{plugin_options}"
        f"{extra_config}",
        encoding="utf-8",
    )
    return config


def mkdocs_build(config_file: Path, site_dir: Path | None = None, strict: bool = True) -> Path:
    """Build a site with MkDocs' own API, as ``mkdocs build`` does; returns the site folder."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    overrides = {"strict": strict}
    if site_dir is not None:
        overrides["site_dir"] = str(site_dir)
    config = load_config(str(config_file), **overrides)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return Path(config.site_dir)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A writable copy of the small fixture playbook."""
    target = tmp_path / "checklists"
    shutil.copytree(FIXTURE, target)
    return target


@pytest.fixture(scope="session")
def shipped_playbook():  # type: ignore[no-untyped-def]
    """The shipped content, loaded once per session; it loads without a warning."""
    from playbook_builder.load import load_playbook

    playbook, warnings = load_playbook(REPO / "checklists", display_root=REPO)
    assert warnings == []
    return playbook


@pytest.fixture(scope="session")
def shipped_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped playbook, built once per test session with ``mkdocs.yml`` in strict mode."""
    site = tmp_path_factory.mktemp("shipped") / "site"
    return mkdocs_build(REPO / "mkdocs.yml", site)


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small fixture playbook (tests/fixtures/minimal), built once per session in strict mode."""
    folder = tmp_path_factory.mktemp("fixture")
    return mkdocs_build(write_project(folder, FIXTURE), folder / "site")


class LocalServer:
    """One HTTP server on 127.0.0.1 for the whole session (the one ``playbook pdf`` uses); each served site gets its
    own sub-path."""

    def __init__(self, root: Path, base: str):
        self.root = root
        self.base = base

    def serve(self, site: Path, name: str) -> str:
        """Serve ``site`` at ``/<name>/``; returns its base URL (ending in a slash)."""
        link = self.root / name
        if not link.exists():
            link.symlink_to(site, target_is_directory=True)
        return f"{self.base}{name}/"


@pytest.fixture(scope="session")
def local_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalServer]:
    root = tmp_path_factory.mktemp("www")
    with serve_folder(root) as base:
        yield LocalServer(root, base)


@pytest.fixture(scope="session")
def site_url(shipped_site: Path, local_server: LocalServer) -> str:
    """The shipped site served on 127.0.0.1 under :data:`SUB_PATH`."""
    return local_server.serve(shipped_site, SUB_PATH.strip("/"))


@pytest.fixture(scope="session")
def fixture_url(fixture_site: Path, local_server: LocalServer) -> str:
    """The fixture playbook's site served on 127.0.0.1."""
    return local_server.serve(fixture_site, "fixture")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """Launch the system Chromium, offline-friendly, instead of a Playwright download."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run the README's test command, which installs it")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


class OutsideRequests(list):
    """Requests that tried to leave the local site; the guard fails the test when it is not empty."""


@pytest.fixture
def outside_requests() -> OutsideRequests:
    return OutsideRequests()


@pytest.fixture
def page(page, outside_requests: OutsideRequests):  # type: ignore[no-untyped-def]
    """Playwright's page, with every request that leaves 127.0.0.1 blocked and recorded, and console errors
    collected in ``page.console_errors``; the test fails if anything tried to leave the site."""

    def guard(route) -> None:  # type: ignore[no-untyped-def]
        url = route.request.url
        if is_local(url):
            route.continue_()
        else:
            outside_requests.append(url)
            route.abort()

    page.context.route("**/*", guard)
    page.console_errors = []
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    yield page
    assert not outside_requests, f"requests left the site: {outside_requests}"
