"""``playbook init`` and ``playbook overlay pin``: start an organisation's own edition, and keep it in step.

``init`` writes a self-contained site folder from the templates in ``templates/init/``: a ``mkdocs.yml`` that takes
the upstream checklists from the installed package (``checklists: package``), an empty overlay for the
organisation's changes, a ``content/`` folder for its own pages, a README and a publishing workflow. Nothing in
it copies upstream content, so upgrading the package is the whole upgrade. ``overlay pin`` records what the
overlays change as it stands upstream, for the drift report of ``playbook check``.
"""

from __future__ import annotations

import json
from importlib import metadata, resources
from importlib.abc import Traversable
from pathlib import Path, PurePosixPath

import click
from jinja2 import Environment, PackageLoader, StrictUndefined

from . import __version__
from .cli import _content_root, _fail, config_option
from .loader import Document, read_documents
from .overlay import Overlay, package_content, pin
from .problems import ContentError
from .render import plain, yaml_text

TEMPLATE_DIR = "init"
#: The name this package is installed under.
DISTRIBUTION = "outsourcing-playbook"
#: Template names that stand for hidden files and folders (setuptools does not package dot-names by pattern).
HIDDEN = {"github": ".github", "gitignore": ".gitignore"}


def _templates(folder: Traversable, prefix: PurePosixPath = PurePosixPath()) -> list[PurePosixPath]:
    """Every file under the init templates, as paths relative to ``templates/init``."""
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


def site_files(organisation: str, documents: list[Document]) -> dict[str, str]:
    """The files of a new site for ``organisation`` on the upstream ``documents``, by path in the site folder."""
    version = next((str(d.data.get("version")) for d in documents if d.kind == "playbook"), "")
    env = Environment(loader=PackageLoader("playbook_builder", "templates"), undefined=StrictUndefined,
                      autoescape=False, keep_trailing_newline=True)
    env.filters.update(plain=plain, yaml=yaml_text)
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
        raise click.UsageError("--org needs a name, e.g. --org \"Acme Ltd\"")
    if folder.exists() and not folder.is_dir():
        raise click.UsageError(f"{folder} is a file; choose a new folder for the site")
    if folder.is_dir() and any(folder.iterdir()):
        raise click.UsageError(f"{folder} is not empty; choose a new folder, so that nothing of yours is "
                               f"overwritten")
    upstream, _ = read_documents(package_content())
    written = []
    for relative, text in site_files(organisation, upstream).items():
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
    except click.UsageError as error:
        _fail(f"Error: {error.message}")
    except OSError as error:
        _fail(f"Error: cannot write the site into {folder}: {error.strerror or error}")
    click.echo(f"Created the {' '.join(organisation.split())} playbook in {folder} ({len(written)} files).")
    click.echo("Next steps:")
    click.echo(f"  cd {folder}")
    click.echo("  pip install -r requirements.txt   # if this machine does not have the playbook command yet")
    click.echo("  playbook serve                    # preview at http://127.0.0.1:8000")
    click.echo("Then edit overlay/overlay.yml and mkdocs.yml; README.md explains the rest.")


@click.group()
def overlay() -> None:
    """Keep your overlays in step with the upstream playbook."""


@overlay.command("pin")
@config_option
def pin_command(config_file: Path) -> None:
    """Record the upstream version of everything your overlays change or remove.

    Writes upstream.lock.yml into each overlay folder. From then on `playbook check` warns, field by field, when
    upstream changes one of those items. Run it after you change an overlay, and after you have reviewed a
    drift warning.
    """
    root, base, overlays = _content_root(config_file)
    if not overlays:
        _fail(f"Error: {config_file} names no overlays; add them to the playbook plugin's 'overlays' option.")
    try:
        written = pin(root, overlays, display_root=base)
    except ContentError as error:
        _fail(error.report() + "\nNothing was pinned: fix these problems first.")
    for done, path in zip(overlays, written):
        count = sum(len(items) for items in done.pins.values())
        click.echo(f"Pinned {count} upstream item(s) at content version {done.upstream_version} in "
                   f"{path.relative_to(base) if path.is_relative_to(base) else path}.")
