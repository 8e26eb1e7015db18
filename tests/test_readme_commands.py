"""The README's Quick start works as written: its build command, run in a fresh clone with no virtual environment
active, sets up its own .venv and builds the site (both editions, the contract library) with no loopback address in
it; CI runs the README's test command exactly as the README gives it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
LOOPBACK = re.compile(r"127\.0\.0\.1|localhost", re.IGNORECASE)
#: Generous for pip and a full build on a slow runner, well under the five minutes the slow test may take.
BUILD_TIMEOUT = 240


def quick_start_command(label: str) -> str:
    """The one-line ``bash`` block that follows the bold ``label`` in the README's Quick start, exactly as written."""
    text = README.read_text(encoding="utf-8")
    section = re.search(r"^## Quick start\n(.*?)(?=^## )", text, re.MULTILINE | re.DOTALL)
    assert section, "README.md has no '## Quick start' section followed by another '## ' heading"
    found = re.search(rf"^\*\*{re.escape(label)}\*\*.*?^```bash\n(.*?)^```", section.group(1),
                      re.MULTILINE | re.DOTALL)
    assert found, (f"README.md's Quick start has no paragraph starting with **{label}** followed by a ```bash block: "
                   "update tests/test_readme_commands.py and .ci/run with the README")
    lines = found.group(1).strip().splitlines()
    assert len(lines) == 1, f"the **{label}** block of README.md's Quick start should be one command line: {lines}"
    return lines[0]


def build_command() -> str:
    return quick_start_command("Build the playbook")


def readme_test_command() -> str:
    return quick_start_command("Run the tests.")


def test_the_quick_start_gives_a_build_command_and_a_test_command() -> None:
    assert "playbook build" in build_command() and "python3 -m venv .venv" in build_command()
    assert readme_test_command() == "bash tests/run"


def test_ci_runs_the_readmes_commands_as_written() -> None:
    lines = [line.strip() for line in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert readme_test_command() in lines, f".ci/run does not run the README's test command {readme_test_command()!r}"
    # CI builds into a folder of its own; the command is the README's up to that option.
    assert any(line == build_command() or line.startswith(build_command() + " -d ") for line in lines), (
        f".ci/run does not run the README's build command {build_command()!r}")


def newcomer_environment() -> dict[str, str]:
    """This process's environment without the virtual environment the tests run in, as on a newcomer's machine."""
    active = {Path(sys.prefix) / "bin"} if sys.prefix != sys.base_prefix else set()
    if os.environ.get("VIRTUAL_ENV"):
        active.add(Path(os.environ["VIRTUAL_ENV"]) / "bin")
    path = [entry for entry in os.environ.get("PATH", "").split(os.pathsep)
            if entry and Path(entry) not in active]
    dropped = {"VIRTUAL_ENV", "VIRTUAL_ENV_PROMPT", "PYTHONHOME", "PYTHONPATH", "SITE_URL", "NO_MKDOCS_2_WARNING"}
    environment = {name: value for name, value in os.environ.items() if name not in dropped}
    environment["PATH"] = os.pathsep.join(path)
    return environment


@pytest.mark.slow
def test_the_readmes_build_command_builds_the_site_in_a_fresh_clone(tmp_path: Path) -> None:
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("needs git and a git clone of the repository (the README's commands start from one)")
    clone = tmp_path / "clone"
    # HEAD as committed: a newcomer's clone has none of this work tree's uncommitted changes or ignored files.
    subprocess.run(["git", "clone", "--quiet", "--no-hardlinks", str(REPO), str(clone)], check=True, timeout=120)
    assert not (clone / ".venv").exists() and not (clone / "site").exists()

    started = time.monotonic()
    built = subprocess.run(["bash", "-c", build_command()], cwd=clone, env=newcomer_environment(),
                           capture_output=True, text=True, timeout=BUILD_TIMEOUT)
    elapsed = time.monotonic() - started
    assert built.returncode == 0, f"{build_command()!r} failed after {elapsed:.0f} s:\n{built.stdout}\n{built.stderr}"

    assert (clone / ".venv" / "bin" / "playbook").is_file(), "the build command did not set up .venv in the clone"
    site = clone / "site"
    for page in ["index.html", "fr/index.html", "contract/index.html"]:
        assert (site / page).is_file(), f"the build command did not write site/{page}"
    pages = sorted(site.rglob("*.html"))
    leaks = [f"{page.relative_to(site)}: {match.group(0)}" for page in pages
             for match in [LOOPBACK.search(page.read_text(encoding="utf-8"))] if match]
    assert leaks == [], f"loopback addresses in the built site: {leaks[:10]}"
