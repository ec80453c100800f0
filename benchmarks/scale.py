"""Scale benchmark (not a test): one run, one generated corpus, every way of ingesting it.

1. `vigil ingest` on >= 1,000 generated articles (benchmarks/make_corpus.py) into SQLite:
   one process, `--workers 2`, and `--engine ray` on a local Ray instance (2 CPUs): articles/s
   and the ratio to one process, and the peak memory (VmHWM) of every process of each run.
2. Ray's start-up: `ray.init(num_cpus=2)` until ready.
3. The writer alone (link + store the Ray run's staged extractions, `ingest --from-stage`) on
   a registry of 100,000 generated persons, on SQLite and on a throw-away PostgreSQL: the
   serial ceiling, in articles/s.

    .venv/bin/python benchmarks/scale.py [--articles 1000] [--persons 100000] [--writer 400]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "src")]

from benchmarks.make_corpus import make_corpus, write_corpus  # noqa: E402
from benchmarks.registry import _COLUMNS, generate  # noqa: E402
from tests.fixtures.database import _as_postgres, _pg_bin, _Server  # noqa: E402

from vigil.registry.db import make_engine, migrate, open_database  # noqa: E402
from vigil.registry.ingesting import store_items  # noqa: E402
from vigil.registry.settings import Settings  # noqa: E402
from vigil.scale.stage import read_stage  # noqa: E402

VIGIL = "from vigil.cli import main; import sys; sys.argv[0] = 'vigil'; main()"
MB = 1024 * 1024
TICKS = os.sysconf("SC_CLK_TCK")


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = defaultdict(list)
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            tree[int(stat.rsplit(")", 1)[1].split()[1])].append(int(entry.name))
    return tree


def _peak(pid: int) -> tuple[str, int, float] | None:
    """A process's command line, peak resident memory and CPU seconds (user + system) so far."""
    try:
        name = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) / TICKS
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return name, int(line.split()[1]) * 1024, cpu
    except (OSError, IndexError, ValueError):
        pass
    return None


def _kind(name: str) -> str:
    if "ExtractActor" in name:
        return "actor"
    if name.startswith("ray::") and not name.startswith(("ray::DashboardAgent", "ray::RuntimeEnvAgent")):
        return "ray task"
    if "spawn_main" in name:
        return "worker"
    return "system"


class Memory:
    """Samples the peak resident memory and the CPU time of a process and all its descendants
    until stopped (CPU time shows where a parallel run's second core goes)."""

    def __init__(self, root: int) -> None:
        self.root, self.peaks, self.names, self.cpu = root, {}, {}, {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            tree, todo = _children(), [self.root]
            while todo:
                pid = todo.pop()
                todo.extend(tree.get(pid, ()))
                found = _peak(pid)
                if found:
                    self.names[pid] = found[0]
                    self.peaks[pid] = max(self.peaks.get(pid, 0), found[1])
                    self.cpu[pid] = found[2]

    def stop(self) -> tuple[dict[str, list[int]], dict[str, float]]:
        """Peaks and CPU seconds per kind of process: the driver (the writer), extraction workers
        and actors, Ray task workers and the rest (raylet, GCS, agents; the pool's resource
        tracker). CPU time is as last sampled (up to 0.2 s before a process ended)."""
        self._stop.set()
        self._thread.join()
        kinds: dict[str, list[int]] = defaultdict(list)
        cpu: dict[str, float] = defaultdict(float)
        for pid, peak in self.peaks.items():
            kind = "driver" if pid == self.root else _kind(self.names[pid])
            kinds[kind].append(peak)
            cpu[kind] += self.cpu[pid]
        return kinds, cpu


def ingest(label: str, articles: Path, db_url: str, extra: list[str], n: int) -> tuple[float, dict]:
    env = {**os.environ, "VIGIL_DATABASE_URL": db_url, "PYTHONPATH": str(REPO / "src")}
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", VIGIL, "ingest", str(articles), *extra],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    memory = Memory(process.pid)
    out, err = process.communicate()
    seconds = time.perf_counter() - start
    peaks, cpu = memory.stop()
    summary = out.splitlines()[0] if out else err.strip().splitlines()[-1:]
    print(f"{label:<14} {n / seconds:7.1f} articles/s  ({seconds:6.1f} s)  {summary}")
    for kind in ("driver", "worker", "actor", "ray task", "system"):
        if peaks.get(kind):
            values = sorted(peaks[kind], reverse=True)
            shown = ", ".join(f"{v / MB:.0f}" for v in values[:6]) + (" ..." if len(values) > 6 else "")
            print(
                f"{'':<14}   peak MB  {kind:<10} {shown}  (sum {sum(values) / MB:.0f}; CPU {cpu[kind]:.1f} s)"
            )
    print(f"{'':<14}   CPU s    total      {sum(cpu.values()):.1f}")
    return n / seconds, peaks


def ray_startup() -> float:
    code = (
        "import time, ray; t = time.perf_counter(); ray.init(num_cpus=2, include_dashboard=False); "
        "print(time.perf_counter() - t); ray.shutdown()"
    )
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0"}  # as `vigil ingest --engine ray` starts it
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    return float(out.stdout.strip().splitlines()[-1])


def _owner(user: str) -> tuple[int, int]:
    import pwd

    entry = pwd.getpwnam(user)
    return entry.pw_uid, entry.pw_gid


@contextmanager
def postgres_at(root: Path, *, create: bool = True, remove: bool = False) -> Iterator[_Server]:
    """A benchmark PostgreSQL server with its data folder under `root` (initialised with
    `create`), started for the block and removed after it with `remove`: as the tests start
    it, plus the settings of a bulk ingest (`synchronous_commit=off`, 256 MB shared buffers)."""
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        raise SystemExit("PostgreSQL's initdb/pg_ctl are not installed (make system-deps)")
    server = _Server(root)
    if create:
        root.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            os.chown(root, *_owner("postgres"))
        subprocess.run(
            _as_postgres([initdb, "-D", str(server.data), "-U", "postgres", "--auth=trust", "-E", "UTF8"]),
            check=True,
            capture_output=True,
        )
    options = f"-k {root} -c listen_addresses='' -c synchronous_commit=off -c shared_buffers=256MB"
    subprocess.run(
        _as_postgres([pg_ctl, "-D", str(server.data), "-o", options, "-l", str(root / "log"), "-w", "start"]),
        check=True,
        capture_output=True,
    )
    try:
        yield server
    finally:
        subprocess.run(
            _as_postgres([pg_ctl, "-D", str(server.data), "-m", "fast", "stop"]), capture_output=True
        )
        if remove:
            shutil.rmtree(root, ignore_errors=True)


def copy_to_postgres(sqlite_path: Path, url: str) -> None:
    """The generated registry's rows, copied into a migrated PostgreSQL database."""
    import psycopg

    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    source = sqlite3.connect(sqlite_path)
    target = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(target) as conn, conn.cursor() as cursor:
        # a bulk load of consistent rows: no per-row triggers (their lookups are quadratic here)
        cursor.execute("SET session_replication_role = replica")
        for table, columns in _COLUMNS.items():
            booleans = {"withheld", "needs_review"}
            names = [c.strip() for c in columns.split(",")]
            with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in source.execute(f"SELECT {columns} FROM {table}"):
                    copy.write_row([bool(v) if n in booleans else v for n, v in zip(names, row, strict=True)])
        cursor.execute("SET session_replication_role = DEFAULT")
        cursor.execute(
            "INSERT INTO monthly_counts (kind, month, n)"
            " SELECT kind, to_char(effective_date, 'YYYY-MM'), count(DISTINCT person_id) FROM claims"
            " WHERE state = 'accepted' AND kind IN ('arrest', 'release') AND effective_date IS NOT NULL"
            " GROUP BY 1, 2"
        )
        cursor.execute("ANALYZE")
    source.close()


def writer(label: str, url: str, stage: Path, limit: int) -> float:
    db = open_database(url)
    items = []
    for item in read_stage(stage):
        items.append(item)
        if len(items) >= limit:
            break
    start = time.perf_counter()
    report = store_items(db, items, settings=Settings())
    seconds = time.perf_counter() - start
    db.close()
    rate = len(items) / seconds
    print(
        f"writer {label:<16} {rate:7.1f} articles/s  ({len(items)} items in {seconds:.1f} s; "
        f"{report.count('new')} new, {report.claims} claims, {report.persons_new} new persons)"
    )
    return rate


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--claims-per-person", type=int, default=5)
    parser.add_argument("--writer", type=int, default=400, help="staged items the writer stores (400)")
    parser.add_argument("--skip", default="", help="comma-separated: single,workers,ray,writer")
    args = parser.parse_args()
    skip = set(args.skip.split(","))
    print(f"load: {_load()}; cpus {os.cpu_count()}")
    with tempfile.TemporaryDirectory(prefix="vigil-scale-") as tmp:
        root = Path(tmp)
        corpus = make_corpus(prisoners=max(60, args.articles // 3), articles=args.articles, seed=3)
        write_corpus(corpus, root / "corpus", format="txt")
        articles = root / "corpus" / "articles"
        n = sum(1 for _ in articles.iterdir())
        print(
            f"corpus: {n} files ({sum(a.copy_of is not None for a in corpus.articles)} copies, "
            f"{len(corpus.bad)} bad)"
        )
        rates = {}
        common = ["--date", "2025-12-20"]
        if "single" not in skip:
            rates["single"], _ = ingest("one process", articles, f"sqlite:///{root}/single.sqlite", common, n)
        if "workers" not in skip:
            rates["workers"], _ = ingest(
                "--workers 2", articles, f"sqlite:///{root}/workers.sqlite", [*common, "--workers", "2"], n
            )
        stage = root / "stage"
        if "ray" not in skip:
            rates["ray"], _ = ingest(
                "--engine ray",
                articles,
                f"sqlite:///{root}/ray.sqlite",
                [*common, "--engine", "ray", "--actors", "2", "--stage", str(stage)],
                n,
            )
            print(f"ray start-up   {ray_startup():.1f} s (ray.init(num_cpus=2), included in the rate above)")
        if "single" in rates:
            for way in ("workers", "ray"):
                if way in rates:
                    print(f"ratio {way} / one process: {rates[way] / rates['single']:.2f}")
        if "writer" not in skip and stage.exists():
            big = root / "big.sqlite"
            start = time.perf_counter()
            generate(big, persons=args.persons, per_person=args.claims_per_person)
            print(
                f"generated {args.persons:,} persons, {args.persons * args.claims_per_person:,} claims "
                f"in {time.perf_counter() - start:.0f} s"
            )
            with postgres_at(Path(tempfile.mkdtemp(prefix="vigil-bench-pg-")), remove=True) as server:
                server.admin("CREATE DATABASE vigil_bench")
                url = server.url("vigil_bench")
                start = time.perf_counter()
                copy_to_postgres(big, url)
                print(f"copied into PostgreSQL in {time.perf_counter() - start:.0f} s")
                writer(f"PostgreSQL {args.persons // 1000}k", url, stage, args.writer)
            writer(f"SQLite {args.persons // 1000}k", f"sqlite:///{big}", stage, args.writer)
    print(f"load: {_load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
