"""`vigil ingest` at scale from the command line: `--workers`, `--engine ray`, and `--engine ray`
without Ray."""

from __future__ import annotations

import os
import subprocess
import sys

from typer.testing import CliRunner

from tests.fixtures.extraction import REPO, SEED
from vigil.cli import app

NO_RAY = "import sys; sys.modules['ray'] = None; from vigil.cli import main; sys.argv[0] = 'vigil'; main()"


def test_engine_ray_without_the_extra_says_how_to_install_it(tmp_path):
    env = {
        **os.environ,
        "VIGIL_DATABASE_URL": f"sqlite:///{tmp_path / 'r.sqlite'}",
        "PYTHONPATH": str(REPO / "src"),
    }
    result = subprocess.run(
        [sys.executable, "-c", NO_RAY, "ingest", str(SEED), "--engine", "ray"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "pip install 'vigil[ray]'" in lines[0], result.stderr
    assert not (tmp_path / "r.sqlite").exists()


def test_workers_ingest_reports_like_one_process(tmp_path, monkeypatch, database_url):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setenv("VIGIL_DATABASE_URL", database_url)
    result = CliRunner().invoke(app, ["ingest", str(folder), "--workers", "2"])
    assert result.exit_code == 1, result.output
    assert "articles: 1 new, 1 already known" in result.output
    assert f"{folder / 'b.txt'}:emptyfile" in "".join(result.output.split())
    assert "Maria Kolesnikova" in CliRunner().invoke(app, ["people"]).output


def test_engine_ray_ingests_on_a_local_ray_it_starts_and_stops(tmp_path):
    """The whole command in its own process, as a user runs it: a local Ray started for the
    ingest (sending no usage statistics), the same report as one process, and Ray stopped."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\xff" * 64)
    env = {
        **os.environ,
        "VIGIL_DATABASE_URL": f"sqlite:///{tmp_path / 'r.sqlite'}",
        "PYTHONPATH": str(REPO / "src"),
    }
    env.pop("RAY_USAGE_STATS_ENABLED", None)
    env.pop("RAY_ADDRESS", None)
    probe = (
        "import atexit, os, sys, ray; from vigil.cli import main; sys.argv[0] = 'vigil';"
        "atexit.register(lambda: print('usage-stats', os.environ.get('RAY_USAGE_STATS_ENABLED'),"
        " 'running', ray.is_initialized(), file=sys.stderr)); main()"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, "ingest", str(folder), "--engine", "ray", "--actors", "1"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert result.returncode == 1, result.stderr  # b.txt is not text
    assert "articles: 1 new" in result.stdout + result.stderr
    assert "b.txt" in result.stderr
    assert "usage-stats 0 running False" in result.stderr


def test_nothing_to_ingest_is_a_usage_error():
    result = CliRunner().invoke(app, ["ingest"])
    assert result.exit_code == 2 and "--from-stage" in result.output


def test_options_that_do_not_go_together_are_usage_errors(tmp_path):
    stage = str(tmp_path / "stage")
    result = CliRunner().invoke(app, ["ingest", str(SEED), "--stage", stage])
    assert result.exit_code == 2 and "--stage go with --engine ray" in result.output
    result = CliRunner().invoke(app, ["ingest", str(SEED), "--from-stage", stage])
    assert result.exit_code == 2 and "give it alone" in result.output
