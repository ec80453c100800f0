"""The dashboard (counts, the monthly chart, latest changes, group events), stats and export."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from vigil.registry import service
from vigil.registry.db import Database
from vigil.web import queries
from vigil.web.charts import monthly_chart
from vigil.web.deps import CurrentAccount, DbDep
from vigil.web.render import render
from vigil.web.schemas import Dashboard, GroupEventOut, StatsOut, StatusChangeOut

__all__ = ["router"]

router = APIRouter()

AsOf = Annotated[date | None, Query(description="Counts as they stood on this date (YYYY-MM-DD).")]


def _stats(db: Database, as_of: date | None) -> StatsOut:
    """Counts (cached until the next write to the registry: they take a few scans)."""
    today = datetime.now(UTC).date()
    with db.session() as session:
        return queries.cached(session, ("stats", as_of, today), lambda: _compute_stats(db, as_of, today))


def _compute_stats(db: Database, as_of: date | None, today: date) -> StatsOut:
    result = service.stats(db, as_of=as_of)
    return StatsOut(
        as_of=as_of or today,
        persons=result.persons,
        by_status=result.by_status,
        withheld=result.withheld,
        articles=result.articles,
        proposed=result.proposed,
        per_month=result.per_month,
    )


def dashboard(db: Database, as_of: date | None = None) -> Dashboard:
    """Counts, latest changes and group events, cached until the next write to the registry."""
    today = datetime.now(UTC).date()

    def lists() -> tuple[list[StatusChangeOut], list[GroupEventOut]]:
        with db.session() as session:
            redact = queries.public_redactor(session)
            latest = queries.latest_changes(session, limit=10, redact=redact)
            groups = queries.group_events(session, limit=5, redact=redact)
        return latest, groups

    def compute() -> Dashboard:
        stats = _stats(db, as_of)
        # the latest changes and group events do not depend on the date picked: computed once
        with db.session() as session:
            latest, groups = queries.cached(session, ("dashboard-lists", today), lists)
        return Dashboard(stats=stats, latest=latest, groups=groups)

    with db.session() as session:
        return queries.cached(session, ("dashboard", as_of, today), compute)


@router.get("/api/stats", tags=["stats"], response_model=StatsOut)
def api_stats(db: DbDep, as_of: AsOf = None) -> StatsOut:
    """Persons by status (now, or as of a date), withheld count, and arrests/releases per month."""
    return _stats(db, as_of)


@router.get("/api/dashboard", tags=["stats"], response_model=Dashboard)
def api_dashboard(db: DbDep, as_of: AsOf = None) -> Dashboard:
    """The dashboard's data: stats, the latest status changes and group events."""
    return dashboard(db, as_of)


@router.get(
    "/api/export",
    tags=["export"],
    responses={200: {"content": {"text/csv": {}, "application/json": {}}}},
)
def api_export(db: DbDep, format: Literal["csv", "json"] = "csv") -> Response:
    """Every person with status and key dates, as CSV or JSON; withheld persons counted, not named."""
    body = service.export(db, format=format)
    media = "text/csv; charset=utf-8" if format == "csv" else "application/json"
    return Response(
        body,
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="vigil-registry.{format}"'},
    )


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def dashboard_html(request: Request, db: DbDep, account: CurrentAccount, as_of: AsOf = None) -> Response:
    data = dashboard(db, as_of)
    return render(
        request,
        "dashboard.html",
        json_url="/api/dashboard" + (f"?as_of={as_of.isoformat()}" if as_of else ""),
        title="Political prisoners",
        data=data,
        chart=monthly_chart(data.stats.per_month),
    )
