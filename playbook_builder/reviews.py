"""Review cycles: how often a subject is assessed again, by how critical it is to the organisation."""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import date

#: Months between two reviews of a subject, by criticality: the defaults of the plugin's ``review_months``.
REVIEW_MONTHS: dict[str, int] = {"low": 24, "medium": 12, "high": 6}
#: The criticality of a result that does not say.
DEFAULT_CRITICALITY = "medium"
CRITICALITIES = tuple(REVIEW_MONTHS)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day when that month is shorter (31 Aug + 6 → 28 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_review(day: date, criticality: str | None, months: Mapping[str, int]) -> date:
    """When a subject assessed on ``day`` is due again."""
    return add_months(day, months[criticality or DEFAULT_CRITICALITY])


def review_months(value: Mapping[str, object] | None) -> dict[str, int]:
    """The defaults with ``value`` over them; ValueError says what is wrong with it."""
    months = dict(REVIEW_MONTHS)
    for tier, count in (value or {}).items():
        if tier not in REVIEW_MONTHS:
            raise ValueError(f"'{tier}' is not a criticality: use {', '.join(CRITICALITIES)}")
        if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= 120:
            raise ValueError(f"the review interval of '{tier}' must be a whole number of months from 1 to 120")
        months[tier] = count
    return months


def parse_review_months(text: str) -> dict[str, int]:
    """``low=24,medium=12,high=6`` (any of them) over the defaults, for the command line."""
    value: dict[str, object] = {}
    for part in filter(None, (item.strip() for item in text.split(","))):
        tier, _, count = part.partition("=")
        if not count.strip().isdigit():
            raise ValueError(f"'{part}' is not TIER=MONTHS, e.g. high=6")
        value[tier.strip()] = int(count)
    return review_months(value)
