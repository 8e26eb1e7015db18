"""``python -m playbook_builder`` runs the ``playbook`` command."""

from .commands import run

run()
