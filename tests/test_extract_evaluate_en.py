"""`vigil evaluate`: scores against gold files, agrees with the project's judge, names each miss."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.fixtures.extraction import SHARED
from vigil.cli import app

runner = CliRunner()

ARTICLE = """Court in Hrodna jails two bloggers

HRODNA — A court in Hrodna on Tuesday sentenced blogger Tomas Varanets to four years in a \
penal colony for "insulting the president". His colleague Iryna Zhukava was detained on 3 May \
and was given three years.

"We expected nothing else from this court," his wife, Alena Varanets, said after the hearing.
"""

GOLD = {
    "persons": [
        {"name": "Tomas Varanets", "aliases": []},
        {"name": "Iryna Zhukava", "aliases": []},
        {"name": "Alena Varanets", "aliases": []},
    ],
    "events": [
        {"type": "sentence", "persons": ["Tomas Varanets"], "term_months": 48},
        {"type": "arrest", "persons": ["Iryna Zhukava"]},
        {"type": "sentence", "persons": ["Iryna Zhukava"], "term_months": 36},
        # planted: the article says nothing of a release, so this must show as a miss
        {"type": "release", "persons": ["Tomas Varanets"]},
    ],
    # planted: the quote is Alena Varanets's; giving it to Tomas makes a miss and a false positive
    "quotes": [{"speaker": "Tomas Varanets", "starts_with": "We expected nothing else"}],
}


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "hrodna.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "hrodna.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return folder


@pytest.fixture
def predictions(gold_dir: Path, extractor, tmp_path: Path) -> Path:
    result = runner.invoke(app, ["extract", "--format", "jsonl", str(gold_dir / "hrodna.txt")])
    assert result.exit_code == 0
    path = tmp_path / "pred.jsonl"
    path.write_text(result.stdout, encoding="utf-8")
    return path


def test_scores_and_lists_each_miss_with_its_sentence(gold_dir, predictions):
    result = runner.invoke(app, ["evaluate", str(gold_dir), str(predictions), "--json"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["documents"] == 1
    events = report["scores"]["events"]
    assert events["gold"] == 4 and events["tp"] <= 3
    misses = [d for d in report["differences"] if d["kind"] == "miss" and d["category"] == "events"]
    release = next(d for d in misses if d["item"] == "release: Tomas Varanets")
    assert "Tomas Varanets" in release["sentence"]
    # a quote given to the wrong speaker is a miss and a false positive, both with their sentence
    wrong = next(
        d for d in report["differences"] if d["category"] == "quotes" and d["kind"] == "false positive"
    )
    assert "We expected nothing else" in wrong["sentence"]
    headline = [report["scores"][c]["f1"] for c in ("events", "counts", "terms", "quotes")]
    assert report["extraction_f1"] == round(sum(headline) / 4, 3)


@pytest.mark.skipif(
    not (SHARED / "eval" / "score.py").exists(), reason="../shared/eval is not beside this clone"
)
def test_agrees_with_the_projects_judge(gold_dir, predictions):
    ours = json.loads(runner.invoke(app, ["evaluate", str(gold_dir), str(predictions), "--json"]).stdout)
    judge = json.loads(
        subprocess.run(
            [
                sys.executable,
                str(SHARED / "eval" / "score.py"),
                "--gold",
                str(gold_dir),
                "--pred",
                str(predictions),
                "--json",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    assert ours["extraction_f1"] == judge["extraction_f1"]
    for category, score in judge["scores"].items():
        assert {k: ours["scores"][category][k] for k in score} == score, category


def test_without_predictions_it_extracts_the_gold_texts(gold_dir, extractor):
    result = runner.invoke(app, ["evaluate", str(gold_dir)])
    assert result.exit_code == 0, result.stderr
    assert "extraction F1" in result.stdout
    assert "miss hrodna events release: Tomas Varanets" in result.stdout


def test_bad_inputs_are_named(gold_dir, tmp_path):
    missing = runner.invoke(app, ["evaluate", str(tmp_path / "nowhere")])
    assert missing.exit_code == 1 and "nowhere" in missing.stderr
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"source": "hrodna.txt", "persons": []}\nnot json\n', encoding="utf-8")
    bad = runner.invoke(app, ["evaluate", str(gold_dir), str(broken)])
    assert bad.exit_code == 1 and "broken.jsonl" in bad.stderr and "line 2" in bad.stderr
    (gold_dir / "x.gold.json").write_text("{", encoding="utf-8")
    assert "x.gold.json" in runner.invoke(app, ["evaluate", str(gold_dir), str(broken)]).stderr


def test_a_miss_in_the_first_line_shows_the_whole_line(tmp_path, extractor):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "first.txt").write_text("Marta Kowal freed after two years\n\nShe walked out on Monday.\n")
    planted = {"type": "deportation", "persons": ["Marta Kowal"]}  # a miss named in the headline
    gold = {"persons": [{"name": "Marta Kowal"}], "events": [planted]}
    (folder / "first.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(folder), "--json"])
    assert result.exit_code == 0, result.stderr
    differences = json.loads(result.stdout)["differences"]
    miss = next(d for d in differences if d["item"] == "deportation: Marta Kowal")
    assert miss["sentence"] == "Marta Kowal freed after two years"


def test_suggested_events_are_counted_apart_and_marked_on_the_misses_they_cover(
    gold_dir, predictions, tmp_path
):
    record = json.loads(predictions.read_text(encoding="utf-8").splitlines()[0])
    tomas = next(p["id"] for p in record["persons"] if p["name"] == "Tomas Varanets")
    alena = next(p["id"] for p in record["persons"] if p["name"] == "Alena Varanets")
    record["suggested_events"] = [
        {"type": "release", "person": tomas, "score": 0.8, "evidence": [0, 10]},  # the planted miss
        {"type": "arrest", "person": alena, "score": 0.75, "evidence": [0, 10]},  # wrong
    ]
    path = tmp_path / "with-suggestions.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    before = json.loads(runner.invoke(app, ["evaluate", str(gold_dir), str(predictions), "--json"]).stdout)
    report = json.loads(runner.invoke(app, ["evaluate", str(gold_dir), str(path), "--json"]).stdout)
    assert report["scores"] == before["scores"]  # never scored as events
    hint = report["suggested_events"]
    assert (hint["tp"], hint["pred"]) == (1, 2) and hint["gold"] == before["scores"]["events"][
        "gold"
    ] - before["scores"]["events"]["tp"]
    [release] = [d for d in report["differences"] if d["item"] == "release: Tomas Varanets"]
    assert release["suggested"] is True
    text = runner.invoke(app, ["evaluate", str(gold_dir), str(path)]).stdout
    assert "2 suggested, 1 of them among" in text and "release: Tomas Varanets (suggested)" in text
