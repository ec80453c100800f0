"""Persons: the searchable list and the person page (status, facts, evidence timeline)."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from vigil.errors import NotFound
from vigil.registry import service
from vigil.registry.db import Database
from vigil.registry.status import STATUSES
from vigil.registry.views import PersonView
from vigil.web import queries
from vigil.web.deps import CurrentAccount, DbDep
from vigil.web.paging import Limit, Offset, page
from vigil.web.render import STATUS_WORDS, render
from vigil.web.routes.watchlist import is_following
from vigil.web.schemas import Page, PersonDetail, PersonSummary, TimelineEntryOut

__all__ = ["router"]

router = APIRouter()

_ID = re.compile(r"^vg-[0-9a-z]{4,20}$")
Status = Annotated[str | None, Query(description=f"One of: {', '.join(STATUSES)}.")]
Search = Annotated[str | None, Query(max_length=200, description="Any spelling, Latin or Cyrillic.")]


def people_page(
    request: Request, db: Database, *, status: str | None, q: str | None, limit: int, offset: int
) -> Page[PersonSummary]:
    """Persons by status and by any spelling, withheld names never shown."""
    status = status or None
    q = (q or "").strip() or None
    found = service.list_people(db, status=status, search=q, limit=limit + 1, offset=offset)
    total = None
    if q is None:
        with db.session() as session:
            total = queries.cached(
                session, ("count", status), lambda: queries.count_people(session, status=status)
            )
    items = [
        PersonSummary(
            id=p.id,
            name=p.name,
            latin=p.latin,
            status=p.status,
            status_date=p.status_date,
            aliases=p.aliases,
            withheld=p.withheld,
            needs_review=p.needs_review,
            url=f"/people/{p.id}",
            status_precision=p.status_precision,
        )
        for p in found[:limit]
    ]
    return page(request, items, limit=limit, offset=offset, total=total, more=len(found) > limit)


def _key_facts(view: PersonView) -> dict[str, object]:
    accepted = [t for t in view.timeline if t.state == "accepted"]

    def latest(kind: str):  # type: ignore[no-untyped-def]
        entries = [t for t in accepted if t.kind == kind]
        return entries[-1] if entries else None

    arrest, sentence, release, deport = (
        latest("arrest"),
        latest("sentence"),
        latest("release"),
        latest("deportation"),
    )
    return {
        "precision": {
            key: entry.date_precision
            for key, entry in (("detained", arrest), ("sentenced", sentence), ("released", release))
            if entry is not None
        },
        "detained": arrest.date if arrest else None,
        "sentenced": sentence.date if sentence else None,
        "term_months": sentence.term_months if sentence else None,
        "released": release.date if release else None,
        "went_to": (deport.value or "abroad") if deport else None,
        "kinds": sorted({t.kind for t in accepted}),
    }


def person_detail(db: Database, person_id: str) -> PersonDetail:
    """Everything the person page shows; a withheld person's name is blanked in every text."""
    if not _ID.match(person_id):
        raise NotFound(f"no person {person_id}")
    view = service.get_person(db, ref=person_id, reveal_withheld=False)
    with db.session() as session:
        redact = queries.public_redactor(session)
    timeline = [
        TimelineEntryOut(
            claim_id=t.claim_id,
            kind=t.kind,
            date=t.date,
            date_source=t.date_source,
            term_months=t.term_months,
            place=t.value,
            evidence=redact(t.evidence),
            source=redact(t.source) or "",
            article_id=t.article_id,
            article_url=f"/articles/{t.article_id}#{t.claim_id}" if t.article_id else None,
            state=t.state,
            reviewer=t.reviewer,
            confidence=t.confidence,
            sources=t.sources,
            date_precision=t.date_precision,
            background=t.background,
        )
        for t in view.timeline
    ]
    conflicts = view.conflicts if view.needs_review else []
    return PersonDetail(
        id=view.id,
        name=view.name,
        latin=view.latin,
        status=view.status,
        status_date=view.status_date,
        needs_review=view.needs_review,
        withheld=view.withheld,
        aliases=view.aliases,
        roles=[r for r in (redact(role) for role in view.roles) if r],
        key_facts=_key_facts(view),
        timeline=timeline,
        quotes=[{**q, "text": redact(q.get("text")), "source": redact(q.get("source"))} for q in view.quotes],
        facts=[{**f, "value": redact(f.get("value")), "source": redact(f.get("source"))} for f in view.facts],
        conflicts=conflicts,
        status_precision=view.status_precision,
        status_claim=view.status_claim,
        status_reason=view.status_reason,
    )


@router.get("/api/people", tags=["people"], response_model=Page[PersonSummary])
def api_people(
    request: Request,
    db: DbDep,
    status: Status = None,
    q: Search = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[PersonSummary]:
    """Persons, filtered by status and by text in any spelling or script (`q=Колесникова`)."""
    return people_page(request, db, status=status, q=q, limit=limit, offset=offset)


@router.get("/api/people/{person_id}", tags=["people"], response_model=PersonDetail)
def api_person(db: DbDep, person_id: str) -> PersonDetail:
    """A person's status, spellings, roles, key facts and timeline with evidence and source."""
    return person_detail(db, person_id)


@router.get("/people", response_class=HTMLResponse, include_in_schema=False)
def people_html(
    request: Request,
    db: DbDep,
    account: CurrentAccount,
    status: Status = None,
    q: Search = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    result = people_page(request, db, status=status, q=q, limit=limit, offset=offset)
    twin = (
        str(request.url).removeprefix(str(request.base_url).rstrip("/")).replace("/people", "/api/people", 1)
    )
    return render(
        request,
        "people.html",
        json_url=twin,
        title="People",
        result=result,
        q=q or "",
        status=status or "",
        statuses=STATUSES,
        next_url=result.next,
        feed_url=f"/feeds/status/{status}.atom" if status in STATUSES else None,
        feed_title=f"People {STATUS_WORDS.get(status or '', '').lower()}",
    )


@router.get("/people/{person_id}", response_class=HTMLResponse, include_in_schema=False)
def person_html(request: Request, db: DbDep, account: CurrentAccount, person_id: str) -> Response:
    detail = person_detail(db, person_id)
    if detail.id != person_id:
        return RedirectResponse(f"/people/{detail.id}", status_code=308)
    return render(
        request,
        "person.html",
        json_url=f"/api/people/{detail.id}",
        title=detail.name,
        person=detail,
        feed_url=None if detail.withheld else f"/feeds/people/{detail.id}.atom",
        following=is_following(db, account, detail.id),
    )
