"""Outsourcing playbook builder: YAML checklists → checked model → MkDocs Material site and exports.

The core (:mod:`.loader`, :mod:`.model`, :mod:`.checks`, :mod:`.render`, :mod:`.exports`) knows nothing of
MkDocs; :mod:`.plugin` wires it into MkDocs and :mod:`.cli` is the ``playbook`` command.
"""

__version__ = "0.1.0"
