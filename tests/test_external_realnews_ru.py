"""The Russian real-news converter (`benchmarks/external/tgnews_ru.py`) on a git repository
built here with posts written for this test: the fixed selection (the BBC Russian channel, or
Belarus named in another news channel; two justice words; a length cap; no repost), the
stable `CHANNEL-MESSAGE` ids, Telegram markdown undone, halves by a fixed hash, gold written
beside the texts, a clear message for a mirror without the files, and the long band
(set `realnews2-ru`: its own length band, a fixed subset by a second hash digit, its own gold)."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

from tests.mirror_helpers import git_mirror, run_script

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "external" / "tgnews_ru.py"
BBC = "1001003921752"
OTHER = "1001111111111"
SCIENCE = "1001000724666"


def _post(number: int, text: str, channel: str) -> dict:
    return {
        "message_id": number,
        "sender_id": -int(channel),
        "text": text,
        "date": "2024-01-01T00:00:00+00:00",
        "channel": "test",
        "category": "political",
    }


COURT = (
    "**Суд в Тарасове приговорил блогера Олега Рыбку к трём годам колонии**\n\n"
    "Его задержали весной, сообщил [адвокат](https://example.org/a) __Пётр Зуев__.\n\n"
    "__Читать нас без VPN можно здесь: __bit.ly/xyz"
)
REPOST = COURT.replace("Читать нас", "Подпишитесь! Читать нас")
ONE_WORD = "В Тарасове задержали курьера, он дал показания."
LONG = "Суд арестовал Ивана Лося. " + "Заседание длилось долго. " * 60 + "Его приговорили к году."
BELARUS = "В Гомеле задержали и арестовали на 10 суток Ирину Гай, @channel"
RUSSIA_ONLY = "В Тарасове задержали и арестовали на 10 суток Ирину Гай"


def _repo(tmp_path: Path, files: dict[str, object]) -> Path:
    return git_mirror(tmp_path, files)


def _run(*args: str) -> subprocess.CompletedProcess:
    return run_script(SCRIPT, *args)


def _mirror(tmp_path: Path) -> Path:
    return _repo(
        tmp_path,
        {
            f"data/raw/{BBC}_messages.json": [
                _post(7, COURT, BBC),
                _post(9, REPOST, BBC),
                _post(8, ONE_WORD, BBC),
                _post(10, LONG, BBC),
            ],
            f"data/raw/{OTHER}_messages.json": [_post(3, BELARUS, OTHER), _post(4, RUSSIA_ONLY, OTHER)],
            f"data/raw/{SCIENCE}_messages.json": [_post(5, BELARUS, SCIENCE)],
        },
    )


def test_selection_ids_cleaning_and_gold(tmp_path):
    mirror = _mirror(tmp_path)
    facts = tmp_path / "facts"
    facts.mkdir()
    gold = {"persons": [{"name": "Олег Рыбка"}], "events": [{"type": "sentence", "persons": ["Олег Рыбка"]}]}
    (facts / f"{BBC}-7.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    done = _run("--mirror", str(mirror), "--out", str(out), "--gold", str(facts))
    assert done.returncode == 0, done.stderr
    # one justice word, too long, a repost, Belarus unnamed in another channel, a science channel: dropped
    assert sorted(p.name for p in out.iterdir()) == [
        f"{BBC}-7.gold.json",
        f"{BBC}-7.txt",
        f"{OTHER}-3.txt",
    ]
    text = (out / f"{BBC}-7.txt").read_text(encoding="utf-8")
    assert text.splitlines() == [
        "Суд в Тарасове приговорил блогера Олега Рыбку к трём годам колонии",
        "",
        "Его задержали весной, сообщил адвокат Пётр Зуев.",
    ]
    assert (out / f"{OTHER}-3.txt").read_text(encoding="utf-8") == BELARUS.replace(", @channel", ",") + "\n"
    written = json.loads((out / f"{BBC}-7.gold.json").read_text(encoding="utf-8"))
    assert written["events"] == gold["events"] and written["quotes"] == []


def test_halves_follow_the_id_hash_and_a_missing_folder_is_named(tmp_path):
    mirror = _repo(
        tmp_path,
        {
            f"data/raw/{BBC}_messages.json": [
                _post(n, COURT.replace("трём", str(n)), BBC) for n in range(1, 9)
            ]
        },
    )
    halves = {}
    for part in ("tune", "held"):
        out = tmp_path / part
        assert _run("--mirror", str(mirror), "--out", str(out), "--part", part).returncode == 0
        halves[part] = {p.stem for p in out.glob("*.txt")}
    assert halves["tune"].isdisjoint(halves["held"])
    assert halves["tune"] | halves["held"] == {f"{BBC}-{n}" for n in range(1, 9)}
    for doc in halves["tune"]:
        assert hashlib.sha1(doc.encode()).hexdigest()[0] in "01234567"

    empty = _repo(tmp_path / "other", {"README": "nothing here\n"})
    done = _run("--mirror", str(empty), "--out", str(tmp_path / "o"))
    assert done.returncode != 0 and "_messages.json" in done.stderr


def _long(n: int) -> str:
    """A long post of the band (901–3,000 characters) with two justice words."""
    return f"**Суд приговорил Ивана Лося {n}**\n\nЕго задержали весной. " + "Заседание длилось долго. " * 40


def test_the_long_band_keeps_its_own_posts_a_fixed_subset_and_its_own_gold(tmp_path):
    ids = range(1, 41)
    mirror = _repo(
        tmp_path,
        {
            f"data/raw/{BBC}_messages.json": [
                _post(7, COURT, BBC),
                _post(10, LONG + " " + "Ещё слово. " * 300, BBC),
                *(_post(n + 100, _long(n), BBC) for n in ids),
            ]
        },
    )
    facts = tmp_path / "facts2"
    facts.mkdir()
    gold = {"persons": [{"name": "Иван Лось"}], "events": [{"type": "sentence", "persons": ["Иван Лось"]}]}
    for n in ids:
        (facts / f"{BBC}-{n + 100}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "long"
    done = _run("--mirror", str(mirror), "--out", str(out), "--band", "long", "--gold", str(facts))
    assert done.returncode == 0, done.stderr
    kept = {p.stem for p in out.glob("*.txt")}
    # the short post and the one over 3,000 characters are not of the band
    expected = {
        f"{BBC}-{n + 100}"
        for n in ids
        if hashlib.sha1(f"{BBC}-{n + 100}".encode()).hexdigest()[1] in "0123456789"
    }
    assert kept == expected and 0 < len(kept) < len(ids)
    assert {p.name.removesuffix(".gold.json") for p in out.glob("*.gold.json")} == kept

    short = tmp_path / "short"
    assert _run("--mirror", str(mirror), "--out", str(short)).returncode == 0
    assert {p.stem for p in short.glob("*.txt")} == {f"{BBC}-7"}
