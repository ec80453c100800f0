"""Editors reconcile a rights group's roster with the registry: `/reconcile` and `/api/reconcile`.

An uploaded roster is kept in the registry (`registry/rosters.py`) as "the last one", so every
web worker and a restarted server show the same one, and each visit compares it with the
registry as it is now, so an accepted claim shows up at once. Withheld names are blanked.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from vigil.errors import NotFound, VigilError
from vigil.registry.db import Database
from vigil.registry.reconcile import CATEGORIES, LABELS, reconcile
from vigil.registry.roster import RosterError, parse_columns, parse_roster
from vigil.registry.rosters import last_roster, save_roster
from vigil.web.deps import DbDep, Editor
from vigil.web.render import render
from vigil.web.routes.articles import TooLarge
from vigil.web.schemas import ReconcileOut

__all__ = ["router"]

router = APIRouter()

MAX_ROSTER = 5_000_000


@dataclass(frozen=True)
class _Roster:
    name: str
    data: bytes
    columns: str
    at: datetime
    user: str


async def _upload(request: Request, editor: Editor) -> _Roster:
    """The roster in a multipart form (`file`, optional `columns`) or a raw text/csv body."""
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > MAX_ROSTER + 100_000:
        raise TooLarge(f"the roster is larger than {MAX_ROSTER // 1_000_000} MB")
    content_type = request.headers.get("content-type", "")
    columns, name = "", "roster.csv"
    if content_type.startswith("multipart/form-data"):
        form = await request.form()
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise VigilError("choose a roster file (CSV) to upload")
        data = await upload.read(MAX_ROSTER + 1)
        name = upload.filename or name
        value = form.get("columns")
        columns = value if isinstance(value, str) else ""
    else:
        data = await request.body()
        columns = request.query_params.get("columns", "")
    if len(data) > MAX_ROSTER:
        raise TooLarge(f"the roster is larger than {MAX_ROSTER // 1_000_000} MB")
    return _Roster(name, data, columns, datetime.now(UTC).replace(tzinfo=None), editor.name)


def _result(db: Database, roster: _Roster) -> ReconcileOut:
    rows, _unknown = parse_roster(roster.data, source=roster.name, columns=parse_columns(roster.columns))
    result = reconcile(db, rows, source=roster.name, reveal_withheld=False)
    return ReconcileOut(
        source=result.source,
        rows=result.rows,
        counts=result.counts,
        summary=result.summary(),
        entries=[asdict(e) for e in result.entries],  # dates with their precision beside them
    )


def _last(db: Database) -> _Roster | None:
    stored = last_roster(db)
    if stored is None:
        return None
    return _Roster(stored.name, stored.data, stored.columns, stored.uploaded_at, stored.uploaded_by)


def _keep(db: Database, roster: _Roster) -> None:
    save_roster(db, name=roster.name, data=roster.data, columns=roster.columns, user=roster.user)


@router.get("/api/reconcile", tags=["reconcile"], response_model=ReconcileOut)
def api_reconcile(request: Request, db: DbDep, editor: Editor) -> ReconcileOut:
    """The last uploaded roster compared with the registry now (editors only; 404 before any upload)."""
    roster = _last(db)
    if roster is None:
        raise NotFound("no roster uploaded yet: POST one to /api/reconcile or use /reconcile")
    return _result(db, roster)


@router.post(
    "/api/reconcile",
    tags=["reconcile"],
    response_model=ReconcileOut,
    openapi_extra={
        "requestBody": {
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "file": {"type": "string", "format": "binary"},
                            "columns": {"type": "string", "description": "e.g. name=ФИО,status=State"},
                        },
                        "required": ["file"],
                    }
                },
                "text/csv": {"schema": {"type": "string"}},
            }
        }
    },
)
async def api_reconcile_upload(request: Request, db: DbDep, editor: Editor) -> ReconcileOut:
    """Compare a roster (CSV, multipart `file` or a text/csv body) with the registry; it becomes
    the last roster. A roster that cannot be read answers 422 naming each bad row."""
    roster = await _upload(request, editor)
    result = await run_in_threadpool(_result, db, roster)
    await run_in_threadpool(_keep, db, roster)
    return result


@router.get("/reconcile", response_class=HTMLResponse, include_in_schema=False)
def reconcile_html(request: Request, db: DbDep, editor: Editor) -> Response:
    return _page(request, db, editor, _last(db))


def _page(
    request: Request,
    db: DbDep,
    editor: Editor,
    roster: _Roster | None,
    *,
    problems: list[str] | None = None,
    status_code: int = 200,
) -> Response:
    result = _result(db, roster) if roster is not None and not problems else None
    return render(
        request,
        "reconcile.html",
        json_url="/api/reconcile" if roster is not None else None,
        title="Reconcile a roster",
        result=result,
        roster=roster,
        problems=problems or [],
        categories=CATEGORIES,
        labels=LABELS,
        csrf=editor.csrf or "",
        status_code=status_code,
    )


@router.post("/reconcile", include_in_schema=False)
async def reconcile_upload(request: Request, db: DbDep, editor: Editor) -> Response:
    """The page's upload form: a readable roster becomes the last one; a bad one is named row by row."""
    roster = await _upload(request, editor)
    try:
        parse_roster(roster.data, source=roster.name, columns=parse_columns(roster.columns))
    except RosterError as exc:
        return _page(request, db, editor, roster, problems=[str(exc), *exc.problems], status_code=422)
    except VigilError as exc:
        return _page(request, db, editor, roster, problems=[str(exc)], status_code=exc.status)
    await run_in_threadpool(_keep, db, roster)
    return RedirectResponse("/reconcile", status_code=303)
