"""Webhooks for editors and admins: register a receiver, list them, remove one, read the log.

Sending happens outside requests (`vigil webhook deliver`, the loops of `vigil serve` and
`vigil watch`); these routes only change what is registered.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from vigil.errors import Forbidden, VigilError
from vigil.registry import webhooks
from vigil.registry.db import Database
from vigil.web.alert_schemas import AttemptOut, HookCreatedOut, HookIn, HookOut
from vigil.web.auth import Account
from vigil.web.deps import DbDep, Editor
from vigil.web.render import render

__all__ = ["router"]

router = APIRouter()
HookId = Annotated[int, Path(ge=1, le=2**31 - 1, description="The id `GET /api/webhooks` shows.")]


def _hooks(db: Database) -> list[HookOut]:
    with db.session() as session:
        return [
            HookOut(**{k: getattr(h, k) for k in HookOut.model_fields}) for h in webhooks.list_hooks(session)
        ]


def _log(db: Database, *, hook: int | None, limit: int) -> list[AttemptOut]:
    with db.session() as session:
        return [AttemptOut(**vars(a)) for a in webhooks.delivery_log(session, hook_id=hook, limit=limit)]


def _add(db: Database, account: Account, body: HookIn) -> HookCreatedOut:
    if body.allow_private and account.role != "admin":
        raise Forbidden("a receiver on a private or loopback address needs the admin role")
    with db.session(write=True) as session:
        hook_id, secret = webhooks.add_hook(
            session, url=body.url, user=account.name, secret=body.secret, allow_private=body.allow_private
        )
    [hook] = [h for h in _hooks(db) if h.id == hook_id]
    return HookCreatedOut(**hook.model_dump(), secret=secret)


def _remove(db: Database, hook_id: int) -> None:
    with db.session(write=True) as session:
        webhooks.remove_hook(session, hook_id=hook_id)


@router.get("/api/webhooks", tags=["webhooks"], response_model=list[HookOut])
def api_hooks(db: DbDep, editor: Editor) -> list[HookOut]:
    """Registered receivers with their deliveries by state (editors)."""
    return _hooks(db)


@router.post("/api/webhooks", tags=["webhooks"], response_model=HookCreatedOut, status_code=201)
def api_add_hook(db: DbDep, editor: Editor, body: HookIn) -> HookCreatedOut:
    """Register a receiver; the secret is answered once. Changes published from now on are sent."""
    return _add(db, editor, body)


@router.delete("/api/webhooks/{hook_id}", tags=["webhooks"])
def api_remove_hook(db: DbDep, editor: Editor, hook_id: HookId) -> dict[str, object]:
    """Stop sending to a receiver (kept on record with its log)."""
    _remove(db, hook_id)
    return {"ok": True, "id": hook_id}


@router.get("/api/webhooks/log", tags=["webhooks"], response_model=list[AttemptOut])
def api_hook_log(
    db: DbDep,
    editor: Editor,
    hook: Annotated[int | None, Query(ge=1, le=2**31 - 1, description="Only this receiver.")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> list[AttemptOut]:
    """Delivery attempts, newest first: status code or error, duration, the delivery's state."""
    return _log(db, hook=hook, limit=limit)


def _page(request: Request, db: Database, editor: Account, **extra: object) -> Response:
    return render(
        request,
        "webhooks.html",
        json_url="/api/webhooks",
        title="Webhooks",
        hooks=_hooks(db),
        log=_log(db, hook=None, limit=50),
        csrf=editor.csrf or "",
        **extra,
    )


@router.get("/webhooks", response_class=HTMLResponse, include_in_schema=False)
def hooks_html(request: Request, db: DbDep, editor: Editor) -> Response:
    return _page(request, db, editor)


@router.post("/webhooks", response_class=HTMLResponse, include_in_schema=False)
async def add_hook_form(
    request: Request,
    db: DbDep,
    editor: Editor,
    url: Annotated[str, Form(max_length=2000)],
    allow_private: Annotated[str | None, Form()] = None,
) -> Response:
    try:
        created = await run_in_threadpool(
            _add, db, editor, HookIn(url=url, allow_private=allow_private == "1")
        )
    except VigilError as exc:
        return _page(request, db, editor, problem=exc.message)
    return _page(request, db, editor, created=created)


@router.post("/webhooks/{hook_id}/remove", include_in_schema=False)
async def remove_hook_form(db: DbDep, editor: Editor, hook_id: HookId) -> Response:
    await run_in_threadpool(_remove, db, hook_id)
    return RedirectResponse("/webhooks", status_code=303)
