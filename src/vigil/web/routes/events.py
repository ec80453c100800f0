"""Events: status-changing claims about named persons, and counted group events."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request

from vigil.web import queries
from vigil.web.deps import DbDep
from vigil.web.paging import Limit, Offset, page
from vigil.web.schemas import EventOut, GroupEventOut, Page

__all__ = ["router"]

router = APIRouter()

Kind = Literal["arrest", "sentence", "release", "deportation", "death"]


@router.get("/api/events", tags=["events"], response_model=Page[EventOut])
def api_events(
    request: Request,
    db: DbDep,
    type: Annotated[Kind | None, Query(description="Only events of this type.")] = None,
    since: Annotated[date | None, Query(description="On or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[date | None, Query(description="On or before this date (YYYY-MM-DD).")] = None,
    state: Annotated[Literal["accepted", "proposed"] | None, Query()] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[EventOut]:
    """Arrests, sentences, releases, deportations and deaths of named persons, newest first."""
    with db.session() as session:
        items, total = queries.list_events(
            session,
            kind=type,
            since=since,
            until=until,
            state=state,
            limit=limit,
            offset=offset,
            redact=queries.public_redactor(session),
        )
    return page(request, items, limit=limit, offset=offset, total=total, more=offset + limit < total)


@router.get("/api/groups", tags=["events"], response_model=list[GroupEventOut])
def api_groups(db: DbDep, limit: Limit = 20) -> list[GroupEventOut]:
    """Counted group events ("123 released") with how many of them the registry names."""
    with db.session() as session:
        return queries.group_events(session, limit=limit, redact=queries.public_redactor(session))
