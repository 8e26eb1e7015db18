"""The catalogue of content rules: one name and one sentence each.

Problems carry these names, ``playbook check`` prints them, and the site's content-model page lists them, so a
rule has exactly one description. The loader and the model enforce the file-level rules; :mod:`.checks`
enforces the cross-file ones.
"""

from __future__ import annotations

FILE_RULES: dict[str, str] = {
    "unreadable-file": "A content file can be opened and read.",
    "utf-8": "A content file is encoded as UTF-8.",
    "empty-file": "A content file is not empty.",
    "tab-indentation": "YAML is indented with spaces, never tabs.",
    "yaml-syntax": "A content file is well-formed YAML holding a single document.",
    "yaml-alias": "YAML anchors may be set, but aliases (*name) and merge keys (<<) are refused, so nothing can expand.",
    "yaml-tag": "Values are plain YAML: no custom or language-specific tags.",
    "yaml-key": "Mapping keys are plain words.",
    "duplicate-key": "A key appears at most once in a mapping (plain YAML would silently keep the last one).",
    "missing-file": "The content folder holds playbook.yml.",
    "unknown-field": "Every field is one the content model knows: a misspelt field is an error, not ignored.",
    "missing-field": "Every required field is present.",
    "wrong-type": "Every value has the type its field needs (text, number, list, ...).",
    "empty-text": "No text field is empty or blank.",
    "placeholder-text": "No text is left as a TODO placeholder (as `playbook new` writes them).",
    "raw-html": "Text is plain: no HTML tags, so nothing can run on the page.",
    "id-format": "Ids follow their pattern: slugs for checklists, sources, roles and cases; CODE-NN for mistakes, "
    "CODE-NN-Mn for mitigations and CODE-Qn for questions.",
    "invalid-value": "Values are within their allowed range or choices (severity, year, weight, version, ...).",
    "overlay-format": "An overlay folder holds overlay.yml and, in its checklists/ folder, only new checklists whose "
    "ids are not used upstream; an override changes fields, never an id or a list of items that have ids of their "
    "own; no item is both changed and removed.",
    "overlay-unknown-id": "Every id that an overlay changes, removes or adds into exists upstream (or in an earlier "
    "overlay).",
    "overlay-remove": "Removing an item leaves nothing broken: references to a removed mistake or source are dropped "
    "from upstream lists, but an item left without something it needs (a question detecting no mistake, a mistake "
    "no question detects, a mitigation whose owner role is gone, ...) must be removed or changed too.",
    "overlay-drift": "Warning: an upstream item that an overlay changes or removes has changed since the overlay was "
    "pinned; the warning shows each changed field, old and new.",
    "overlay-pin": "Warning: every upstream item that an overlay changes or removes is pinned in its "
    "upstream.lock.yml by the command playbook overlay pin, so that upstream changes to it can be reported.",
}

CHECK_RULES: dict[str, str] = {
    "unique-ids": "Every id is used once across the whole playbook, and so is every checklist code.",
    "id-matches-file": "A checklist's id is its file name without the extension.",
    "id-prefix": "An item's id starts with its checklist's code; a mitigation's id starts with its mistake's id.",
    "reference-resolves": "Every reference resolves: related mistakes, detected mistakes, sources, owner roles and "
    "the mistakes and sources of case studies.",
    "checklist-has-mistakes": "Every checklist holds at least one mistake.",
    "mistake-has-mitigation": "Every mistake has at least one mitigation.",
    "mistake-has-warning-sign": "Every mistake has at least one warning sign.",
    "mistake-has-source": "Every mistake cites at least one source.",
    "mistake-detected": "Every mistake is detected by at least one self-assessment question.",
    "question-detects": "Every question detects at least one mistake.",
    "question-levels": "Every question has at least two answer levels, all different, ordered from least to most "
    "mature.",
}

ALL_RULES: dict[str, str] = {**FILE_RULES, **CHECK_RULES}
