"""The longer HRDsAttack yardsticks (`benchmarks/external/hrdsattack.py --tier 2` to `8`: sets
`hrdnews2` to `hrdnews8`) on a git repository built here with articles written for
this test. Each tier keeps only articles of its length band, with two justice words, whose id's
SHA-1 ends in one of the tier's hex digits: tier 2 takes 0-7 of 2,201-4,000 characters, tier 3
the rest of that band (8-f), tier 4 0-4 of 4,001-6,000, tier 5 5-9 and tier 6 a-f of that
band, tier 7 0-7 and tier 8 8-f of 6,001-8,000; the default tier is unchanged; gold, quotes
included, is written beside the annotated texts, in halves that do not depend on the subset."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from tests.mirror_helpers import git_mirror, halves, load_script, run_script

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "external" / "hrdsattack.py"
FILLER = "The council met in the old hall and spoke of roads and schools. "  # 64 characters
LEAD = "Police detained the lawyer Oren Sall. A court jailed him for two years. "
# tier -> (number of fillers inside its band, the last SHA-1 digits it keeps, its gold folder)
TIERS = {
    2: (40, "01234567", "hrdnews2_gold"),
    3: (40, "89abcdef", "hrdnews3_gold"),
    4: (70, "01234", "hrdnews4_gold"),
    5: (70, "56789", "hrdnews5_gold"),
    6: (70, "abcdef", "hrdnews6_gold"),
    7: (110, "01234567", "hrdnews7_gold"),
    8: (110, "89abcdef", "hrdnews8_gold"),
}


def _digit(event_id: int) -> str:
    return hashlib.sha1(f"hrd-{event_id}".encode()).hexdigest()[-1]


def _ids(digits: str, wanted: bool, count: int) -> list[int]:
    """The first `count` event ids from 500 whose hrd- id does (or does not) end in `digits`."""
    return [i for i in range(500, 2000) if (_digit(i) in digits) == wanted][:count]


def _item(event_id: int, fillers: int) -> dict:
    sample = {
        "Input.GLOBALEVENTID": event_id,
        "Input.title": "Lawyer jailed",
        "Input.article_interface": f"<p>{LEAD}{FILLER * fillers}</p>",
    }
    return {"sample": sample}


def _run(*args: str) -> subprocess.CompletedProcess:
    return run_script(SCRIPT, *args)


def _kept(tmp_path: Path, items: list[dict], *args: str) -> set[str]:
    mirror = git_mirror(tmp_path, {"data/train.json": items})
    out = tmp_path / "out"
    result = _run(*args, "--mirror", str(mirror), "--out", str(out), "--gold", str(tmp_path / "none"))
    assert result.returncode == 0, result.stderr
    return {p.stem for p in out.glob("*.txt")}


@pytest.mark.parametrize("tier", sorted(TIERS))
def test_a_tier_keeps_the_articles_of_its_band_and_subset(tmp_path, tier):
    fillers, digits, _gold = TIERS[tier]
    inside, outside = _ids(digits, True, 4), _ids(digits, False, 1)
    items = {
        "in": _item(inside[0], fillers),
        "out_of_subset": _item(outside[0], fillers),
        "short": _item(inside[1], 2),
        "between": _item(inside[2], 70 if tier >= 7 else 45 if tier >= 4 else 70),  # another band
        "too_long": _item(inside[3], 140 if tier >= 7 else 110),  # ~9,000 or ~7,100 characters
    }
    assert _kept(tmp_path, list(items.values()), "--tier", str(tier)) == {f"hrd-{inside[0]}"}


def test_tier_3_is_the_rest_of_tier_2s_band(tmp_path):
    low, high = _ids("01234567", True, 1), _ids("01234567", False, 1)
    items = [_item(low[0], 40), _item(high[0], 40)]
    assert _kept(tmp_path / "2", items, "--tier", "2") == {f"hrd-{low[0]}"}
    assert _kept(tmp_path / "3", items, "--tier", "3") == {f"hrd-{high[0]}"}


def test_default_tier_is_unchanged(tmp_path):
    inside = _ids("01234567", True, 2)
    items = [_item(inside[0], 40), _item(inside[1], 2)]
    assert _kept(tmp_path, items) == {f"hrd-{inside[1]}"}


@pytest.mark.parametrize("tier", sorted(TIERS))
def test_a_tiers_subset_does_not_depend_on_the_half(tier):
    module = load_script(SCRIPT)
    kept = [f"hrd-{i}" for i in range(1000, 1400) if _digit(i) in TIERS[tier][1]]
    assert {module.part_of(i) for i in kept} == {"tune", "held"}


@pytest.mark.parametrize("tier", sorted(TIERS))
def test_a_tiers_gold_with_quotes_is_written_beside_annotated_texts_in_halves(tmp_path, tier):
    fillers, digits, folder = TIERS[tier]
    module = load_script(SCRIPT)
    assert module.TIERS[tier][3].name == folder and module.TIERS[tier][3].is_dir()
    ids = _ids(digits, True, 6)
    mirror = git_mirror(tmp_path, {"data/train.json": [_item(i, fillers) for i in ids]})
    facts = tmp_path / "facts"
    facts.mkdir()
    gold = {
        "persons": [{"name": "Oren Sall", "aliases": ["Sall"]}],
        "events": [{"type": "sentence", "persons": ["Oren Sall"], "term_months": 24}],
        "quotes": [{"speaker": "Oren Sall", "starts_with": "I will appeal"}],
    }
    for i in ids:
        (facts / f"hrd-{i}.json").write_text(json.dumps(gold), encoding="utf-8")
    args = ("--tier", str(tier), "--mirror", str(mirror), "--gold", str(facts), "--annotated")
    written = halves(SCRIPT, tmp_path, *args)
    assert written["tune"] | written["held"] == {f"hrd-{i}" for i in ids}
    for part, names in written.items():
        out = tmp_path / part
        assert {p.name[: -len(".gold.json")] for p in out.glob("*.gold.json")} == names
        for n in names:
            kept = json.loads((out / f"{n}.gold.json").read_text(encoding="utf-8"))
            assert kept["events"] == gold["events"] and kept["quotes"] == gold["quotes"]


def test_bad_tier_says_so(tmp_path):
    result = _run("--tier", "9", "--mirror", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.returncode != 0 and "--tier takes one of 1, 2, 3, 4, 5, 6, 7, 8" in result.stderr
