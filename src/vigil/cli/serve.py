"""`vigil serve` (the web app over the registry), `vigil user add` and `vigil token create`.

The database is `VIGIL_DATABASE_URL` or the SQLite file `var/vigil.sqlite`, as for every command.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer

from vigil.cli.app import app, console, err_console, lazy, open_registry
from vigil.errors import VigilError

registry_db = lazy("vigil.registry.db")

__all__ = ["serve", "token_create", "token_revoke", "user_add"]

LOOPBACK = {"127.0.0.1", "localhost", "::1"}

user_app = typer.Typer(help="Accounts that may change the registry (editors, admins).", no_args_is_help=True)
token_app = typer.Typer(
    help="API tokens for scripts (sent as `Authorization: Bearer`).", no_args_is_help=True
)
app.add_typer(user_app, name="user")
app.add_typer(token_app, name="token")


def _secure(host: str, choice: bool | None) -> bool:
    """Secure cookies unless asked otherwise, or serving plain http on the loopback address."""
    if choice is not None:
        return choice
    env = os.environ.get("VIGIL_SECURE_COOKIES")
    if env is not None:
        return env.strip().lower() not in ("0", "false", "no")
    return host not in LOOPBACK


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    secure_cookies: Annotated[
        bool | None,
        typer.Option(
            "--secure-cookies/--insecure-cookies",
            help="Mark session cookies Secure (HTTPS only). Default: secure, except on 127.0.0.1/localhost.",
            show_default=False,
        ),
    ] = None,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Worker processes.")] = 1,
    deliver: Annotated[
        bool,
        typer.Option(
            "--deliver/--no-deliver",
            help="Send webhook deliveries in the background (off when another process does).",
        ),
    ] = True,
) -> None:
    """Serve the registry: JSON API under /api (OpenAPI at /api/openapi.json), web pages and Atom
    feeds of status changes; webhooks are delivered in the background."""
    with _delivering(deliver):
        _serve(host, port, secure_cookies, workers)


@contextmanager
def _delivering(on: bool) -> Iterator[None]:
    """The webhook delivery loop beside the server, on its own connection pool."""
    if not on:
        yield
        return
    from vigil.registry.webhooks import DeliveryLoop
    from vigil.web.queries import redactor

    try:
        db = registry_db.open_database()
    except VigilError as exc:
        err_console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(1) from exc
    loop = DeliveryLoop(
        db, redact=redactor, on_error=lambda exc: err_console.print(f"webhooks: {exc}", markup=False)
    )
    loop.start()
    try:
        yield
    finally:
        loop.stop()
        db.close()


def _serve(host: str, port: int, secure_cookies: bool | None, workers: int) -> None:
    import uvicorn

    from vigil.web import create_app
    from vigil.web.deps import WebSettings

    try:
        db = registry_db.open_database()
    except VigilError as exc:
        err_console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(1) from exc
    settings = WebSettings.from_env(secure_cookies=_secure(host, secure_cookies))
    console.print(f"Vigil on http://{host}:{port}/ over {db.url}")
    if workers > 1:
        # Each worker process opens the database itself (the schema is already migrated above).
        db.close()
        os.environ["VIGIL_SECURE_COOKIES"] = "1" if settings.secure_cookies else "0"
        os.environ.setdefault("VIGIL_DATABASE_URL", registry_db.database_url())
        uvicorn.run(
            "vigil.web.app:app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="info",
        )
        return
    try:
        uvicorn.run(create_app(db, settings=settings), host=host, port=port, log_level="info")
    finally:
        db.close()


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="Sign-in name.")],
    role: Annotated[str, typer.Option(help="editor or admin.")] = "editor",
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
) -> None:
    """Add an account; the password is prompted for (or read from stdin) and stored as argon2."""
    from vigil.web.auth import add_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            err_console.print("[red]error:[/] the passwords differ")
            raise typer.Exit(1)
    with open_registry() as db, db.session(write=True) as session:
        add_user(session, name=name, password=password, role=role)
    console.print(f"added {name} ({role})")


@token_app.command("create")
def token_create(name: Annotated[str, typer.Argument(help="The user the token acts as.")]) -> None:
    """Create an API token for a user; it is printed once and stored only as a hash."""
    from vigil.web.auth import create_token

    with open_registry() as db, db.session(write=True) as session:
        token = create_token(session, user=name)
    print(token)


@token_app.command("revoke")
def token_revoke(name: Annotated[str, typer.Argument(help="The user whose tokens stop working.")]) -> None:
    """Revoke every API token of a user (they stay on record, marked revoked)."""
    from vigil.web.auth import revoke_tokens

    with open_registry() as db, db.session(write=True) as session:
        count = revoke_tokens(session, user=name)
    console.print(f"revoked {count} token{'' if count == 1 else 's'} of {name}")
