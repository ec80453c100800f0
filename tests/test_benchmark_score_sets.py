"""benchmarks/score_sets.py: a real extraction of a set under two tags, then the comparison a
documenter reads — headline, moved categories, and the sentences only for read sets."""

from __future__ import annotations

import json

import pytest
from benchmarks import score_sets


@pytest.fixture
def scores_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(score_sets, "OUT", tmp_path)
    return tmp_path


def test_run_extracts_and_scores_a_set_with_the_contract_scorer(scores_dir):
    name, f1 = score_sets.run_set("before", score_sets.ROOT / "src", "dev-be")
    result = json.loads((scores_dir / "before" / "dev-be.score.json").read_text())
    assert name == "dev-be" and f1 == result["extraction_f1"] and f1 >= 0.95
    assert result["documents"] == 8 and not result["missing_predictions"]
    lines = (scores_dir / "before" / "dev-be.jsonl").read_text().splitlines()
    assert len(lines) == 8 and all(json.loads(line)["events"] is not None for line in lines)


def _fake_run(root, tag, name, events_tp, verbose):
    folder = root / tag
    folder.mkdir(parents=True, exist_ok=True)
    cat = {"tp": 3, "pred": 3, "gold": 3, "p": 1.0, "r": 1.0, "f1": 1.0}
    scores = {k: dict(cat) for k in score_sets.CATEGORIES}
    scores["events"] = {**cat, "tp": events_tp, "r": events_tp / 3, "f1": 0.8}
    result = {"scores": scores, "extraction_f1": 0.95 if events_tp == 3 else 0.9}
    (folder / f"{name}.score.json").write_text(json.dumps(result))
    (folder / f"{name}.verbose.txt").write_text("\n".join(verbose))


def test_compare_names_new_and_gone_misses_of_read_sets_but_only_counts_of_blind_ones(scores_dir):
    # whichever set is blind now: blind sets are retired to read sets session by session
    judge = sorted(p.name for p in (score_sets.ROOT / "benchmarks" / "sets" / "blind").iterdir())[0]
    for name in ("dev2", judge):
        _fake_run(scores_dir, "a", name, 2, ["d1: missed events ('arrest', 'A')"])
        _fake_run(scores_dir, "b", name, 3, ["d2: spurious events ('release', 'B')"])
    read = score_sets.compare("a", "b", "dev2")
    assert read[0] == "dev2: 0.900 -> 0.950  events tp 2->3 pred 3->3"
    assert read[1:] == [
        "   NEW  d2: spurious events ('release', 'B')",
        "   GONE d1: missed events ('arrest', 'A')",
    ]
    blind = score_sets.compare("a", "b", judge)
    assert blind == [f"{judge} (blind): 0.900 -> 0.950  events tp 2->3 pred 3->3"]
    assert score_sets.compare("a", "missing", "dev2") == ["dev2: not scored in both runs"]
