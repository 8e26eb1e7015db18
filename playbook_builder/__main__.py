"""``python -m playbook_builder`` runs the ``playbook`` command."""

from .cli import main

main(prog_name="playbook")
