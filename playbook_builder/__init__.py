"""Outsourcing playbook builder: YAML checklists → checked model → MkDocs Material site and exports.

The stages are sub-packages, in the order data flows: :mod:`.load` (YAML with positions, validation, checks),
:mod:`.overlays` (an organisation's changes, merged while loading), :mod:`.render` (pages, print views, the
assessment, exports). :mod:`.model`, :mod:`.positions` and :mod:`.problems` are the vocabulary they share. None of
them knows MkDocs: :mod:`.plugin` wires them into MkDocs and :mod:`.commands` is the ``playbook`` command.
"""

__version__ = "0.1.0"
