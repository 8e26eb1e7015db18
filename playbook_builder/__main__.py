"""``python -m playbook_builder`` runs the ``playbook`` command."""

from .cli import run

run()
