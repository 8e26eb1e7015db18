"""The report as one self-contained HTML page (``index.html``): one inline stylesheet, inline SVG, no request to
any host, and it prints on A4 and Letter. The template escapes every value (autoescaping on), so nothing in a
result file or the content can become markup."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..render.env import templates
from .attention import SHOWN_FIRST, Concern, needs_attention
from .links import mistake_url
from .rollup import Portfolio, Subject, trend

#: Shared weaknesses listed before the rest are folded (all of them are in findings.csv and the workbook).
SHOWN_SHARED = 15


@dataclass(frozen=True)
class Notes:
    """What the report says about its input: files skipped (with why), duplicates and migrations."""

    skipped: list[tuple[str, str]]
    duplicates: list[tuple[str, str]]
    """(duplicate file, the file counted instead)"""
    migrated: list[tuple[str, str, int]]
    """(file, its playbook version, answers dropped)"""


def band(score: int | None) -> str:
    """The heatmap class of a score: five bands of 20 points, ``none`` when there is no score."""
    return "none" if score is None else f"b{min(score // 20, 4)}"


def situation_text(situation: Mapping[str, str], facts: Mapping[str, Mapping[str, str]]) -> str:
    """A result's situation in short words (``facts`` maps each option to its summary, "a small business"), in
    the facts' order; "not given" for none."""
    labels = [facts[f][situation[f]] for f in facts if f in situation and situation[f] in facts[f]]
    return " · ".join(labels) or "not given"


def _subject_row(subject: Subject, facts: Mapping[str, Mapping[str, str]]) -> dict[str, Any]:
    latest = subject.latest
    return {"name": subject.name, "overall": latest.overall, "band": band(latest.overall),
            "situation": situation_text(latest.result.situation, facts), "date": latest.result.day.isoformat(),
            "criticality": subject.criticality or "medium", "criticality_given": subject.criticality,
            "next_review": subject.next_review.isoformat(), "overdue": subject.overdue,
            "results": len(subject.history), "side": latest.result.side,
            "flagged": len(latest.flagged), "applicable": latest.applicable}


def _concern(portfolio: Portfolio, concern: Concern, site_url: str) -> dict[str, Any]:
    mistakes = portfolio.data["mistakes"]
    subject = next(s for s in portfolio.subjects if s.name == concern.name)
    latest = subject.latest
    return {"name": concern.name, "criticality": concern.criticality, "score": concern.score,
            "critical": concern.critical, "overdue": concern.overdue, "next_review": subject.next_review.isoformat(),
            "flagged": len(latest.flagged), "applicable": latest.applicable,
            "gaps": [{"id": f.id, "title": mistakes[f.id]["title"], "severity": latest.severities.get(f.id, ""),
                      "url": mistake_url(site_url, portfolio.data, f.id)} for f in concern.gaps]}


def _shared(portfolio: Portfolio, site_url: str) -> list[dict[str, Any]]:
    data = portfolio.data
    return [{"id": m, "title": data["mistakes"][m]["title"], "severity": data["mistakes"][m]["severity"],
             "url": mistake_url(site_url, data, m), "subjects": names} for m, names in portfolio.shared]


def page_html(portfolio: Portfolio, facts: Mapping[str, Mapping[str, str]], site_url: str, notes: Notes) -> str:
    """The whole page."""
    data = portfolio.data
    phases = [(c["id"], c["title"]) for c in data["checklists"]]
    titles = dict(phases) | {"overall": "Overall"}
    env = templates().overlay(autoescape=True)
    return env.get_template("report.html.j2").render(
        data=data, phases=phases, portfolio=portfolio, notes=notes, band=band, site_url=site_url,
        rows=[_subject_row(s, facts) for s in portfolio.subjects],
        shared=_shared(portfolio, site_url), shown_shared=SHOWN_SHARED, shown_first=SHOWN_FIRST,
        attention=[_concern(portfolio, c, site_url) for c in needs_attention(portfolio)],
        example=next(iter(data["mistakes"]), ""),
        trends=[(s, [(titles[p], a, b) for p, a, b in trend(s)]) for s in portfolio.subjects if trend(s)],
        gaps=[s for s in portfolio.subjects if s.vendor is not None],
    )
