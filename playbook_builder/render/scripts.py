"""Join a folder of small ES modules into one classic script for the browser.

The front end is written as ES modules so that node's test runner can import the pure ones, but the site loads
one classic, deferred script per feature: ES modules do not run from ``file://`` in Chromium, and Material's
instant navigation keeps classic scripts alive across page views. The modules follow a narrow convention that
makes joining safe without a bundler: only ``import { a, b } from "./name.js";`` lines and ``export`` in front of
top-level declarations. Joining orders the modules so that each comes after what it imports, drops the import
lines and the ``export`` keywords, and wraps the whole in one function scope, so top-level names must be unique
across the folder (checked here).

A folder may also import pure modules of a sibling folder, ``import { a } from "../assessment/scoring.js";``
(the portfolio page scores with the assessment's own modules): those modules, and what they import in turn, are
joined into the importing folder's script too, so their top-level names must not clash with its own.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from importlib.abc import Traversable

ENTRY = "main.js"
_IMPORT = re.compile(r'^import\s*\{[^}]*\}\s*from\s*"((?:\./|\.\./[\w-]+/)[\w-]+\.js)";\s*$')
_EXPORT = re.compile(r"^export\s+(?=(?:async\s+)?function\b|const\b|let\b|class\b)")
_DECLARED = re.compile(r"^(?:export\s+)?(?:async\s+)?(?:function\*?|const|let|class)\s+([A-Za-z_$][\w$]*)")
_FORBIDDEN = re.compile(r"^(?:import\b|export\b)")


class ScriptError(ValueError):
    """A module breaks the joining convention; the message names the file and line."""


def _without_comments(lines: list[str]) -> Iterator[tuple[int, str]]:
    """The lines with their numbers, less the comments that fill whole lines (``/* ... */`` blocks and ``//``
    lines): they are for the modules' readers, and every page would otherwise download them."""
    inside = False
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not inside and stripped.startswith("/*"):
            inside = True
        if inside:
            inside = not stripped.endswith("*/")
            continue
        if not stripped.startswith("//"):
            yield number, line


def _parse(name: str, text: str) -> tuple[list[str], list[str]]:
    """The module's imports (file names) and its body with imports, whole-line comments and ``export`` keywords
    removed."""
    imports, body = [], []
    for number, line in _without_comments(text.splitlines()):
        found = _IMPORT.match(line)
        if found:  # by its key in the joined folder: ``x.js`` or ``../folder/x.js``
            imports.append(posixpath.normpath(posixpath.join(posixpath.dirname(name), found.group(1))))
            continue
        stripped = _EXPORT.sub("", line)
        if _FORBIDDEN.match(stripped):
            raise ScriptError(f"{name}:{number}: only `import {{ ... }} from \"./x.js\";` (or \"../folder/x.js\") and "
                              f"`export` before a "
                              f"top-level function, const, let or class can be joined")
        body.append(stripped)
    return imports, body


def _order(modules: dict[str, list[str]], name: str, done: list[str], path: tuple[str, ...]) -> None:
    if name in done:
        return
    if name in path:
        raise ScriptError(f"{name}: import cycle {' -> '.join((*path, name))}")
    if name not in modules:
        raise ScriptError(f"{path[-1] if path else name}: imports {name}, which is not in the folder")
    for dependency in modules[name]:
        _order(modules, dependency, done, (*path, name))
    done.append(name)


def join_modules(sources: dict[str, str], title: str) -> str:
    """One classic script from ES module sources by file name (``../folder/x.js`` for a sibling folder's), starting
    from ``main.js``; only the modules it reaches are joined."""
    parsed = {name: _parse(name, text) for name, text in sources.items()}
    own = f"../{title}/"  # a sibling's module that imports one of this folder's by the sibling's path to it
    order: list[str] = []
    _order({name: [i.removeprefix(own) for i in imports] for name, (imports, _) in parsed.items()}, ENTRY, order, ())
    declared: dict[str, str] = {}
    parts = [f"/* {title}: joined at build time from {', '.join(order)}; edit those modules, not this file. */",
             "(() => {", '"use strict";']
    for name in order:
        body = parsed[name][1]
        for line in body:
            found = _DECLARED.match(line)
            if found:
                if found.group(1) in declared:
                    raise ScriptError(f"{name}: the top-level name {found.group(1)} is also declared in "
                                      f"{declared[found.group(1)]}; module names share one scope when joined")
                declared[found.group(1)] = name
        parts += [f"/* --- {name} --- */", *body]
    parts.append("})();")
    return "\n".join(_unindented(parts)) + "\n"


def _unindented(lines: list[str]) -> Iterator[str]:
    """The lines without their indentation or blank lines, which every page would download for nothing; a line
    inside a template literal that spans lines keeps its spaces, which are part of the string."""
    in_template = False
    for line in lines:
        if not in_template and line.strip():
            yield line.strip()
        elif in_template:
            yield line
        if (line.count("`") - line.count("\\`")) % 2:
            in_template = not in_template


def joined_scripts(assets: Traversable) -> dict[str, str]:
    """``<folder>.js`` for every sub-folder of ``assets`` that holds a ``main.js``."""
    folders = {folder.name: {entry.name: entry.read_text(encoding="utf-8") for entry in folder.iterdir()
                             if entry.name.endswith(".js") and not entry.name.endswith(".test.js")}
               for folder in assets.iterdir() if folder.is_dir() and folder.joinpath(ENTRY).is_file()}
    scripts = {}
    for name in sorted(folders):
        siblings = {f"../{other}/{file}": text for other, files in folders.items() if other != name
                    for file, text in files.items()}
        scripts[f"{name}.js"] = join_modules({**siblings, **folders[name]}, name)
    return scripts
