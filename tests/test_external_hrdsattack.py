"""The `hrdnews` yardstick's converter (`benchmarks/external/hrdsattack.py`) on a git
repository built here with articles written for this test: the fixed selection (two justice
words, a length cap), ids from the GDELT event id whatever the file or order, paragraphs
from HTML, halves by a fixed hash, gold written beside the texts, and a clear message for a
mirror without the files."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

from tests.mirror_helpers import git_mirror, halves, load_script, run_script

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "external" / "hrdsattack.py"


def _module():
    return load_script(SCRIPT)  # (it takes reuters.py's list and writer, as run as a script)


def _item(event_id: int, title: str, *paragraphs: str, as_repr: bool = False) -> dict:
    sample = {
        "Input.GLOBALEVENTID": event_id,
        "Input.title": title,
        "Input.publish_date": "2020-01-01 00:00:00",
        "Input.article_interface": " ".join(f"<p>{p}</p>" for p in paragraphs),
    }
    return {"sample": repr(sample) if as_repr else sample, "annotations": [], "merged_sample": {}}


TRIAL = _item(
    101,
    "Court in Veloria jails editor",
    "A court in Veloria <b>jailed</b> editor Mira Tass for four years on Monday.",
    "She was arrested in May &amp; held since.",
)
ONE_WORD = _item(102, "Teacher detained", "Police questioned a teacher in Ostrava for an hour.")
LONG = _item(103, "Two arrested", "Officers arrested two men. " + "The weather was mild. " * 120)
REPR = _item(104, "Activist freed", "Rights worker Ilya Brun was freed after his detention.", as_repr=True)


def _mirror(tmp_path: Path, files: dict[str, list[dict]]) -> Path:
    return git_mirror(tmp_path, {**files, "README.md": "test\n"})


def _run(*args: str) -> subprocess.CompletedProcess:
    return run_script(SCRIPT, *args)


def test_selection_keeps_two_justice_words_under_the_length_cap(tmp_path):
    mirror = _mirror(tmp_path, {"data/train.json": [TRIAL, ONE_WORD, LONG], "data/test.json": [REPR]})
    out = tmp_path / "out"
    result = _run("--mirror", str(mirror), "--out", str(out), "--gold", str(tmp_path / "none"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["hrd-101.txt", "hrd-104.txt"]
    assert "2 of 2 selected articles (4 in all)" in result.stderr


def test_text_is_title_then_paragraphs_without_markup(tmp_path):
    module = _module()
    mirror = _mirror(tmp_path, {"data/dev.json": [TRIAL]})
    [(doc_id, text)] = module.read_articles(mirror)
    assert doc_id == "hrd-101"
    assert text == (
        "Court in Veloria jails editor\n\n"
        "A court in Veloria jailed editor Mira Tass for four years on Monday.\n\n"
        "She was arrested in May & held since.\n"
    )


def test_ids_do_not_depend_on_file_or_order_and_come_once(tmp_path):
    module = _module()
    first = _mirror(tmp_path / "a", {"data/train.json": [TRIAL, REPR]})
    second = _mirror(tmp_path / "b", {"data/test.json": [REPR], "data/dev.json": [TRIAL, TRIAL]})
    assert sorted(module.read_articles(first)) == sorted(module.read_articles(second))


def test_halves_split_by_the_hash_of_the_id(tmp_path):
    module = _module()
    for doc_id in ("hrd-101", "hrd-104", "hrd-999"):
        expected = "tune" if hashlib.sha1(doc_id.encode()).hexdigest()[0] < "8" else "held"
        assert module.part_of(doc_id) == expected
    mirror = _mirror(tmp_path, {"data/train.json": [TRIAL, REPR]})
    written = halves(SCRIPT, tmp_path, "--mirror", str(mirror))
    assert written["tune"] | written["held"] == {"hrd-101", "hrd-104"}


def test_gold_is_written_beside_annotated_texts_only(tmp_path):
    mirror = _mirror(tmp_path, {"data/train.json": [TRIAL, REPR]})
    facts = tmp_path / "facts"
    facts.mkdir()
    gold = {"persons": [{"name": "Mira Tass"}], "events": [{"type": "sentence", "persons": ["Mira Tass"]}]}
    (facts / "hrd-101.json").write_text(json.dumps(gold), encoding="utf-8")
    out = tmp_path / "out"
    result = _run("--mirror", str(mirror), "--out", str(out), "--gold", str(facts), "--annotated")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["hrd-101.gold.json", "hrd-101.txt"]
    written = json.loads((out / "hrd-101.gold.json").read_text(encoding="utf-8"))
    assert written["events"] == gold["events"] and written["quotes"] == []


def test_mirror_without_the_files_says_so(tmp_path):
    mirror = _mirror(tmp_path, {"other/file.json": []})
    result = _run("--mirror", str(mirror), "--out", str(tmp_path / "out"))
    assert result.returncode != 0
    assert "holds none of data/train.json" in result.stderr
