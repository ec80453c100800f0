"""A person's status, derived from their accepted claims: pure, with no database.

The rules (DESIGN.md, "The registry's rules"):

* arrest or sentence -> ``held``; release -> ``released``; deportation (alone or with a
  release of the same date) -> ``exiled``; death -> ``died_in_custody``; nothing -> ``unknown``.
* Claims are ordered by effective date (the event's date, else the article's, else the latest
  date the same article gives: a report is no older than what it dates). Within one
  article and one date they follow the life course (held, released, exiled, dead), except an
  arrest told *after* a release in the text: that is a re-arrest ("taken back into custody").
* Contradictions near the latest date are not guessed: a later claim that goes back in the
  life course (released, then held a few days later in another article), or a death next to
  a release, within `window` days of the latest claim, give ``unknown`` with ``conflict=True``.

The result does not depend on the order of the input (ties are broken on the claim id).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["DEFAULT_WINDOW_DAYS", "STATUSES", "STATUS_KINDS", "ClaimFact", "Derived", "derive"]

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
    date: date | None
    article: str | None = None
    position: int | None = None  # evidence start in the article's text
    value: str | None = None  # the status itself, for roster `status` claims


@dataclass(frozen=True)
class Derived:
    status: str
    date: date | None = None
    conflict: bool = False
    claims: tuple[str, ...] = ()  # the deciding claim, or the conflicting ones
    reason: str = ""


@dataclass(frozen=True)
class _Signal:
    date: date
    order: float
    status: str
    claim: ClaimFact
    borrowed: bool = False  # the date is the article's latest, not the event's own


def _article_dates(claims: list[ClaimFact]) -> dict[str, date]:
    """The latest date each article gives: a report is at least as recent as what it dates."""
    latest: dict[str, date] = {}
    for c in claims:
        if c.article is not None and c.date is not None:
            latest[c.article] = max(c.date, latest.get(c.article, c.date))
    return latest


def _signals(claims: list[ClaimFact]) -> list[_Signal]:
    signals = []
    article_dates = _article_dates(claims)
    for c in claims:
        status = c.value if c.kind == "status" else _STATUS_OF_KIND.get(c.kind)
        if status not in _RANK:
            continue
        assert status is not None
        # "walked free ... He was arrested in December 2020": the undated release is no older
        # than the arrest the same report dates
        borrowed = c.date is None and c.article in article_dates
        when = c.date or (article_dates[c.article] if borrowed and c.article else date.min)
        signals.append(_Signal(when, float(_RANK[status]), status, c, borrowed))
    releases = [s for s in signals if s.status in ("released", "exiled") and s.claim.article is not None]
    out = []
    for s in signals:
        c = s.claim
        rearrest = (
            c.kind == "arrest"
            and c.position is not None
            and any(
                r.claim.article == c.article
                and r.date == s.date
                and r.borrowed == s.borrowed
                and (r.claim.position or 0) < c.position
                for r in releases
            )
        )
        out.append(_Signal(s.date, _REARREST, s.status, c, s.borrowed) if rearrest else s)
    return sorted(out, key=lambda s: (s.date, s.order, s.claim.id))


def _contradicts(earlier: _Signal, later: _Signal) -> bool:
    if earlier.claim.article is not None and earlier.claim.article == later.claim.article:
        return False
    if {earlier.status, later.status} & {"died_in_custody"} and {earlier.status, later.status} & {
        "released",
        "exiled",
    }:
        return True
    return later.date > earlier.date and _RANK[later.status] < _RANK[earlier.status]


def derive(claims: list[ClaimFact], *, window_days: int = DEFAULT_WINDOW_DAYS) -> Derived:
    """The status these accepted claims support, or `unknown` with the conflicting claims."""
    signals = _signals(claims)
    if not signals:
        return Derived("unknown", reason="no accepted claim about custody")
    last = signals[-1]
    horizon = (
        last.date - timedelta(days=window_days) if last.date > date.min + timedelta(window_days) else date.min
    )
    recent = [s for s in signals if s.date >= horizon and s.date != date.min or s.date == last.date]
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
    when = None if last.date == date.min or last.borrowed else last.date
    if conflicting:
        return Derived("unknown", when, True, conflicting, f"contradicting claims within {window_days} days")
    return Derived(last.status, when, False, (last.claim.id,), f"latest claim: {last.claim.kind}")
