"""`vigil webhook add|list|remove|log|deliver`: outgoing webhooks for status changes."""

from __future__ import annotations

import getpass
import time
from typing import Annotated

import typer
from rich.table import Column, Table

from vigil.cli.app import app, console, err_console, lazy, open_registry, reported_errors

feeds = lazy("vigil.ingest.feeds")

__all__ = ["webhook_app"]

webhook_app = typer.Typer(
    help=(
        "Send each accepted status change as signed JSON to receivers (HMAC-SHA256, retried with "
        "backoff, logged). Withheld persons and claims awaiting review are never sent."
    ),
    no_args_is_help=True,
)
app.add_typer(webhook_app, name="webhook")


@webhook_app.command("add")
def add(
    url: Annotated[str, typer.Argument(help="The receiver: an http:// or https:// URL.")],
    secret: Annotated[
        str | None, typer.Option(help="HMAC key (16+ characters); generated and printed when left out.")
    ] = None,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Allow a loopback or private address (a local receiver).")
    ] = False,
    user: Annotated[str | None, typer.Option(help="Recorded as who added it (default: your login).")] = None,
) -> None:
    """Register a receiver; every change published from now on is POSTed to it."""
    from vigil.registry import webhooks

    with open_registry() as db, reported_errors(), db.session(write=True) as session:
        hook_id, key = webhooks.add_hook(
            session, url=url, user=user or getpass.getuser(), secret=secret, allow_private=allow_private
        )
    console.print(f"added webhook {hook_id}: {url}")
    if secret is None:
        console.print("secret (shown once; the receiver checks X-Vigil-Signature with it):")
        print(key)


@webhook_app.command("list")
def list_(
    removed: Annotated[bool, typer.Option("--removed", help="Also list removed receivers.")] = False,
) -> None:
    """The receivers, with their deliveries pending, delivered and failed."""
    from vigil.registry import webhooks

    with open_registry() as db, db.session() as session:
        hooks = webhooks.list_hooks(session, include_removed=removed)
    if not hooks:
        console.print("No webhooks yet — add one with `vigil webhook add URL`.")
        return
    table = Table(
        "id", Column("url", no_wrap=True, overflow="ignore"), "added", "pending", "delivered", "failed"
    )
    for h in hooks:
        notes = [n for n, on in (("private allowed", h.allow_private), ("removed", h.removed_at)) if on]
        url = h.url + (f" ({', '.join(notes)})" if notes else "")
        table.add_row(
            str(h.id),
            url,
            f"{h.created_at:%Y-%m-%d} {h.created_by}",
            f"{h.pending:,}",
            f"{h.delivered:,}",
            f"{h.failed:,}",
        )
    console.print(table)


@webhook_app.command("remove")
def remove(
    hook_id: Annotated[int, typer.Argument(min=1, max=2**31 - 1, help="The id `vigil webhook list` shows.")],
) -> None:
    """Stop sending to a receiver; it stays on record with its delivery log."""
    from vigil.registry import webhooks

    with open_registry() as db, reported_errors(), db.session(write=True) as session:
        webhooks.remove_hook(session, hook_id=hook_id)
    console.print(f"removed webhook {hook_id}")


@webhook_app.command("log")
def log(
    hook: Annotated[int | None, typer.Option(min=1, max=2**31 - 1, help="Only this receiver.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="How many attempts, newest first.")] = 50,
) -> None:
    """Delivery attempts: when, which change, the try number, the answer, how long, the state now."""
    from vigil.registry import webhooks

    with open_registry() as db, db.session() as session:
        attempts = webhooks.delivery_log(session, hook_id=hook, limit=limit)
    if not attempts:
        console.print("Nothing sent yet.")
        return
    table = Table("when (UTC)", "hook", "change", "try", "answer", "ms", "state")
    for a in attempts:
        answer = f"HTTP {a.status}" if a.status else (a.error or "")
        table.add_row(
            f"{a.at:%Y-%m-%d %H:%M:%S}",
            str(a.hook_id),
            str(a.change_id),
            str(a.attempt),
            answer,
            f"{a.duration_ms:,}",
            a.state,
        )
    console.print(table)


@webhook_app.command("deliver")
def deliver(
    loop: Annotated[bool, typer.Option("--loop", help="Keep delivering until interrupted.")] = False,
    every: Annotated[str, typer.Option(help="With --loop: how often to look for due deliveries.")] = "5s",
) -> None:
    """Send the deliveries that are due (new changes and retries whose pause is over)."""
    from vigil.registry import webhooks
    from vigil.web.queries import redactor

    try:
        interval = feeds.parse_interval(every)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--every") from exc
    with open_registry() as db:
        while True:
            with reported_errors():
                sent = webhooks.deliver_due(db, redact=redactor)
            for s in sent:
                line = f"hook {s.hook_id} change {s.change_id}: {s.state}"
                detail = f"HTTP {s.status}" if s.status else s.error
                (console if s.state in ("delivered", "skipped") else err_console).print(
                    f"{line} ({detail})" if detail else line, highlight=False
                )
            if not loop:
                if not sent:
                    console.print("Nothing due.")
                return
            try:
                time.sleep(interval)
            except KeyboardInterrupt:
                return
