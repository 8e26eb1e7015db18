"""Compare: two editions of the playbook, item by item and field by field, for upgrades and release notes.

Nothing here knows about MkDocs: an edition is the plain data of ``playbook.json``, read from a content folder, a
``playbook.json`` file or a git revision (:mod:`.editions`); :mod:`.changes` compares two, :mod:`.formats` writes
the result as text, Markdown or JSON, and :mod:`.release` warns when content changed but its version did not.
"""

from .changes import Change, Comparison, FieldChange, compare
from .editions import edition
from .formats import FORMATS, render
from .release import version_problems

__all__ = ["FORMATS", "Change", "Comparison", "FieldChange", "compare", "edition", "render", "version_problems"]
