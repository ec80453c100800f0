"""The `realnews3-ru` yardstick (`benchmarks/external/tgnews_ru.py --band rest`) on a git
repository built here with posts written for this test: the long posts the long band's subset
left out (second hex digit of the id's SHA-1 a-f) and every kept post of 3,001 to 6,000
characters; short posts and posts over 6,000 characters are not of the band; the long band
and the rest band share no post and together hold every long one; gold is read from the facts
folder given."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from tests.mirror_helpers import git_mirror, run_script

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "external" / "tgnews_ru.py"
BBC = "1001003921752"
FILLER = "Заседание длилось долго. "


def _post(number: int, text: str) -> dict:
    return {
        "message_id": number,
        "sender_id": -int(BBC),
        "text": text,
        "date": "2024-01-01T00:00:00+00:00",
        "channel": "test",
        "category": "political",
    }


def _text(n: int, fillers: int) -> str:
    """A post with two justice words and `fillers` sentences of filler (25 characters each)."""
    return f"**Суд приговорил Ивана Лося {n}**\n\nЕго задержали весной. " + FILLER * fillers


def _second_digit_is_a_letter(doc_id: str) -> bool:
    return hashlib.sha1(doc_id.encode()).hexdigest()[1] in "abcdef"


def _ids(out: Path) -> set[str]:
    return {p.stem for p in out.glob("*.txt")}


def test_the_rest_band_takes_the_long_posts_left_out_and_the_longer_ones(tmp_path):
    long_ids = range(1, 41)
    posts = [
        _post(7, _text(0, 2)),  # short: the first set's
        *(_post(n + 100, _text(n, 40)) for n in long_ids),  # about 1,050 characters
        _post(500, _text(500, 160)),  # about 4,050 characters: the rest band, whatever its hash
        _post(600, _text(600, 300)),  # over 6,000 characters: no band
    ]
    mirror = git_mirror(tmp_path, {f"data/raw/{BBC}_messages.json": posts})
    facts = tmp_path / "facts3"
    facts.mkdir()
    gold = {"persons": [{"name": "Иван Лось"}], "events": [{"type": "sentence", "persons": ["Иван Лось"]}]}
    (facts / f"{BBC}-500.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    rest, long = tmp_path / "rest", tmp_path / "long"
    done = run_script(
        SCRIPT, "--mirror", str(mirror), "--out", str(rest), "--band", "rest", "--gold", str(facts)
    )
    assert done.returncode == 0, done.stderr
    assert run_script(SCRIPT, "--mirror", str(mirror), "--out", str(long), "--band", "long").returncode == 0
    left_out = {f"{BBC}-{n + 100}" for n in long_ids if _second_digit_is_a_letter(f"{BBC}-{n + 100}")}
    assert 0 < len(left_out) < len(long_ids)
    assert _ids(rest) == left_out | {f"{BBC}-500"}
    assert _ids(rest).isdisjoint(_ids(long))
    assert _ids(rest) | _ids(long) == {f"{BBC}-{n + 100}" for n in long_ids} | {f"{BBC}-500"}
    written = json.loads((rest / f"{BBC}-500.gold.json").read_text(encoding="utf-8"))
    assert written["events"] == gold["events"] and written["quotes"] == []
    assert [p.name for p in rest.glob("*.gold.json")] == [f"{BBC}-500.gold.json"]


def test_the_rest_band_splits_into_halves_by_the_first_digit(tmp_path):
    posts = [_post(n, _text(n, 40)) for n in range(1, 41)]
    mirror = git_mirror(tmp_path, {f"data/raw/{BBC}_messages.json": posts})
    halves = {}
    for part in ("tune", "held"):
        out = tmp_path / part
        done = run_script(
            SCRIPT, "--mirror", str(mirror), "--out", str(out), "--band", "rest", "--part", part
        )
        assert done.returncode == 0, done.stderr
        halves[part] = _ids(out)
    assert halves["tune"].isdisjoint(halves["held"]) and halves["tune"] and halves["held"]
    for doc in halves["tune"]:
        assert hashlib.sha1(doc.encode()).hexdigest()[0] in "01234567"
    for doc in halves["held"]:
        assert hashlib.sha1(doc.encode()).hexdigest()[0] in "89abcdef"
