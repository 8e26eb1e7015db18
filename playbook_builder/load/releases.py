"""The changelog's own rule: releases listed once each, newest first, none ahead of the playbook's version."""

from __future__ import annotations

from ..model import Playbook
from ..problems import Problem
from .checks import Found, check


def version_key(version: str) -> tuple[int, ...]:
    """``1.10.0`` sorts after ``1.9.0``."""
    return tuple(int(part) for part in version.split("."))


@check("changelog")
def changelog_order(playbook: Playbook) -> Found:
    seen: set[str] = set()
    previous: str | None = None
    for release in playbook.releases:
        if release.version in seen:
            yield Problem(release.where("version"), "changelog", f"the version {release.version} is listed twice")
        elif previous is not None and version_key(release.version) >= version_key(previous):
            yield Problem(release.where("version"), "changelog", f"{release.version} is listed after {previous}; "
                          f"list releases newest first")
        if version_key(release.version) > version_key(playbook.version):
            yield Problem(release.where("version"), "changelog", f"{release.version} is newer than the playbook's "
                          f"version {playbook.version} (playbook.yml); raise that version too")
        seen.add(release.version)
        previous = release.version
