"""Atom feeds of published status changes: all, per person, per status, per place and per outlet.

Feeds are built with the standard library's ElementTree (valid Atom, escaped by the serialiser).
Withheld persons' changes never appear; evidence sentences pass through the public redactor
like every public text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from vigil.errors import NotFound
from vigil.registry import alerts
from vigil.registry.db import Database
from vigil.registry.persons import canonical
from vigil.registry.status import STATUSES
from vigil.web import queries
from vigil.web.alert_schemas import ChangeOut
from vigil.web.deps import DbDep
from vigil.web.render import STATUS_WORDS, day, source_name

__all__ = ["ATOM", "change_out", "router"]

router = APIRouter()
ATOM = "application/atom+xml"
ATOM_NS = "http://www.w3.org/2005/Atom"
EPOCH = datetime(2025, 1, 1, tzinfo=UTC)
FEED_SIZE = 50
TAG = "tag:vigil,2026"


def change_out(change: alerts.Change, redact: Callable[[str | None], str | None]) -> ChangeOut:
    return ChangeOut(
        id=change.id,
        person_id=change.person_id,
        name=change.name,
        old=change.old,
        new=change.new,
        date=change.date,
        kind=change.kind,
        evidence=redact(change.evidence),
        source=redact(change.source),
        article_id=change.article_id,
        article_url=f"/articles/{change.article_id}" if change.article_id else None,
        person_url=f"/people/{change.person_id}",
        place=change.place,
        outlet=change.outlet,
        reviewer=change.reviewer,
        published_at=change.at.replace(tzinfo=UTC),
    )


def _summary(c: ChangeOut) -> str:
    when = day(c.date) if c.date else f"date not given; published {day(c.published_at.date())}"
    lines = [f"{c.name}: {STATUS_WORDS.get(c.old, c.old)} → {STATUS_WORDS.get(c.new, c.new)} ({when})."]
    if c.evidence:
        lines.append(f"Evidence: “{c.evidence.strip()}”")
    where = " · ".join(x for x in (c.outlet or source_name(c.source), c.place) if x)
    if where:
        lines.append(f"Source: {where}")
    lines.append(f"Confirmed by an editor ({c.reviewer})." if c.reviewer else "Accepted by the machine.")
    return "\n".join(lines)


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str | None) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: v for k, v in attributes.items() if v is not None})
    element.text = text
    return element


def _feed(request: Request, *, path: str, title: str, subtitle: str, changes: list[ChangeOut]) -> Response:
    """An Atom 1.0 document (RFC 4287) built as an element tree, so every text is escaped by
    the serialiser. (feedgen 1.0.0 drops the rel, type and title of entry links.)"""
    base = str(request.base_url).rstrip("/")
    feed = ET.Element("feed", {"xmlns": ATOM_NS, "xml:lang": "en"})
    _add(feed, "id", f"{TAG}:{path}")
    _add(feed, "title", f"{title} — Vigil")
    _add(feed, "subtitle", subtitle)
    updated = changes[0].published_at if changes else EPOCH
    _add(feed, "updated", updated.isoformat())
    _add(_add(feed, "author"), "name", "Vigil")
    _add(feed, "link", href=f"{base}{path}", rel="self", type=ATOM)
    _add(feed, "link", href=f"{base}/", rel="alternate", type="text/html")
    _add(feed, "generator", "Vigil")
    for c in changes:
        entry = _add(feed, "entry")
        _add(entry, "id", f"{TAG}:change:{c.id}")
        _add(
            entry, "title", f"{c.name} — {STATUS_WORDS.get(c.old, c.old)} → {STATUS_WORDS.get(c.new, c.new)}"
        )
        _add(entry, "updated", c.published_at.isoformat())
        _add(entry, "published", c.published_at.isoformat())
        _add(entry, "link", href=f"{base}{c.person_url}", rel="alternate", type="text/html", title=c.name)
        if c.article_url:
            _add(
                entry,
                "link",
                href=f"{base}{c.article_url}",
                rel="related",
                type="text/html",
                title="The article",
            )
        _add(entry, "category", term=c.new, label=STATUS_WORDS.get(c.new, c.new))
        _add(entry, "summary", _summary(c), type="text")
    ET.indent(feed)
    body = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return Response(body, media_type=f"{ATOM}; charset=utf-8")


def _changes(db: Database, **filters: object) -> list[ChangeOut]:
    with db.session() as session:
        redact = queries.public_redactor(session)
        found = alerts.list_changes(session, limit=FEED_SIZE, **filters)  # type: ignore[arg-type]
    return [change_out(c, redact) for c in found]


@router.get("/feeds/changes.atom", response_class=Response, include_in_schema=False)
def changes_feed(request: Request, db: DbDep) -> Response:
    """Every published status change, newest first (Atom)."""
    return _feed(
        request,
        path="/feeds/changes.atom",
        title="Status changes",
        subtitle="Every accepted change of a person's status, with the sentence that shows it.",
        changes=_changes(db),
    )


@router.get("/feeds/people/{person_id}.atom", response_class=Response, include_in_schema=False)
def person_feed(request: Request, db: DbDep, person_id: str) -> Response:
    """One person's status changes (Atom); a withheld person's feed stays empty."""
    with db.session() as session:
        person = canonical(session, person_id)
        name, withheld = person.name, person.withheld
    return _feed(
        request,
        path=f"/feeds/people/{person.id}.atom",
        title="(name withheld)" if withheld else name,
        subtitle="Status changes of one person.",
        changes=[] if withheld else _changes(db, person_id=person.id),
    )


@router.get("/feeds/status/{status}.atom", response_class=Response, include_in_schema=False)
def status_feed(request: Request, db: DbDep, status: str) -> Response:
    """Changes into one status (`released`, `held` ...), Atom."""
    if status not in STATUSES:
        raise NotFound(f"no status {status!r}; one of {', '.join(STATUSES)}")
    return _feed(
        request,
        path=f"/feeds/status/{status}.atom",
        title=STATUS_WORDS[status],
        subtitle=f"Persons whose status became {STATUS_WORDS[status].lower()}.",
        changes=_changes(db, status=status),
    )


@router.get("/feeds/place/{place}.atom", response_class=Response, include_in_schema=False)
def place_feed(request: Request, db: DbDep, place: str) -> Response:
    """Changes whose deciding event names this place (`Minsk`, `Lithuania`; any case), Atom."""
    return _feed(
        request,
        path=f"/feeds/place/{place}.atom",
        title=place,
        subtitle=f"Status changes at {place}.",
        changes=_changes(db, place=place),
    )


@router.get("/feeds/outlet/{outlet}.atom", response_class=Response, include_in_schema=False)
def outlet_feed(request: Request, db: DbDep, outlet: str) -> Response:
    """Changes decided by a report of this outlet (any case), Atom."""
    return _feed(
        request,
        path=f"/feeds/outlet/{outlet}.atom",
        title=outlet,
        subtitle=f"Status changes reported by {outlet}.",
        changes=_changes(db, outlet=outlet),
    )


@router.get("/api/changes", tags=["feeds"], response_model=list[ChangeOut])
def api_changes(
    db: DbDep,
    status: Annotated[str | None, Query(description=f"One of: {', '.join(STATUSES)}.")] = None,
    person: Annotated[str | None, Query(max_length=40, description="A person's vg- id.")] = None,
    after: Annotated[
        int | None, Query(ge=0, le=2**31 - 1, description="Only changes with a greater id, oldest first.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> list[ChangeOut]:
    """Published status changes as JSON (the feeds' data); withheld persons never appear."""
    if status is not None and status not in STATUSES:
        raise NotFound(f"no status {status!r}; one of {', '.join(STATUSES)}")
    if person is not None:
        with db.session() as session:
            person = canonical(session, person).id
    with db.session() as session:
        redact = queries.public_redactor(session)
        found = alerts.list_changes(session, person_id=person, status=status, after_id=after, limit=limit)
    return [change_out(c, redact) for c in found]
