"""Concurrency: `vigil serve` answering reads while `vigil ingest` writes the same SQLite file,
then a short load run (3 s; the full one is `benchmarks/reliability.py`); and two editors
deciding the same claim at once (SQLite and PostgreSQL): one wins, the other gets a 409 that
says who decided first.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from benchmarks.load import run_load
from sqlalchemy import select

from tests.fixtures.extraction import SAMPLE, SEED
from tests.fixtures.reliability import VigilServer, consistency_problems, free_port, run_vigil
from tests.fixtures.web import TEST_SETTINGS, Demo
from vigil.registry import service
from vigil.registry.db import Database, open_database
from vigil.registry.models import Claim
from vigil.web import create_app
from vigil.web.auth import add_user, create_token

READS = ["/api/people", "/api/stats", "/api/articles", "/api/events", "/", "/people", "/api/dashboard"]


def _read_until(base: str, stop: threading.Event, seen: Counter[str], errors: list[str]) -> None:
    with httpx.Client(base_url=base, timeout=30) as client:
        i = 0
        while not stop.is_set():
            path = READS[i % len(READS)]
            i += 1
            try:
                response = client.get(path)
                seen[str(response.status_code)] += 1
                if response.status_code != 200:
                    errors.append(f"{path}: {response.status_code} {response.text[:200]}")
            except httpx.HTTPError as exc:
                errors.append(f"{path}: {exc!r}")


def test_serve_answers_reads_while_ingest_writes_then_a_short_load(
    tmp_path: Path, demo_registry: Demo
) -> None:
    path = tmp_path / "registry.sqlite"
    shutil.copy(demo_registry.path, path)
    url = f"sqlite:///{path}"
    folder = tmp_path / "new"
    folder.mkdir()
    for source in sorted(SAMPLE.glob("dev-1*.txt"))[:4]:
        shutil.copy(source, folder / source.name)
    with VigilServer(url, log=tmp_path / "serve.log") as server:
        before = httpx.get(f"{server.url}/api/stats").json()["articles"]
        stop, seen, errors = threading.Event(), Counter[str](), []
        readers = [
            threading.Thread(target=_read_until, args=(server.url, stop, seen, errors)) for _ in range(2)
        ]
        for reader in readers:
            reader.start()
        try:
            ingest = run_vigil("ingest", str(folder), url=url, timeout=300)
        finally:
            stop.set()
            for reader in readers:
                reader.join(timeout=60)
        assert ingest.returncode == 0, ingest.stderr[-2000:]
        assert errors == [] and seen["200"] > 20, (errors[:5], seen)
        stats = httpx.get(f"{server.url}/api/stats").json()
        listed = httpx.get(f"{server.url}/api/articles", params={"limit": 500}).json()
        db = open_database(url)
        try:
            withheld = service.list_people(db, search="Babaryka")[0]
            service.set_withheld(db, person_id=withheld.id, withheld=True, user="tester")
        finally:
            db.close()
        load = run_load(server.url, duration=3.0, concurrency=10, forbidden=["Babaryka", "Бабарыка"])
    summary = load.summary()
    assert load.requests > 20 and 0 < load.percentile(50) <= load.percentile(95), summary
    assert load.errors == 0 and load.server_errors == 0 and load.leaks == 0, summary
    new = ingest.stdout.split("articles: ")[1].split(" new")[0]
    assert stats["articles"] == before + int(new) and int(new) >= 3  # no lost writes
    assert listed["total"] is None or listed["total"] <= stats["articles"]
    assert consistency_problems(url) == []


@pytest.fixture
def two_editors(database_url: str, extractor) -> Iterator[tuple[str, dict[str, str], Database]]:  # type: ignore[no-untyped-def]
    """A real uvicorn server over a fresh registry (SQLite or PostgreSQL) and two editors' tokens."""
    db = open_database(database_url)
    paths = [SEED, SAMPLE / "dev-05-death.txt", SAMPLE / "dev-02-custody.txt"]
    service.ingest(db, paths=paths, extractor=extractor)
    tokens = {}
    with db.session() as session:
        for name in ("alice", "bob"):
            add_user(session, name=name, password="correct horse battery", role="editor")
            tokens[name] = create_token(session, user=name)
    app = create_app(db, settings=TEST_SETTINGS, extractor=extractor)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}", tokens, db
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        db.close()


def test_two_editors_deciding_one_claim_at_once_one_wins(two_editors) -> None:  # type: ignore[no-untyped-def]
    base, tokens, db = two_editors
    with db.session() as session:
        claims = list(session.scalars(select(Claim.id).order_by(Claim.id).limit(8)))
    assert len(claims) >= 4
    results: dict[str, dict[str, httpx.Response]] = {c: {} for c in claims}

    def decide(claim: str, editor: str, barrier: threading.Barrier) -> None:
        action = "accept" if editor == "alice" else "reject"
        with httpx.Client(base_url=base, timeout=60) as client:
            barrier.wait()
            results[claim][editor] = client.post(
                f"/api/claims/{claim}/{action}",
                json={"note": f"{editor} checked"},
                headers={"Authorization": f"Bearer {tokens[editor]}"},
            )

    for claim in claims:
        barrier = threading.Barrier(2)
        threads = [threading.Thread(target=decide, args=(claim, e, barrier)) for e in ("alice", "bob")]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
    with db.session() as session:
        rows = session.execute(select(Claim.id, Claim.state, Claim.reviewer).where(Claim.id.in_(claims)))
        final = {claim: (state, reviewer) for claim, state, reviewer in rows}
    for claim, answers in results.items():
        codes = sorted(r.status_code for r in answers.values())
        assert codes == [200, 409], (claim, {e: (r.status_code, r.text[:200]) for e, r in answers.items()})
        winner = next(e for e, r in answers.items() if r.status_code == 200)
        loser = next(e for e, r in answers.items() if r.status_code == 409)
        body = answers[loser].json()
        assert body["ok"] is False and f"by {winner}" in body["error"], body
        assert final[claim] == ("accepted" if winner == "alice" else "rejected", winner)
    # later, the same: bob cannot silently undo alice's decision
    claim = claims[0]
    winner = final[claim][1]
    other = "bob" if winner == "alice" else "alice"
    late = httpx.post(
        f"{base}/api/claims/{claim}/reject", headers={"Authorization": f"Bearer {tokens[other]}"}, timeout=30
    )
    assert late.status_code == 409 and "reload" in late.json()["error"]
    mine = httpx.post(
        f"{base}/api/claims/{claim}/reject", headers={"Authorization": f"Bearer {tokens[winner]}"}, timeout=30
    )
    assert mine.status_code == 200  # an editor may change their own decision
    assert consistency_problems(db.engine.url.render_as_string(hide_password=False)) == []


def test_sign_ins_while_the_registry_is_written_never_fail(two_editors) -> None:  # type: ignore[no-untyped-def]
    """Sign-in reads the failure count, then records the try: a concurrent writer must not make it a 500."""
    base, _tokens, db = two_editors
    stop = threading.Event()

    def write() -> None:
        people = service.list_people(db, limit=5)
        i = 0
        while not stop.is_set():
            service.set_withheld(
                db, person_id=people[i % len(people)].id, withheld=bool(i % 2), user="writer"
            )
            i += 1

    def sign_in(name: str, password: str, codes: list[int]) -> None:
        with httpx.Client(base_url=base, timeout=60) as client:
            for _ in range(6):
                page = client.get("/login").text
                token = page.split('name="csrf" value="')[1].split('"')[0]
                answer = client.post("/login", data={"name": name, "password": password, "csrf": token})
                codes.append(answer.status_code)

    writer = threading.Thread(target=write)
    writer.start()
    codes: list[int] = []
    try:
        users = [("alice", "correct horse battery"), ("bob", "wrong"), ("carol", "x"), ("alice", "x")]
        threads = [threading.Thread(target=sign_in, args=(n, p, codes)) for n, p in users]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
    finally:
        stop.set()
        writer.join(timeout=60)
    assert len(codes) == 24 and all(code < 500 for code in codes), Counter(codes)


def test_reads_while_writing_on_each_backend(two_editors, extractor) -> None:  # type: ignore[no-untyped-def]
    """The same as with `vigil serve`, on SQLite and PostgreSQL: the server reads, the registry is written."""
    base, _tokens, db = two_editors
    before = httpx.get(f"{base}/api/stats").json()["articles"]
    stop, seen, errors = threading.Event(), Counter[str](), []
    readers = [threading.Thread(target=_read_until, args=(base, stop, seen, errors)) for _ in range(2)]
    for reader in readers:
        reader.start()
    try:
        report = service.ingest(db, paths=sorted(SAMPLE.glob("dev-1[0-3]*.txt")), extractor=extractor)
    finally:
        stop.set()
        for reader in readers:
            reader.join(timeout=60)
    assert errors == [] and seen["200"] > 0, (errors[:5], seen)
    stored = report.count("new") + report.count("copy") + report.count("not-extracted")
    assert stored == 4 and httpx.get(f"{base}/api/stats").json()["articles"] == before + stored
