"""``playbook init``: start an organisation's own edition of the playbook.

It writes a self-contained site folder from the templates in ``templates/init/``: a ``mkdocs.yml`` that takes
the upstream checklists from the installed package (``checklists: package``), an empty overlay for the
organisation's changes, a ``content/`` folder for its own pages, a README and a publishing workflow. Nothing in
it copies upstream content, so upgrading the package is the whole upgrade.
"""

from __future__ import annotations

import json
from importlib import metadata, resources
from importlib.abc import Traversable
from pathlib import Path, PurePosixPath

import click

from .. import __version__
from ..load.loader import Document, read_documents
from ..load.locate import package_content
from ..overlays import Overlay
from ..render.env import templates

TEMPLATE_DIR = "init"
#: The name this package is installed under.
DISTRIBUTION = "outsourcing-playbook"
#: Template names that stand for hidden files and folders (setuptools does not package dot-names by pattern).
HIDDEN = {"github": ".github", "gitignore": ".gitignore"}


def _templates(folder: Traversable, prefix: PurePosixPath | None = None) -> list[PurePosixPath]:
    """Every file under the init templates, as paths relative to ``templates/init``."""
    prefix = prefix or PurePosixPath()
    found = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name == "__pycache__":
            continue
        if entry.is_dir():
            found += _templates(entry, prefix / entry.name)
        else:
            found.append(prefix / entry.name)
    return found


def target(template: PurePosixPath) -> PurePosixPath:
    """Where a template lands in the new site: ``.j2`` dropped, ``github`` → ``.github``."""
    parts = [HIDDEN.get(part, part) for part in template.parts]
    parts[-1] = parts[-1].removesuffix(".j2")
    return PurePosixPath(*parts)


def package_requirement() -> str:
    """How the new site's requirements.txt names this package, so its publishing workflow installs what you have.

    A package installed from a git repository (recorded as PEP 610's ``direct_url.json``) is pinned to that
    repository and commit; otherwise the release of the same version on the package index is named.
    """
    try:
        origin = json.loads(metadata.distribution(DISTRIBUTION).read_text("direct_url.json") or "{}")
    except (metadata.PackageNotFoundError, ValueError):
        origin = {}
    vcs = origin.get("vcs_info", {})
    if vcs.get("vcs") == "git" and origin.get("url") and vcs.get("commit_id"):
        return f"{DISTRIBUTION} @ git+{origin['url']}@{vcs['commit_id']}"
    return f"{DISTRIBUTION}=={__version__}"


def new_site_files(organisation: str, documents: list[Document]) -> dict[str, str]:
    """The files of a new site for ``organisation`` on the upstream ``documents``, by path in the site folder."""
    version = next((str(d.data.get("version")) for d in documents if d.kind == "playbook"), "")
    env = templates()
    values = {"organisation": organisation, "requirement": package_requirement(), "content_version": version}
    root = resources.files("playbook_builder") / "templates" / TEMPLATE_DIR
    files = {}
    for template in _templates(root):
        path = f"{TEMPLATE_DIR}/{template.as_posix()}"
        if template.suffix == ".j2":
            text = env.get_template(path).render(**values)
        else:
            text = (root.joinpath(*template.parts)).read_text(encoding="utf-8")
        files[target(template).as_posix()] = text
    return files


def create_site(folder: Path, organisation: str) -> list[Path]:
    """Write a new site into ``folder`` (which must be empty or new) and pin its empty overlay."""
    organisation = " ".join(organisation.split())
    if not organisation:
        raise click.ClickException("--org needs a name, e.g. --org \"Acme Ltd\"")
    if folder.exists() and not folder.is_dir():
        raise click.ClickException(f"{folder} is a file; choose a new folder for the site")
    if folder.is_dir() and any(folder.iterdir()):
        raise click.ClickException(f"{folder} is not empty; choose a new folder, so that nothing of yours is "
                                                   f"overwritten")
    upstream, _ = read_documents(package_content())
    written = []
    for relative, text in new_site_files(organisation, upstream).items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    overlay = Overlay(folder / "overlay", display_root=folder)
    overlay.merge(upstream)
    written.append(overlay.write_lock())
    return written


@click.command()
@click.argument("folder", type=click.Path(file_okay=True, path_type=Path))
@click.option("--org", "organisation", required=True, help="Your organisation's name, as the site shows it.")
def init(folder: Path, organisation: str) -> None:
    """Create a new playbook site for your organisation in FOLDER.

    The site builds from the upstream checklists installed with this package; your changes go into its
    overlay/ folder and your own pages into content/. FOLDER must be new or empty.
    """
    try:
        written = create_site(folder, organisation)
    except OSError as error:
        raise click.ClickException(f"cannot write the site into {folder}: {error.strerror or error}") from None
    click.echo(f"Created the {' '.join(organisation.split())} playbook in {folder} ({len(written)} files).")
    click.echo("Next steps:")
    click.echo(f"  cd {folder}")
    click.echo("  pip install -r requirements.txt   # if this machine does not have the playbook command yet")
    click.echo("  playbook serve                    # preview at http://127.0.0.1:8000")
    click.echo("Then edit overlay/overlay.yml and mkdocs.yml; README.md explains the rest.")
