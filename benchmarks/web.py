"""Web benchmark (not a test): requests/s and latency of the API and pages at 100k persons.

Generates a registry with the registry benchmark's generator (100,000 persons by default,
a few of them withheld so redaction is exercised), starts the real `vigil serve` in a
subprocess and measures over HTTP, sequentially (p50/p95) and with concurrent clients (req/s):

* `/api/people?q=SURNAME` and `/api/people?q=<Cyrillic>` (search across spellings and scripts)
* `/api/people/{id}` and the person page `/people/{id}`
* the dashboard `/` (its counts are cached until the next write)

The baselines, measured in the same run, are the service calls behind them made in-process
(`service.list_people`, `service.get_person`); ratios show what HTTP, validation, redaction
and rendering add.

    .venv/bin/python benchmarks/web.py [--persons 100000] [--runs 300] [--clients 8]
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
from sqlalchemy import update

sys.path.insert(0, str(Path(__file__).resolve().parent))
from registry import generate  # noqa: E402  (the registry benchmark's generator)

from vigil.registry import service  # noqa: E402
from vigil.registry.db import open_database  # noqa: E402
from vigil.registry.models import Person  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _latencies(runs: int, call: Callable[[int], object]) -> list[float]:
    times = []
    for i in range(runs):
        start = time.perf_counter()
        call(i)
        times.append((time.perf_counter() - start) * 1000)
    return times


def _report(label: str, times: list[float], baseline: float | None) -> float:
    p50 = statistics.median(times)
    p95 = statistics.quantiles(times, n=20)[-1]
    ratio = f"   {p50 / baseline:5.1f}× baseline" if baseline else ""
    print(f"{label:<34} p50 {p50:7.2f} ms   p95 {p95:7.2f} ms{ratio}")
    return p50


def _throughput(label: str, base: str, paths: list[str], clients: int, seconds: float) -> None:
    done = [0] * clients
    errors = [0] * clients
    stop = time.perf_counter() + seconds

    def worker(n: int) -> None:
        with httpx.Client(base_url=base, timeout=30) as client:
            i = n
            while time.perf_counter() < stop:
                response = client.get(paths[i % len(paths)])
                if response.status_code != 200:
                    errors[n] += 1
                done[n] += 1
                i += clients

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    total = sum(done)
    print(f"{label:<34} {total / seconds:8.1f} req/s with {clients} clients ({sum(errors)} errors)")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--claims-per-person", type=int, default=5)
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "web-bench.sqlite"
        url = f"sqlite:///{path}"
        start = time.perf_counter()
        people = generate(path, persons=args.persons, per_person=args.claims_per_person)
        db = open_database(url)  # also applies the web migration
        with db.session() as session:
            withheld = [pid for pid, _ in people[:: max(1, len(people) // 50)]]
            session.execute(update(Person).where(Person.id.in_(withheld)).values(withheld=True))
        print(
            f"generated {len(people):,} persons ({len(withheld)} withheld),"
            f" {len(people) * args.claims_per_person:,} claims in {time.perf_counter() - start:.1f} s"
        )
        rng = random.Random(5)
        sample = [rng.choice(people) for _ in range(args.runs)]
        surnames = [name.split()[-1] for _, name in sample]

        search_base = _report(
            "baseline: service.list_people(q)",
            _latencies(args.runs, lambda i: service.list_people(db, search=surnames[i], limit=50)),
            None,
        )
        person_base = _report(
            "baseline: service.get_person(id)",
            _latencies(args.runs, lambda i: service.get_person(db, ref=sample[i][0], reveal_withheld=False)),
            None,
        )

        port = _free_port()
        env = {**os.environ, "VIGIL_DATABASE_URL": url}
        log = open(Path(tmp) / "serve.log", "wb")  # noqa: SIM115
        server = subprocess.Popen(
            [sys.executable, "-m", "vigil.cli", "serve", "--port", str(port)]
            if (REPO / "src" / "vigil" / "cli" / "__main__.py").exists()
            else [sys.executable, "-c", "from vigil.cli import main; main()", "serve", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,  # a file: uvicorn logs every request, and a full pipe would stall it
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(f"{base}/api/stats", timeout=5).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("vigil serve did not start: " + (Path(tmp) / "serve.log").read_text())
                time.sleep(0.2)
            with httpx.Client(base_url=base, timeout=30) as client:
                search = {"q": "Калеснікава"}
                checks = [
                    ("GET /api/people?q=SURNAME", search_base, "/api/people?q={surname}"),
                    ("GET /api/people?q=Калеснікава", search_base, "/api/people?q=" + search["q"]),
                    ("GET /api/people/{id}", person_base, "/api/people/{pid}"),
                    ("GET /people/{id} (HTML)", person_base, "/people/{pid}"),
                ]
                for label, base_ms, pattern in checks:
                    urls = [pattern.format(surname=surnames[i], pid=sample[i][0]) for i in range(args.runs)]
                    _report(label, _latencies(args.runs, lambda i, u=urls: client.get(u[i])), base_ms)
                client.get("/")  # the first load computes the counts; later ones reuse them until a write
                _report(
                    "GET / (dashboard, warm)",
                    _latencies(max(args.runs // 10, 20), lambda i: client.get("/")),
                    None,
                )
            _throughput(
                "throughput /api/people?q=",
                base,
                [f"/api/people?q={s}" for s in surnames],
                args.clients,
                args.seconds,
            )
            _throughput(
                "throughput /people/{id}",
                base,
                [f"/people/{pid}" for pid, _ in sample],
                args.clients,
                args.seconds,
            )
        finally:
            server.terminate()
            server.wait(timeout=10)
            log.close()
            db.close()


if __name__ == "__main__":
    main()
