"""Dependencies routes declare: the database, the signed-in account, the editor check.

Reading is public; `Editor` answers 401 without credentials, 403 for a non-editor, and for a
browser session (cookie) insists on the session's CSRF token in the form or `X-CSRF-Token`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, ClassVar

from fastapi import Depends, Request

from vigil.errors import Forbidden
from vigil.registry.db import Database
from vigil.registry.settings import env_values
from vigil.web.auth import Account, Unauthorized, same_secret, session_account, token_account

__all__ = ["COOKIE", "Admin", "CurrentAccount", "DbDep", "Editor", "WebSettings", "get_db", "settings_of"]

COOKIE = "vigil_session"


@dataclass(frozen=True)
class WebSettings:
    """Web settings; `secure_cookies=False` only for plain-http development on localhost."""

    secure_cookies: bool = True
    session_hours: int = 12
    max_login_failures: int = 5
    lockout_minutes: int = 15
    failure_delay: float = 1.0

    #: environment variable -> field; each is documented in docs/web.md
    ENV: ClassVar[dict[str, str]] = {
        "VIGIL_SECURE_COOKIES": "secure_cookies",
        "VIGIL_SESSION_HOURS": "session_hours",
        "VIGIL_LOGIN_FAILURES": "max_login_failures",
        "VIGIL_LOCKOUT_MINUTES": "lockout_minutes",
        "VIGIL_LOGIN_DELAY": "failure_delay",
    }

    @classmethod
    def from_env(cls, **overrides: object) -> WebSettings:
        """Defaults, then the environment, then `overrides` (the `vigil serve` options)."""
        values = env_values(cls)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]


def get_db(request: Request) -> Database:
    return request.app.state.db


def settings_of(request: Request) -> WebSettings:
    return request.app.state.settings


DbDep = Annotated[Database, Depends(get_db)]


def current_account(request: Request, db: DbDep) -> Account | None:
    """The account behind a bearer token or a session cookie, or None for a reader."""
    if hasattr(request.state, "account"):
        return request.state.account
    account: Account | None = None
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    with db.session() as session:
        if scheme.lower() == "bearer" and token.strip():
            account = token_account(session, token.strip())
            if account is None:
                raise Unauthorized("invalid or revoked API token")
        elif cookie := request.cookies.get(COOKIE):
            account = session_account(session, cookie)
    request.state.account = account
    return account


CurrentAccount = Annotated[Account | None, Depends(current_account)]


async def require_editor(request: Request, account: CurrentAccount) -> Account:
    """An editor or admin; a browser session's writes must also present its CSRF token."""
    if account is None:
        raise Unauthorized("sign in (or send an API token) to change the registry")
    if not account.is_editor:
        raise Forbidden("changing the registry needs the editor role")
    if account.csrf is not None and request.method not in ("GET", "HEAD", "OPTIONS"):
        given = request.headers.get("x-csrf-token")
        content_type = request.headers.get("content-type", "")
        if given is None and content_type.startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")
        ):
            form = await request.form()
            value = form.get("csrf")
            given = value if isinstance(value, str) else None
        if not same_secret(given, account.csrf):
            raise Forbidden("missing or wrong CSRF token; reload the page and try again")
    return account


Editor = Annotated[Account, Depends(require_editor)]


async def require_admin(editor: Editor) -> Account:
    """An admin (withholding names is an admin's decision); editors get 403."""
    if editor.role != "admin":
        raise Forbidden("this needs the admin role")
    return editor


Admin = Annotated[Account, Depends(require_admin)]
