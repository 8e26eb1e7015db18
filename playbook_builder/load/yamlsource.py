"""Read one YAML file into plain Python data that remembers where every key and value stood.

PyYAML's ``safe_load`` forgets positions, keeps the last of two duplicate keys without a word and expands
aliases (the "billion laughs" bomb). This module composes the node tree itself instead: mappings become
:class:`LocDict`, sequences :class:`LocList`, and each problem (bad bytes, tabs, syntax, duplicate keys,
aliases, unsupported tags, an empty file) is reported with its file, line and column.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

from ..positions import LocDict, LocList, Source, mark_location
from ..problems import Location, Problem

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: ~20× faster


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """libyaml's safe loader with PyYAML's tag resolution done the same way, only faster.

    libyaml calls the resolver, written in Python, once per scalar; PyYAML's own builds a new list of candidate
    patterns on each call and keeps a stack of paths that only path resolvers (none here) read. The candidates
    are the same patterns, in the same order, looked up once per first character, so every value gets the tag it
    always got.
    """

    _candidates: dict[str, tuple[tuple[str, Any], ...]] = {}

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        """No path resolvers: nothing to track."""

    def ascend_resolver(self) -> None:
        """No path resolvers: nothing to track."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is ScalarNode:
            if implicit[0]:
                first = value[:1]
                candidates = self._candidates.get(first)
                if candidates is None:
                    candidates = self._candidates[first] = tuple(
                        [*self.yaml_implicit_resolvers.get(first, []), *self.yaml_implicit_resolvers.get(None, [])])
                for tag, pattern in candidates:
                    if pattern.match(value):
                        return tag
            return self.DEFAULT_SCALAR_TAG
        return super().resolve(kind, value, implicit)


assert not _BaseLoader.yaml_path_resolvers, "the fast resolver assumes no path resolvers"


def without_gc(function: Any) -> Any:
    """Run ``function`` with the cyclic garbage collector paused: parsing makes many objects and no cycles."""
    import functools
    import gc

    @functools.wraps(function)
    def run(*args: Any, **kwargs: Any) -> Any:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return run


def read_yaml(path: Path, display: str) -> tuple[Any, list[Problem]]:
    """Parse ``path``; return its data (``None`` when unusable) and every problem found in it."""
    if path.is_symlink() and not path.exists():
        target = os.readlink(path)
        return None, [Problem(Location(display), "unreadable-file", f"the file is a symbolic link to {target}, which "
                                                                    f"does not exist; fix the link or remove it")]
    try:
        raw = path.read_bytes()
    except OSError as error:
        return None, [Problem(Location(display), "unreadable-file", error.strerror or str(error))]
    return parse_yaml(raw, display)


class _Refused(Exception):
    """The file cannot be read any further; carries the problems that say why."""

    def __init__(self, *problems: Problem):
        self.problems = list(problems)


def _decode(raw: bytes, display: str) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        where = Location(display, before.count(b"\n") + 1, len(before) - (before.rfind(b"\n") + 1) + 1)
        raise _Refused(Problem(where, "utf-8", f"byte 0x{raw[error.start]:02x} is not valid UTF-8; save the file "
                                               f"as UTF-8")) from None
    text = text.removeprefix("\ufeff")
    tabs = [
        Problem(Location(display, number, 1), "tab-indentation", "indent with spaces; YAML does not allow tabs here")
        for number, line in enumerate(text.splitlines() if "\t" in text else (), start=1)
        if "\t" in line[: len(line) - len(line.lstrip(" \t"))]
    ]
    if tabs:
        raise _Refused(*tabs)
    return text


def _compose(text: str, display: str) -> tuple[Any, Node]:
    """libyaml's node tree of the single document in ``text``, and the loader that made it."""
    try:
        loader = _Loader(text)
    except yaml.reader.ReaderError as error:
        raise _Refused(_reader_problem(text, display, error)) from None
    try:
        node = loader.get_single_node()
    except yaml.reader.ReaderError as error:
        raise _Refused(_reader_problem(text, display, error)) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        location = mark_location(display, mark) if mark else Location(display)
        message = " ".join(part for part in (error.context, error.problem) if part)
        raise _Refused(Problem(location, "yaml-syntax", message or "invalid YAML")) from None
    except yaml.YAMLError as error:
        raise _Refused(Problem(Location(display), "yaml-syntax", str(error))) from None
    except RecursionError:
        raise _Refused(Problem(Location(display), "yaml-syntax", "the document is nested too deeply")) from None
    finally:
        loader.dispose()
    if node is None:
        raise _Refused(Problem(Location(display), "empty-file", "the file has no content"))
    return loader, node


def parse_yaml(raw: bytes, display: str) -> tuple[Any, list[Problem]]:
    """Parse YAML bytes, as :func:`read_yaml` does; ``display`` names the file in messages."""
    try:
        text = _decode(raw, display)
        loader, node = _compose(text, display)
    except _Refused as refused:
        return None, refused.problems
    converter = _Converter(loader, Source(display, text, lambda again: _compose(again, display)[1]))
    try:
        data = converter.convert(node, node)
    except RecursionError:
        return None, [Problem(Location(display), "yaml-syntax", "the document is nested too deeply")]
    problems = converter.problems
    if converter.aliases:  # one line per file is enough, however many aliases a bomb holds
        first, count = converter.aliases[0], len(converter.aliases)
        suffix = f" ({count} aliases in this file)" if count > 1 else ""
        problems.insert(0, Problem(first, "yaml-alias",
                                   f"YAML aliases (*name) are not allowed; write the value out in full{suffix}"))
    if data is None and not problems:
        problems.append(Problem(Location(display), "empty-file", "the file holds no data, only a null value"))
    return data, problems


_PLAIN_COLLECTION_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


def _reader_problem(text: str, display: str, error: yaml.reader.ReaderError) -> Problem:
    """A character YAML refuses (control characters and the like), located by its offset in the text."""
    before = text[: error.position]
    location = Location(display, before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1)
    return Problem(location, "yaml-syntax", f"the character U+{error.character:04X} is not allowed in YAML")


_STR = "tag:yaml.org,2002:str"


class _Converter:
    """Turns composed nodes into LocDict / LocList / scalars, noting problems as it goes.

    An alias is the same node object met a second time; it is refused (and so never expanded) and noted at the
    place that refers to it.
    """

    def __init__(self, loader: Any, source: Source):
        self.loader = loader
        self.source = source
        self.file = source.file
        self.problems: list[Problem] = []
        self.aliases: list[Location] = []
        self.seen: set[int] = set()

    def where(self, node: Node) -> Location:
        return mark_location(self.file, node.start_mark)

    def convert(self, node: Node, referrer: Node, parent: LocDict | LocList | None = None,
                step: str | int | None = None) -> Any:
        """Convert ``node``; ``referrer`` is the node that refers to it, to locate an alias; ``parent`` and ``step``
        say where a container is, to find its node again (see :class:`.positions.Source`)."""
        if id(node) in self.seen:
            self.aliases.append(self.where(referrer))
            return None
        self.seen.add(id(node))
        if isinstance(node, ScalarNode):
            return node.value if node.tag == _STR else self.scalar(node)
        if node.tag not in _PLAIN_COLLECTION_TAGS:
            self.problems.append(
                Problem(self.where(node), "yaml-tag", f"the tag {node.tag} is not supported; use plain values")
            )
            return None
        if isinstance(node, MappingNode):
            return self.mapping(node, parent, step)
        items = LocList()
        items._place(self.source, parent, step)
        previous = node
        for index, item in enumerate(node.value):
            items.append(self.convert(item, previous, items, index))
            previous = item
        return items

    def scalar(self, node: Node) -> Any:
        try:
            return self.loader.construct_object(node, deep=True)
        except yaml.YAMLError:
            self.problems.append(
                Problem(self.where(node), "yaml-tag", f"the tag {node.tag} is not supported; use plain values")
            )
            return None

    def mapping(self, node: MappingNode, parent: LocDict | LocList | None, step: str | int | None) -> LocDict:
        result = LocDict()
        result._place(self.source, parent, step)
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or id(key_node) in self.seen:
                self.problems.append(Problem(self.where(key_node), "yaml-key", "keys must be plain words"))
                continue
            key = key_node.value
            if key == "<<" and key_node.tag == "tag:yaml.org,2002:merge":
                self.problems.append(Problem(self.where(key_node), "yaml-alias",
                                             "merge keys (<<) are not allowed; write fields out"))
                continue
            if key in result:
                first = next(other for other, _ in node.value if isinstance(other, ScalarNode) and other.value == key)
                self.problems.append(
                    Problem(self.where(key_node), "duplicate-key", f"the key '{key}' appears twice in this mapping "
                                                                   f"(first at line {first.start_mark.line + 1})")
                )
                continue
            result[key] = self.convert(value_node, key_node, result, key)
        return result
