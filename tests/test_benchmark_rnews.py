"""The real-news yardstick's converters (`benchmarks/external/reuters.py` for CoNLL-2003's
Reuters files, `benchmarks/external/ecbplus.py` for ECB+) on real git repositories built here
with documents written for this test: selection by the justice list, detokenised text,
quotations carried across CoNLL's sentence breaks, ECB+'s split words and its web-address
line, halves by a fixed hash, gold written beside the texts, and clear messages for a mirror
without the files."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.mirror_helpers import git_mirror, run_script

HERE = Path(__file__).resolve().parents[1] / "benchmarks" / "external"
REUTERS = HERE / "reuters.py"
ECBPLUS = HERE / "ecbplus.py"


def _conll(*sentences: str) -> str:
    """One CoNLL document: a token a line (`token POS chunk NER`), a blank line per sentence."""
    lines = ["-DOCSTART- -X- -X- O", ""]
    for sentence in sentences:
        lines += [f"{token} NN O O" for token in sentence.split()] + [""]
    return "\n".join(lines)


COURT = _conll(
    "Court jails editor .",
    "RUBAVIA 1996-08-22",
    'A court jailed editor Ana Pol for five years , police said . "',
    "We do n't know yet .",
    "It 's too early , \" she said after her arrest .",
)
FOOTBALL = _conll("Rovers win 2-0 .", "The club released striker Jon Berg from prison duty .")


def _ecb(doc: str, *sentences: str) -> str:
    tokens = []
    for number, sentence in enumerate(sentences):
        tokens += [f'<token sentence="{number}">{token}</token>' for token in sentence.split()]
    return f'<Document doc_name="{doc}">\n' + "\n".join(tokens) + "\n</Document>\n"


ECB_ARREST = _ecb(
    "7_1ecbplus.xml",
    "http : / / news . example / 7 / arrest . html Police arrest suspect",
    "Police arrested Jo Dee , a 35 - year - old , on Monday .",
    'The "Quiet One" was detained at 1 : 45 and jailed after his conviction .',
    "He was sentenced and is in custody at the Sheriff ’ s jail .",
)
ECB_WEATHER = _ecb("8_1ecb.xml", "Rain fell on Monday and the prison garden flooded .")


def _repo(tmp_path: Path, files: dict[str, str]) -> Path:
    return git_mirror(tmp_path, files)


def _run(script: Path, *args: str) -> subprocess.CompletedProcess:
    return run_script(script, *args)


def test_reuters_selects_detokenises_and_writes_gold(tmp_path):
    mirror = _repo(tmp_path, {"data/eng.train": COURT + "\n" + FOOTBALL})
    facts = tmp_path / "facts"
    facts.mkdir()
    gold = {"persons": [{"name": "Ana Pol"}], "events": [{"type": "sentence", "persons": ["Ana Pol"]}]}
    (facts / "train-001.json").write_text(json.dumps(gold), encoding="utf-8")
    out = tmp_path / "out"
    done = _run(REUTERS, "--mirror", str(mirror), "--out", str(out), "--gold", str(facts))
    assert done.returncode == 0, done.stderr
    # the football story has one justice word ("prison"), the court story three
    assert sorted(p.name for p in out.iterdir()) == ["train-001.gold.json", "train-001.txt"]
    text = (out / "train-001.txt").read_text(encoding="utf-8")
    assert text.startswith("Court jails editor.\n\nRUBAVIA 1996-08-22\n")
    assert "for five years, police said.\n" in text
    assert "\n\"We don't know yet.\nIt's too early,\" she said after her arrest.\n" in text
    written = json.loads((out / "train-001.gold.json").read_text(encoding="utf-8"))
    assert written["events"] == gold["events"] and written["quotes"] == []


def test_reuters_halves_split_the_stories_and_a_missing_file_is_named(tmp_path):
    mirror = _repo(tmp_path, {"eng.testa": "\n".join([COURT] * 6)})
    halves = {}
    for part in ("tune", "held"):
        out = tmp_path / part
        assert _run(REUTERS, "--mirror", str(mirror), "--out", str(out), "--part", part).returncode == 0
        halves[part] = {p.name for p in out.glob("*.txt")}
    assert halves["tune"] and halves["held"] and halves["tune"].isdisjoint(halves["held"])
    assert halves["tune"] | halves["held"] == {f"testa-{n:03d}.txt" for n in range(1, 7)}

    empty = _repo(tmp_path / "other", {"README": "nothing here\n"})
    done = _run(REUTERS, "--mirror", str(empty), "--out", str(tmp_path / "o"))
    assert done.returncode != 0 and "eng.train" in done.stderr


def test_ecbplus_drops_the_address_and_rejoins_split_words(tmp_path):
    mirror = _repo(
        tmp_path,
        {"ECB+/7/7_1ecbplus.xml": ECB_ARREST, "ECB+/8/8_1ecb.xml": ECB_WEATHER},
    )
    out = tmp_path / "out"
    done = _run(ECBPLUS, "--mirror", str(mirror), "--out", str(out), "--gold", str(tmp_path / "none"))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["7_1ecbplus.txt"]
    text = (out / "7_1ecbplus.txt").read_text(encoding="utf-8")
    assert text.splitlines() == [
        "Police arrested Jo Dee, a 35-year-old, on Monday.",
        'The "Quiet One" was detained at 1:45 and jailed after his conviction.',
        "He was sentenced and is in custody at the Sheriff's jail.",
    ]


def test_ecbplus_keeps_one_topic_in_one_half(tmp_path):
    files = {f"ECB+/7/7_{n}ecb.xml": ECB_ARREST for n in range(1, 4)}
    files |= {f"ECB+/11/11_{n}ecb.xml": ECB_ARREST for n in range(1, 4)}
    mirror = _repo(tmp_path, files)
    topics = {}
    for part in ("tune", "held"):
        out = tmp_path / part
        assert _run(ECBPLUS, "--mirror", str(mirror), "--out", str(out), "--part", part).returncode == 0
        topics[part] = {p.name.split("_")[0] for p in out.glob("*.txt")}
    # the SHA-1 of "topic-11" starts with 6 (tune), of "topic-7" with 9 (held)
    assert topics == {"tune": {"11"}, "held": {"7"}}

    empty = _repo(tmp_path / "other", {"README": "nothing here\n"})
    done = _run(ECBPLUS, "--mirror", str(empty), "--out", str(tmp_path / "o"))
    assert done.returncode != 0 and "no ECB+ document" in done.stderr
