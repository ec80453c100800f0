"""Alerts benchmark (not a test): what publishing status changes costs ingest, and feed latency.

1. Storing N hand-built extractions (one new person each, one release: one published change
   each) with the alerts hook, against the same with `record_changes` switched off, in the
   same run: the ratio is the hook's cost.
2. p50/p95 of building `/feeds/changes.atom` and `/feeds/status/released.atom` over the
   result (the app in-process, Starlette's TestClient).

    .venv/bin/python benchmarks/alerts.py [--articles 400] [--hooks 2] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from vigil.model import Document, Event, Extraction, PersonMention
from vigil.registry import persons, service, webhooks
from vigil.registry.db import open_database

GIVEN = ["Ales", "Andrei", "Anna", "Darya", "Ihar", "Maria", "Mikola", "Palina", "Siarhei", "Viktar"]
SURNAMES = [
    "Losik",
    "Statkevich",
    "Kolesnikova",
    "Babaryka",
    "Bialiatski",
    "Shylau",
    "Karpovich",
    "Vasilevich",
]


def _extractions(n: int, seed: int) -> list[Extraction]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        name = f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}{i:05d}"  # one new person per article
        body = f"{name} was freed from the colony on Saturday, the rights group said."
        person = PersonMention("p1", name, [(0, len(name))], [])
        event = Event("release", ["p1"], evidence=(0, len(body)), confidence=0.95)
        published = date(2025, 1, 1) + timedelta(days=i % 300)
        doc = Document(source=f"bench-{seed}-{i}.txt", text=body, published=published, language="en")
        out.append(Extraction(doc, [person], [event], [], "bench"))
    return out


def _store(folder: Path, label: str, n: int, hooks: int, *, alerts: bool) -> tuple[float, str]:
    url = f"sqlite:///{folder}/{label}.sqlite"
    db = open_database(url)
    with db.session(write=True) as session:
        for h in range(hooks):
            webhooks.add_hook(session, url=f"https://hooks.example/{h}", user="bench")
    saved = persons.record_changes
    if not alerts:
        persons.record_changes = lambda *args, **kwargs: []  # type: ignore[assignment]
    try:
        items = _extractions(n, seed=hash(label) & 0xFFFF)
        started = time.perf_counter()
        service.ingest_items(db, items=items)
        elapsed = time.perf_counter() - started
    finally:
        persons.record_changes = saved  # type: ignore[assignment]
        db.close()
    return elapsed, url


def _latency(url: str, paths: list[str], rounds: int) -> dict[str, tuple[float, float]]:
    from fastapi.testclient import TestClient

    from vigil.web import create_app
    from vigil.web.deps import WebSettings

    db = open_database(url)
    app = create_app(db, settings=WebSettings(secure_cookies=False))
    out = {}
    with TestClient(app, base_url="http://bench") as client:
        for path in paths:
            client.get(path)  # warm
            times = []
            for _ in range(rounds):
                started = time.perf_counter()
                assert client.get(path).status_code == 200
                times.append((time.perf_counter() - started) * 1000)
            times.sort()
            out[path] = (statistics.median(times), times[int(len(times) * 0.95) - 1])
    db.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--hooks", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base_runs, alert_runs = [], []
        url = ""
        for r in range(args.repeat):  # alternate the order; the fastest of each is the least disturbed
            for alerts in (r % 2 == 0, r % 2 == 1):
                elapsed, made = _store(
                    folder,
                    f"{'alerts' if alerts else 'baseline'}-{r}",
                    args.articles,
                    args.hooks,
                    alerts=alerts,
                )
                (alert_runs if alerts else base_runs).append(elapsed)
                url = made if alerts else url
        base, with_alerts = min(base_runs), min(alert_runs)
        print(f"store {args.articles} articles, {args.hooks} webhooks (fastest of {args.repeat} runs each):")
        print(f"  without the alerts hook: {base:.2f} s ({args.articles / base:.0f} articles/s)")
        print(
            f"  with the alerts hook:    {with_alerts:.2f} s ({args.articles / with_alerts:.0f} articles/s)"
        )
        print(f"  ratio (with / without):  {with_alerts / base:.2f}")
        for path, (p50, p95) in _latency(
            url, ["/feeds/changes.atom", "/feeds/status/released.atom"], args.rounds
        ).items():
            print(f"  GET {path}: p50 {p50:.1f} ms, p95 {p95:.1f} ms")


if __name__ == "__main__":
    main()
