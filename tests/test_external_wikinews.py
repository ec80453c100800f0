"""The `wikinews-en` yardstick's converter (`benchmarks/external/wikinews.py`) on a git repository
built here with CSV rows written for this test: the fixed selection (two justice words, a length
cap), ids from the date and the URL's hash whatever the file or order, paragraphs one a line,
halves by a fixed hash, gold written beside the texts, and a clear message for a mirror without
the files."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import subprocess
from pathlib import Path

from tests.mirror_helpers import git_mirror, halves, load_script, run_script

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "external" / "wikinews.py"
BASE = "https://en.wikinews.org//wiki/"


def _module():
    return load_script(SCRIPT)  # (it takes reuters.py's list and writer, as run as a script)


def _csv(*rows: tuple[str, str, str, str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["url", "date", "title", "text"])
    writer.writerows(rows)
    return out.getvalue()


TRIAL = (
    BASE + "Court_in_Veloria_jails_editor",
    "2019-03-04",
    "Court in Veloria jails editor",
    "Monday, March 4, 2019 \n\n\nA court in Veloria jailed editor Mira Tass for four years.\n\n\n"
    '"We will appeal,"  said her lawyer Ode Brann. She was arrested in May.\n\n',
)
ONE_WORD = (BASE + "Teacher_questioned", "2019-05-01", "Teacher questioned", "Police questioned a teacher.")
LONG = (BASE + "Two_arrested", "2020-01-02", "Two arrested", "Officers arrested two men. " + "Rain. " * 1000)
FREED = (BASE + "Activist_freed", "2020-07-07", "Activist freed", "Ilya Brun was freed after his detention.")


def _mirror(tmp_path: Path, files: dict[str, str]) -> Path:
    return git_mirror(tmp_path, {**files, "README.md": "test\n"})


def _run(*args: str) -> subprocess.CompletedProcess:
    return run_script(SCRIPT, *args)


def _id(row: tuple[str, str, str, str]) -> str:
    return f"wn-{row[1]}-{hashlib.sha1(row[0].encode()).hexdigest()[:6]}"


def test_selection_keeps_two_justice_words_under_the_length_cap(tmp_path):
    files = {"data/wikinews_2019.csv": _csv(TRIAL, ONE_WORD), "data/wikinews_2020.csv": _csv(LONG, FREED)}
    out = tmp_path / "out"
    mirror = _mirror(tmp_path, files)
    result = _run("--mirror", str(mirror), "--out", str(out), "--gold", str(tmp_path / "none"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.stem for p in out.iterdir()) == sorted([_id(TRIAL), _id(FREED)])
    assert "2 of 2 selected articles (4 in all)" in result.stderr


def test_text_is_title_then_paragraphs_one_a_line(tmp_path):
    module = _module()
    [(doc_id, text)] = module.read_articles(_mirror(tmp_path, {"data/wikinews_2019.csv": _csv(TRIAL)}))
    assert doc_id == _id(TRIAL) and doc_id.startswith("wn-2019-03-04-")
    assert text == (
        "Court in Veloria jails editor\n\n"
        "Monday, March 4, 2019\n\n"
        "A court in Veloria jailed editor Mira Tass for four years.\n\n"
        '"We will appeal," said her lawyer Ode Brann. She was arrested in May.\n'
    )


def test_ids_do_not_depend_on_file_or_order_and_come_once(tmp_path):
    module = _module()
    first = _mirror(tmp_path / "a", {"data/wikinews_2019.csv": _csv(TRIAL, FREED)})
    second = _mirror(tmp_path / "b", {"data/wikinews_2020.csv": _csv(FREED, TRIAL, TRIAL)})
    assert sorted(module.read_articles(first)) == sorted(module.read_articles(second))


def test_halves_split_by_the_hash_of_the_id(tmp_path):
    module = _module()
    for doc_id in (_id(TRIAL), _id(FREED), "wn-2019-01-01-000000"):
        expected = "tune" if hashlib.sha1(doc_id.encode()).hexdigest()[0] < "8" else "held"
        assert module.part_of(doc_id) == expected
    mirror = _mirror(tmp_path, {"data/wikinews_2019.csv": _csv(TRIAL, FREED)})
    written = halves(SCRIPT, tmp_path, "--mirror", str(mirror))
    assert written["tune"] | written["held"] == {_id(TRIAL), _id(FREED)}


def test_gold_is_written_beside_annotated_texts_only(tmp_path):
    mirror = _mirror(tmp_path, {"data/wikinews_2019.csv": _csv(TRIAL, FREED)})
    facts = tmp_path / "facts"
    facts.mkdir()
    gold = {
        "persons": [{"name": "Mira Tass"}, {"name": "Ode Brann"}],
        "events": [{"type": "sentence", "persons": ["Mira Tass"], "term_months": 48}],
        "quotes": [{"speaker": "Ode Brann", "starts_with": "We will appeal"}],
    }
    (facts / f"{_id(TRIAL)}.json").write_text(json.dumps(gold), encoding="utf-8")
    out = tmp_path / "out"
    result = _run("--mirror", str(mirror), "--out", str(out), "--gold", str(facts), "--annotated")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == [f"{_id(TRIAL)}.gold.json", f"{_id(TRIAL)}.txt"]
    written = json.loads((out / f"{_id(TRIAL)}.gold.json").read_text(encoding="utf-8"))
    assert written["events"] == gold["events"] and written["quotes"] == gold["quotes"]


def test_mirror_without_the_files_says_so(tmp_path):
    mirror = _mirror(tmp_path, {"other/file.csv": "x\n"})
    result = _run("--mirror", str(mirror), "--out", str(tmp_path / "out"))
    assert result.returncode != 0
    assert "holds none of data/wikinews_2019.csv" in result.stderr
