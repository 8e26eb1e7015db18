"""Containers for YAML data that remember where every key and value stood in its file.

The YAML reader (:mod:`.load.yamlsource`) builds them, overlays edit them, and the model keeps them beside each part
it validates, so any later stage can point at the exact line of a value.

Positions are worked out only when asked for, and most never are: so a container keeps no node tree (whose objects
would outnumber the content's), only its file's text and its place in its parent. Asked for a position, it has
libyaml compose that text again (once per file) and finds its own node by that place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from yaml.nodes import Node, ScalarNode

from .problems import Location


def mark_location(file: str, mark: Any) -> Location:
    """A YAML mark (0-based) as a location (1-based, as editors show it)."""
    return Location(file, mark.line + 1, mark.column + 1)


class Source:
    """A YAML file's text, and its node tree composed again the first time a position in it is asked for."""

    def __init__(self, file: str, text: str, compose: Callable[[str], Node]):
        self.file, self.text, self._compose = file, text, compose
        self._root: Node | None = None

    @property
    def root(self) -> Node:
        if self._root is None:
            self._root = self._compose(self.text)
        return self._root


class _Positioned:
    """Positions of a YAML container, worked out on first use from its file (most are never needed) or set by
    whoever builds the container (overlays do)."""

    _file: str = "<generated>"
    _source: Source | None = None
    _parent: _Positioned | None = None
    _step: str | int | None = None
    """Where the container is in its parent as the reader found it: a key, or an index."""

    def _place(self, source: Source, parent: _Positioned | None, step: str | int | None) -> None:
        self._file, self._source, self._parent, self._step = source.file, source, parent, step

    @property
    def _node(self) -> Node | None:
        """The container's node in its file's tree, found again by its place (the first of duplicate keys)."""
        if self._source is None:
            return None
        if self._parent is None:
            return self._source.root
        parent = self._parent._node
        if parent is None:
            return None
        if isinstance(self._step, int):
            item: Node = parent.value[self._step]
            return item
        return next((value for key, value in parent.value if isinstance(key, ScalarNode) and key.value == self._step),
                    None)

    @property
    def loc(self) -> Location:
        """Where the container starts."""
        if "_loc" not in self.__dict__:
            node = self._node
            self.__dict__["_loc"] = mark_location(self._file, node.start_mark) if node else Location(self._file)
        location: Location = self.__dict__["_loc"]
        return location

    @loc.setter
    def loc(self, value: Location) -> None:
        self.__dict__["_loc"] = value


class LocDict(_Positioned, dict[str, Any]):
    """A mapping from YAML that knows where it, each key (``key_locs``) and each value (``value_locs``) stand."""

    def _positions(self) -> None:
        keys: dict[str, Location] = {}
        values: dict[str, Location] = {}
        node = self._node
        for key_node, value_node in node.value if node else ():
            if isinstance(key_node, ScalarNode) and key_node.value not in keys:
                keys[key_node.value] = mark_location(self._file, key_node.start_mark)
                values[key_node.value] = mark_location(self._file, value_node.start_mark)
        self.__dict__.setdefault("_key_locs", keys)
        self.__dict__.setdefault("_value_locs", values)

    @property
    def key_locs(self) -> dict[str, Location]:
        if "_key_locs" not in self.__dict__:
            self._positions()
        locations: dict[str, Location] = self.__dict__["_key_locs"]
        return locations

    @key_locs.setter
    def key_locs(self, value: dict[str, Location]) -> None:
        self.__dict__["_key_locs"] = value

    @property
    def value_locs(self) -> dict[str, Location]:
        if "_value_locs" not in self.__dict__:
            self._positions()
        locations: dict[str, Location] = self.__dict__["_value_locs"]
        return locations

    @value_locs.setter
    def value_locs(self, value: dict[str, Location]) -> None:
        self.__dict__["_value_locs"] = value


class LocList(_Positioned, list[Any]):
    """A sequence from YAML that knows where it and each item (``item_locs``) stand."""

    @property
    def item_locs(self) -> list[Location]:
        if "_item_locs" not in self.__dict__:
            node = self._node
            nodes = node.value if node else ()
            self.__dict__["_item_locs"] = [mark_location(self._file, item.start_mark) for item in nodes]
        locations: list[Location] = self.__dict__["_item_locs"]
        return locations

    @item_locs.setter
    def item_locs(self, value: list[Location]) -> None:
        self.__dict__["_item_locs"] = value


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
