"""Overlays: an organisation's changes to the upstream playbook, kept out of the upstream files.

A fork that edits the upstream checklists gets a merge conflict every time upstream improves the same lines. An
overlay instead names what to change by id, in a folder of its own, and is merged into the upstream content
*while it loads*: after the YAML is read (so every value keeps its file and line) and before it is validated, so
the merged playbook passes exactly the same checks as the upstream one and a bad overlay value is reported at
the overlay's own line. An overlay folder holds:

- ``overlay.yml``: ``override`` (fields to change, by id), ``remove`` (ids) and ``add`` (new items);
- ``checklists/``: optional whole new checklists, in the upstream checklist format;
- ``upstream.lock.yml``: written by ``playbook overlay pin``: the upstream content version and the upstream
  values of every item the overlay changes or removes. ``playbook check`` compares them with the upstream content
  and warns, field by field, when upstream has changed such an item since (the *drift report*).

Several overlays apply in order; for each one, "upstream" is the content as the earlier ones left it. Removing a
mistake or source also drops the references to it from upstream lists (related, detects, sources, case
mistakes); when that leaves an item without a required reference, the overlay gets an error at its remove line.
:mod:`.spec` reads an overlay folder, :mod:`.merge` applies it (a pure function over the raw documents, with
:mod:`.rawitems` to find and edit items), :mod:`.lock` keeps the lock and words the drift report, and
:mod:`.folder` ties them into the loader's merger.
"""

from .folder import Overlay, overlays_for, pin

__all__ = ["Overlay", "overlays_for", "pin"]
