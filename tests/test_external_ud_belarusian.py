"""The Belarusian real-news converter (`benchmarks/external/ud_belarusian.py`) on a git
repository built here with CoNLL-U files of sentences written for this test: news sources
only (an article's sentences in order under a headline, numbered sources in fixed blocks of
ten ids), every stored version read with the first text of an id kept, link and bold marks
undone, the fixed selection by Belarusian justice words, halves by a fixed hash, gold written
beside the texts, and a clear message for a mirror without the files."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

from tests.mirror_helpers import git_mirror, run_script

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "external" / "ud_belarusian.py"


def _conllu(*sentences: tuple[str, str]) -> str:
    return "".join(
        f"# sent_id = {sid}\n# text = {text}\n1\tx\tx\tX\t_\t_\t0\troot\t_\t_\n\n" for sid, text in sentences
    )


DEV = _conllu(
    ("telegraf-2011010101-7-2-be", "Суд у Ліпаве асудзіў настаўніка Івана Рудку да трох гадоў калоніі."),
    ("telegraf-2011010101-7-3-be", "Ён не прызнаў віны."),
    ("telegraf-2011010101-11-4-be", "Прысуд абскарджаны."),
    ("telegraf-2011010101-3-1-be", "Настаўніка асудзілі"),
    ("RadyjoSvaboda-101", 'Затрымалі журналіста <a_href="https://x.org/a">Пятра Зуя</a>.'),
    ("RadyjoSvaboda-109", "<strong>Яго вызвалілі ўвечары.</strong>"),
    ("RadyjoSvaboda-110", "У Ліпаве сонечна."),
    ("wiki-5", "Суд і турма былі ў замку."),
)
TEST = _conllu(("zviazda-20170101-1-01-be", "Конкурс прыгажосці прайшоў у Віцебску."))


def _mirror(tmp_path: Path) -> Path:
    repo = git_mirror(tmp_path, {"be_hse-ud-dev.conllu": DEV, "be_hse-ud-test.conllu": TEST})
    work = repo.parent
    # a later commit changes one text and drops the test file: the first text met (newest) wins,
    # and the older version's sentences are still read
    (work / "be_hse-ud-dev.conllu").write_text(DEV.replace("ўвечары", "раніцай"), encoding="utf-8")
    (work / "be_hse-ud-test.conllu").unlink()
    commit = ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "v2"]
    subprocess.run(["git", "-C", str(work), *commit], check=True, capture_output=True)
    return repo


def _run(*args: str) -> subprocess.CompletedProcess:
    return run_script(SCRIPT, *args)


def test_news_documents_selection_and_gold(tmp_path):
    mirror = _mirror(tmp_path)
    facts = tmp_path / "facts"
    facts.mkdir()
    gold = {"persons": [{"name": "Іван Рудка"}], "events": [{"type": "sentence", "persons": ["Іван Рудка"]}]}
    (facts / "telegraf-2011010101.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    done = _run("--mirror", str(mirror), "--out", str(out), "--gold", str(facts))
    assert done.returncode == 0, done.stderr
    # the Звязда article has no justice word, the next block of ten ids neither; wiki is never read
    assert sorted(p.name for p in out.iterdir()) == [
        "RadyjoSvaboda-10x.txt",
        "telegraf-2011010101.gold.json",
        "telegraf-2011010101.txt",
    ]
    article = (out / "telegraf-2011010101.txt").read_text(encoding="utf-8")
    assert (
        article == "Настаўніка асудзілі\n\nСуд у Ліпаве асудзіў настаўніка Івана Рудку да трох гадоў калоніі."
        " Ён не прызнаў віны.\nПрысуд абскарджаны.\n"
    )
    block = (out / "RadyjoSvaboda-10x.txt").read_text(encoding="utf-8")
    assert block == "Затрымалі журналіста Пятра Зуя.\nЯго вызвалілі раніцай.\n"
    assert json.loads((out / "telegraf-2011010101.gold.json").read_text(encoding="utf-8"))["events"]
    assert "wrote 2 of 2 documents" in done.stderr


def test_halves_and_annotated_only(tmp_path):
    mirror = _mirror(tmp_path)
    ids = ["RadyjoSvaboda-10x", "telegraf-2011010101"]
    seen = []
    for part in ("tune", "held"):
        out = tmp_path / part
        done = _run(
            "--mirror", str(mirror), "--out", str(out), "--part", part, "--gold", str(tmp_path / "none")
        )
        assert done.returncode == 0, done.stderr
        names = sorted(p.stem for p in out.glob("*.txt")) if out.exists() else []
        expected = [
            i for i in ids if (hashlib.sha1(i.encode()).hexdigest()[0] in "01234567") == (part == "tune")
        ]
        assert names == expected
        seen += names
    assert sorted(seen) == ids
    out = tmp_path / "annotated"
    done = _run("--mirror", str(mirror), "--out", str(out), "--annotated", "--gold", str(tmp_path / "none"))
    assert done.returncode == 0 and not list(out.glob("*.txt"))


def test_mirror_without_the_files(tmp_path):
    mirror = git_mirror(tmp_path, {"README.md": "nothing\n"})
    done = _run("--mirror", str(mirror), "--out", str(tmp_path / "out"))
    assert done.returncode != 0
    assert "holds none of" in done.stderr


def test_rest_takes_the_news_without_justice_words_by_a_fixed_subset(tmp_path):
    """`--rest` (set realnews2-be, session 58): the documents with no justice word whose id's
    SHA-1 has a second hex digit 0-5 (RadyjoSvaboda-11x: «42…»; zviazda-20170101: «6f…», left
    out), never a kept document, with the gold of its own folder."""
    mirror = _mirror(tmp_path)
    facts = tmp_path / "facts"
    facts.mkdir()
    gold = {"persons": [], "events": [], "quotes": []}
    (facts / "RadyjoSvaboda-11x.json").write_text(json.dumps(gold), encoding="utf-8")
    out = tmp_path / "rest"
    done = _run("--mirror", str(mirror), "--out", str(out), "--rest", "--gold", str(facts))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["RadyjoSvaboda-11x.gold.json", "RadyjoSvaboda-11x.txt"]
    assert (out / "RadyjoSvaboda-11x.txt").read_text(encoding="utf-8") == "У Ліпаве сонечна.\n"
    assert "wrote 1 of 1 documents" in done.stderr
