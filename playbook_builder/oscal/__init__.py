"""Oscal: the playbook in NIST's Open Security Controls Assessment Language, for auditors and GRC tools.

:mod:`.catalog` writes the catalog every build publishes (one group per phase, one control per mistake);
:mod:`.results` writes the assessment results of one assessed subject, for ``playbook report --oscal``;
:mod:`.common` holds what both share: the version, the property namespace and the deterministic UUIDs.
"""

from .catalog import catalog, catalog_json
from .common import NAMESPACE, OSCAL_VERSION, dump
from .results import assessment_results, results_file

__all__ = ["NAMESPACE", "OSCAL_VERSION", "assessment_results", "catalog", "catalog_json", "dump", "results_file"]
