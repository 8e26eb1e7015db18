"""The changelog: what each release of the content changed, in the editors' words, for the "What's new" page."""

from __future__ import annotations

import datetime
from typing import ClassVar

from pydantic import Field

from .base import Located, Text, Version


class Release(Located):
    """One released version of the content and what changed in it."""

    prose: ClassVar[tuple[str, ...]] = ("summary", "notes")

    version: Version = Field(description="The playbook version (playbook.yml) this release carries.")
    date: datetime.date = Field(description="The day it was released, as YYYY-MM-DD.")
    summary: Text | None = Field(default=None, description="One sentence on the release as a whole.")
    notes: list[Text] = Field(description="What changed, one line each; `playbook diff --format markdown` drafts "
                              "them.")


class ChangelogFile(Located):
    """changelog.yml: the releases, newest first."""

    releases: list[Release]
