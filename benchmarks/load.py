"""Load run (not a test): N concurrent readers against a running `vigil serve` for D seconds.

Each reader loops over a mix of public pages and API reads; every answer is timed and
checked (status, and — when names are given — that no withheld name appears in it).

    .venv/bin/python benchmarks/load.py http://127.0.0.1:8000 [--duration 60] [--concurrency 50]

`run_load` is what `benchmarks/reliability.py` and the 3-second test in the suite call.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from collections import Counter
from dataclasses import asdict, dataclass, field

import httpx

__all__ = ["LoadResult", "reader_paths", "run_load"]


@dataclass
class LoadResult:
    duration: float
    concurrency: int
    requests: int = 0
    errors: int = 0  # transport errors and non-2xx answers
    server_errors: int = 0  # 5xx answers
    leaks: int = 0  # answers carrying a withheld name
    statuses: Counter[str] = field(default_factory=Counter)
    latencies_ms: list[float] = field(default_factory=list, repr=False)
    samples: list[str] = field(default_factory=list)  # the first few failures, for the report

    @property
    def rps(self) -> float:
        return self.requests / self.duration if self.duration else 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies_ms:
            return 0.0
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]

    def summary(self) -> dict[str, object]:
        out = {k: v for k, v in asdict(self).items() if k not in ("latencies_ms", "statuses")}
        out.update(
            rps=round(self.rps, 1),
            p50_ms=round(self.percentile(50), 1),
            p95_ms=round(self.percentile(95), 1),
            p99_ms=round(self.percentile(99), 1),
            mean_ms=round(statistics.fmean(self.latencies_ms), 1) if self.latencies_ms else 0.0,
            statuses=dict(self.statuses),
        )
        return out


def reader_paths(base: str, *, people: int = 20, articles: int = 10) -> list[str]:
    """A reader's mix: lists, searches, the dashboard, and detail pages of real ids."""
    with httpx.Client(base_url=base, timeout=30) as client:
        person_ids = [p["id"] for p in client.get("/api/people", params={"limit": people}).json()["items"]]
        article_ids = [
            a["id"] for a in client.get("/api/articles", params={"limit": articles}).json()["items"]
        ]
    paths = ["/", "/api/stats", "/api/dashboard", "/api/people", "/people", "/api/articles", "/articles",
             "/api/events", "/api/groups", "/api/people?q=Kolesnikova", "/people?q=Бяляцкі",
             "/api/people?status=released"]  # fmt: skip
    paths += [f"/api/people/{p}" for p in person_ids] + [f"/people/{p}" for p in person_ids[:10]]
    paths += [f"/api/articles/{a}" for a in article_ids] + [f"/articles/{a}" for a in article_ids[:5]]
    return paths


async def _reader(
    client: httpx.AsyncClient,
    paths: list[str],
    offset: int,
    stop_at: float,
    result: LoadResult,
    forbidden: list[str],
) -> None:
    i = offset
    while time.monotonic() < stop_at:
        path = paths[i % len(paths)]
        i += 1
        start = time.perf_counter()
        try:
            response = await client.get(path)
            body = response.text
        except httpx.HTTPError as exc:
            result.requests += 1
            result.errors += 1
            result.statuses["transport error"] += 1
            if len(result.samples) < 5:
                result.samples.append(f"{path}: {exc!r}")
            continue
        result.latencies_ms.append((time.perf_counter() - start) * 1000)
        result.requests += 1
        result.statuses[str(response.status_code)] += 1
        if response.status_code >= 400:
            result.errors += 1
            result.server_errors += response.status_code >= 500
            if len(result.samples) < 5:
                result.samples.append(f"{path}: {response.status_code} {body[:120]}")
        lowered = body.lower()
        if any(name in lowered for name in forbidden):
            result.leaks += 1
            if len(result.samples) < 5:
                result.samples.append(f"{path}: a withheld name")


async def _run(
    base: str, paths: list[str], duration: float, concurrency: int, forbidden: list[str]
) -> LoadResult:
    result = LoadResult(duration=duration, concurrency=concurrency)
    # idle connections are dropped before uvicorn's 5 s keep-alive ends, so no request races a closing one
    limits = httpx.Limits(
        max_connections=concurrency, max_keepalive_connections=concurrency, keepalive_expiry=2.0
    )
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        stop_at = time.monotonic() + duration
        started = time.monotonic()
        await asyncio.gather(
            *(_reader(client, paths, i * 7, stop_at, result, forbidden) for i in range(concurrency))
        )
        result.duration = time.monotonic() - started
    return result


def run_load(
    base: str,
    *,
    duration: float = 60.0,
    concurrency: int = 50,
    paths: list[str] | None = None,
    forbidden: list[str] = (),  # type: ignore[assignment]
) -> LoadResult:
    """`concurrency` readers looping over `paths` against `base` for `duration` seconds."""
    paths = paths or reader_paths(base)
    return asyncio.run(_run(base, paths, duration, concurrency, [f.lower() for f in forbidden]))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("base", help="the server, e.g. http://127.0.0.1:8000")
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--concurrency", type=int, default=50)
    args = parser.parse_args()
    result = run_load(args.base, duration=args.duration, concurrency=args.concurrency)
    print(json.dumps(result.summary(), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
