"""The preview never stalls on broken content: ``playbook serve`` keeps answering, with every problem in a banner
on every page, and drops the banner once the file is fixed; builds still refuse broken content."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

from conftest import replace_in, write_project


def _serve_build(config_file: Path, site: Path) -> None:
    """Build as ``mkdocs serve`` does its first build: the plugins are told the command is ``serve``."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(str(config_file), site_dir=str(site))
    config.plugins.on_startup(command="serve", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()


def test_first_build_broken_still_answers_every_page_with_the_banner(tmp_path: Path, content: Path) -> None:
    replace_in(content / "alpha.yml", "id: alpha", 'id: "<script>alert(1)</script>"')
    site = tmp_path / "site"
    _serve_build(write_project(tmp_path, content, extra_config="nav:\n  - index.md\n  - checklists/index.md\n"
                               "  - mistakes.md\n"), site)
    for page in ["index.html", "checklists/index.html", "mistakes/index.html"]:
        html = (site / page).read_text(encoding="utf-8")
        assert 'class="admonition failure playbook-problems"' in html, page
        assert "nothing could be built from it yet" in html
        assert "<code>checklists/alpha.yml:1:5</code> <strong>id-format</strong>: id: &#x27;&lt;script&gt;alert(1)" \
               "&lt;/script&gt;&#x27; does not have the expected form" in html
        assert "<script>alert(1)" not in html
    assert "Waiting for the content" in (site / "checklists" / "index.html").read_text(encoding="utf-8")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _get(url: str) -> str:
    """A page, which must answer within five seconds."""
    with urllib.request.urlopen(url, timeout=5) as response:
        return str(response.read().decode("utf-8"))


def _wait_for(condition: Callable[[], bool], seconds: float, what: str) -> float:
    """Poll until ``condition`` holds; returns how long it took."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        try:
            if condition():
                return time.monotonic() - start
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{what} within {seconds} seconds")


def test_serve_shows_problems_and_clears_them_when_fixed(tmp_path: Path, content: Path) -> None:
    write_project(tmp_path, content)
    port = _free_port()
    page = f"http://127.0.0.1:{port}/checklists/alpha/"
    log = tmp_path / "serve.log"
    with log.open("w", encoding="utf-8") as output:
        server = subprocess.Popen([sys.executable, "-m", "playbook_builder", "serve", "-a", f"127.0.0.1:{port}"],
                                  cwd=tmp_path, stdout=output, stderr=subprocess.STDOUT)
    try:
        _wait_for(lambda: "Alpha phase" in _get(page), 60, "the preview did not start")
        replace_in(content / "alpha.yml", "title: Alpha phase", "title: [Alpha phase")
        _wait_for(lambda: "playbook-problems" in _get(page), 20, "the banner did not appear")
        html = _get(page)
        assert re.search(r"<code>checklists/alpha\.yml:\d+:\d+</code> <strong>yaml-syntax</strong>: ", html)
        assert "Alpha phase" in html  # the last good content is still there
        assert "playbook-problems" in _get(f"http://127.0.0.1:{port}/")  # on every page
        replace_in(content / "alpha.yml", "title: [Alpha phase", "title: Alpha phase, fixed")
        _wait_for(lambda: "Alpha phase, fixed" in (html := _get(page)) and "playbook-problems" not in html, 20,
                  "the banner did not go")
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    assert "yaml-syntax" in log.read_text(encoding="utf-8")  # the terminal says it too
