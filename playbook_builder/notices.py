"""Notices a run gives once, whichever entry point meets them first: ``playbook build`` checks its configuration
before MkDocs does, and MkDocs then runs the plugin once per edition (and again on every rebuild of a preview)."""

from __future__ import annotations

NO_SITE_URL = ("site_url is not set in mkdocs.yml: pages have no canonical link, and printed checklists name their "
               "place on the site instead of printing its address and a QR code. Set it (or the SITE_URL environment "
               "variable) to the address you publish at.")

_given: set[str] = set()


def first_time(notice: str) -> bool:
    """True the first time this process asks about ``notice``: the caller gives it; later callers stay quiet."""
    if notice in _given:
        return False
    _given.add(notice)
    return True
