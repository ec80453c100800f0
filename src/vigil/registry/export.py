"""The registry as CSV or JSON: one row per person, withheld persons counted but unnamed."""

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
from vigil.registry.views import WITHHELD

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
]


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
        select(Person.canonical_id, Claim.kind, func.max(Claim.effective_date))
        .join(Claim, Claim.person_id == Person.id)
        .where(Claim.state == "accepted", Claim.kind.in_(("arrest", "release")))
        .group_by(Person.canonical_id, Claim.kind)
    )
    latest: dict[tuple[str, str], date | None] = {
        (cid, kind): when for cid, kind, when in session.execute(accepted)
    }
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
        detained, released = latest.get((p.id, "arrest")), latest.get((p.id, "release"))
        rows.append(
            {
                "id": "" if hidden else p.id,
                "name": WITHHELD if hidden else p.name,
                "status": p.status,
                "status_date": p.status_date.isoformat() if p.status_date else None,
                "aliases": [] if hidden else [a for a in dict.fromkeys(aliases[p.id]) if a != p.name],
                "detained": detained.isoformat() if detained else None,
                "sentence_months": terms.get(p.id),
                "released": released.isoformat() if released else None,
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
