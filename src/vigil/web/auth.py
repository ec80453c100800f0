"""Accounts: argon2 passwords, browser sessions with CSRF tokens, hashed API tokens, lockout.

Everything here works on a SQLAlchemy session of the registry database and raises the
`VigilError` tree, so the CLI (`vigil user add`, `vigil token create`) and the web app share it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from vigil.errors import Conflict, VigilError
from vigil.web.auth_models import ApiToken, LoginAttempt, User, WebSession

__all__ = [
    "ROLES",
    "Account",
    "LockedOut",
    "Unauthorized",
    "add_user",
    "authenticate",
    "create_token",
    "end_session",
    "revoke_tokens",
    "same_secret",
    "session_account",
    "start_session",
    "token_account",
]

ROLES = ("editor", "admin")
_hasher = PasswordHasher()
# A hash of a random password, verified against when the user does not exist, so a wrong name
# costs as much time as a wrong password and names cannot be told apart by timing.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class Unauthorized(VigilError):
    """No valid credentials (answered with 401)."""

    status = 401


class LockedOut(VigilError):
    """Too many failed sign-ins for this name (answered with 429)."""

    status = 429


@dataclass(frozen=True)
class Account:
    """The signed-in user as the web layer sees it; `csrf` is set for browser sessions only."""

    id: int
    name: str
    role: str
    csrf: str | None = None

    @property
    def is_editor(self) -> bool:
        return self.role in ROLES


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _sha256(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def add_user(session: Session, *, name: str, password: str, role: str) -> User:
    """A new account; the password is stored as an argon2 hash."""
    if role not in ROLES:
        raise VigilError(f"unknown role {role!r}; one of {', '.join(ROLES)}")
    if len(password) < 8:
        raise VigilError("a password needs at least 8 characters")
    if session.scalar(select(User.id).where(User.name == name)) is not None:
        raise Conflict(f"user {name!r} exists")
    user = User(name=name, password_hash=_hasher.hash(password), role=role, disabled=False, created_at=_now())
    session.add(user)
    session.flush()
    return user


def authenticate(
    session: Session,
    *,
    name: str,
    password: str,
    address: str | None = None,
    max_failures: int = 5,
    window: timedelta = timedelta(minutes=15),
) -> Account:
    """The account for a name and password; every try is recorded, and too many failures lock.

    The lock counts failures for the name within `window`; it lifts when they age out.
    """
    now = _now()
    failures = (
        session.scalar(
            select(func.count()).where(
                LoginAttempt.name == name, LoginAttempt.ok.is_(False), LoginAttempt.at > now - window
            )
        )
        or 0
    )
    if failures >= max_failures:
        raise LockedOut(f"too many failed sign-ins; try again in {int(window.total_seconds() // 60)} minutes")
    user = session.scalar(select(User).where(User.name == name))
    ok = False
    try:
        ok = _hasher.verify(user.password_hash if user else _DUMMY_HASH, password) and user is not None
    except (VerificationError, InvalidHashError):
        ok = False
    ok = ok and user is not None and not user.disabled
    session.add(LoginAttempt(name=name[:100], address=address, ok=ok, at=now))
    if not ok or user is None:
        raise Unauthorized("wrong name or password")
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return Account(user.id, user.name, user.role)


def start_session(session: Session, *, account: Account, lifetime: timedelta) -> tuple[str, str]:
    """A new browser session: answers (cookie value, CSRF token); only the cookie's hash is stored."""
    cookie, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    now = _now()
    session.execute(delete(WebSession).where(WebSession.expires_at < now))
    session.add(
        WebSession(
            id=_sha256(cookie), user_id=account.id, csrf=csrf, created_at=now, expires_at=now + lifetime
        )
    )
    return cookie, csrf


def session_account(session: Session, cookie: str) -> Account | None:
    """The account of a live session cookie, or None."""
    row = session.execute(
        select(User, WebSession.csrf)
        .join(WebSession, WebSession.user_id == User.id)
        .where(WebSession.id == _sha256(cookie), WebSession.expires_at > _now(), User.disabled.is_(False))
    ).first()
    if row is None:
        return None
    user, csrf = row
    return Account(user.id, user.name, user.role, csrf)


def end_session(session: Session, cookie: str) -> None:
    session.execute(delete(WebSession).where(WebSession.id == _sha256(cookie)))


def create_token(session: Session, *, user: str) -> str:
    """A new API token for `user`, shown once; only its SHA-256 is kept."""
    account = session.scalar(select(User).where(User.name == user))
    if account is None:
        raise VigilError(f"no user {user!r}; add one with `vigil user add {user} --role editor`")
    token = "vgt_" + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=account.id, token_hash=_sha256(token), created_at=_now()))
    return token


def revoke_tokens(session: Session, *, user: str) -> int:
    """Revoke every live API token of `user`; answers how many."""
    account = session.scalar(select(User).where(User.name == user))
    if account is None:
        raise VigilError(f"no user {user!r}")
    tokens = list(
        session.scalars(select(ApiToken).where(ApiToken.user_id == account.id, ApiToken.revoked_at.is_(None)))
    )
    for token in tokens:
        token.revoked_at = _now()
    return len(tokens)


def token_account(session: Session, token: str) -> Account | None:
    """The account of a valid, unrevoked bearer token, or None."""
    digest = _sha256(token)
    # The write comes first: SQLite then waits for a concurrent writer, where a read first would
    # make this update fail on a stale snapshot ("database is locked", a 500).
    session.execute(
        update(ApiToken)
        .where(ApiToken.token_hash == digest, ApiToken.revoked_at.is_(None))
        .values(last_used_at=_now())
        .execution_options(synchronize_session=False)
    )
    user = session.scalar(
        select(User)
        .join(ApiToken, ApiToken.user_id == User.id)
        .where(ApiToken.token_hash == digest, ApiToken.revoked_at.is_(None), User.disabled.is_(False))
    )
    return None if user is None else Account(user.id, user.name, user.role)


def same_secret(given: str | None, expected: str | None) -> bool:
    """Constant-time comparison of a submitted CSRF token with the session's."""
    return bool(given) and bool(expected) and hmac.compare_digest(str(given), str(expected))
