"""Containers for YAML data that remember where every key and value stood in its file.

The YAML reader (:mod:`.load.yamlsource`) builds them, overlays edit them, and the model keeps them beside each part
it validates, so any later stage can point at the exact line of a value. The reader keeps the positions as one
compact array of numbers per container (not libyaml's node tree, whose objects would outnumber the content's), and
turns them into locations only when asked: most never are.
"""

from __future__ import annotations

from array import array
from typing import Any

from .problems import Location


def mark_location(file: str, mark: Any) -> Location:
    """A YAML mark (0-based) as a location (1-based, as editors show it)."""
    return Location(file, mark.line + 1, mark.column + 1)


def marks(*nodes: Any) -> array[int]:
    """The 0-based line and column of where each node starts, one pair after the other."""
    return array("I", [number for node in nodes for number in (node.start_mark.line, node.start_mark.column)])


class _Positioned:
    """Positions of a YAML container, worked out on first use (most are never needed) from the numbers the reader
    kept, or set by whoever builds the container (overlays do)."""

    _file: str = "<generated>"
    _marks: array[int] | None = None
    """Line and column pairs (0-based): where the container starts, then each key and its value (a mapping) or each
    item (a sequence)."""

    def _at(self, pair: int) -> Location:
        numbers = self._marks
        assert numbers is not None
        return Location(self._file, numbers[2 * pair] + 1, numbers[2 * pair + 1] + 1)

    @property
    def loc(self) -> Location:
        """Where the container starts."""
        if "_loc" not in self.__dict__:
            self.__dict__["_loc"] = self._at(0) if self._marks else Location(self._file)
        location: Location = self.__dict__["_loc"]
        return location

    @loc.setter
    def loc(self, value: Location) -> None:
        self.__dict__["_loc"] = value


class LocDict(_Positioned, dict[str, Any]):
    """A mapping from YAML that knows where it, each key (``key_locs``) and each value (``value_locs``) stand."""

    _keys: tuple[str, ...] = ()
    """The keys the reader found, in the order of their positions in ``_marks``."""

    def _positions(self) -> None:
        keys: dict[str, Location] = {}
        values: dict[str, Location] = {}
        if self._marks:
            for index, key in enumerate(self._keys):
                keys[key], values[key] = self._at(1 + 2 * index), self._at(2 + 2 * index)
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
            count = len(self._marks) // 2 - 1 if self._marks else 0
            self.__dict__["_item_locs"] = [self._at(1 + index) for index in range(count)]
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
