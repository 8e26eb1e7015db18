"""The OSCAL catalog: valid against NIST's models (compliance-trestle), one control per mistake, the same UUIDs
in every build, published by every build, and an edition's own when overlays change the content."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from playbook_builder.load import load_playbook
from playbook_builder.model import Playbook, restrict
from playbook_builder.oscal import NAMESPACE, OSCAL_VERSION, catalog, catalog_json, dump
from playbook_builder.overlays import Overlay
from playbook_builder.render.paths import OSCAL_CATALOG
from playbook_builder.render.site import site_files

from conftest import FIXTURE, REPO, mkdocs_build, write_project

trestle_catalog = pytest.importorskip("trestle.oscal.catalog", reason="compliance-trestle is in the test extra")
SHIPPED = REPO / "checklists"
OVERLAY = FIXTURE.parent / "overlay"


def load(content: Path) -> Playbook:
    return load_playbook(content)[0]


def validate(document: dict[str, Any]) -> Any:
    """Parse with trestle's models of OSCAL, which refuse any field, value or shape NIST's schema does not allow."""
    assert trestle_catalog.OSCAL_VERSION == OSCAL_VERSION  # the version we write is the one trestle checks
    return trestle_catalog.Catalog.parse_obj(document["catalog"])


def controls(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [control for group in document["catalog"]["groups"] for control in group.get("controls", [])]


def walk(node: Any) -> list[dict[str, Any]]:
    """Every mapping in a document, depth first."""
    if isinstance(node, dict):
        return [node, *(found for value in node.values() for found in walk(value))]
    if isinstance(node, list):
        return [found for value in node for found in walk(value)]
    return []


def own_props(control: dict[str, Any]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for prop in control["props"]:
        if prop.get("ns") == NAMESPACE:
            found.setdefault(prop["name"], []).append(prop.get("class", "") + ":" + prop["value"])
    return found


@pytest.mark.parametrize("content", [FIXTURE, SHIPPED], ids=["fixture", "shipped"])
def test_the_catalog_validates_against_nists_models_with_one_control_per_mistake(content: Path) -> None:
    playbook = load(content)
    document = catalog(playbook)
    validate(document)
    groups = document["catalog"]["groups"]
    assert [group["id"] for group in groups] == [checklist.id for checklist in playbook.checklists]
    for group, checklist in zip(groups, playbook.checklists, strict=True):
        assert [c["id"] for c in group["controls"]] == [m.id.lower() for m in checklist.mistakes]
    assert len(controls(document)) == len(playbook.mistakes)


@pytest.mark.parametrize("content", [FIXTURE, SHIPPED], ids=["fixture", "shipped"])
def test_ids_are_unique_and_every_link_reaches_a_source_in_back_matter(content: Path) -> None:
    document = catalog(load(content))
    ids = [node["id"] for node in walk(document) if "id" in node]
    assert len(ids) == len(set(ids))
    uuids = [node["uuid"] for node in walk(document) if "uuid" in node]
    assert len(uuids) == len(set(uuids))
    resources = {r["uuid"]: r for r in document["catalog"]["back-matter"]["resources"]}
    for control in controls(document):
        for link in control.get("links", []):
            assert link["href"].removeprefix("#") in resources, (control["id"], link)
    assert all(resource["rlinks"][0]["href"].startswith("https://") for resource in resources.values())


def test_a_control_holds_the_mistake_its_guidance_owners_and_its_objectives() -> None:
    playbook = load(FIXTURE)
    control = next(c for c in controls(catalog(playbook)) if c["id"] == "alp-01")
    statement, guidance, objective = control["parts"]
    assert statement == {"id": "alp-01_smt", "name": "statement", "prose": playbook.mistakes["ALP-01"].summary}
    assert guidance["prose"] == playbook.mistakes["ALP-01"].why_it_hurts
    owners = [playbook.owner_title(m.owner) for m in playbook.mistakes["ALP-01"].mitigations]
    assert [part["prose"].rsplit("Owner: ", 1)[1] for part in guidance["parts"]] == [f"{o}." for o in owners]
    assert objective["name"] == "assessment-objective" and objective["id"] == "alp-01_obj"
    signs = [p for p in objective["parts"] if p["class"] == "warning-sign"]
    questions = [p for p in objective["parts"] if p["class"] == "question"]
    assert len(signs) == len(playbook.mistakes["ALP-01"].warning_signs)
    assert [q["props"][0]["value"] for q in questions] == ["ALP-Q1"]
    assert {"name": "label", "value": "ALP-01"} in control["props"]
    assert own_props(control) == {"severity": [":high"], "phase": [":alpha"]}


def test_where_a_mistake_applies_and_its_pinpointed_sources_are_kept() -> None:
    control = next(c for c in controls(catalog(load(FIXTURE))) if c["id"] == "alp-02")
    assert own_props(control)["applies-when"] == ["size:large"]
    assert control["links"][0]["text"] == "para 4"


def test_uuids_and_text_are_the_same_in_every_build_and_the_build_publishes_the_catalog() -> None:
    first, second = load(FIXTURE), load(FIXTURE)
    text = catalog_json(first)
    assert catalog_json(second) == text
    assert site_files(first)[OSCAL_CATALOG] == text
    assert dump(catalog(first)) == text  # the catalog encoded once for the site is the document itself
    metadata = json.loads(text)["catalog"]["metadata"]
    assert metadata["version"] == first.version and metadata["oscal-version"] == OSCAL_VERSION


def test_last_modified_is_the_release_date_of_the_content() -> None:
    playbook = load(SHIPPED)
    release = next(r for r in playbook.releases if r.version == playbook.version)
    assert catalog(playbook)["catalog"]["metadata"]["last-modified"] == f"{release.date.isoformat()}T00:00:00Z"


def test_an_edition_publishes_its_own_catalog(tmp_path: Path) -> None:
    shutil.copytree(OVERLAY, tmp_path / "overlay")
    edition, _ = load_playbook(FIXTURE, mergers=[Overlay(tmp_path / "overlay", display_root=tmp_path)])
    upstream = catalog(load(FIXTURE))
    document = catalog(edition)
    validate(document)
    ids = {c["id"] for c in controls(document)}
    assert "alp-02" not in ids and {"bet-90", "alp-01"} <= ids  # removed and added by the overlay
    alp01 = next(c for c in controls(document) if c["id"] == "alp-01")
    assert own_props(alp01)["severity"] == [":critical"]
    assert document["catalog"]["uuid"] != upstream["catalog"]["uuid"]  # a new revision, a new document UUID
    small = catalog(restrict(load(FIXTURE), {"size": "small"}))
    validate(small)
    assert "alp-02" not in {c["id"] for c in controls(small)}  # it applies to large organisations only


def test_a_build_with_overlays_writes_the_editions_catalog(tmp_path: Path) -> None:
    shutil.copytree(OVERLAY, tmp_path / "overlay")
    config = write_project(tmp_path, FIXTURE, plugin_options=f"      overlays: [{(tmp_path / 'overlay').as_posix()}]\n")
    site = mkdocs_build(config, tmp_path / "site")
    document = json.loads((site / OSCAL_CATALOG).read_text(encoding="utf-8"))
    validate(document)
    assert "bet-90" in {c["id"] for c in controls(document)}
