"""Lighthouse scores of the shipped playbook's home, a checklist and the assessment, served as a real host would
serve them, and of the assessment of a playbook with three times as many questions.

    python benchmarks/lighthouse.py [--lighthouse PATH] [--chromium /usr/bin/chromium] [--preset mobile|desktop]
                                    [--runs 3]

Builds the sites, serves them on 127.0.0.1 with gzip (as GitHub Pages and most hosts do), and runs the Lighthouse
command line against the system Chromium; each score is the median of --runs runs. Lighthouse comes from the npm
registry: `npm install lighthouse` in a scratch folder and pass its `node_modules/.bin/lighthouse`, or let the
script use `npx --yes lighthouse@12`. Targets: performance ≥ 0.95, accessibility 1.0, best practices 1.0.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import json
import os
import shlex
import socketserver
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAGES = ["", "checklists/vendor-selection/", "assessment/", "portfolio/", "roles/", "contract/", "contract/review/"]
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files gzip-compressed when the client accepts it."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the base class redirects to the folder's address
            path = path / "index.html"
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not path.is_file() or path.suffix not in COMPRESSIBLE or not accepts_gzip:
            return super().send_head()
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def build(folder: Path, base: str, config: Path) -> None:
    command = [sys.executable, "-m", "playbook_builder", "build", "-f", str(config), "-d", str(folder)]
    result = subprocess.run(command, cwd=config.parent, capture_output=True, text=True,
                            env={**os.environ, "SITE_URL": base, "NO_MKDOCS_2_WARNING": "1"})
    if result.returncode:
        raise SystemExit(result.stderr)


def three_times_the_questions(folder: Path) -> Path:
    """A synthetic playbook with three times the shipped number of questions; returns its mkdocs.yml."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run import synthetic_project

    sys.path.insert(0, str(REPO))
    from playbook_builder.load import load_playbook

    questions = len(load_playbook(REPO / "checklists")[0].questions)
    return synthetic_project(questions * 3 * 4, folder)  # synth.py asks one question for every four mistakes


def scores(args: argparse.Namespace, url: str, folder: Path) -> dict[str, float]:
    """The median score of each category over --runs runs of Lighthouse."""
    runs: list[dict[str, float]] = []
    for _ in range(args.runs):
        report = folder / "report.json"
        flags = ("--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking "
                 "--disable-component-update --disable-sync")
        command = [*shlex.split(args.lighthouse), url, "--quiet", "--output=json", f"--output-path={report}",
                   f"--chrome-flags={flags}", "--only-categories=performance,accessibility,best-practices"]
        if args.preset == "desktop":
            command.append("--preset=desktop")
        subprocess.run(command, env={**os.environ, "CHROME_PATH": args.chromium}, check=True, capture_output=True)
        runs.append({k: v["score"] for k, v in json.loads(report.read_text())["categories"].items()})
    return {category: statistics.median(run[category] for run in runs) for category in runs[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lighthouse", default="npx --yes lighthouse@12", help="the Lighthouse command")
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
    parser.add_argument("--preset", choices=["mobile", "desktop"], default="mobile")
    parser.add_argument("--runs", type=int, default=3, help="runs per page; the median is shown (default 3)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        handler = functools.partial(GzipHandler, directory=str(folder / "www"))
        with socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler) as server:
            base = f"http://127.0.0.1:{server.server_address[1]}/"
            build(folder / "www" / "shipped", base + "shipped/", REPO / "mkdocs.yml")
            large = three_times_the_questions(folder / "large")
            build(folder / "www" / "large", base + "large/", large)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            print(f"{'page':<40} {'performance':>11} {'accessibility':>13} {'best practices':>14}")
            pages = [f"shipped/{page}" for page in PAGES] + ["large/assessment/"]
            for page in pages:
                found = scores(args, base + page, folder)
                print(f"{'/' + page:<40} {found['performance']:>11.2f} {found['accessibility']:>13.2f} "
                      f"{found['best-practices']:>14.2f}")
            server.shutdown()


if __name__ == "__main__":
    main()
