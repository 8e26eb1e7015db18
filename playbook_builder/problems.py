"""Where a content problem is, what rule it breaks, and the catalogue of those rules.

Every stage (YAML loading, model validation, overlays, cross-file checks) reports problems the same way, so that a
run can collect all of them and print them together as ``file:line:column: rule: message``. The catalogue gives
each rule one name and one sentence: problems carry the names, ``playbook check`` prints them, and the site's
content-model page lists them, so a rule has exactly one description.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple


class Location(NamedTuple):
    """A position in a content file; ``line`` and ``column`` are 1-based, as editors show them. A problem with the
    file as a whole (missing, empty, unreadable) has no line and column rather than an invented ``1:1``.

    A named tuple because a large playbook holds hundreds of thousands of them.
    """

    file: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        if self.line is None:
            return self.file
        return f"{self.file}:{self.line}" if self.column is None else f"{self.file}:{self.line}:{self.column}"

    @property
    def order(self) -> tuple[str, int, int]:
        """A sort key: by file, then position, with whole-file problems first."""
        return self.file, self.line or 0, self.column or 0


@dataclass(frozen=True)
class Problem:
    """One broken rule at one place. ``warning`` problems are reported but do not stop a build."""

    location: Location
    rule: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        return f"{self.location}: {self.rule}: {self.message}"


class ContentError(Exception):
    """Raised when content has problems; carries every problem found in the run, sorted by place."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: (p.location.order, p.rule))
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        lines = [str(p) for p in self.problems]
        lines.append(f"{count} problem{'s' if count != 1 else ''} found in the playbook content.")
        return "\n".join(lines)


def display_path(path: Path, root: Path | None = None) -> str:
    """A short path for messages: relative to ``root`` (or the working directory) when possible.

    The file itself is never resolved: a symbolic link is named as the author sees it in the folder, not by its
    target.
    """
    here = path.parent.resolve() / path.name
    for base in (root, Path.cwd()):
        if base is None:
            continue
        try:
            return here.relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return path.as_posix()


# The rule catalogue. The loader and the model enforce the file rules; load.checks enforces the cross-file ones.

FILE_RULES: dict[str, str] = {
    "unreadable-file": "A content file can be opened and read.",
    "utf-8": "A content file is encoded as UTF-8.",
    "empty-file": "A content file is not empty.",
    "tab-indentation": "YAML is indented with spaces, never tabs.",
    "yaml-syntax": "A content file is well-formed YAML holding a single document.",
    "yaml-alias": "YAML anchors may be set, but aliases (*name) and merge keys (<<) are refused, so nothing can "
    "expand.",
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
    "reference-resolves": "Every reference resolves: related mistakes, detected mistakes, sources, owner roles, "
    "the mistakes and sources of case studies and provisions, and each framework's source.",
    "checklist-has-mistakes": "Every checklist holds at least one mistake.",
    "mistake-has-mitigation": "Every mistake has at least one mitigation.",
    "mistake-has-warning-sign": "Every mistake has at least one warning sign.",
    "mistake-has-source": "Every mistake cites at least one source.",
    "mistake-detected": "Every mistake is detected by at least one self-assessment question.",
    "question-detects": "Every question detects at least one mistake.",
    "question-levels": "Every question has at least two answer levels, all different, ordered from least to most "
    "mature.",
    "question-vendor": "Warning: every question has a vendor wording (vendor), which the questionnaire sent to a "
    "vendor asks instead: the same question about the vendor's own practice, or how they help you with yours, so "
    "that a low answer reveals the same mistakes.",
    "applies-when": "applies_when names scoping facts from scope.yml and options of those facts.",
    "severity-when": "severity_when names scoping facts from scope.yml and options of those facts, and each rule "
    "gives a severity other than the mistake's base severity.",
    "fact-options": "Every scoping fact has at least two options, with different ids.",
    "checklist-excluded": "Warning: a checklist has a mistake for every situation; if an answer to a scoping fact "
    "hides all its mistakes, the checklist itself should say so with its own applies_when.",
    "mitigation-excluded": "A mistake whose mitigations carry applies_when keeps at least one mitigation for every "
    "reader who sees the mistake.",
    "retired-id": "An id listed in retired.yml is never used again, and is retired only once.",
    "id-gap": "Every number skipped in a checklist's mistake ids is recorded in retired.yml (merged, withdrawn or "
    "never released), so that no number is ever reused silently.",
    "changelog": "The changelog (changelog.yml) lists each version once, newest first, and none newer than the "
    "version in playbook.yml.",
    "version-bump": "Warning: when the content has changed since the last release tag of its git repository, the "
    "version in playbook.yml has changed too (playbook check only).",
    "citation-pinpoint": "Every citation of a regulation, guidance or standard gives a pinpoint (at: article, "
    "paragraph, section or page), and so does every citation of a law note.",
    "minimum-wording": "A provision of the minimum agreement (minimum: true) has a minimum_wording, and only those "
    "provisions have one.",
    "requirement-at": "Each framework requirement's pinpoint (at) names one point the build can read, such as "
    "Art. 30(2)(a) or para 75(b), so that citations can be matched to it.",
    "framework-gap": "Warning: every framework requirement is covered: a provision or a mistake cites the "
    "framework's source with a pinpoint that names the requirement's point (or a sub-point of it).",
    "termbase": "In terms.yml, no variant to avoid is also a term or a form in the same language.",
    "term-variant": "Warning: the content and each translation name a concept by its term in terms.yml, never by one "
    "of its variants to avoid (reported at the line, the catalogue entry's line for a translation).",
    "po-syntax": "A translation catalogue (locales/LANG.po) is a valid gettext PO file.",
    "translation-missing": "Warning: every text of the content has a translation in each catalogue (the page "
    "shows the English meanwhile).",
    "translation-stale": "Warning: no translation was made from English that has changed since (the page shows "
    "the English until the entry is reviewed).",
    "translation-obsolete": "Warning: a catalogue has no entry for a text that no longer exists (playbook "
    "translate update drops them).",
}

ALL_RULES: dict[str, str] = {**FILE_RULES, **CHECK_RULES}
