"""The few git questions the comparison asks, answered by the ``git`` command; ``None`` when git cannot answer
(no git, not a repository, no such revision), so callers can skip quietly."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path


def git(folder: Path, *args: str) -> bytes | None:
    """The output of ``git ARGS`` run in ``folder``, or ``None`` when it fails."""
    try:
        done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


def text(folder: Path, *args: str) -> str | None:
    out = git(folder, *args)
    return None if out is None else out.decode("utf-8", "replace").strip()


def is_revision(folder: Path, revision: str) -> bool:
    return not revision.startswith("-") and git(folder, "rev-parse", "--verify", "--quiet",
                                                f"{revision}^{{commit}}") is not None


def export(folder: Path, revision: str, subfolder: str, target: Path) -> Path | None:
    """Write ``subfolder`` as it was at ``revision`` into ``target``; returns the copy, or ``None`` if it was not
    there."""
    archive = git(folder, "archive", "--format=tar", revision, "--", subfolder)
    if archive is None:
        return None
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        _extract(tar, target)
    copy = target / subfolder
    return copy if copy.is_dir() else None


def _extract(tar: tarfile.TarFile, target: Path) -> None:
    """Extract the archive git wrote, refusing anything outside ``target`` and anything but files and folders.
    Python's own ``data`` filter does that, but Python before 3.11.4 (Debian 12's 3.11.2) lacks it."""
    if hasattr(tarfile, "data_filter"):
        tar.extractall(target, filter="data")
        return
    root = target.resolve()
    for member in tar.getmembers():
        if not (member.isfile() or member.isdir()) or not (root / member.name).resolve().is_relative_to(root):
            raise ValueError(f"{member.name}: not a file or folder inside the archive")
    tar.extractall(target)


def last_tag(folder: Path) -> str | None:
    """The most recent tag reachable from HEAD (``git describe --tags --abbrev=0``)."""
    return text(folder, "describe", "--tags", "--abbrev=0") or None


def changed_since(folder: Path, revision: str) -> bool:
    """Whether anything under ``folder`` differs from ``revision``: committed, staged, unstaged or new files."""
    differs = subprocess.run(["git", "-C", str(folder), "diff", "--quiet", revision, "--", "."],
                             capture_output=True, timeout=60, check=False).returncode
    if differs == 1:
        return True
    return bool(text(folder, "ls-files", "--others", "--exclude-standard", "--", "."))


def file_at(folder: Path, revision: str, name: str) -> str | None:
    """The text of ``folder/name`` at ``revision``."""
    prefix = text(folder, "rev-parse", "--show-prefix")
    if prefix is None:
        return None
    out = git(folder, "show", f"{revision}:{prefix}{name}")
    return None if out is None else out.decode("utf-8", "replace")
