"""The `hrdnews2` yardstick (`benchmarks/external/hrdsattack.py --tier 2`) on a git repository
built here with articles written for this test: only articles longer than the first tier's cap
and at most 4,000 characters, with two justice words, in the fixed id-hash subset, are kept;
the default tier is unchanged; gold is read from the facts folder given."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

from tests.mirror_helpers import git_mirror, load_script, run_script

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "external" / "hrdsattack.py"
FILLER = "The council met in the old hall and spoke of roads and schools. "


def _module():
    return load_script(SCRIPT)


def _in_subset(event_id: int) -> bool:
    return hashlib.sha1(f"hrd-{event_id}".encode()).hexdigest()[-1] < "8"


def _ids(wanted: bool, count: int) -> list[int]:
    """The first `count` event ids from 500 whose hrd- id is (or is not) in the subset."""
    return [i for i in range(500, 2000) if _in_subset(i) == wanted][:count]


def _item(event_id: int, title: str, body: str) -> dict:
    sample = {
        "Input.GLOBALEVENTID": event_id,
        "Input.title": title,
        "Input.article_interface": f"<p>{body}</p>",
    }
    return {"sample": sample}


def _mirror(tmp_path: Path, items: list[dict]) -> Path:
    return git_mirror(tmp_path, {"data/train.json": items})


def _run(*args: str) -> subprocess.CompletedProcess:
    return run_script(SCRIPT, *args)


def _articles() -> dict[str, dict]:
    inside, outside = _ids(True, 3), _ids(False, 1)
    middle = "Police arrested the editor Ana Vell. She was jailed for a year. " + FILLER * 40  # ~2,700
    return {
        "long_in": _item(inside[0], "Editor jailed", middle),
        "long_out": _item(outside[0], "Editor jailed", middle),
        "short": _item(inside[1], "Editor jailed", "Police arrested Ana Vell. She was jailed."),
        "too_long": _item(inside[2], "Editor jailed", middle + FILLER * 40),
    }


def test_tier2_keeps_the_longer_articles_of_the_subset(tmp_path):
    items = _articles()
    mirror = _mirror(tmp_path, list(items.values()))
    out = tmp_path / "out"
    result = _run("--tier", "2", "--mirror", str(mirror), "--out", str(out), "--gold", str(tmp_path / "none"))
    assert result.returncode == 0, result.stderr
    expected = f"hrd-{items['long_in']['sample']['Input.GLOBALEVENTID']}.txt"
    assert sorted(p.name for p in out.iterdir()) == [expected]


def test_default_tier_is_unchanged(tmp_path):
    items = _articles()
    mirror = _mirror(tmp_path, list(items.values()))
    out = tmp_path / "out"
    assert _run("--mirror", str(mirror), "--out", str(out), "--gold", str(tmp_path / "none")).returncode == 0
    assert sorted(p.name for p in out.iterdir()) == [
        f"hrd-{items['short']['sample']['Input.GLOBALEVENTID']}.txt"
    ]


def test_subset_does_not_depend_on_the_half():
    module = _module()
    ids = [f"hrd-{i}" for i in range(1000, 1400)]
    kept = [i for i in ids if module.in_tier2_subset(i)]
    halves = {module.part_of(i) for i in kept}
    assert halves == {"tune", "held"} and 150 < len(kept) < 250


def test_tier2_gold_is_written_beside_annotated_texts(tmp_path):
    items = _articles()
    mirror = _mirror(tmp_path, list(items.values()))
    doc_id = f"hrd-{items['long_in']['sample']['Input.GLOBALEVENTID']}"
    facts = tmp_path / "facts"
    facts.mkdir()
    gold = {
        "persons": [{"name": "Ana Vell"}],
        "events": [{"type": "arrest", "persons": ["Ana Vell"]}],
        "quotes": [{"speaker": "Ana Vell", "starts_with": "We will"}],
    }
    (facts / f"{doc_id}.json").write_text(json.dumps(gold), encoding="utf-8")
    out = tmp_path / "out"
    result = _run(
        "--tier", "2", "--mirror", str(mirror), "--out", str(out), "--gold", str(facts), "--annotated"
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == [f"{doc_id}.gold.json", f"{doc_id}.txt"]
    assert json.loads((out / f"{doc_id}.gold.json").read_text(encoding="utf-8"))["quotes"] == gold["quotes"]


def test_bad_tier_says_so(tmp_path):
    result = _run("--tier", "5", "--mirror", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.returncode != 0 and "--tier takes one of 1, 2, 3, 4" in result.stderr
