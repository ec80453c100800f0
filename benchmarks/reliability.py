"""Reliability report (not a test): tries bad inputs, injects faults, applies load, and writes
docs/reliability.md with the measured outcome of each. Do not edit that file by hand.

* inputs: the bad-input matrix through `vigil extract`, `vigil ingest` and `POST /api/articles`;
* faults: SIGKILL during `vigil ingest`, backup while written, restore, a damaged backup, two
  editors deciding the same claims at once;
* load: N concurrent readers for D seconds against `vigil serve` on 127.0.0.1 while
  `vigil ingest` writes, with a withheld person whose name must appear in no answer.

    .venv/bin/python benchmarks/reliability.py [--duration 60] [--concurrency 50] [--kills 5]
"""

# ruff: noqa: E501  (the report's Markdown table rows read best as one line each)
from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.load import reader_paths, run_load  # noqa: E402
from tests.fixtures.reliability import (  # noqa: E402
    GOOD_TEXT,
    VigilServer,
    bad_inputs,
    consistency_problems,
    kill_during_ingest,
    registry_rows,
    run_vigil,
)

from vigil.errors import SourceError  # noqa: E402
from vigil.registry import service  # noqa: E402
from vigil.registry.db import open_database  # noqa: E402
from vigil.registry.models import Audit, Claim  # noqa: E402
from vigil.web.auth import add_user, create_token  # noqa: E402

SAMPLE = REPO / "sample"
HELD_BACK = 6  # sample articles ingested during the load run, to count lost writes


def _short(text: str, width: int = 90) -> str:
    text = " ".join(str(text).split()).replace("|", "\\|")
    return text if len(text) <= width else text[: width - 1] + "…"


def _size(path: Path) -> str:
    n = path.stat().st_size
    return f"{n / 1024 / 1024:.0f} MB" if n >= 1024 * 1024 else f"{n:,} B"


def _failure(done: object) -> str:
    """The end of a failed command's error output, for the report."""
    if getattr(done, "returncode", 0) == 0:
        return ""
    return " (" + _short(getattr(done, "stderr", "")[-300:], 120) + ")"


def _changed(before: dict[str, set[str]], after: dict[str, set[str]]) -> int:
    return sum(len(rows - after.get(table, set())) for table, rows in before.items())


class Report:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.lost_writes = 0
        self.server_errors = 0
        self.leaks = 0
        self.changed_rows = 0
        self.inconsistencies = 0

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)


def build_registry(folder: Path, extractor: object) -> tuple[Path, list[Path], dict[str, str]]:
    """The sample corpus (minus a few held back) in a SQLite registry, with two editors."""
    files = sorted(SAMPLE.glob("*.txt"))
    held = folder / "held-back"
    held.mkdir()
    for path in files[-HELD_BACK - 1 : -1]:  # dev-19 ... dev-24 (the seed stays in)
        shutil.copy(path, held / path.name)
    path = folder / "base.sqlite"
    db = open_database(f"sqlite:///{path}")
    tokens = {}
    try:
        service.ingest(
            db,
            paths=[p for p in files if p.name not in {h.name for h in held.iterdir()}],
            extractor=extractor,
        )
        with db.session() as session:
            for name in ("alice", "bob"):
                add_user(session, name=name, password="correct horse battery", role="editor")
                tokens[name] = create_token(session, user=name)
    finally:
        db.close()
    return path, sorted(held.iterdir()), tokens


def copy_of(base: Path, folder: Path, name: str) -> str:
    path = folder / f"{name}.sqlite"
    shutil.copy(base, path)
    return f"sqlite:///{path}"


# --- inputs --------------------------------------------------------------------------------------


def try_inputs(report: Report, folder: Path, base: Path, extractor: object, tokens: dict[str, str]) -> None:
    from fastapi.testclient import TestClient

    from vigil.ingest.sources import iter_documents
    from vigil.web import create_app
    from vigil.web.deps import WebSettings

    batch = folder / "inputs"
    inputs = bad_inputs(batch)
    (batch / "zz-good.txt").write_text(GOOD_TEXT, encoding="utf-8")

    def extract_outcome(path: Path) -> str:
        results = list(extractor.extract_many(iter_documents([path])))  # type: ignore[attr-defined]
        parts = []
        for r in results:
            if isinstance(r, SourceError):
                parts.append(f"refused: {r.message}")
            else:
                parts.append(f"extracted ({len(r.events)} events)")
        return "; ".join(parts) or "nothing"

    ingest_url = copy_of(base, folder, "inputs-ingest")
    ingest_before = registry_rows(ingest_url)
    db = open_database(ingest_url)

    def ingest_outcome(path: Path) -> str:
        items = service.ingest(db, paths=[path], extractor=extractor).items
        return "; ".join(
            f"{i.outcome}: {i.reason}"
            if i.reason
            else (i.outcome + (f" ({i.language})" if i.language else ""))
            for i in items
        )

    api_url = copy_of(base, folder, "inputs-api")
    api_before = registry_rows(api_url)
    api_db = open_database(api_url)
    app = create_app(
        api_db, settings=WebSettings(secure_cookies=False, failure_delay=0.0), extractor=extractor
    )
    bearer = {"Authorization": f"Bearer {tokens['alice']}"}

    report.add(
        "## Inputs tried",
        "",
        "Each input alone through the extractor (`vigil extract`), the registry (`vigil ingest`) and",
        "`POST /api/articles` (as an uploaded file). A refusal names the input and the reason; the",
        "batch goes on. Big inputs are generated at run time.",
        "",
        "| input | size | `vigil extract` | `vigil ingest` | `POST /api/articles` |",
        "| --- | --- | --- | --- | --- |",
    )
    with TestClient(app, base_url="http://127.0.0.1") as client:
        api_500 = 0
        for item in [*inputs, None]:
            path = item.path if item else batch / "zz-good.txt"
            start = time.perf_counter()
            extracted = extract_outcome(path)
            ingested = ingest_outcome(path)
            response = client.post(
                "/api/articles", files={"file": (path.name, path.read_bytes())}, headers=bearer
            )
            api_500 += response.status_code >= 500
            answer = response.json()
            api = f"{response.status_code} " + (answer.get("error") or answer.get("outcome") or "")
            took = time.perf_counter() - start
            report.add(
                f"| `{path.name}` | {_size(path)} | {_short(extracted, 60)} | {_short(ingested, 60)} | "
                f"{_short(api.replace(str(path.name) + ': ', ''), 60)} ({took:.1f} s all three) |"
            )
        cases = [
            ("a body that is not JSON", b"this line is not JSON"),
            ("text of 2.1 million characters", b'{"text": "' + b"x" * 2_100_000 + b'"}'),
            ("only whitespace", b'{"text": "   \\n\\t  "}'),
            ("no text field", b'{"title": "no text"}'),
        ]
        for label, body in cases:
            response = client.post(
                "/api/articles", content=body, headers={**bearer, "Content-Type": "application/json"}
            )
            api_500 += response.status_code >= 500
            report.add(
                f"| JSON: {label} | {len(body):,} B | — | — | {response.status_code} {_short(response.json()['error'], 60)} |"
            )
    db.close()
    api_db.close()
    ingest_changed = _changed(ingest_before, registry_rows(ingest_url))
    api_changed = _changed(api_before, registry_rows(api_url))
    problems = consistency_problems(ingest_url) + consistency_problems(api_url)

    cli_url = copy_of(base, folder, "inputs-cli")
    cli_before = registry_rows(cli_url)
    extract_cli = run_vigil("extract", str(batch), url=cli_url)
    ingest_cli = run_vigil("ingest", str(batch), url=cli_url)
    cli_changed = _changed(cli_before, registry_rows(cli_url))
    problems += consistency_problems(cli_url)
    summary = " ".join(extract_cli.stdout.split()).rsplit("─", 1)[-1].strip()
    failed = next((line.strip() for line in ingest_cli.stderr.splitlines() if "failed:" in line), "")
    report.changed_rows += ingest_changed + api_changed + cli_changed
    report.inconsistencies += len(problems)
    report.server_errors += api_500
    report.add(
        "",
        f"* The whole folder as one batch: `vigil extract` exit code {extract_cli.returncode} (`{_short(summary, 60)}`),"
        f" `vigil ingest` exit code {ingest_cli.returncode} (`{failed}`).",
        f"* Stored rows changed by the bad inputs: ingest {ingest_changed}, API {api_changed}, CLI batch {cli_changed};"
        f" consistency problems afterwards: {len(problems)}; API answers 500: {api_500}.",
        "",
    )


# --- faults --------------------------------------------------------------------------------------


def inject_faults(
    report: Report,
    folder: Path,
    base: Path,
    held: list[Path],
    tokens: dict[str, str],
    kills: int,
    extractor: object,
) -> None:
    report.add(
        "## Faults injected",
        "",
        "| fault | how | outcome |",
        "| --- | --- | --- |",
    )
    # SIGKILL during ingest
    corpus = folder / "kill-corpus"
    corpus.mkdir()
    for path in [SAMPLE / "seed-belarus-release.txt", *sorted(SAMPLE.glob("dev-*.txt"))[:9]]:
        shutil.copy(path, corpus / path.name)
    reference = folder / "kill-reference.sqlite"
    db = open_database(f"sqlite:///{reference}")
    try:
        service.ingest(db, paths=[corpus], extractor=extractor)
        with db.engine.connect() as conn:
            expected = set(conn.exec_driver_sql("SELECT id, person_id, state FROM claims").all())
    finally:
        db.close()
    killed = folder / "killed.sqlite"
    url = f"sqlite:///{killed}"
    outcomes, bad = [], 0
    for seed in range(1, kills + 1):
        outcomes.append(kill_during_ingest(corpus, killed, random.Random(seed), folder / "kill.log"))
        if killed.exists():
            bad += len(consistency_problems(url))
    rerun = run_vigil("ingest", str(corpus), url=url)
    bad += len(consistency_problems(url))
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            got = set(conn.exec_driver_sql("SELECT id, person_id, state FROM claims").all())
    finally:
        db.close()
    lost = len(expected - got)
    report.lost_writes += lost
    report.inconsistencies += bad
    report.add(
        f"| SIGKILL during `vigil ingest` | {kills} kills at random points (seeds 1–{kills}) of a 10-article ingest: "
        f"{'; '.join(outcomes)} | inconsistencies after the kills: {bad}; rerun exit code {rerun.returncode}; "
        f"claims missing against an uninterrupted run: {lost} of {len(expected)} |"
    )

    # backup while written, restore, damaged backup
    live = folder / "live.sqlite"
    shutil.copy(base, live)
    live_url = f"sqlite:///{live}"
    stop, written = threading.Event(), [0]

    def writer() -> None:
        wdb = open_database(live_url)
        try:
            while not stop.is_set():
                with wdb.session() as session:
                    session.add(
                        Audit(at=datetime.now(UTC).replace(tzinfo=None), user="writer", action="fault.write")
                    )
                written[0] += 1
        finally:
            wdb.close()

    thread = threading.Thread(target=writer)
    thread.start()
    time.sleep(0.3)
    backup = folder / "backup.sqlite"
    made = run_vigil("backup", str(backup), url=live_url)
    stop.set()
    thread.join()
    backup_problems = consistency_problems(f"sqlite:///{backup}") if backup.exists() else ["no backup"]
    snapshot = registry_rows(f"sqlite:///{backup}")
    restored = run_vigil("restore", str(backup), url=live_url)
    identical = registry_rows(live_url) == snapshot
    damaged = folder / "damaged.sqlite"
    damaged.write_bytes(backup.read_bytes()[:4096] + os.urandom(8192))
    before = registry_rows(live_url)
    refused = run_vigil("restore", str(damaged), url=live_url)
    untouched = registry_rows(live_url) == before
    report.inconsistencies += len(backup_problems) + (not identical) + (not untouched)
    report.add(
        f"| `vigil backup` while another process writes | {written[0]} write transactions during the backup | "
        f"exit code {made.returncode}{_failure(made)}; backup consistent: {backup_problems or 'yes'} |",
        f"| `vigil restore` of that backup | after further writes | exit code {restored.returncode}{_failure(restored)}; "
        f"registry identical to the backup: {'yes' if identical else 'NO'} |",
        f"| `vigil restore` of a damaged file | first 4 KB of a backup + 8 KB of noise | exit code {refused.returncode}: "
        f"{_short(refused.stderr, 70)}; live registry untouched: {'yes' if untouched else 'NO'} |",
    )

    # two editors on the same claims through the real server
    race_url = copy_of(base, folder, "race")
    with VigilServer(race_url, log=folder / "race-serve.log") as server:
        db = open_database(race_url)
        try:
            with db.engine.connect() as conn:
                claims = [r[0] for r in conn.exec_driver_sql("SELECT id FROM claims ORDER BY id LIMIT 20")]
        finally:
            db.close()
        answers: dict[str, dict[str, int]] = {c: {} for c in claims}

        def decide(claim: str, editor: str, barrier: threading.Barrier) -> None:
            with httpx.Client(base_url=server.url, timeout=60) as client:
                barrier.wait()
                response = client.post(
                    f"/api/claims/{claim}/{'accept' if editor == 'alice' else 'reject'}",
                    headers={"Authorization": f"Bearer {tokens[editor]}"},
                )
                answers[claim][editor] = response.status_code

        for claim in claims:
            barrier = threading.Barrier(2)
            threads = [threading.Thread(target=decide, args=(claim, e, barrier)) for e in ("alice", "bob")]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
    db = open_database(race_url)
    try:
        with db.session() as session:
            final = {c.id: (c.state, c.reviewer) for c in session.query(Claim).filter(Claim.id.in_(claims))}
    finally:
        db.close()
    one_wins = sum(sorted(a.values()) == [200, 409] for a in answers.values())
    lost_decisions = sum(
        final[c] != ("accepted" if w == "alice" else "rejected", w)
        for c, a in answers.items()
        for w, code in a.items()
        if code == 200
    )
    errors = sum(code >= 500 for a in answers.values() for code in a.values())
    report.lost_writes += lost_decisions
    report.server_errors += errors
    report.add(
        f"| two editors decide one claim at once | {len(claims)} claims, accept and reject sent together "
        f"(barrier) to `vigil serve` | one 200 and one 409 for {one_wins} of {len(claims)}; winner's decision "
        f"stored for all but {lost_decisions}; 500s: {errors} |",
        "",
    )


# --- load ----------------------------------------------------------------------------------------


def apply_load(
    report: Report, folder: Path, base: Path, held: list[Path], duration: float, concurrency: int
) -> None:
    url = copy_of(base, folder, "load")
    db = open_database(url)
    try:
        person = service.list_people(db, search="Babaryka")[0]
        service.set_withheld(db, person_id=person.id, withheld=True, user="report")
        before = service.stats(db).articles
    finally:
        db.close()
    writes = folder / "writes"
    writes.mkdir()
    for path in held:
        shutil.copy(path, writes / path.name)
    with VigilServer(url, log=folder / "load-serve.log") as server:
        ingest: dict[str, object] = {}

        def write() -> None:
            time.sleep(min(5.0, duration / 4))
            ingest["result"] = run_vigil("ingest", str(writes), url=url)

        writer = threading.Thread(target=write)
        writer.start()
        paths = reader_paths(server.url)
        result = run_load(
            server.url,
            duration=duration,
            concurrency=concurrency,
            paths=paths,
            forbidden=["Babaryka", "Бабарыка"],
        )
        writer.join()
        after = httpx.get(f"{server.url}/api/stats").json()["articles"]
    done = ingest["result"]
    stored = after - before
    lost = len(held) - stored
    report.lost_writes += max(0, lost)
    report.server_errors += result.server_errors
    report.leaks += result.leaks
    s = result.summary()
    report.add(
        "## Load applied",
        "",
        f"{concurrency} concurrent readers for {duration:.0f} s against `vigil serve` on 127.0.0.1 (SQLite, WAL),",
        f"looping over {len(paths)} addresses (the dashboard, lists, searches in Latin and Cyrillic, person and",
        f"article pages and their JSON twins, while `vigil ingest` stored {len(held)} more articles;",
        "one person is withheld and every answer is searched for their name.",
        "",
        "| measure | value |",
        "| --- | --- |",
        f"| requests | {result.requests:,} |",
        f"| requests/s | {result.rps:.1f} |",
        f"| latency p50 / p95 / p99 | {s['p50_ms']} / {s['p95_ms']} / {s['p99_ms']} ms |",
        f"| errors (non-2xx or transport) | {result.errors} |",
        f"| 500s | {result.server_errors} |",
        f"| answers with the withheld name | {result.leaks} |",
        f"| articles written during the run | {stored} of {len(held)} (`vigil ingest` exit code {done.returncode}) |",  # type: ignore[attr-defined]
        f"| lost writes | {max(0, lost)} |",
        "",
    )
    if result.samples:
        report.add("First failures:", "", *(f"* {_short(x, 150)}" for x in result.samples), "")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load")
    parser.add_argument("--concurrency", type=int, default=50, help="concurrent readers")
    parser.add_argument("--kills", type=int, default=5, help="SIGKILLs during ingest")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "reliability.md")
    args = parser.parse_args()

    from vigil.extract import Extractor

    started = time.monotonic()
    load_before = os.getloadavg()[0]
    report = Report()
    extractor = Extractor()
    with tempfile.TemporaryDirectory(prefix="vigil-reliability-") as tmp:
        folder = Path(tmp)
        print("building the registry ...", file=sys.stderr)
        base, held, tokens = build_registry(folder, extractor)
        body = Report()
        print("inputs ...", file=sys.stderr)
        try_inputs(body, folder, base, extractor, tokens)
        print("faults ...", file=sys.stderr)
        inject_faults(body, folder, base, held, tokens, args.kills, extractor)
        print(f"load ({args.concurrency} readers, {args.duration:.0f} s) ...", file=sys.stderr)
        apply_load(body, folder, base, held, args.duration, args.concurrency)
    report.add(
        "# Reliability report",
        "",
        f"Generated by `benchmarks/reliability.py` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC "
        f"({platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"{time.monotonic() - started:.0f} s; load average {load_before:.1f} at the start, as the machine is shared)."
        " Do not edit by hand: run "
        f"`.venv/bin/python benchmarks/reliability.py` again.",
        "",
        "## Headline",
        "",
        f"* **lost writes: {body.lost_writes}**",
        f"* **500 answers: {body.server_errors}**",
        f"* **withheld-name leaks: {body.leaks}**",
        f"* stored rows changed by bad inputs: {body.changed_rows}; consistency problems: {body.inconsistencies}",
        "",
        "The same checks run in the test suite in short form: `tests/test_reliability_*.py`,",
        "`tests/test_security_*.py` (roles, CSRF, cookies, throttling, SSRF, XSS, withheld names,",
        "schemathesis fuzzing of the API) and `tests/test_properties_*.py` (hypothesis).",
        "",
        *body.lines,
        "## PostgreSQL",
        "",
        "`vigil backup` and `vigil restore` copy SQLite registries. For PostgreSQL they print the",
        "commands to use instead (the editors' race is tested on PostgreSQL in the suite):",
        "",
        '    pg_dump --format=custom --file=vigil.dump "postgresql://user@host/vigil"',
        '    pg_restore --clean --if-exists --no-owner --dbname="postgresql://user@host/vigil" vigil.dump',
        "",
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(report.lines), encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
