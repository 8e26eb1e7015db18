"""An overlay written for content 1.0 builds again after ``playbook overlay upgrade``: ``playbook check`` says what
is missing and how to fix it, the upgrade fills in what it can (marking its guesses) and keeps the file's comments,
and an organisation's own rules are sources of kind internal."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from playbook_builder.commands import main as cli
from playbook_builder.load import load_playbook
from playbook_builder.overlays import Overlay
from playbook_builder.problems import ContentError

from conftest import FIXTURE, write_project

OLD = Path(__file__).resolve().parent / "fixtures" / "overlay-1.0"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(OLD, tmp_path / "overlay")
    return write_project(tmp_path, FIXTURE, plugin_options="      overlays: [overlay]\n")


def load(project: Path):  # type: ignore[no-untyped-def]
    return load_playbook(FIXTURE, mergers=[Overlay(project.parent / "overlay", display_root=project.parent)],
                         display_root=project.parent)


def test_check_says_what_an_old_overlay_lacks_and_how_to_fix_it(project: Path) -> None:
    with pytest.raises(ContentError) as caught:
        load(project)
    found = [str(problem) for problem in caught.value.problems]
    assert "overlay/overlay.yml:5:7: missing-field: the field 'publisher' is missing: sources need it since content " \
           "model 1.1.0; `playbook overlay upgrade` fills it in for an overlay written before, or add it by hand" \
           in found
    assert sum("the field 'kind' is missing" in problem for problem in found) == 2


def test_upgrade_fills_in_what_it_can_and_the_overlay_builds_again(project: Path) -> None:
    overlay = project.parent / "overlay" / "overlay.yml"
    before = overlay.read_text(encoding="utf-8")
    result = CliRunner().invoke(cli, ["overlay", "upgrade", "-f", str(project)])
    assert result.exit_code == 0, result.output
    assert "overlay/overlay.yml:5: acme-procurement-policy: added kind: internal" in result.output
    assert "added kind: web (a guess: kind set to web" in result.output
    after = overlay.read_text(encoding="utf-8")
    assert after.startswith(before.splitlines(keepends=True)[0])  # the comments stay
    assert '      kind: "internal"\n' in after and "# playbook overlay upgrade: kind set to web" in after
    playbook, _ = load(project)
    sources = playbook.source_by_id
    assert sources["acme-procurement-policy"].kind.value == "internal"
    assert sources["acme-procurement-policy"].url == "http://intranet/procurement-policy"
    assert sources["acme-vendor-handbook"].publisher == "Acme Ltd"
    again = CliRunner().invoke(cli, ["overlay", "upgrade", "-f", str(project)])
    assert "nothing to upgrade" in again.output and overlay.read_text(encoding="utf-8") == after


@pytest.mark.parametrize(("url", "kind", "reason"), [
    ("http://www.example.com/policy", "web", "is not https; only an internal source (kind: internal) may use"),
    ("https://localhost/policy", "internal", "is this computer's own address"),
    ("http://127.0.0.1:8000/policy", "internal", "is this computer's own address"),
])
def test_a_source_address_is_https_or_an_intranet_one_never_this_computer(content: Path, url: str, kind: str,
                                                                          reason: str) -> None:
    sources = content / "sources.yml"
    sources.write_text(sources.read_text(encoding="utf-8") + f"""  - id: house-rule
    title: House rule
    author: Acme Ltd
    publisher: Acme Ltd
    kind: {kind}
    year: 2024
    url: {url}
""", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_playbook(content)
    assert any(reason in str(problem) and "url" in str(problem) for problem in caught.value.problems)
