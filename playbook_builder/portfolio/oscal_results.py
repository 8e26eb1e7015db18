"""``playbook report --oscal``: the playbook's OSCAL catalog and the OSCAL assessment results of every result in
the report, for auditors and GRC tools (the documents themselves are :mod:`..oscal`'s)."""

from __future__ import annotations

from ..model import Playbook
from ..oscal import assessment_results, catalog_json, dump, results_file
from ..oscal.results import CATALOG_FILE
from .rollup import Portfolio

#: The folder of the report that holds the OSCAL files.
OSCAL_DIR = "oscal"


def oscal_files(playbook: Playbook, portfolio: Portfolio) -> dict[str, bytes]:
    """The catalog and one assessment-results document per result (each side of a subject), by path in the
    report's folder; the results point at the catalog beside them."""
    files = {f"{OSCAL_DIR}/{CATALOG_FILE}": catalog_json(playbook)}
    for subject in portfolio.subjects:
        for scored in [*subject.history, *([subject.vendor] if subject.vendor else [])]:
            result = scored.result
            document = assessment_results(
                playbook, subject=subject.name, date=result.day.isoformat(), answers=result.answers,
                flagged=[flag.id for flag in scored.flagged], cleared=scored.cleared, side=result.side)
            path = f"{OSCAL_DIR}/{results_file(subject.name, result.day.isoformat(), result.side)}"
            while path in files:  # two names with one slug ("Vendor A", "Vendor_A")
                path = path.removesuffix(".json") + "-2.json"
            files[path] = dump(document)
    return files
