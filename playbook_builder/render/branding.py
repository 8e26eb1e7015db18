"""An organisation's name, logo and colours on its edition of the playbook.

Material for MkDocs takes named palette colours only; an organisation has its own hex colours. With the palette
set to ``custom``, Material reads its colours from CSS variables, so this module writes those variables into a
stylesheet, choosing the text colour on the header and the link colours so that both stay readable (WCAG AA,
4.5:1) in the light and the dark scheme. Nothing here knows MkDocs: the plugin applies the results.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any

from markupsafe import escape

from ..model import Playbook

RGB = tuple[int, int, int]
WHITE: RGB = (255, 255, 255)
BLACK: RGB = (0, 0, 0)
#: The background of Material's dark (slate) scheme: hsl(225, 15%, 14%).
SLATE: RGB = (30, 33, 41)
#: WCAG AA contrast for normal text.
READABLE = 4.5


@dataclass(frozen=True)
class Branding:
    """The ``branding`` options of the plugin; every one is optional."""

    organisation: str | None = None
    logo: str | None = None
    primary_color: str | None = None
    accent_color: str | None = None


def site_title(site_name: str, organisation: str | None) -> str:
    """The site title: the organisation's name in front of ``site_name``, unless it is there already."""
    if not organisation or organisation.casefold() in site_name.casefold():
        return site_name
    return f"{organisation} {site_name}"


def brand_theme(theme: MutableMapping[str, Any], branding: Branding) -> None:
    """Material's theme settings for the branding: the logo (also the favicon) and ``custom`` palette colours, which
    the branding stylesheet defines. Both engines' themes go through it."""
    if branding.logo:
        theme["logo"] = theme["favicon"] = branding.logo
    palettes = theme.get("palette")
    for palette in [palettes] if isinstance(palettes, dict) else palettes or []:
        if branding.primary_color:
            palette["primary"] = "custom"
        if branding.accent_color:
            palette["accent"] = "custom"


def edition_note(playbook: Playbook, organisation: str) -> str:
    """The line under the home page's title that says whose edition this is and which upstream content it uses."""
    return (
        f'<p class="pb-edition"><strong>{escape(organisation)}</strong> edition of the '
        f"{escape(playbook.meta.title)}, built from content version {escape(playbook.version)}.</p>"
    )


def with_note(markdown: str, note: str) -> str:
    """The page's Markdown with ``note`` after its first level-one heading (or at the top when it has none)."""
    lines = markdown.split("\n")
    for index, line in enumerate(lines):
        if line.startswith("# "):
            return "\n".join([*lines[: index + 1], "", note, "", *lines[index + 1 :]])
    return f"{note}\n\n{markdown}"


def parse(colour: str) -> RGB:
    """``#rgb`` or ``#rrggbb`` as red, green and blue."""
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def hex_colour(rgb: RGB) -> str:
    return "#" + "".join(f"{round(v):02x}" for v in rgb)


def luminance(rgb: RGB) -> float:
    """Relative luminance, as WCAG 2 defines it."""

    def channel(value: float) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(v) for v in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: RGB, second: RGB) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def mix(rgb: RGB, other: RGB, amount: float) -> RGB:
    return tuple(round(a + (b - a) * amount) for a, b in zip(rgb, other, strict=True))  # type: ignore[return-value]


def text_on(background: RGB) -> RGB:
    """Black or white, whichever reads better on ``background``."""
    return WHITE if contrast(WHITE, background) >= contrast(BLACK, background) else BLACK


def readable(rgb: RGB, background: RGB) -> RGB:
    """``rgb``, or the nearest shade of it (towards black or white) that is readable as text on ``background``."""
    target = BLACK if luminance(background) > 0.5 else WHITE
    for step in range(21):
        candidate = mix(rgb, target, step / 20)
        if contrast(candidate, background) >= READABLE:
            return candidate
    return target


def stylesheet(branding: Branding) -> str | None:
    """The CSS variables for Material's ``custom`` palette colours (and the edition note's style), or ``None``
    when no branding option is set."""
    if not (branding.organisation or branding.primary_color or branding.accent_color):
        return None
    light, dark = [], []
    if branding.primary_color:
        primary = parse(branding.primary_color)
        on_primary = text_on(primary)
        pressed = mix(primary, BLACK, 0.2)  # hovered, focused and pressed buttons (playbook.css)
        light += [
            f"--md-primary-fg-color: {hex_colour(primary)};",
            f"--md-primary-fg-color--light: {hex_colour(mix(primary, WHITE, 0.2))};",
            f"--md-primary-fg-color--dark: {hex_colour(mix(primary, BLACK, 0.2))};",
            f"--md-primary-bg-color: {hex_colour(on_primary)};",
            f"--md-primary-bg-color--light: {hex_colour(on_primary)}b3;",
            f"--md-typeset-a-color: {hex_colour(readable(primary, WHITE))};",
            f"--pb-button-active-bg: {hex_colour(pressed)};",
            f"--pb-button-active-fg: {hex_colour(text_on(pressed))};",
        ]
        dark.append(f"--md-typeset-a-color: {hex_colour(readable(primary, SLATE))};")
    if branding.accent_color:
        accent = parse(branding.accent_color)
        light += [
            f"--md-accent-fg-color: {hex_colour(accent)};",
            f"--md-accent-fg-color--transparent: {hex_colour(accent)}1a;",
            f"--md-accent-bg-color: {hex_colour(text_on(accent))};",
            f"--md-accent-bg-color--light: {hex_colour(text_on(accent))}b3;",
        ]
    css = ["/* Generated from the playbook plugin's branding options in mkdocs.yml. */"]
    if light:
        css += [":root > * {", *(f"  {line}" for line in light), "}"]
    if dark:
        css += ['[data-md-color-scheme="slate"] {', *(f"  {line}" for line in dark), "}"]
    css.append(".pb-edition { font-size: 0.9em; color: var(--md-default-fg-color--light); }")
    return "\n".join(css) + "\n"
