"""The AG News converter (`benchmarks/external/agnews.py`) on a real git repository built here,
with rows written for this test: selection by justice word, AG News' escapes undone, gold facts
written beside the rows that have them, and a clear message when the CSV is absent."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.mirror_helpers import git_mirror, run_script

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "external" / "agnews.py"
ROWS = (
    '"1","Court jails blogger (Wire)","Wire - A court in Ruritania jailed blogger Ana Pol for\\\\five '
    'years, her lawyer said  #39;on Monday #39;."\n'
    '"3","Gadget maker posts profit","The firm earned  #36;5 million in the quarter."\n'
    '"2","Rovers release striker","The club released striker Jon Berg."\n'
)


def _repo(tmp_path: Path) -> Path:
    return git_mirror(tmp_path, {"data/ag_news_csv/test.csv": ROWS})


def _run(*args: str) -> subprocess.CompletedProcess:
    return run_script(SCRIPT, *args)


def test_selects_justice_rows_unescapes_and_writes_gold(tmp_path):
    mirror = _repo(tmp_path)
    facts = tmp_path / "facts"
    facts.mkdir()
    gold = {
        "set": "tune",
        "persons": [{"name": "Ana Pol"}],
        "events": [{"type": "sentence", "persons": ["Ana Pol"]}],
    }
    (facts / "test-00001.json").write_text(json.dumps(gold), encoding="utf-8")
    out = tmp_path / "out"
    done = _run("--mirror", str(mirror), "--out", str(out), "--split", "test", "--gold", str(facts))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "test-00001.gold.json",
        "test-00001.txt",
        "test-00003.txt",
    ]
    text = (out / "test-00001.txt").read_text(encoding="utf-8")
    assert (
        text.startswith("Court jails blogger (Wire)\n\n")
        and "for five years" in text
        and "'on Monday'" in text
    )
    written = json.loads((out / "test-00001.gold.json").read_text(encoding="utf-8"))
    assert "set" not in written and written["events"] == gold["events"] and written["quotes"] == []

    only = tmp_path / "only"
    _run(
        "--mirror", str(mirror), "--out", str(only), "--split", "test", "--gold", str(facts), "--set", "tune"
    )
    assert sorted(p.name for p in only.iterdir()) == ["test-00001.gold.json", "test-00001.txt"]


def test_a_split_absent_from_the_mirror_is_named(tmp_path):
    done = _run("--mirror", str(_repo(tmp_path)), "--out", str(tmp_path / "o"), "--split", "train")
    assert done.returncode != 0
    assert "data/ag_news_csv/train.csv" in done.stderr
