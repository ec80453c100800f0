"""The registry as CSV or JSON: one row per person, withheld persons counted but unnamed.

Dates are as precise as their source ("2021", "2022-03", "2025-12-13"), each with its precision
beside it (day, week, month or year).
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vigil.registry.models import Claim, Person, PersonName
from vigil.registry.views import WITHHELD, iso_date

__all__ = ["FIELDS", "export_rows", "to_csv", "to_json"]

FIELDS = [
    "id",
    "name",
    "status",
    "status_date",
    "aliases",
    "detained",
    "sentence_months",
    "released",
    "sources",
    "status_precision",
    "detained_precision",
    "released_precision",
]
_WIDTH = {"day": 0, "week": 1, "month": 2, "year": 3}
_NONE: tuple[date | None, str | None] = (None, None)


def export_rows(session: Session) -> list[dict[str, Any]]:
    """Every person with status, spellings and key dates; withheld ones without id or name."""
    persons = list(
        session.scalars(
            select(Person).where(Person.id == Person.canonical_id).order_by(Person.latin, Person.id)
        )
    )
    aliases: dict[str, list[str]] = defaultdict(list)
    for cid, name in session.execute(
        select(Person.canonical_id, PersonName.name)
        .join(PersonName, PersonName.person_id == Person.id)
        .order_by(PersonName.id)
    ):
        aliases[cid].append(name)
    accepted = (
        select(Person.canonical_id, Claim.kind, Claim.effective_date, Claim.date_precision)
        .join(Claim, Claim.person_id == Person.id)
        .where(
            Claim.state == "accepted",
            Claim.kind.in_(("arrest", "release")),
            Claim.effective_date.is_not(None),
        )
    )
    # the latest by the start of its period; of one start, the most precise
    latest: dict[tuple[str, str], tuple[date, str | None]] = {}
    for cid, kind, when, precision in session.execute(accepted):
        key = (cid, kind)
        if key not in latest or (when, -_WIDTH.get(precision, 0)) > (
            latest[key][0],
            -_WIDTH.get(latest[key][1], 0),
        ):
            latest[key] = (when, precision)
    terms = dict(
        session.execute(
            select(Person.canonical_id, func.max(Claim.term_months))
            .join(Claim, Claim.person_id == Person.id)
            .where(Claim.state == "accepted", Claim.kind == "sentence")
            .group_by(Person.canonical_id)
        ).all()
    )
    sources = dict(
        session.execute(
            select(Person.canonical_id, func.count(func.distinct(Claim.source)))
            .join(Claim, Claim.person_id == Person.id)
            .where(Claim.state == "accepted")
            .group_by(Person.canonical_id)
        ).all()
    )
    rows = []
    for p in persons:
        hidden = p.withheld
        detained, released = latest.get((p.id, "arrest"), _NONE), latest.get((p.id, "release"), _NONE)
        rows.append(
            {
                "id": "" if hidden else p.id,
                "name": WITHHELD if hidden else p.name,
                "status": p.status,
                "status_date": iso_date(p.status_date, p.status_precision),
                "status_precision": p.status_precision,
                "aliases": [] if hidden else [a for a in dict.fromkeys(aliases[p.id]) if a != p.name],
                "detained": iso_date(*detained),
                "detained_precision": detained[1],
                "sentence_months": terms.get(p.id),
                "released": iso_date(*released),
                "released_precision": released[1],
                "sources": sources.get(p.id, 0),
            }
        )
    return rows


def to_csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "aliases": "; ".join(row["aliases"])})
    return out.getvalue()


def to_json(rows: list[dict[str, Any]]) -> str:
    withheld = sum(1 for r in rows if not r["id"])
    return json.dumps(
        {"persons": rows, "count": len(rows), "withheld": withheld}, ensure_ascii=False, indent=2
    )
