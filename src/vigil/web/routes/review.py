"""Editors' work: the review queue, accepting or rejecting claims, merging and splitting persons."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Body, Form, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from vigil.errors import Conflict, NotFound, VigilError
from vigil.registry import service
from vigil.registry.db import Database
from vigil.registry.models import Claim
from vigil.registry.persons import canonical
from vigil.registry.views import WITHHELD
from vigil.web import queries
from vigil.web.deps import Admin, DbDep, Editor
from vigil.web.paging import Limit, Offset, page
from vigil.web.render import render
from vigil.web.schemas import (
    DecisionIn,
    DecisionOut,
    MergeIn,
    Page,
    PersonSummary,
    ReviewItemOut,
    SplitIn,
    WithholdIn,
)

__all__ = ["router"]

router = APIRouter()


def review_queue(db: Database, limit: int | None = None) -> list[ReviewItemOut]:
    """The service's review items, with each claim's evidence in context and merge pairs' facts."""
    items = service.review_items(db, limit=limit)
    with db.session() as session:
        contexts = queries.review_context(session, [i.id for i in items if i.type == "claim"])
        pairs = queries.merge_pairs(
            session, [int(i.id[3:]) for i in items if i.type == "merge" and i.id[3:].isdigit()]
        )
    return [
        ReviewItemOut(
            id=i.id,
            type=i.type,
            person_id=i.person_id,
            person_name=i.person_name,
            summary=i.summary,
            evidence=i.evidence,
            source=i.source,
            confidence=i.confidence,
            sensitive=i.sensitive,
            suggested=i.suggested,
            model=i.model,
            reasons=list(i.reasons),
            article_id=contexts.get(i.id, {}).get("article_id"),
            context=contexts.get(i.id),
            persons=pairs.get(int(i.id[3:]), []) if i.type == "merge" and i.id[3:].isdigit() else [],
        )
        for i in items
    ]


def _decide(db: Database, item_id: str, *, accept: bool, user: str, note: str | None) -> DecisionOut:
    """Record the editor's decision; answers the person's status after it (for claims)."""
    if not item_id.startswith(("cl-", "mg-", "cf-")):
        raise NotFound(f"no claim or proposal {item_id}")
    result = service.decide(db, item_id=item_id, accept=accept, user=user, note=note or None)
    person = None
    if item_id.startswith("cl-"):
        with db.session() as session:
            claim = session.get(Claim, item_id)
            if claim is not None:
                p = canonical(session, claim.person_id)
                person = PersonSummary(
                    id=p.id,
                    name=WITHHELD if p.withheld else p.name,
                    status=p.status,
                    status_date=p.status_date,
                    aliases=[],
                    withheld=p.withheld,
                    needs_review=p.needs_review,
                    url=f"/people/{p.id}",
                )
    return DecisionOut(result=result, person=person)


@router.get("/api/review", tags=["review"], response_model=Page[ReviewItemOut])
def api_review(
    request: Request, db: DbDep, editor: Editor, limit: Limit = 50, offset: Offset = 0
) -> Page[ReviewItemOut]:
    """What needs an editor: contradictions, merge proposals, then proposed claims (editors only)."""
    items = review_queue(db, limit=offset + limit + 1)
    more = len(items) > offset + limit
    return page(request, items[offset : offset + limit], limit=limit, offset=offset, total=None, more=more)


@router.post("/api/claims/{claim_id}/accept", tags=["review"], response_model=DecisionOut)
def api_accept(db: DbDep, editor: Editor, claim_id: str, body: Annotated[DecisionIn | None, Body()] = None):
    """Accept a proposed claim (or merge proposal `mg-…`); the person's status is re-derived."""
    return _decide(db, claim_id, accept=True, user=editor.name, note=body.note if body else None)


@router.post("/api/claims/{claim_id}/reject", tags=["review"], response_model=DecisionOut)
def api_reject(db: DbDep, editor: Editor, claim_id: str, body: Annotated[DecisionIn | None, Body()] = None):
    """Reject a proposed claim (or merge proposal); it stays on record as rejected."""
    return _decide(db, claim_id, accept=False, user=editor.name, note=body.note if body else None)


@router.post("/api/persons/merge", tags=["review"])
def api_merge(db: DbDep, editor: Editor, body: MergeIn) -> dict[str, object]:
    """Judge two records one person (undo with split)."""
    merged = service.merge(db, a=body.a, b=body.b, user=editor.name, note=body.note)
    return {"ok": True, "person_id": merged}


@router.post("/api/persons/{person_id}/split", tags=["review"])
def api_split(
    db: DbDep, editor: Editor, person_id: str, body: Annotated[SplitIn | None, Body()] = None
) -> dict[str, object]:
    """Undo a merge of this record, or move what the given articles said into a new person."""
    body = body or SplitIn()
    result = service.split(db, person_id=person_id, articles=body.articles, user=editor.name, note=body.note)
    return {"ok": True, "persons": result}


@router.post("/api/persons/{person_id}/withhold", tags=["review"])
def api_withhold(db: DbDep, admin: Admin, person_id: str, body: WithholdIn) -> dict[str, object]:
    """Withhold a person's name on every public page and export (a family's request), or show it
    again; admins only."""
    service.set_withheld(db, person_id=person_id, withheld=body.withheld, user=admin.name)
    return {"ok": True, "person_id": person_id, "withheld": body.withheld}


@router.post("/people/{person_id}/withhold", include_in_schema=False)
async def withhold_form(
    db: DbDep, admin: Admin, person_id: str, withheld: Annotated[str, Form()] = "1"
) -> Response:
    """The admin's button on the person page (the form twin of `POST /api/persons/{id}/withhold`)."""
    hide = withheld == "1"
    await run_in_threadpool(service.set_withheld, db, person_id=person_id, withheld=hide, user=admin.name)
    return RedirectResponse(f"/people/{person_id}", status_code=303)


@router.get("/review", response_class=HTMLResponse, include_in_schema=False)
def review_html(
    request: Request,
    db: DbDep,
    editor: Editor,
    done: Annotated[str | None, Query(max_length=500)] = None,
    problem: Annotated[str | None, Query(max_length=500)] = None,
) -> Response:
    items = review_queue(db, limit=200)
    return render(
        request,
        "review.html",
        json_url="/api/review",
        title="Review",
        items=items,
        done=done,
        problem=problem,
        csrf=editor.csrf or "",
    )


@router.post("/review/{item_id}", include_in_schema=False)
async def review_decide(
    request: Request,
    db: DbDep,
    editor: Editor,
    item_id: str,
    action: Annotated[str, Form()],
    note: Annotated[str | None, Form(max_length=2000)] = None,
) -> Response:
    if action not in ("accept", "reject"):
        raise VigilError("action is accept or reject")
    try:
        result = await run_in_threadpool(
            _decide, db, item_id, accept=action == "accept", user=editor.name, note=note
        )
    except Conflict as exc:  # another editor was faster: say so on the queue
        return RedirectResponse(f"/review?problem={quote(exc.message)}", status_code=303)
    return RedirectResponse(f"/review?done={quote(result.result)}", status_code=303)
