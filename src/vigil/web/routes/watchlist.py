"""A signed-in user's watchlist: follow persons from their page, see what changed since the last visit."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from vigil.registry import alerts
from vigil.registry.db import Database
from vigil.registry.views import WITHHELD
from vigil.web import queries
from vigil.web.alert_schemas import WatchlistOut, WatchOut
from vigil.web.auth import Account, Unauthorized
from vigil.web.deps import CurrentAccount, DbDep, Editor
from vigil.web.render import render
from vigil.web.routes.feeds import change_out

__all__ = ["is_following", "router"]

router = APIRouter()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _signed_in(account: Account | None) -> Account:
    if account is None:
        raise Unauthorized("sign in to keep a watchlist")
    return account


def is_following(db: Database, account: Account | None, person_id: str) -> bool:
    """Whether the signed-in user follows the person (False for a reader)."""
    if account is None:
        return False
    with db.session() as session:
        return person_id in alerts.following(session, user_id=account.id)


def watchlist_of(db: Database, account: Account, *, mark_seen: bool) -> WatchlistOut:
    """The followed persons and their changes since the previous visit; `mark_seen` makes this the visit."""
    with db.session(write=mark_seen) as session:
        found = alerts.watchlist(session, user_id=account.id)
        redact = queries.public_redactor(session)
        if mark_seen:
            alerts.mark_visit(session, user_id=account.id, now=_now())
    changes = []
    for c in found.changes:
        out = change_out(c, redact)
        changes.append(out.model_copy(update={"name": WITHHELD}) if c.withheld else out)
    return WatchlistOut(
        persons=[
            WatchOut(
                id=p.id,
                name=WITHHELD if p.withheld else p.name,
                status=p.status,
                status_date=p.status_date,
                url=f"/people/{p.id}",
            )
            for p in found.persons
        ],
        since=found.since.replace(tzinfo=UTC) if found.since else None,
        changes=changes,
    )


def _follow(db: Database, account: Account, person_id: str, *, on: bool) -> str:
    with db.session(write=True) as session:
        if on:
            return alerts.follow(session, user_id=account.id, person_id=person_id, now=_now())
        alerts.unfollow(session, user_id=account.id, person_id=person_id)
        return person_id


@router.get("/api/watchlist", tags=["watchlist"], response_model=WatchlistOut)
def api_watchlist(db: DbDep, account: CurrentAccount) -> WatchlistOut:
    """The persons you follow and their changes since your last visit of /watchlist (not marked as
    seen here; POST /api/watchlist/seen does that)."""
    return watchlist_of(db, _signed_in(account), mark_seen=False)


@router.post("/api/watchlist/seen", tags=["watchlist"])
def api_watchlist_seen(db: DbDep, editor: Editor) -> dict[str, object]:
    """Mark the watchlist seen: the next answer lists changes from now on."""
    with db.session(write=True) as session:
        alerts.mark_visit(session, user_id=editor.id, now=_now())
    return {"ok": True}


@router.put("/api/watchlist/{person_id}", tags=["watchlist"])
def api_follow(db: DbDep, editor: Editor, person_id: str) -> dict[str, object]:
    """Follow a person."""
    return {"ok": True, "person_id": _follow(db, editor, person_id, on=True), "following": True}


@router.delete("/api/watchlist/{person_id}", tags=["watchlist"])
def api_unfollow(db: DbDep, editor: Editor, person_id: str) -> dict[str, object]:
    """Stop following a person."""
    return {"ok": True, "person_id": _follow(db, editor, person_id, on=False), "following": False}


@router.post("/people/{person_id}/follow", include_in_schema=False)
async def follow_form(
    db: DbDep, editor: Editor, person_id: str, follow: Annotated[str, Form()] = "1"
) -> Response:
    """The Follow / Unfollow button on the person page (works without JavaScript)."""
    await run_in_threadpool(_follow, db, editor, person_id, on=follow == "1")
    return RedirectResponse(f"/people/{person_id}", status_code=303)


@router.get("/watchlist", response_class=HTMLResponse, include_in_schema=False)
def watchlist_html(request: Request, db: DbDep, account: CurrentAccount) -> Response:
    result = watchlist_of(db, _signed_in(account), mark_seen=True)
    return render(request, "watchlist.html", json_url="/api/watchlist", title="Watchlist", result=result)
