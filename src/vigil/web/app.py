"""The FastAPI application: JSON API under /api, server-rendered pages, one error shape.

`create_app(db)` builds an app over an open registry; `vigil serve` runs it with uvicorn.
"""

from __future__ import annotations

from http import HTTPStatus
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from vigil.errors import VigilError
from vigil.registry.db import Database
from vigil.web.deps import COOKIE, WebSettings
from vigil.web.render import render
from vigil.web.routes import (
    account,
    articles,
    dashboard,
    events,
    feeds,
    people,
    reconcile,
    review,
    watchlist,
    webhooks,
)
from vigil.web.schemas import ErrorOut

__all__ = ["app_from_env", "create_app"]

STATIC = Path(__file__).parent / "static"


def _wants_json(request: Request) -> bool:
    if request.url.path.startswith("/api"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _error(request: Request, status: int, message: str) -> Response:
    """`{ok: false, error, status}` for the API, an HTML page (or the sign-in form) for browsers."""
    if _wants_json(request):
        return JSONResponse({"ok": False, "error": message, "status": status}, status_code=status)
    if status == 401 and request.method == "GET":
        return RedirectResponse(f"/login?next={request.url.path}", status_code=303)
    return render(
        request,
        "error.html",
        json_url=None,
        title=_phrase(status),
        status_code=status,
        message=message,
        code=status,
    )


def create_app(
    db: Database,
    *,
    settings: WebSettings | None = None,
    extractor: Any | None = None,
) -> FastAPI:
    """The web app over `db`; `extractor` (built lazily when None) reads submitted articles."""
    app = FastAPI(
        title="Vigil",
        summary="An evidence-backed registry of political prisoners, built from news reports.",
        version="0.1.0",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.db = db
    app.state.settings = settings or WebSettings()
    app.state.extractor = extractor

    @app.exception_handler(VigilError)
    async def vigil_error(request: Request, exc: VigilError) -> Response:
        return _error(request, exc.status, str(exc))  # names the input (`upload.txt: binary ...`)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return _error(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'body')}: {e.get('msg')}"
            for e in exc.errors()
        )
        return _error(request, 422, problems or "invalid input")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        if (
            COOKIE in request.cookies
            or "authorization" in request.headers
            or "set-cookie" in response.headers
        ):
            # Pages for a signed-in editor carry CSRF tokens and unpublished proposals.
            response.headers["Cache-Control"] = "private, no-store"
        if isinstance(response, HTMLResponse) or response.headers.get("content-type", "").startswith(
            "text/html"
        ):
            response.headers.setdefault(
                "Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                "frame-ancestors 'none'; form-action 'self'",
            )
        return response

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    errors: dict[int | str, dict[str, Any]] = {
        status: {"model": ErrorOut, "description": text}
        for status, text in (
            (400, "Bad request"),
            (401, "No valid credentials"),
            (403, "Not allowed (role or CSRF token)"),
            (404, "Not found"),
            (422, "Invalid input"),
        )
    }
    for module in (
        dashboard,
        people,
        articles,
        events,
        review,
        reconcile,
        account,
        feeds,
        watchlist,
        webhooks,
    ):
        app.include_router(module.router, responses=errors)
    return app


def app_from_env() -> FastAPI:
    """The app over `VIGIL_DATABASE_URL`, for `vigil serve --workers N` (each worker builds one)."""
    from vigil.registry.db import open_database

    return create_app(open_database(), settings=WebSettings.from_env())
