"""``playbook overlay pin`` and ``playbook overlay upgrade``: keep overlays in step with the upstream playbook."""

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


@overlay.command("upgrade")
@config_option
def upgrade_command(config_file: Path) -> None:
    """Fill in what your overlays lack for this version of the content model.

    A field the content model has made required since your overlay was written (a source's publisher and kind,
    since 1.1) is added to each item of your overlay that lacks it, from what the item says: the publisher from
    the author, the kind internal for an intranet address and web otherwise. A comment above each guess says what to
    check. Comments and layout of overlay.yml stay as they were. Then run `playbook check`.
    """
    from ..overlays.upgrade import upgrade

    _, base, overlays = configured_content(config_file)
    if not overlays:
        raise click.ClickException(f"{config_file} names no overlays; add them to the playbook plugin's 'overlays' "
                                   f"option.")
    for done in overlays:
        changes, left = upgrade(done.folder)
        shown = done.file.relative_to(base) if done.file.is_relative_to(base) else done.file
        for change in changes:
            guess = f" (a guess: {change.note})" if change.note else ""
            click.echo(f"{shown}:{change.line}: {change.item}: added {change.field}: {change.value}{guess}")
        for line in left:
            click.echo(line, err=True)
        if not changes and not left:
            click.echo(f"{shown}: nothing to upgrade.")
    click.echo("Now run `playbook check` to see that the content builds.")
