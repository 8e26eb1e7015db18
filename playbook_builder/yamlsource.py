"""Read one YAML file into plain Python data that remembers where every key and value stood.

PyYAML's ``safe_load`` forgets positions, keeps the last of two duplicate keys without a word and expands
aliases (the "billion laughs" bomb). This module composes the node tree itself instead: mappings become
:class:`LocDict`, sequences :class:`LocList`, and each problem (bad bytes, tabs, syntax, duplicate keys,
aliases, unsupported tags, an empty file) is reported with its file, line and column.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .problems import Location, Problem


class LocDict(dict):
    """A mapping from YAML that knows where it, each key and each value stand."""

    loc: Location
    key_locs: dict[str, Location]
    value_locs: dict[str, Location]


class LocList(list):
    """A sequence from YAML that knows where it and each item stand."""

    loc: Location
    item_locs: list[Location]


class _ComposingLoader(yaml.SafeLoader):
    """A safe loader that refuses aliases (so nothing can expand) and records them as problems."""

    def __init__(self, stream: str, file: str):
        super().__init__(stream)
        self.file = file
        self.problems: list[Problem] = []

    def compose_node(self, parent: Node | None, index: Any) -> Node:  # type: ignore[override]
        if self.check_event(AliasEvent):
            event = self.get_event()
            self.problems.append(
                Problem(
                    _mark_location(self.file, event.start_mark),
                    "yaml-alias",
                    f"YAML aliases (*{event.anchor}) are not allowed; write the value out in full",
                )
            )
            return ScalarNode("tag:yaml.org,2002:null", "", event.start_mark, event.end_mark)
        return super().compose_node(parent, index)


def _mark_location(file: str, mark: Any) -> Location:
    return Location(file, mark.line + 1, mark.column + 1)


def read_yaml(path: Path, display: str) -> tuple[Any, list[Problem]]:
    """Parse ``path``; return its data (``None`` when unusable) and every problem found in it."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        return None, [Problem(Location(display), "unreadable-file", error.strerror or str(error))]
    return parse_yaml(raw, display)


def parse_yaml(raw: bytes, display: str) -> tuple[Any, list[Problem]]:
    """Parse YAML bytes, as :func:`read_yaml` does; ``display`` names the file in messages."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        return None, [
            Problem(
                Location(display, line, column),
                "utf-8",
                f"byte 0x{raw[error.start]:02x} is not valid UTF-8; save the file as UTF-8",
            )
        ]
    text = text.removeprefix("\ufeff")

    tabs = [
        Problem(Location(display, number, 1), "tab-indentation", "indent with spaces; YAML does not allow tabs here")
        for number, line in enumerate(text.splitlines(), start=1)
        if "\t" in line[: len(line) - len(line.lstrip(" \t"))]
    ]
    if tabs:
        return None, tabs

    loader = _ComposingLoader(text, display)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        location = _mark_location(display, mark) if mark else Location(display)
        message = " ".join(part for part in (error.context, error.problem) if part)
        return None, [*loader.problems, Problem(location, "yaml-syntax", message or "invalid YAML")]
    except yaml.YAMLError as error:
        return None, [*loader.problems, Problem(Location(display), "yaml-syntax", str(error))]
    except RecursionError:
        return None, [Problem(Location(display), "yaml-syntax", "the document is nested too deeply")]
    finally:
        loader.dispose()

    if node is None:
        return None, [Problem(Location(display), "empty-file", "the file has no content")]
    converter = _Converter(loader, display)
    try:
        data = converter.convert(node)
    except RecursionError:
        return None, [Problem(Location(display), "yaml-syntax", "the document is nested too deeply")]
    return data, loader.problems + converter.problems


class _Converter:
    """Turns composed nodes into LocDict / LocList / scalars, noting problems as it goes."""

    def __init__(self, loader: yaml.SafeLoader, file: str):
        self.loader = loader
        self.file = file
        self.problems: list[Problem] = []

    def where(self, node: Node) -> Location:
        return _mark_location(self.file, node.start_mark)

    def convert(self, node: Node) -> Any:
        if isinstance(node, MappingNode):
            return self.mapping(node)
        if isinstance(node, SequenceNode):
            items = LocList(self.convert(item) for item in node.value)
            items.loc = self.where(node)
            items.item_locs = [self.where(item) for item in node.value]
            return items
        return self.scalar(node)

    def scalar(self, node: Node) -> Any:
        try:
            return self.loader.construct_object(node, deep=True)
        except yaml.YAMLError:
            self.problems.append(
                Problem(self.where(node), "yaml-tag", f"the tag {node.tag} is not supported; use plain values")
            )
            return None

    def mapping(self, node: MappingNode) -> LocDict:
        result = LocDict()
        result.loc = self.where(node)
        result.key_locs, result.value_locs = {}, {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.problems.append(Problem(self.where(key_node), "yaml-key", "keys must be plain words"))
                continue
            key = key_node.value
            if key == "<<" and key_node.tag == "tag:yaml.org,2002:merge":
                self.problems.append(
                    Problem(self.where(key_node), "yaml-alias", "merge keys (<<) are not allowed; write fields out")
                )
                continue
            if key in result.key_locs:
                first = result.key_locs[key]
                self.problems.append(
                    Problem(
                        self.where(key_node),
                        "duplicate-key",
                        f"the key '{key}' appears twice in this mapping (first at line {first.line})",
                    )
                )
                continue
            result.key_locs[key] = self.where(key_node)
            result.value_locs[key] = self.where(value_node)
            result[key] = self.convert(value_node)
        return result


def locate(data: Any, path: tuple[Any, ...], *, key: bool = False) -> Location | None:
    """The location of the value at ``path`` inside loaded data (or of its key when ``key``).

    Walks as deep as the path exists and returns the deepest place known, so that a missing field points at
    the mapping that lacks it.
    """
    here: Location | None = getattr(data, "loc", None)
    node = data
    for index, step in enumerate(path):
        last = index == len(path) - 1
        if isinstance(node, LocDict) and isinstance(step, str) and step in node:
            here = (node.key_locs if (key and last) else node.value_locs)[step]
            node = node[step]
        elif isinstance(node, LocList) and isinstance(step, int) and 0 <= step < len(node):
            here = node.item_locs[step]
            node = node[step]
        else:
            break
    return here
