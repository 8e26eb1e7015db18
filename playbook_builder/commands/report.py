"""``playbook report``: roll exported assessment results up into one portfolio report."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click

from ..load import load_playbook
from ..model import Playbook, fixed_answers_problems, restrict
from ..overlays import Overlay
from ..portfolio.attention import needs_attention
from ..portfolio.page import Notes, page_html
from ..portfolio.results import Refused, Result, deduplicate, read_result, result_files
from ..portfolio.rollup import Portfolio, roll_up
from ..portfolio.tables import findings_csv, workbook
from ..problems import ContentError
from ..render.assessment import assessment_data
from ..reviews import parse_review_months
from .common import ContentFailure, config_option, playbook_plugin

#: More files than this and reading them shows a progress bar.
PROGRESS_FROM = 20
#: Where a result file's format is described, for messages and --help.
FORMAT_HELP = ("the README and the site's Customise page describe the result format, and "
               "the site publishes its JSON Schema as schema/assessment.schema.json")


@dataclass(frozen=True)
class Setup:
    """The configured playbook and what the report takes from ``mkdocs.yml``."""

    playbook: Playbook
    site_url: str
    months: dict[str, int]


def _setup(config_file: Path, checklists: Path | None) -> Setup:
    """The playbook as the site publishes it (overlays and the ``scope`` option applied), or the content folder
    ``--checklists`` names, as it is."""
    from ..load.locate import content_root
    from ..overlays import overlays_for

    if checklists is not None:
        return Setup(_load(checklists.resolve(), Path.cwd(), []), "", parse_review_months(""))
    config, plugin = playbook_plugin(config_file)
    base = config_file.resolve().parent
    playbook = _load(content_root(plugin.config.checklists, base), base, overlays_for(plugin.config.overlays, base))
    fixed = {str(fact): str(option) for fact, option in plugin.config.scope.items()}
    problems = fixed_answers_problems(playbook.facts, fixed)
    if problems:
        raise click.ClickException("\n".join(problems) + "\nFix the playbook plugin's scope option in mkdocs.yml.")
    return Setup(restrict(playbook, fixed), config.site_url or "", dict(plugin.config.review_months))


def _load(root: Path, base: Path, overlays: list[Overlay]) -> Playbook:
    try:
        playbook: Playbook = load_playbook(root, mergers=overlays, display_root=base)[0]
    except ContentError as error:
        raise ContentFailure(error.report() + "\nThe report needs content that passes `playbook check`.") from None
    return playbook


def _read(files: list[Path], data: dict[str, Any]) -> tuple[list[Result], list[tuple[Path, str]]]:
    """Every file read, with a progress bar for many; the results and the refused files with why."""
    results: list[Result] = []
    refused: list[tuple[Path, str]] = []

    def each(items: Iterable[Path]) -> None:
        for path in items:
            try:
                results.append(read_result(path, data))
            except Refused as why:
                refused.append((path, str(why)))

    if len(files) > PROGRESS_FROM:
        with click.progressbar(files, label="Reading results", file=sys.stderr) as bar:
            each(bar)
    else:
        each(files)
    return results, refused


def _summary(portfolio: Portfolio) -> Iterator[str]:
    """The terminal's table: one line per subject."""
    width = max([len("Subject"), *(len(s.name) for s in portfolio.subjects)])
    yield f"{'Subject':<{width}}  {'Assessed':<10}  {'Criticality':<11}  {'Overall':>7}  {'Next review':<19}  Flagged"
    # the subjects in the order they need attention, each count with what it is out of (mistakes that apply)
    order = [c.name for c in needs_attention(portfolio)]
    for subject in sorted(portfolio.subjects, key=lambda s: order.index(s.name)):
        latest = subject.latest
        score = "-" if latest.overall is None else str(latest.overall)
        due = subject.next_review.isoformat() + (" OVERDUE" if subject.overdue else "")
        yield (f"{subject.name:<{width}}  {latest.result.day.isoformat():<10}  "
               f"{subject.criticality or 'medium':<11}  {score:>7}  {due:<19}  "
               f"{len(latest.flagged)} of {latest.applicable}")


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="The folder to write index.html, portfolio.xlsx and findings.csv to (created when missing).")
@click.option("--skip-invalid", is_flag=True,
              help="Build the report from the valid files and list the others in it, instead of stopping.")
@click.option("--review-months", "months_text", metavar="TIER=MONTHS,...",
              help="Months between reviews by criticality, e.g. low=24,medium=12,high=6 (over the plugin's "
              "review_months option).")
@click.option("--checklists", type=click.Path(file_okay=False, path_type=Path),
              help="Score against this content folder instead of the playbook configured in mkdocs.yml.")
@click.option("--oscal", is_flag=True,
              help="Also write OUTPUT/oscal/: the playbook's OSCAL catalog and the OSCAL assessment results of "
              "every result, for auditors and GRC tools.")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="The date overdue reviews are measured against (default: today).")
@click.option("--site-url", "site_url", metavar="URL",
              help="Where the playbook is published, e.g. https://playbook.example.org/: the report links each "
              "mistake there (default: site_url in mkdocs.yml).")
@config_option
def report(inputs: tuple[Path, ...], output: Path, skip_invalid: bool, months_text: str | None,
           checklists: Path | None, oscal: bool, today: datetime | None, site_url: str | None,
           config_file: Path) -> None:
    """Roll exported self-assessment results up into one portfolio report.

    INPUTS are result files (exported from the assessment page) and folders of them (their *.json files). Writes
    OUTPUT/index.html (one self-contained page: who needs attention first, heatmap of phases by subject, review
    dates, shared weaknesses, trends, buyer and vendor gaps), OUTPUT/portfolio.xlsx and OUTPUT/findings.csv. A
    file that is not a result of this playbook stops the report, with nothing written, unless --skip-invalid is
    given. Without --site-url or a site_url in mkdocs.yml, the report names mistakes by id without links (a
    warning says so).

    A result file is JSON: {"format": "playbook-assessment", "version": the playbook version, "saved": an ISO
    date and time, "answers": {question id: {"level": 1 to the question's levels}}}, with optional name,
    criticality (low, medium, high), side (buyer, vendor), situation and notes. The README and the site's
    Customise page describe every field with an example, and the site publishes its JSON Schema as
    schema/assessment.schema.json.
    """
    setup = _setup(config_file, checklists)
    if site_url is not None:
        setup = Setup(setup.playbook, _published_at(site_url), setup.months)
    months = setup.months
    if months_text is not None:
        try:
            months = {**months, **parse_review_months(months_text)}
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="--review-months") from None
    data = assessment_data(setup.playbook)
    results, refused = _read(result_files(inputs), data)
    if refused and (not skip_invalid or not results):
        raise click.ClickException(_refusal(refused, len(results)))
    if not results:
        raise click.ClickException("no result to report on; nothing was written.")
    kept, duplicates = deduplicate(results)
    facts = {f.id: {o.id: o.summary or o.label for o in f.options} for f in setup.playbook.facts}
    portfolio = roll_up(data, facts, kept, months, (today.date() if today else date.today()))
    notes = Notes(skipped=[(str(path), why) for path, why in refused],
                  duplicates=[(str(old.path), str(new.path)) for old, new in duplicates],
                  migrated=[(str(r.path), r.version, r.dropped) for r in kept if r.dropped])
    files = {"index.html": page_html(portfolio, facts, setup.site_url, notes).encode("utf-8"),
             "portfolio.xlsx": workbook(portfolio), "findings.csv": findings_csv(portfolio, setup.site_url)}
    if oscal:
        from ..portfolio.oscal_results import oscal_files

        files.update(oscal_files(setup.playbook, portfolio))
    _write(output, files)
    _tell(portfolio, notes, output)
    if not setup.site_url:
        click.echo("Warning: the report names mistakes by id, without links to the playbook: give --site-url "
                   "with the address the playbook is published at (or set site_url in mkdocs.yml).", err=True)


def _published_at(url: str) -> str:
    """``--site-url`` as the report links with it: an absolute http(s) address, ending with a slash."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise click.BadParameter(f"{url!r} is not an http or https address, e.g. https://playbook.example.org/",
                                 param_hint="--site-url")
    return url.strip().rstrip("/") + "/"


def _refusal(refused: list[tuple[Path, str]], valid: int) -> str:
    """Why nothing was written: each refused file with its reason, and --skip-invalid only when some file is valid
    (with none, it would have nothing to report on)."""
    lines = "\n".join(f"  {path}: {why}" for path, why in refused)
    advice = (f"--skip-invalid builds the report from the {valid} valid file(s)" if valid else
              f"no file is a valid result; {FORMAT_HELP}")
    return f"{len(refused)} file(s) refused; nothing was written ({advice}):\n{lines}"


def _write(output: Path, files: dict[str, bytes]) -> None:
    try:
        for name, content in files.items():
            (output / name).parent.mkdir(parents=True, exist_ok=True)
            (output / name).write_bytes(content)
    except OSError as error:
        raise click.ClickException(f"cannot write the report to {output}: {error.strerror or error}") from None


def _tell(portfolio: Portfolio, notes: Notes, output: Path) -> None:
    for line in _summary(portfolio):
        click.echo(line)
    for name, why in notes.skipped:
        click.echo(f"Skipped {name}: {why}.", err=True)
    for name, kept in notes.duplicates:
        click.echo(f"Duplicate: {name} has the same subject and date as {kept}; counted once.", err=True)
    for name, version, dropped in notes.migrated:
        why = ("this edition does not ask" if version == portfolio.data["version"]
               else f"that are no longer in the playbook (saved for version {version})")
        click.echo(f"Left out {dropped} answer(s) of {name} to questions {why}.", err=True)
    click.echo(f"Wrote {output / 'index.html'}, portfolio.xlsx and findings.csv.", err=True)
