"""Property-based tests: whatever YAML arrives, the loader answers with a located error or a valid model."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from playbook_builder.load import load_playbook
from playbook_builder.load.yamlsource import parse_yaml
from playbook_builder.model import Playbook
from playbook_builder.problems import ContentError

from conftest import FIXTURE

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30),
    st.sampled_from(["SEL-01", "ALP-01", "<b>x</b>", "", "  ", "critical", "TODO", "https://x.org"]),
)
values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["id", "title", "severity", "mistakes", "questions", "levels", "detects", "x"])
        | st.text(max_size=8), children, max_size=5),
    max_leaves=25,
)


def _mutate(data: object, path: list, value: object) -> object:
    """Replace the node at a (loosely followed) path inside data with value."""
    if not path:
        return value
    step, rest = path[0], path[1:]
    if isinstance(data, dict) and data:
        key = sorted(data, key=str)[step % len(data)]
        return {**data, key: _mutate(data[key], rest, value)}
    if isinstance(data, list) and data:
        index = step % len(data)
        return [*data[:index], _mutate(data[index], rest, value), *data[index + 1:]]
    return value


def assert_located_or_valid(root: Path) -> None:
    try:
        playbook, _ = load_playbook(root, display_root=root.parent)
    except ContentError as error:
        assert error.problems, "a ContentError always names at least one problem"
        for problem in error.problems:
            assert problem.location.file.startswith("checklists/"), problem
            assert problem.location.line >= 1 and problem.location.column >= 1, problem
            assert problem.rule and problem.message, problem
    else:
        assert isinstance(playbook, Playbook)


_settings = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_settings
@given(document=values)
def test_any_yaml_document_as_a_checklist(document: object) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "checklists"
        shutil.copytree(FIXTURE, root)
        (root / "beta.yml").write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        assert_located_or_valid(root)


@_settings
@given(path=st.lists(st.integers(min_value=0, max_value=50), max_size=5), value=values)
def test_a_valid_checklist_with_any_part_replaced(path: list, value: object) -> None:
    original = yaml.safe_load((FIXTURE / "alpha.yml").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "checklists"
        shutil.copytree(FIXTURE, root)
        (root / "alpha.yml").write_text(yaml.safe_dump(_mutate(original, path, value)), encoding="utf-8")
        assert_located_or_valid(root)


@settings(max_examples=300, deadline=None)
@given(raw=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_any_bytes_parse_or_give_located_problems(raw: bytes) -> None:
    data, problems = parse_yaml(raw, "f.yml")
    for problem in problems:
        assert problem.location.file == "f.yml" and problem.location.line >= 1
    if data is None:
        assert problems
