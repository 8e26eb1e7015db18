"""The release rule: content that changed since the last release tag needs a new version in playbook.yml.

Asked of git, so ``playbook check`` runs it and builds do not; outside a git repository, without tags or without
git, it says nothing.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from ..problems import Location, Problem
from . import git


def version_problems(root: Path, version: str, where: Location) -> list[Problem]:
    """A ``version-bump`` warning when the content folder ``root`` changed since the last tag but its version did
    not; ``where`` is the version's place in playbook.yml."""
    tag = git.last_tag(root)
    if tag is None or not git.changed_since(root, tag):
        return []
    released = git.file_at(root, tag, "playbook.yml")
    try:
        data = yaml.safe_load(released) if released else None
    except yaml.YAMLError:
        return []
    if not isinstance(data, dict) or str(data.get("version")) != version:
        return []
    return [Problem(where, "version-bump", f"the content has changed since the release {tag}, but its version is "
                    f"still {version}; raise it in playbook.yml and add the release to changelog.yml (playbook diff "
                    f"{tag} HEAD --format markdown drafts the notes)", warning=True)]
