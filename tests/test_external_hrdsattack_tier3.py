"""The `hrdnews3` yardstick (`benchmarks/external/hrdsattack.py --tier 3`, session 57) on a
git repository built here with articles written for this test: tier 3 keeps the articles of
tier 2's length band (2,201-4,000 characters, two justice words) whose id's SHA-1 ends in
8-f, the ones tier 2 leaves out, so the two tiers never share an article; its halves go by
the first digit as everywhere, and its gold is written beside the annotated texts."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from tests.mirror_helpers import git_mirror, load_script, run_script

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "external" / "hrdsattack.py"
FILLER = "The council met again on Tuesday to discuss the budget for roads. "


def _last(event_id: int) -> str:
    return hashlib.sha1(f"hrd-{event_id}".encode()).hexdigest()[-1]


def _ids(low_digit: bool, n: int) -> list[int]:
    """The first `n` event ids whose SHA-1 ends in 0-7 (or in 8-f)."""
    return [i for i in range(500, 700) if (_last(i) < "8") == low_digit][:n]


def _item(event_id: int, filler_times: int) -> dict:
    body = "Police arrested the editor Rana Voss; she was later jailed for two years. "
    sample = {
        "Input.GLOBALEVENTID": event_id,
        "Input.title": "Editor jailed",
        "Input.publish_date": "2020-01-01 00:00:00",
        "Input.article_interface": f"<p>{body}</p><p>{FILLER * filler_times}</p>",
    }
    return {"sample": sample, "annotations": [], "merged_sample": {}}


def _mirror(tmp_path: Path, items: list[dict]) -> Path:
    return git_mirror(tmp_path, {"data/train.json": items, "README.md": "test\n"})


def test_tier3_keeps_the_band_articles_tier2_leaves_out(tmp_path):
    high, low = _ids(False, 2), _ids(True, 2)
    # 40 fillers are ~2,700 characters (in the band); 2 are under 2,200; 80 are over 4,000
    items = [_item(high[0], 40), _item(low[0], 40), _item(high[1], 2), _item(low[1], 80)]
    mirror = _mirror(tmp_path, items)
    kept = {}
    for tier in ("2", "3"):
        out = tmp_path / f"tier{tier}"
        result = run_script(SCRIPT, "--tier", tier, "--mirror", str(mirror), "--out", str(out))
        assert result.returncode == 0, result.stderr
        kept[tier] = {p.stem for p in out.glob("*.txt")}
    assert kept["3"] == {f"hrd-{high[0]}"}
    assert kept["2"] == {f"hrd-{low[0]}"}


def test_tier3_halves_and_gold(tmp_path):
    module = load_script(SCRIPT)
    ids = _ids(False, 6)
    mirror = _mirror(tmp_path, [_item(i, 40) for i in ids])
    facts = tmp_path / "facts"
    facts.mkdir()
    gold = {
        "persons": [{"name": "Rana Voss"}],
        "events": [{"type": "arrest", "persons": ["Rana Voss"]}],
        "quotes": [],
    }
    for i in ids:
        (facts / f"hrd-{i}.json").write_text(json.dumps(gold), encoding="utf-8")
    seen = set()
    for part in ("tune", "held"):
        out = tmp_path / part
        args = ("--tier", "3", "--mirror", str(mirror), "--out", str(out), "--part", part)
        result = run_script(SCRIPT, *args, "--gold", str(facts), "--annotated")
        assert result.returncode == 0, result.stderr
        names = {p.stem for p in out.glob("*.txt")}
        assert all(module.part_of(n) == part for n in names)
        assert {p.name[: -len(".gold.json")] for p in out.glob("*.gold.json")} == names
        seen |= names
    assert seen == {f"hrd-{i}" for i in ids}


def test_tier3_gold_defaults_to_its_own_folder():
    module = load_script(SCRIPT)
    assert module.TIERS[3][3].name == "hrdnews3_gold"
    assert module.TIERS[3][3].is_dir()
