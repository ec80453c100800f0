"""The hand gold of the longer HRDsAttack yardsticks (`benchmarks/external/hrdnewsN_gold/`, sets
`hrdnews2` to `hrdnews8`, sessions 56-59) and how `benchmarks/external/hrdsattack.py --tier N`
uses it, on a git repository built here.

Each gold file holds facts only, in the format of GUIDELINES: persons with aliases, events of
the closed types whose persons are gold persons, counts and terms as whole numbers, and quotes
whose speaker is a gold person and whose `starts_with` has six words or more only where a
dash or an ellipsis, which score.py's folding drops, stands among the first six (it compares the
first six words). Without `--gold`, a tier writes `ID.gold.json` from its own folder beside an
annotated article's text, whatever the article's text is (the text is never stored here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.mirror_helpers import git_mirror, halves, load_script

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "external" / "hrdsattack.py"
TYPES = {"arrest", "sentence", "release", "deportation", "death"}
FILLER = "The council met in the old hall and spoke of roads and schools. "  # 64 characters
LEAD = "Police detained the editor Ada Venn. A court jailed her for a year. "
# tier -> (articles annotated, fillers that put an article inside the tier's length band)
TIERS = {2: (45, 40), 3: (46, 40), 4: (31, 70), 5: (28, 70), 6: (36, 70), 7: (31, 105), 8: (27, 100)}


def _gold(tier: int) -> Path:
    return ROOT / "benchmarks" / "external" / f"hrdnews{tier}_gold"


def _files(tier: int) -> list[Path]:
    return sorted(_gold(tier).glob("hrd-*.json"))


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("tier", sorted(TIERS))
def test_every_article_of_the_tier_has_gold(tier):
    assert len(_files(tier)) == TIERS[tier][0]


@pytest.mark.parametrize(
    "path", [p for t in sorted(TIERS) for p in _files(t)], ids=lambda p: f"{p.parent.name}/{p.stem}"
)
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
        assert quote["speaker"] in names and quote["starts_with"].split()
        assert len(quote["starts_with"].split()) <= 6 or _folded_away(quote["starts_with"])


def _folded_away(text: str) -> bool:
    """A dash or an ellipsis among the first words, a 'word' score.py's folding drops."""
    return any(w.strip("-–—….") == "" for w in text.split()[:6])


@pytest.mark.parametrize("tier", sorted(TIERS))
def test_a_tier_writes_its_own_gold_beside_annotated_texts_by_default(tmp_path, tier):
    gold, fillers = _gold(tier), TIERS[tier][1]
    ids = [int(p.stem.removeprefix("hrd-")) for p in _files(tier)[:4]]
    items = [
        {
            "sample": {
                "Input.GLOBALEVENTID": i,
                "Input.title": "Editor jailed",
                "Input.article_interface": f"<p>{LEAD}{FILLER * fillers}</p>",
            }
        }
        for i in ids
    ]
    mirror = git_mirror(tmp_path, {"data/train.json": items})
    assert load_script(SCRIPT).TIERS[tier][3] == gold
    written = halves(SCRIPT, tmp_path, "--tier", str(tier), "--mirror", str(mirror), "--annotated")
    assert written["tune"] | written["held"] == {f"hrd-{i}" for i in ids}
    for part, names in written.items():
        for name in names:
            kept = _load(tmp_path / part / f"{name}.gold.json")
            assert kept["events"] == _load(gold / f"{name}.json")["events"]
