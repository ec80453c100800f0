"""The hand gold of `hrdnews7` (`benchmarks/external/hrdnews7_gold/`, session 59, helper hrd7)
and how `benchmarks/external/hrdsattack.py --tier 7` uses it, on a git repository built here.

Each gold file holds facts only, in the format of GUIDELINES: persons with aliases, events of
the closed types whose persons are gold persons, counts and terms as whole numbers, and quotes
whose speaker is a gold person and whose `starts_with` has at most six words (score.py compares
the first six). Without `--gold`, tier 7 writes `ID.gold.json` from that folder beside an
annotated article's text, whatever the article's text is (the text is never stored here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.mirror_helpers import git_mirror, halves, load_script

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "external" / "hrdsattack.py"
GOLD = ROOT / "benchmarks" / "external" / "hrdnews7_gold"
TYPES = {"arrest", "sentence", "release", "deportation", "death"}
FILES = sorted(GOLD.glob("hrd-*.json"))
FILLER = "The council met in the old hall and spoke of roads and schools. "  # 64 characters
LEAD = "Police detained the editor Ada Venn. A court jailed her for a year. "


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_article_of_the_tier_has_gold():
    assert len(FILES) == 31


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_gold_is_facts_in_the_guidelines_format(path):
    gold = _load(path)
    assert set(gold) == {"persons", "events", "quotes"}
    names = {p["name"] for p in gold["persons"]}
    assert len(names) == len(gold["persons"]) and all(isinstance(p["aliases"], list) for p in gold["persons"])
    for event in gold["events"]:
        assert event["type"] in TYPES and set(event["persons"]) <= names
        assert event["persons"] or "count" in event  # an event of no named person is a counted group
        for key in ("count", "term_months"):
            assert key not in event or (isinstance(event[key], int) and event[key] > 0)
    for quote in gold["quotes"]:
        assert quote["speaker"] in names and 1 <= len(quote["starts_with"].split()) <= 6


def test_tier_7_writes_its_own_gold_beside_annotated_texts_by_default(tmp_path):
    ids = [int(p.stem.removeprefix("hrd-")) for p in FILES[:4]]
    items = [
        {
            "sample": {
                "Input.GLOBALEVENTID": i,
                "Input.title": "Editor jailed",
                "Input.article_interface": f"<p>{LEAD}{FILLER * 105}</p>",
            }
        }
        for i in ids
    ]
    mirror = git_mirror(tmp_path, {"data/train.json": items})
    assert load_script(SCRIPT).TIERS[7][3] == GOLD
    written = halves(SCRIPT, tmp_path, "--tier", "7", "--mirror", str(mirror), "--annotated")
    assert written["tune"] | written["held"] == {f"hrd-{i}" for i in ids}
    for part, names in written.items():
        for name in names:
            kept = _load(tmp_path / part / f"{name}.gold.json")
            assert kept["events"] == _load(GOLD / f"{name}.json")["events"]
