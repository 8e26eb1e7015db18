"""Load: read the content's YAML with positions, let overlays merge, validate it into the model, run the checks."""

from .loader import Document, Merger, load_playbook

__all__ = ["Document", "Merger", "load_playbook"]
