"""`playbook init DIR --org NAME`: a self-contained site that builds from the upstream content installed with the
package, with the organisation's name on it; and the branding options in the built HTML."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from playbook_builder.commands import main
from playbook_builder.load import load_playbook
from playbook_builder.load.locate import package_content

ORG = 'Acme & "Sons": Europe'
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "minimal"


def run_playbook(folder: Path, *args: str) -> subprocess.CompletedProcess:
    """The real command in the site's folder, as a user runs it."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "playbook_builder", *args], cwd=folder, env=env,
                          capture_output=True, text=True, timeout=300)


def init(folder: Path, org: str = ORG) -> None:
    result = CliRunner().invoke(main, ["init", str(folder), "--org", org])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess]:
    """A site made by `playbook init`, untouched, then built with `playbook build` in its folder."""
    folder = tmp_path_factory.mktemp("init") / "acme-playbook"
    init(folder)
    return folder, run_playbook(folder, "build")


def test_init_writes_a_self_contained_site(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    result = CliRunner().invoke(main, ["init", str(folder), "--org", ORG])
    assert result.exit_code == 0, result.output
    assert "playbook serve" in result.output
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert files == [
        ".github/workflows/check.yml", ".github/workflows/publish.yml", ".gitignore", "README.md", "content/index.md", "mkdocs.yml",
        "overlay/overlay.yml", "overlay/upstream.lock.yml", "requirements.txt",
    ]
    config = (folder / "mkdocs.yml").read_text(encoding="utf-8")
    assert "checklists: package" in config and "- overlay" in config
    assert 'organisation: "Acme & \\"Sons\\": Europe"' in config
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "pip install -r requirements.txt\nplaybook serve\n" in readme
    lock = yaml.safe_load((folder / "overlay" / "upstream.lock.yml").read_text(encoding="utf-8"))
    upstream, _ = load_playbook(package_content())
    assert lock == {"upstream_version": upstream.version, "items": {}}
    workflow = yaml.safe_load((folder / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8"))
    steps = [step.get("run") or step.get("uses") for step in workflow["jobs"]["build"]["steps"]]
    assert "pip install -r requirements.txt" in steps and "playbook build" in steps
    assert any(str(s).startswith("actions/upload-pages-artifact") for s in steps)
    assert workflow["jobs"]["deploy"]["steps"][0]["uses"].startswith("actions/deploy-pages")
    requirement = (folder / "requirements.txt").read_text(encoding="utf-8").splitlines()[-1]
    assert re.fullmatch(r"outsourcing-playbook==\d+\.\d+\.\d+", requirement)


@pytest.mark.parametrize("existing", ["file", "folder"])
def test_init_refuses_a_folder_that_is_not_empty(tmp_path: Path, existing: str) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    target = folder / "notes.txt" if existing == "file" else folder
    result = CliRunner().invoke(main, ["init", str(target), "--org", "Acme"])
    assert result.exit_code == 1
    assert "Error:" in result.output and "Traceback" not in result.output
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_init_needs_an_organisation_name(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["init", str(tmp_path / "x"), "--org", "  "])
    assert result.exit_code == 1 and "--org needs a name" in result.output
    assert not (tmp_path / "x").exists()


def test_the_new_site_builds_from_the_package_content(built: tuple[Path, subprocess.CompletedProcess]) -> None:
    folder, result = built
    assert result.returncode == 0, result.stdout + result.stderr
    # The one warning a new site gets is that it does not know its address yet (the workflow sets SITE_URL).
    warnings = [line for line in result.stderr.splitlines() if "WARNING" in line]
    assert len(warnings) == 1 and "site_url is not set" in warnings[0], result.stderr
    site = folder / "site"
    upstream, _ = load_playbook(package_content())
    built_checklists = sorted(p.name for p in (site / "checklists").iterdir() if p.is_dir())
    assert built_checklists == sorted(c.id for c in upstream.checklists)
    assert (site / "downloads" / "playbook.xlsx").is_file()
    # Every entry of the menu it wrote exists.
    nav = yaml.safe_load(re.sub(r"!ENV \[.*\]", "null", (folder / "mkdocs.yml").read_text()))["nav"]
    pages = [v for entry in nav for v in (entry.values() if isinstance(entry, dict) else [entry])]
    flat = [p for v in pages for p in (v if isinstance(v, list) else [v])]
    for page in flat:
        built_page = site / (page.removesuffix(".md").removesuffix("index") + "/index.html").lstrip("/")
        assert built_page.is_file(), page


def test_the_organisation_is_in_the_title_and_on_the_home_page(
        built: tuple[Path, subprocess.CompletedProcess]) -> None:
    folder, _ = built
    home = (folder / "site" / "index.html").read_text(encoding="utf-8")
    assert '<title>Outsourcing playbook - Acme & "Sons": Europe Outsourcing Playbook</title>' in home
    assert re.search(r'<p class="pb-edition"><strong>Acme &amp; (&#34;|&quot;)Sons(&#34;|&quot;): Europe</strong> '
                     r"edition of the [^<]*, built from content version \d+\.\d+\.\d+\.</p>", home)
    checklist = (folder / "site" / "checklists" / "vendor-selection" / "index.html").read_text(encoding="utf-8")
    assert '- Acme & "Sons": Europe Outsourcing Playbook</title>' in checklist
    assert "pb-edition" not in checklist  # the note is for the home page only


def test_playbook_check_in_the_new_site(built: tuple[Path, subprocess.CompletedProcess]) -> None:
    folder, _ = built
    result = run_playbook(folder, "check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: ") and result.stderr == ""


def test_the_overlay_examples_work_when_uncommented(tmp_path: Path) -> None:
    """The commented examples name real upstream ids and pass every check."""
    folder = tmp_path / "site"
    init(folder, "Acme")
    overlay = folder / "overlay" / "overlay.yml"
    lines = overlay.read_text(encoding="utf-8").splitlines()
    overlay.write_text("\n".join("  " + line[4:] if line.startswith("  # ") else line for line in lines) + "\n",
                       encoding="utf-8")
    result = run_playbook(folder, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "overlay-pin" in result.stderr  # changed items are not pinned yet


# --- Branding ---------------------------------------------------------------------------------------------------

LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24"><rect width="24" height="24" fill="#f60"/></svg>'


def branded_project(folder: Path, branding: str) -> Path:
    """An init'd site on the small fixture content (fast to build) with the given branding options."""
    init(folder, "Acme Ltd")
    config = folder / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace("checklists: package", f"checklists: {FIXTURE.as_posix()}")
    text = re.sub(r"      branding:\n(        .*\n)+", "      branding:\n" + branding, text)
    config.write_text(text, encoding="utf-8")
    (folder / "content" / "assets").mkdir()
    (folder / "content" / "assets" / "logo.svg").write_text(LOGO, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def branded_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = branded_project(tmp_path_factory.mktemp("brand") / "site", (
        "        organisation: Acme Ltd\n"
        "        logo: assets/logo.svg\n"
        '        primary_color: "#0b5394"\n'
        '        accent_color: "#ffcc00"\n'
    ))
    result = run_playbook(folder, "build")
    assert result.returncode == 0, result.stderr
    return folder / "site"


def test_branding_logo_colours_and_title_in_the_html(branded_site: Path) -> None:
    home = (branded_site / "index.html").read_text(encoding="utf-8")
    assert "<title>Outsourcing playbook - Acme Ltd Outsourcing Playbook</title>" in home
    assert '<img src="assets/logo.svg" alt="logo">' in home
    assert '<link rel="icon" href="assets/logo.svg">' in home
    # The page and both palette toggles (light and dark) use Material's custom colours.
    assert home.count('data-md-color-primary="custom"') == 3 and "indigo" not in home
    assert home.count('data-md-color-accent="custom"') == 3
    assert '<link rel="stylesheet" href="assets/playbook/branding.css">' in home
    css = (branded_site / "assets" / "playbook" / "branding.css").read_text(encoding="utf-8")
    assert "--md-primary-fg-color: #0b5394;" in css
    assert "--md-primary-bg-color: #ffffff;" in css  # white text reads best on dark blue
    assert "--md-accent-fg-color: #ffcc00;" in css
    assert "--md-accent-bg-color: #000000;" in css  # black text reads best on yellow
    page = (branded_site / "checklists" / "alpha" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="stylesheet" href="../../assets/playbook/branding.css">' in page


def test_branding_mistakes_stop_the_build_with_a_clear_message(tmp_path: Path) -> None:
    folder = branded_project(tmp_path / "a", "        organisation: Acme Ltd\n        logo: assets/missing.png\n")
    result = run_playbook(folder, "build")
    assert result.returncode == 1
    assert "branding.logo: there is no file assets/missing.png in the docs folder" in result.stderr
    assert "Traceback" not in result.stderr
    folder = branded_project(tmp_path / "b", "        primary_color: blue\n")
    result = run_playbook(folder, "build")
    assert result.returncode == 1
    assert "'blue' is not a colour: write it as #rrggbb" in result.stderr
    assert "Traceback" not in result.stderr


def test_colours_are_made_readable() -> None:
    from playbook_builder.render.branding import SLATE, WHITE, Branding, contrast, parse, readable, stylesheet

    css = stylesheet(Branding(primary_color="#ffee00"))  # a pale yellow: too light for links on white
    link = re.search(r"--md-typeset-a-color: (#\w+);", css).group(1)
    assert contrast(parse(link), WHITE) >= 4.5
    assert "--md-primary-bg-color: #000000;" in css
    dark_link = re.search(r'slate"\] \{\n  --md-typeset-a-color: (#\w+);', css).group(1)
    assert contrast(parse(dark_link), SLATE) >= 4.5
    assert readable(parse("#0b5394"), WHITE) == parse("#0b5394")  # already readable: unchanged
    assert stylesheet(Branding()) is None


@pytest.mark.browser
def test_branding_in_the_browser(page, branded_site: Path, local_server) -> None:  # type: ignore[no-untyped-def]
    url = local_server.serve(branded_site, "branded")
    page.goto(url)
    header = page.locator("header.md-header")
    assert header.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(11, 83, 148)"  # #0b5394
    assert header.evaluate("e => getComputedStyle(e).color") == "rgb(255, 255, 255)"
    logo = page.locator(".md-header .md-logo img")
    assert logo.evaluate("img => img.complete && img.naturalWidth") == 24
    assert page.locator(".pb-edition").inner_text().startswith("Acme Ltd edition of the Test Playbook")
    assert page.console_errors == []


@pytest.mark.parametrize(
    ("direct_url", "expected"),
    [
        ('{"url": "https://github.com/acme/playbook.git", "vcs_info": {"vcs": "git", "commit_id": "abc123"}}',
         "outsourcing-playbook @ git+https://github.com/acme/playbook.git@abc123"),
        ('{"url": "file:///home/me/playbook", "dir_info": {"editable": true}}', None),
        (None, None),
    ],
)
def test_requirements_name_the_source_the_package_came_from(monkeypatch, direct_url, expected) -> None:
    from playbook_builder import __version__
    from playbook_builder.commands import init as init_module

    class Installed:
        def read_text(self, name: str):
            return direct_url if name == "direct_url.json" else None

    monkeypatch.setattr(init_module.metadata, "distribution", lambda name: Installed())
    assert init_module.package_requirement() == (expected or f"outsourcing-playbook=={__version__}")
