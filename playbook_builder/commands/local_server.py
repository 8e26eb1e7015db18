"""A quiet static file server on 127.0.0.1 and a request guard that keeps a browser on it.

``playbook pdf`` prints through it, and the test suite serves built sites with it, so both see exactly what a
reader's browser sees, and neither lets a page reach another host.
"""

from __future__ import annotations

import functools
import http.server
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class names it so
        pass


@contextmanager
def serve_folder(folder: Path, handler: type[http.server.SimpleHTTPRequestHandler] = QuietHandler) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 on a free port for the duration; yields its base URL."""
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def is_local(url: str) -> bool:
    """Whether a request stays on the machine: the local server, or data the page made itself."""
    parts = urlsplit(url)
    return parts.scheme in ("data", "blob") or (parts.scheme in ("http", "https") and parts.hostname == "127.0.0.1")


def only_local(route: Any) -> None:
    """A Playwright route handler: let local requests through, abort anything that would leave the machine."""
    if is_local(route.request.url):
        route.continue_()
    else:
        route.abort()
