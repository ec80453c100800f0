"""The `realnews-en` yardstick's converter (`benchmarks/external/bbcnews.py`) on a git repository
built here with articles written for this test: the fixed selection (three justice words, a
length cap), ids from the category folder and file number, paragraphs one a line, repeated
texts read once, Latin-1 files read as such, the mirror given as a clone's parent folder,
halves by a fixed hash, gold written beside the texts, and a clear message for a mirror without
the files."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

from tests.mirror_helpers import git_mirror, halves, load_script, run_script

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "external" / "bbcnews.py"

TRIAL = (
    "Court in Veloria jails editor\n\n"
    "A court in Veloria   jailed editor Mira Tass for four years.\n\n"
    "She was arrested in May and has been in custody since.\n"
)
TWO_WORDS = "Teacher detained\n\nPolice detained a teacher in Ostrava and let her go.\n"
LONG = (
    "Two arrested\n\nOfficers arrested two men; one was jailed and one freed. " + "It rained. " * 300 + "\n"
)
FREED = "Activist freed\n\nRights worker Ilya Brun was freed after a year in detention and a pardon.\n"


def _module():
    return load_script(SCRIPT)  # (it takes reuters.py's list and writer, as run as a script)


def _mirror(tmp_path: Path, files: dict[str, str]) -> Path:
    return git_mirror(tmp_path, {**files, "README.md": "test\n"})


def _run(*args: str) -> subprocess.CompletedProcess:
    return run_script(SCRIPT, *args)


def test_selection_keeps_three_justice_words_under_the_length_cap(tmp_path):
    files = {
        "data/bbc/politics/001.txt": TRIAL,
        "data/bbc/politics/002.txt": TWO_WORDS,
        "data/bbc/business/003.txt": LONG,
        "data/bbc/tech/004.txt": FREED,
    }
    out = tmp_path / "out"
    mirror = _mirror(tmp_path, files)
    result = _run("--mirror", str(mirror), "--out", str(out), "--gold", str(tmp_path / "none"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["bbc-politics-001.txt", "bbc-tech-004.txt"]
    assert "2 of 2 selected articles (4 in all)" in result.stderr


def test_text_is_headline_then_paragraphs_and_the_id_names_folder_and_number(tmp_path):
    module = _module()
    mirror = _mirror(tmp_path, {"data/bbc/politics/001.txt": TRIAL, "data/other/005.txt": FREED})
    assert module.read_articles(mirror) == [
        (
            "bbc-politics-001",
            "Court in Veloria jails editor\n\n"
            "A court in Veloria jailed editor Mira Tass for four years.\n\n"
            "She was arrested in May and has been in custody since.\n",
        )
    ]


def test_a_repeated_text_is_read_once_under_its_first_id(tmp_path):
    module = _module()
    files = {
        "data/bbc/tech/009.txt": TRIAL,
        "data/bbc/politics/010.txt": TRIAL,
        "data/bbc/tech/002.txt": FREED,
    }
    ids = [doc_id for doc_id, _ in module.read_articles(_mirror(tmp_path, files))]
    assert ids == ["bbc-politics-010", "bbc-tech-002"]


def test_latin1_bytes_are_read_as_latin1_and_utf8_as_utf8():
    module = _module()
    assert module.decode("fine of £500".encode("latin-1")) == "fine of £500"
    assert module.decode("fine of £500".encode()) == "fine of £500"


def test_a_clone_folder_is_taken_for_its_git_directory(tmp_path):
    module = _module()
    mirror = _mirror(tmp_path, {"data/bbc/politics/001.txt": TRIAL})
    assert module.read_articles(mirror.parent) == module.read_articles(mirror)


def test_halves_split_by_the_hash_of_the_id(tmp_path):
    module = _module()
    for doc_id in ("bbc-politics-001", "bbc-tech-004", "bbc-business-999"):
        expected = "tune" if hashlib.sha1(doc_id.encode()).hexdigest()[0] < "8" else "held"
        assert module.part_of(doc_id) == expected
    mirror = _mirror(tmp_path, {"data/bbc/politics/001.txt": TRIAL, "data/bbc/tech/004.txt": FREED})
    written = halves(SCRIPT, tmp_path, "--mirror", str(mirror))
    assert written["tune"] | written["held"] == {"bbc-politics-001", "bbc-tech-004"}


def test_gold_is_written_beside_annotated_texts_only(tmp_path):
    mirror = _mirror(tmp_path, {"data/bbc/politics/001.txt": TRIAL, "data/bbc/tech/004.txt": FREED})
    facts = tmp_path / "facts"
    facts.mkdir()
    gold = {"persons": [{"name": "Mira Tass"}], "events": [{"type": "sentence", "persons": ["Mira Tass"]}]}
    (facts / "bbc-politics-001.json").write_text(json.dumps(gold), encoding="utf-8")
    out = tmp_path / "out"
    result = _run("--mirror", str(mirror), "--out", str(out), "--gold", str(facts), "--annotated")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["bbc-politics-001.gold.json", "bbc-politics-001.txt"]
    written = json.loads((out / "bbc-politics-001.gold.json").read_text(encoding="utf-8"))
    assert written["events"] == gold["events"] and written["quotes"] == []


def test_mirror_without_the_files_says_so(tmp_path):
    mirror = _mirror(tmp_path, {"other/file.txt": TRIAL})
    result = _run("--mirror", str(mirror), "--out", str(tmp_path / "out"))
    assert result.returncode != 0
    assert "holds no data/bbc/CATEGORY/NNN.txt" in result.stderr
