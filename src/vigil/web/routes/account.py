"""Signing in and out; the sign-in form carries a CSRF token bound to a short-lived cookie."""

from __future__ import annotations

import asyncio
import secrets
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from vigil.errors import VigilError
from vigil.registry.db import Database
from vigil.web.auth import (
    Account,
    LockedOut,
    Unauthorized,
    authenticate,
    end_session,
    same_secret,
    start_session,
)
from vigil.web.deps import COOKIE, CurrentAccount, DbDep, Editor, WebSettings, settings_of
from vigil.web.render import render

__all__ = ["router"]

router = APIRouter()
LOGIN_COOKIE = "vigil_login"


def _safe_next(target: str | None) -> str:
    """Only same-site paths, so the form cannot bounce a user to another site."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/review"


def _login_page(
    request: Request, settings: WebSettings, *, next_url: str, error: str | None, status: int
) -> Response:
    token = secrets.token_urlsafe(24)
    response = render(
        request,
        "login.html",
        json_url=None,
        title="Sign in",
        status_code=status,
        csrf=token,
        next_url=next_url,
        error=error,
    )
    response.set_cookie(
        LOGIN_COOKIE, token, max_age=3600, httponly=True, samesite="strict", secure=settings.secure_cookies
    )
    return response


@router.get("/login", response_class=HTMLResponse, include_in_schema=False)
def login_form(request: Request, account: CurrentAccount, next: str | None = None) -> Response:
    return _login_page(request, settings_of(request), next_url=_safe_next(next), error=None, status=200)


def _check(db: Database, settings: WebSettings, name: str, password: str, address: str | None):  # type: ignore[no-untyped-def]
    """(account, cookie, error): a failed try is committed before it is reported."""
    error: VigilError | None = None
    # write=True: the try is recorded after reading the failures; on SQLite a read first would
    # fail on a stale snapshot when another process wrote meanwhile ("database is locked", a 500)
    with db.session(write=True) as session:
        try:
            account = authenticate(
                session,
                name=name,
                password=password,
                address=address,
                max_failures=settings.max_login_failures,
                window=timedelta(minutes=settings.lockout_minutes),
            )
        except (Unauthorized, LockedOut) as exc:
            error = exc
    if error is not None:
        return None, None, error
    with db.session() as session:
        cookie, _csrf = start_session(
            session, account=account, lifetime=timedelta(hours=settings.session_hours)
        )
    return account, cookie, None


@router.post("/login", include_in_schema=False)
async def login(
    request: Request,
    db: DbDep,
    name: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=1000)],
    csrf: Annotated[str, Form(max_length=100)] = "",
    next: Annotated[str, Form(max_length=500)] = "/review",
) -> Response:
    settings = settings_of(request)
    target = _safe_next(next)
    if not same_secret(csrf, request.cookies.get(LOGIN_COOKIE)):
        return _login_page(
            request, settings, next_url=target, error="The form expired; try again.", status=403
        )
    address = request.client.host if request.client else None
    account, cookie, error = await run_in_threadpool(_check, db, settings, name.strip(), password, address)
    if error is not None:
        if isinstance(error, Unauthorized) and settings.failure_delay:
            await asyncio.sleep(settings.failure_delay)
        return _login_page(request, settings, next_url=target, error=error.message, status=error.status)
    assert isinstance(account, Account) and cookie is not None
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        COOKIE,
        cookie,
        max_age=settings.session_hours * 3600,
        httponly=True,
        samesite="lax",
        secure=settings.secure_cookies,
    )
    response.delete_cookie(LOGIN_COOKIE)
    return response


@router.post("/logout", include_in_schema=False)
def logout(request: Request, db: DbDep, editor: Editor) -> Response:
    cookie = request.cookies.get(COOKIE)
    if cookie:
        with db.session() as session:
            end_session(session, cookie)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(COOKIE)
    return response


@router.get("/api/me", tags=["account"])
def me(account: CurrentAccount) -> dict[str, object]:
    """Who the request is signed in as (401 for a reader)."""
    if account is None:
        raise Unauthorized("not signed in")
    return {"name": account.name, "role": account.role, "csrf": account.csrf}
