"""Lighthouse scores of the shipped playbook's home and checklist pages, served as a real host would serve them.

    python benchmarks/lighthouse.py [--lighthouse PATH] [--chromium /usr/bin/chromium] [--preset mobile|desktop]

Builds the site, serves it on 127.0.0.1 with gzip (as GitHub Pages and most hosts do), and runs the Lighthouse
command line against the system Chromium. Lighthouse comes from the npm registry: `npm install lighthouse` in a
scratch folder and pass its `node_modules/.bin/lighthouse`, or let the script use `npx --yes lighthouse@12`.
Targets: performance ≥ 0.95, accessibility 1.0, best practices 1.0.
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
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAGES = ["", "checklists/vendor-selection/", "assessment/"]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lighthouse", default="npx --yes lighthouse@12", help="the Lighthouse command")
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
    parser.add_argument("--preset", choices=["mobile", "desktop"], default="mobile")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        handler = functools.partial(GzipHandler, directory=str(Path(folder) / "site"))
        with socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler) as server:
            base = f"http://127.0.0.1:{server.server_address[1]}/"
            command = [sys.executable, "-m", "playbook_builder", "build", "-d", str(Path(folder) / "site")]
            build = subprocess.run(command,
                                   cwd=REPO, env={**os.environ, "SITE_URL": base, "NO_MKDOCS_2_WARNING": "1"},
                                   capture_output=True, text=True)
            if build.returncode:
                raise SystemExit(build.stderr)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            print(f"{'page':<32} {'performance':>11} {'accessibility':>13} {'best practices':>14}")
            for page in PAGES:
                report = Path(folder) / "report.json"
                flags = ("--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking "
                         "--disable-component-update --disable-sync")
                command = [*shlex.split(args.lighthouse), base + page, "--quiet", "--output=json",
                           f"--output-path={report}", f"--chrome-flags={flags}",
                           "--only-categories=performance,accessibility,best-practices"]
                if args.preset == "desktop":
                    command.append("--preset=desktop")
                subprocess.run(command, env={**os.environ, "CHROME_PATH": args.chromium}, check=True,
                               capture_output=True)
                scores = {k: v["score"] for k, v in json.loads(report.read_text())["categories"].items()}
                print(f"{'/' + page:<32} {scores['performance']:>11.2f} {scores['accessibility']:>13.2f} "
                      f"{scores['best-practices']:>14.2f}")
            server.shutdown()


if __name__ == "__main__":
    main()
