"""`vigil demo`: the bundled sample corpus ingested into a fresh SQLite registry, then shown."""

from __future__ import annotations

from pathlib import Path

import typer

from vigil.cli.app import app, console, err_console, lazy
from vigil.cli.registry import ingest_with_progress, print_ingest, print_person, print_stats

service = lazy("vigil.registry.service")

DEMO_DB = Path("var") / "demo.sqlite"
DEMO_PERSON = "Maria Kolesnikova"


def _sample_dir() -> Path:
    for candidate in (Path.cwd() / "sample", Path(__file__).resolve().parents[3] / "sample"):
        if candidate.is_dir():
            return candidate
    raise typer.BadParameter("no sample/ folder here or in the Vigil checkout")


@app.command()
def demo() -> None:
    """Ingest the bundled sample articles into a fresh var/demo.sqlite and show the registry.

    Prints the ingest summary, the counts by status and Maria Kolesnikova's timeline, each
    entry with its evidence sentence. Recreated from scratch on every run.
    """
    sample = _sample_dir()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{DEMO_DB}{suffix}").unlink(missing_ok=True)
    db = service.open_database(f"sqlite:///{DEMO_DB}")
    try:
        report = ingest_with_progress(db, [sample], published=None)
        print_ingest(report)
        console.rule("registry")
        print_stats(service.stats(db))
        console.rule(DEMO_PERSON)
        print_person(service.get_person(db, ref=DEMO_PERSON))
    finally:
        db.close()
    err_console.print(f"registry: {DEMO_DB} — try `VIGIL_DATABASE_URL=sqlite:///{DEMO_DB} vigil people`")
