"""`vigil watch`: poll feeds and folders and ingest what is new into the registry."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.logging import RichHandler

from vigil.cli.app import app, console, err_console, lazy, parse_date
from vigil.errors import SourceError, VigilError

if TYPE_CHECKING:
    from vigil.ingest.feeds import OnDocuments
    from vigil.ingest.fetch import Fetcher
    from vigil.model import Document
    from vigil.registry.db import Database
    from vigil.registry.ingesting import IngestReport

feeds = lazy("vigil.ingest.feeds")
fetch = lazy("vigil.ingest.fetch")

DEFAULT_STATE = Path("var/watch-state.json")
log = logging.getLogger("vigil.watch")


@contextmanager
def registry_sink(db: Database | None = None, extractor: object | None = None) -> Iterator[OnDocuments]:
    """Hand new documents to the registry the way `vigil ingest` does: extract, link, store;
    print each status change published meanwhile and deliver webhooks (`alerts_alongside`).

    Opens `VIGIL_DATABASE_URL` (or the default SQLite file) unless given a database.
    """
    from vigil.registry import service
    from vigil.registry.ingesting import Copies, plan, store_items
    from vigil.registry.settings import Settings

    own = db is None
    database = db or service.open_database()
    try:
        if extractor is None:
            from vigil.extract import Extractor

            extractor = Extractor()
        settings = Settings.from_env()

        def ingest(documents: list[Document]) -> IngestReport:
            copies = Copies(database)
            items = plan(database, documents, extractor=extractor, copies=copies)
            report = store_items(database, items, settings=settings, copies=copies)
            log.info(
                "stored: %d new, %d known, %d copies, %d failed",
                report.count("new") + report.count("not-extracted"),
                report.count("known"),
                report.count("copy"),
                len(report.failed),
            )
            tail.poll()
            return report

        with alerts_alongside(database) as tail:
            yield ingest
    finally:
        if own:
            database.close()


@app.command()
def watch(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Feed URLs, feed files (.xml/.rss/.atom) or folders of articles.", show_default=False
        ),
    ],
    every: Annotated[str, typer.Option("--every", help="How often to poll: 90s, 15m, 1h.")] = "15m",
    once: Annotated[bool, typer.Option("--once", help="Poll once and exit (for cron).")] = False,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Allow loopback, private and link-local addresses.")
    ] = False,
    state: Annotated[
        Path, typer.Option("--state", help="Where seen entries are remembered.")
    ] = DEFAULT_STATE,
    published: Annotated[
        str | None, typer.Option("--date", help="Date YYYY-MM-DD for articles that carry none.")
    ] = None,
) -> None:
    """Poll feeds and folders and ingest only new articles into the registry; print each status change.

    Every change of a person's status is printed as it is published, whether this watch
    ingested it or an editor accepted it in review; webhooks are delivered in the background.

    Entries are remembered in a JSON state file, so a restart does not ingest twice;
    conditional requests (ETag, Last-Modified) spare unchanged feeds. A feed that is down or
    malformed is logged and retried on the next poll. With --once, exit code 1 when a
    source failed.
    """
    try:
        interval = feeds.parse_interval(every)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--every") from exc
    pub = parse_date(published)
    _configure_logging()
    with registry_sink() as sink:
        failed = run_watch(
            sources,
            on_documents=sink,
            state_path=state,
            every=interval,
            once=once,
            allow_private=allow_private,
            published=pub,
        )
    if once and failed:
        raise typer.Exit(1)


class ChangeTail:
    """Prints each status change published after it started (by this watch's ingests or by an
    editor's decision elsewhere), once, in order; withheld persons are not named."""

    def __init__(self, db: Database, *, print_line: Callable[[str], None] | None = None) -> None:
        from vigil.registry import alerts

        self.db = db
        self.print_line = print_line or (lambda line: console.print(line, highlight=False, markup=False))
        self._lock = threading.Lock()
        with db.session() as session:
            self.cursor = alerts.latest_change_id(session)

    def poll(self) -> int:
        """Print what was published since the last poll; answers how many changes."""
        from vigil.registry import alerts
        from vigil.registry.views import WITHHELD

        with self._lock, self.db.session() as session:
            changes = alerts.list_changes(session, after_id=self.cursor, limit=None, include_withheld=True)
            for c in changes:
                who = WITHHELD if c.withheld else c.name
                when = f"{c.date:%d %b %Y}" if c.date else "undated"
                by = f"confirmed by {c.reviewer}" if c.reviewer else "accepted by the machine"
                self.print_line(
                    f"{c.at:%H:%M:%S} status change: {who} ({c.person_id}): {c.old} → {c.new}, {when} — {by}"
                )
                self.cursor = c.id
        return len(changes)


@contextmanager
def alerts_alongside(db: Database, *, interval: float = 5.0) -> Iterator[ChangeTail]:
    """A `ChangeTail`, and the webhook delivery loop in the background, which also prints the
    changes editors accept between polls; on the way out, what is still due is sent once more."""
    from vigil.registry.webhooks import DeliveryLoop, deliver_due
    from vigil.web.queries import redactor

    tail = ChangeTail(db)
    loop = DeliveryLoop(
        db,
        redact=redactor,
        interval=interval,
        tick=tail.poll,
        on_error=lambda exc: log.warning("alerts: %s", exc),
    )
    loop.start()
    try:
        yield tail
    finally:
        loop.stop()
        tail.poll()
        deliver_due(db, redact=redactor)


def run_watch(
    sources: list[str],
    *,
    on_documents: OnDocuments,
    state_path: Path = DEFAULT_STATE,
    every: float = 900.0,
    once: bool = False,
    allow_private: bool = False,
    published: date | None = None,
    fetcher: Fetcher | None = None,
    sleep: Callable[[float], None] | None = None,
) -> int:
    """The watch loop behind the command; answers how many sources failed in the last poll."""
    try:
        watch_state = feeds.WatchState(state_path)
    except SourceError as exc:
        err_console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(1) from exc
    own = fetcher is None
    fetcher = fetcher or fetch.Fetcher(allow_private=allow_private)
    watcher = feeds.Watcher(
        state=watch_state, fetcher=fetcher, on_documents=on_documents, published=published, log=log
    )
    try:
        kwargs = {"sleep": sleep} if sleep else {}
        results = watcher.run(sources, every=every, once=once, **kwargs)
    except KeyboardInterrupt:
        log.info("stopped")
        return 0
    except VigilError as exc:
        err_console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(1) from exc
    finally:
        if own:
            fetcher.close()
    return sum(1 for r in results if r.outcome == "failed")


def _configure_logging() -> None:
    if not log.handlers:
        handler = RichHandler(console=err_console, show_path=False, markup=False)
        handler.setFormatter(logging.Formatter("%(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
