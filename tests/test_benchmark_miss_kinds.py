"""benchmarks/miss_kinds.py: every missed or false event pair of a run lands in one kind, and
the report holds counts only (it is run on judges)."""

from __future__ import annotations

import json

import pytest
from benchmarks import miss_kinds, score_sets


@pytest.fixture
def scores_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(score_sets, "OUT", tmp_path)
    monkeypatch.setattr(miss_kinds, "OUT", tmp_path)
    return tmp_path


def _prediction_from_gold(path, drop_release_of: str, retype_sentence_of: str) -> dict:
    """A prediction that is the gold itself, less one release and with one sentence retyped."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    ids = {p["name"]: f"p{i}" for i, p in enumerate(gold["persons"])}
    persons = [{"id": ids[p["name"]], "name": p["name"], "mentions": []} for p in gold["persons"]]
    persons.append({"id": "px", "name": "Nobody Invented", "mentions": []})
    events = []
    for event in gold["events"]:
        names = event.get("persons", [])
        if event["type"] == "release" and names == [drop_release_of]:
            continue
        etype = "arrest" if event["type"] == "sentence" and names == [retype_sentence_of] else event["type"]
        events.append({"type": etype, "persons": [ids[n] for n in names]})
    events.append({"type": "death", "persons": ["px"]})
    source = str(path).removesuffix(".gold.json") + ".txt"
    return {"source": source, "text": "", "persons": persons, "events": events, "quotes": []}


def test_kinds_sorts_each_miss_and_false_pair_and_prints_no_text(scores_dir, capsys, monkeypatch):
    folder, _ = score_sets.resolve("dev-be")
    docs = []
    for path in sorted(folder.glob("*.gold.json")):
        # Грышкевіч has a release and a sentence in dev-be-01: both kinds of "other type" miss
        docs.append(_prediction_from_gold(path, "Уладзімір Грышкевіч", "Уладзімір Грышкевіч"))
    (scores_dir / "t").mkdir()
    (scores_dir / "t" / "dev-be.jsonl").write_text("\n".join(json.dumps(d) for d in docs), encoding="utf-8")

    hits, totals, misses, false = miss_kinds.kinds("t", "dev-be", miss_kinds._score_module())

    assert totals["release"] == hits["release"] + 1 and totals["sentence"] == hits["sentence"] + 1
    assert misses == {
        "release: person has only other types ['arrest']": 1,
        "sentence: person has only other types ['arrest']": 1,
    }
    assert false == {"arrest: gold person, wrong type": 1, "death: no gold person": len(docs)}

    monkeypatch.setattr("sys.argv", ["miss_kinds.py", "t", "dev-be"])
    miss_kinds.main()
    out = capsys.readouterr().out
    assert out.startswith("dev-be: events found by type: arrest ")
    assert "missed   1  release: person has only other types ['arrest']" in out
    assert "Грышкевіч" not in out and "Nobody" not in out
