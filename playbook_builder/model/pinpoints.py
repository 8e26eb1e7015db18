"""Pinpoints (``Art. 28(3)(a)-(h)``, ``para 75(b)``) read as structured points, so that a framework's requirement can
be matched to the citations that name it however a writer lists them."""

from __future__ import annotations

import re
from functools import lru_cache

#: A point: its unit (``art``, ``para``, ``section``...) then its number and each bracketed sub-point, lower case.
Point = tuple[str, ...]

_UNITS = {"art": "art", "arts": "art", "article": "art", "articles": "art", "para": "para", "paras": "para",
          "paragraph": "para", "paragraphs": "para", "section": "section", "sections": "section", "s": "section",
          "ss": "section", "chapter": "chapter", "recital": "recital", "recitals": "recital", "annex": "annex"}
_HEAD = re.compile(r"^\s*([a-z]+)\.?\s*(?=[0-9ivx])")
_BODY = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)*[a-z]?|[ivx]+)((?:\([0-9a-z]+\))*)\s*$")
_RANGE = re.compile(r"^(.*?)\(([0-9a-z]+)\)\s*[-–]\s*\(([0-9a-z]+)\)\s*$")
_SPLIT = re.compile(r",|;|\band\b|&")
_PLAIN_RANGE = re.compile(r"^([0-9]+(?:\.[0-9]+)*)\s*[-–]\s*([0-9]+(?:\.[0-9]+)*)$")


def _span(first: str, last: str) -> list[str]:
    """The labels from ``first`` to ``last``: letters (a..h) or numbers (7..8); just the two otherwise."""
    if first.isdigit() and last.isdigit() and int(first) <= int(last):
        return [str(n) for n in range(int(first), int(last) + 1)]
    if len(first) == len(last) == 1 and first.isalpha() and last.isalpha() and first <= last:
        return [chr(c) for c in range(ord(first), ord(last) + 1)]
    return [first, last]


def _point(unit: str, body: str) -> Point | None:
    match = _BODY.match(body)
    if match is None:
        return None
    return (unit, match.group(1), *re.findall(r"\(([0-9a-z]+)\)", match.group(2)))


def _bodies(piece: str) -> list[str]:
    """A piece with its range spelt out: ``28(3)(a)-(h)``, ``5.1-5.4`` (a range of sections: same stem)."""
    ranged = _RANGE.match(piece)
    if ranged:
        return [f"{ranged.group(1)}({label})" for label in _span(ranged.group(2), ranged.group(3))]
    plain = _PLAIN_RANGE.match(piece)
    if plain:
        (stem, _, first), (other, _, last) = plain.group(1).rpartition("."), plain.group(2).rpartition(".")
        if stem == other:
            return [f"{stem}.{n}" if stem else n for n in _span(first, last)]
        return [plain.group(1), plain.group(2)]
    return [piece]


@lru_cache(maxsize=4096)
def points(pinpoint: str) -> tuple[Point, ...]:
    """Every point a pinpoint names. A piece without a unit takes the last one named (``Art. 28(2) and (4)``: a
    bare bracket continues the last article); a bracketed range is spelt out; what cannot be read is skipped."""
    found: list[Point] = []
    unit, last = "", ""
    for piece in _SPLIT.split(pinpoint.lower()):
        piece = piece.strip()
        head = _HEAD.match(piece)
        if head and head.group(1) in _UNITS:
            unit, piece = _UNITS[head.group(1)], piece[head.end():]
        elif piece.startswith("(") and last:
            piece = last + piece
        if not unit or not piece:
            continue
        bodies = _bodies(piece)
        for body in bodies:
            point = _point(unit, body)
            if point is not None:
                found.append(point)
                last = point[1] if len(point) < 3 else point[1] + "".join(f"({p})" for p in point[2:-1])
    return tuple(found)


def covers(citation: str, requirement: str) -> bool:
    """Whether a citation's pinpoint names the requirement's point or a sub-point of it (a citation of a whole
    article does not cover each of its points: it says too little to be sure)."""
    wanted = points(requirement)
    return bool(wanted) and any(point[:len(want)] == want for want in wanted for point in points(citation))
