"""The `hrdnews4` yardstick (`benchmarks/external/hrdsattack.py --tier 4`) on a git repository
built here with articles written for this test: only articles of 4,001-6,000 characters with
two justice words whose id's SHA-1 ends in a hex digit 0-4 are kept (tier 2's band and
the overlong are not); gold, quotes included, is written beside the annotated texts."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

from tests.mirror_helpers import git_mirror, load_script, run_script

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "external" / "hrdsattack.py"
FILLER = "The council met in the old hall and spoke of roads and schools. "


def _in_subset(event_id: int) -> bool:
    return hashlib.sha1(f"hrd-{event_id}".encode()).hexdigest()[-1] in "01234"


def _ids(wanted: bool, count: int) -> list[int]:
    """The first `count` event ids from 500 whose hrd- id is (or is not) in tier 4's subset."""
    return [i for i in range(500, 2000) if _in_subset(i) == wanted][:count]


def _item(event_id: int, title: str, body: str) -> dict:
    sample = {
        "Input.GLOBALEVENTID": event_id,
        "Input.title": title,
        "Input.article_interface": f"<p>{body}</p>",
    }
    return {"sample": sample}


def _run(*args: str) -> subprocess.CompletedProcess:
    return run_script(SCRIPT, *args)


def _articles() -> dict[str, dict]:
    inside, outside = _ids(True, 3), _ids(False, 1)
    lead = "Police detained the lawyer Oren Sall. A court jailed him for two years. "
    long_body = lead + FILLER * 70  # ~4,600 characters
    return {
        "long_in": _item(inside[0], "Lawyer jailed", long_body),
        "long_out": _item(outside[0], "Lawyer jailed", long_body),
        "tier2_band": _item(inside[1], "Lawyer jailed", lead + FILLER * 45),  # ~3,000
        "too_long": _item(inside[2], "Lawyer jailed", long_body + FILLER * 40),  # ~7,200
    }


def test_tier4_keeps_the_long_articles_of_its_subset(tmp_path):
    items = _articles()
    mirror = git_mirror(tmp_path, {"data/train.json": list(items.values())})
    out = tmp_path / "out"
    result = _run("--tier", "4", "--mirror", str(mirror), "--out", str(out), "--gold", str(tmp_path / "none"))
    assert result.returncode == 0, result.stderr
    expected = f"hrd-{items['long_in']['sample']['Input.GLOBALEVENTID']}.txt"
    assert sorted(p.name for p in out.iterdir()) == [expected]


def test_tier4_subset_does_not_depend_on_the_half():
    module = load_script(SCRIPT)
    kept = [f"hrd-{i}" for i in range(1000, 1400) if _in_subset(i)]
    assert {module.part_of(i) for i in kept} == {"tune", "held"} and 80 < len(kept) < 180


def test_tier4_gold_with_quotes_is_written_beside_annotated_texts(tmp_path):
    items = _articles()
    mirror = git_mirror(tmp_path, {"data/train.json": list(items.values())})
    doc_id = f"hrd-{items['long_in']['sample']['Input.GLOBALEVENTID']}"
    facts = tmp_path / "facts"
    facts.mkdir()
    gold = {
        "persons": [{"name": "Oren Sall", "aliases": ["Sall"]}],
        "events": [{"type": "sentence", "persons": ["Oren Sall"], "term_months": 24}],
        "quotes": [{"speaker": "Oren Sall", "starts_with": "I will appeal"}],
    }
    (facts / f"{doc_id}.json").write_text(json.dumps(gold), encoding="utf-8")
    out = tmp_path / "out"
    args = ("--tier", "4", "--mirror", str(mirror), "--out", str(out), "--gold", str(facts), "--annotated")
    result = _run(*args)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == [f"{doc_id}.gold.json", f"{doc_id}.txt"]
    written = json.loads((out / f"{doc_id}.gold.json").read_text(encoding="utf-8"))
    assert written["events"] == gold["events"] and written["quotes"] == gold["quotes"]
