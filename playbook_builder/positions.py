"""Containers for YAML data that remember where every key and value stood in its file.

The YAML reader (:mod:`.load.yamlsource`) builds them, overlays edit them, and the model keeps them beside each part
it validates, so any later stage can point at the exact line of a value. Positions are worked out lazily from the
YAML node: most are never asked for.
"""

from __future__ import annotations

from typing import Any

from yaml.nodes import Node, ScalarNode

from .problems import Location


def mark_location(file: str, mark: Any) -> Location:
    """A YAML mark (0-based) as a location (1-based, as editors show it)."""
    return Location(file, mark.line + 1, mark.column + 1)


class _Positioned:
    """Positions of a YAML container, worked out from its node on first use (most are never needed) or set by
    whoever builds the container (overlays do)."""

    _file: str = "<generated>"
    _node: Node | None = None

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
        for key_node, value_node in self._node.value if self._node else ():
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
            nodes = self._node.value if self._node else ()
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
