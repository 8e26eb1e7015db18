"""``playbook overlay pin``: record what the overlays change as it stands upstream, for the drift report."""

from __future__ import annotations

from pathlib import Path

import click

from ..overlays import pin
from ..problems import ContentError
from .common import ContentFailure, config_option, configured_content


@click.group()
def overlay() -> None:
    """Keep your overlays in step with the upstream playbook."""


@overlay.command("pin")
@config_option
def pin_command(config_file: Path) -> None:
    """Record the upstream version of everything your overlays change or remove.

    Writes upstream.lock.yml into each overlay folder. From then on `playbook check` warns, field by field, when
    upstream changes one of those items. Run it after you change an overlay, and after you have reviewed a
    drift warning.
    """
    root, base, overlays = configured_content(config_file)
    if not overlays:
        raise click.ClickException(f"{config_file} names no overlays; add them to the playbook plugin's 'overlays' "
                                   f"option.")
    try:
        written = pin(root, overlays, display_root=base)
    except ContentError as error:
        raise ContentFailure(error.report() + "\nNothing was pinned: fix these problems first.") from None
    for done, path in zip(overlays, written, strict=True):
        count = sum(len(items) for items in done.pins.values())
        click.echo(f"Pinned {count} upstream item(s) at content version {done.upstream_version} in "
                   f"{path.relative_to(base) if path.is_relative_to(base) else path}.")
