"""A person's status, derived from their accepted claims: pure, with no database.

The rules (DESIGN.md, "The registry's rules"; docs/registry.md, "How a status is decided"):

* arrest or sentence -> ``held``; release -> ``released``; deportation (alone or with a
  release of the same date) -> ``exiled``; death -> ``died_in_custody``; nothing -> ``unknown``.
* Each claim stands for the period its date names, as precise as the source: a day, a week,
  a month or a year ("sentenced in 2023" is any day of 2023). Claims are put in story order:
  one whose period ends before another's begins comes first; when the periods overlap (the
  same day, or "2023" and "14 March 2023") the life course decides: arrest and sentence,
  then release, deportation, death. The last claim in that order decides the status.
* A claim without a date of its own: background told in passing ("who had been detained")
  is only known to be older than its article, so it overlaps everything before and can never
  outrank a later state; any other undated event is no older than the latest date its own
  article gives; an undated claim with neither only fills a gap (it comes first).
* Within one article an arrest told *after* a release on the same date is a re-arrest
  ("taken back into custody").
* A release told after a deportation (no custody between) keeps the person exiled: an
  expelled prisoner was freed, so the report of the release restates it.
* Contradictions near the latest date are not guessed: a later claim from another article
  that goes back in the life course (released, then held a few days later), or a death next
  to a release, within `window` days, give ``unknown`` with ``conflict=True`` for review.
  Background claims and claims whose periods overlap never contradict: they restate.

The result does not depend on the order of the input (ties are broken on the claim id).
`history` gives the status over time, as `derive` would answer as of each date.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cmp_to_key

__all__ = [
    "DEFAULT_WINDOW_DAYS",
    "STATUSES",
    "STATUS_KINDS",
    "ClaimFact",
    "Derived",
    "Interval",
    "derive",
    "derive_history",
    "history",
    "period_end",
]

STATUSES = ("held", "released", "exiled", "died_in_custody", "unknown")
STATUS_KINDS = ("arrest", "sentence", "release", "deportation", "death", "status")
DEFAULT_WINDOW_DAYS = 7

_STATUS_OF_KIND = {
    "arrest": "held",
    "sentence": "held",
    "release": "released",
    "deportation": "exiled",
    "death": "died_in_custody",
}
_RANK = {"held": 0, "released": 1, "exiled": 2, "died_in_custody": 3}
_REARREST = 2.5  # after release and deportation, before death


@dataclass(frozen=True)
class ClaimFact:
    """What status derivation needs of one accepted claim."""

    id: str
    kind: str
    date: date | None  # the first day of the claim's period
    article: str | None = None
    position: int | None = None  # evidence start in the article's text
    value: str | None = None  # the status itself, for roster `status` claims
    precision: str | None = None  # day, week, month or year (None: day)
    background: bool = False  # told in passing: undated means older than `before`
    before: date | None = None  # the article's publication date


@dataclass(frozen=True)
class Derived:
    status: str
    date: date | None = None
    conflict: bool = False
    claims: tuple[str, ...] = ()  # the deciding claim, or the conflicting ones
    reason: str = ""
    precision: str | None = None  # of `date`


@dataclass(frozen=True)
class Interval:
    """A status held from `valid_from` (None: as far back as known) until `valid_to` (exclusive;
    None: still)."""

    status: str
    valid_from: date | None
    valid_to: date | None
    claim: str | None = None


def period_end(start: date, precision: str | None) -> date:
    """The last day of the period starting `start` at `precision`."""
    if precision == "year":
        return date(start.year, 12, 31)
    if precision == "month":
        return date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    if precision == "week":
        return start + timedelta(days=6)
    return start


@dataclass(frozen=True)
class _Signal:
    lo: date
    hi: date
    order: float
    status: str
    claim: ClaimFact
    borrowed: bool = False  # the date is the article's latest, not the event's own


def _article_dates(claims: list[ClaimFact]) -> dict[str, date]:
    """The latest date each article gives: a report is at least as recent as what it dates."""
    latest: dict[str, date] = {}
    for c in claims:
        if c.article is not None and c.date is not None:
            end = period_end(c.date, c.precision)
            latest[c.article] = max(end, latest.get(c.article, end))
    return latest


def _signal(c: ClaimFact, status: str, article_dates: dict[str, date]) -> _Signal:
    order = float(_RANK[status])
    if c.date is not None:
        return _Signal(c.date, period_end(c.date, c.precision), order, status, c)
    if c.background:
        # "who had been detained": some time before the article, never after what it reports
        hi = c.before - timedelta(days=1) if c.before is not None and c.before > date.min else date.min
        return _Signal(date.min, hi, order, status, c)
    if c.article in article_dates:
        # "walked free ... He was arrested in December 2020": the undated release is no older
        # than the arrest the same report dates
        when = article_dates[c.article or ""]
        return _Signal(when, when, order, status, c, borrowed=True)
    return _Signal(date.min, date.min, order, status, c)


def _signals(claims: list[ClaimFact]) -> list[_Signal]:
    article_dates = _article_dates(claims)
    signals = []
    for c in claims:
        status = c.value if c.kind == "status" else _STATUS_OF_KIND.get(c.kind)
        if status in _RANK:
            assert status is not None
            signals.append(_signal(c, status, article_dates))
    releases = [s for s in signals if s.status in ("released", "exiled") and s.claim.article is not None]
    out = []
    for s in signals:
        c = s.claim
        rearrest = (
            c.kind == "arrest"
            and c.position is not None
            and any(
                r.claim.article == c.article
                and r.lo == s.lo
                and r.hi == s.hi
                and r.borrowed == s.borrowed
                and (r.claim.position or 0) < c.position
                for r in releases
            )
        )
        out.append(_Signal(s.lo, s.hi, _REARREST, s.status, c, s.borrowed) if rearrest else s)
    out.sort(key=lambda s: (s.lo, s.hi, s.order, s.claim.id))
    return sorted(out, key=cmp_to_key(_story_order))


def _story_order(a: _Signal, b: _Signal) -> int:
    """Disjoint periods by time; overlapping ones by the life course, then by period and id."""
    if a.hi < b.lo:
        return -1
    if b.hi < a.lo:
        return 1
    if behind := _told_behind(a, b):
        return behind
    ka, kb = (a.order, a.lo, a.hi, a.claim.id), (b.order, b.lo, b.hi, b.claim.id)
    return -1 if ka < kb else 1 if ka > kb else 0


def _told_behind(a: _Signal, b: _Signal) -> int:
    """Within one article, background told in passing without a date is older than the news
    the article dates: "X, freed after serving her term, was detained again on Friday"."""
    if a.claim.article is None or a.claim.article != b.claim.article:
        return 0
    a_behind = a.claim.background and a.claim.date is None
    b_behind = b.claim.background and b.claim.date is None
    if a_behind and not b_behind and b.claim.date is not None:
        return -1
    if b_behind and not a_behind and a.claim.date is not None:
        return 1
    return 0


def _contradicts(earlier: _Signal, later: _Signal) -> bool:
    if earlier.claim.article is not None and earlier.claim.article == later.claim.article:
        return False
    if earlier.claim.background or later.claim.background:
        return False  # a restated backstory is not a new report
    statuses = {earlier.status, later.status}
    if "died_in_custody" in statuses and statuses & {"released", "exiled"}:
        return True
    if (earlier.status, later.status) == ("exiled", "released"):
        return False  # an expelled prisoner was freed: a report of the release restates it
    return earlier.hi < later.lo and _RANK[later.status] < _RANK[earlier.status]


def _deciding(signals: list[_Signal]) -> _Signal:
    """The last signal in story order, except that a release told after an expulsion (with no
    custody between) keeps the person exiled: deportation implies release."""
    deciding = signals[0]
    for s in signals[1:]:
        if not (s.status == "released" and deciding.status == "exiled"):
            deciding = s
    return deciding


def derive(claims: list[ClaimFact], *, window_days: int = DEFAULT_WINDOW_DAYS) -> Derived:
    """The status these accepted claims support, or `unknown` with the conflicting claims."""
    signals = _signals(claims)
    if not signals:
        return Derived("unknown", reason="no accepted claim about custody")
    latest, last = signals[-1], _deciding(signals)
    dated = last.lo != date.min
    horizon = (
        latest.lo - timedelta(days=window_days) if latest.lo > date.min + timedelta(window_days) else date.min
    )
    recent = [s for s in signals if s.lo != date.min and s.hi >= horizon or s is latest]
    conflicting = tuple(
        sorted(
            {
                c
                for i, a in enumerate(recent)
                for b in recent[i + 1 :]
                if _contradicts(a, b)
                for c in (a.claim.id, b.claim.id)
            }
        )
    )
    # a borrowed date only orders claims; the status date itself is unknown then
    when = last.lo if dated and not last.borrowed else None
    precision = (last.claim.precision or "day") if when is not None else None
    if conflicting:
        return Derived(
            "unknown", when, True, conflicting, f"contradicting claims within {window_days} days", precision
        )
    told = "background, undated" if last.claim.background and last.claim.date is None else "latest"
    return Derived(last.status, when, False, (last.claim.id,), f"{told} claim: {last.claim.kind}", precision)


def history(claims: list[ClaimFact], *, window_days: int = DEFAULT_WINDOW_DAYS) -> list[Interval]:
    """The status over time: what `derive` answers from the claims dated on or before each day
    (undated claims always count), as intervals between the days a claim begins."""
    return derive_history(claims, window_days=window_days)[1]


def derive_history(
    claims: list[ClaimFact], *, window_days: int = DEFAULT_WINDOW_DAYS
) -> tuple[Derived, list[Interval]]:
    """`derive` and `history` of the same claims at once: the status now is the history's last
    step (every claim is dated on or before the last day), so it is not derived twice."""
    days = sorted({c.date for c in claims if c.date is not None})
    steps: list[tuple[date | None, Derived]] = []
    undated = [c for c in claims if c.date is None]
    if undated:
        steps.append((None, derive(undated, window_days=window_days)))
    for day in days:
        known = [c for c in claims if c.date is None or c.date <= day]
        steps.append((day, derive(known, window_days=window_days)))
    out: list[Interval] = []
    for i, (start, derived) in enumerate(steps):
        end = steps[i + 1][0] if i + 1 < len(steps) else None
        claim = derived.claims[0] if derived.claims and not derived.conflict else None
        if out and out[-1].status == derived.status and out[-1].claim == claim:
            out[-1] = Interval(derived.status, out[-1].valid_from, end, claim)
        elif derived.status != "unknown" or derived.conflict or out:
            out.append(Interval(derived.status, start, end, claim))
    return (steps[-1][1] if steps else derive([], window_days=window_days)), out
