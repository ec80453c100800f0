"""The `speeches-ru` yardstick's converter (`benchmarks/external/speeches.py`) on a git
repository built here with a bot file written for this test: the bot is parsed, never run;
only the speakers `dict_collection` names (and the converter knows) are read; the decorative
page is dropped, tags cut and mid-sentence pages run on; a title line names the speaker; a
long speech is cut to whole paragraphs; halves go by the person's slug in `heroes.py`; gold
is written beside annotated texts."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.mirror_helpers import git_mirror, load_script, run_script

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "external" / "speeches.py"

# speaker dicts of (photo, Russian text) pages; the file would stop the test if it were run
BOT = """raise SystemExit("the bot was run")
pagin_collection = {'base_part': 0, 'kriger': 200}
kriger = {201: ('p0', '🔴     🔴'),
          202: ('p1', 'Уважаемый суд!\\n\\nМеня задержали в мае, и с тех пор я в'),
          203: ('p2', 'СИЗО.\\n\\n<b>Я не признаю вину.</b>')}
simonov = {1001: ('p3', 'Я работаю в поездах.')}
stranger = {5: ('p4', 'Не речь.')}
dict_collection = {'kriger': kriger, 'simonov': simonov, 'stranger': stranger}
"""


def _module():
    return load_script(SCRIPT)  # (it takes heroes.py's cleaning and reuters.py's halves)


def _run(*args: str) -> subprocess.CompletedProcess:
    return run_script(SCRIPT, *args)


def test_speeches_of_the_collection_with_a_title_line_and_clean_text():
    module = _module()
    items = dict(module.speeches(module.read_speeches(BOT)))
    assert sorted(items) == ["ru-krieger", "ru-simonov"]  # an unknown key is not read
    body = "Уважаемый суд!\n\nМеня задержали в мае, и с тех пор я в СИЗО.\n\nЯ не признаю вину.\n"
    assert items["ru-krieger"] == "Михаил Кригер. Последнее слово\n\n" + body
    assert items["ru-simonov"].startswith("Симонов. Последнее слово\n\n")


def test_a_long_speech_is_cut_to_whole_paragraphs():
    module = _module()
    text = "\n\n".join(["а" * 30, "б" * 30, "в" * 30])
    assert module.cut(text, limit=70) == "а" * 30 + "\n\n" + "б" * 30 + "\n"
    assert module.cut("г" * 90, limit=70) == "г" * 90 + "\n"  # the first paragraph is kept


def test_halves_go_by_the_persons_slug(tmp_path):
    module = _module()
    mirror = git_mirror(tmp_path, {"bot/last_words.py": BOT})
    for part in ("tune", "held"):
        out = tmp_path / part
        result = _run("--mirror", str(mirror), "--out", str(out), "--part", part)
        assert result.returncode == 0, result.stderr
        slugs = {p.stem.split("-", 1)[1] for p in out.glob("*.txt")}
        assert all(module.part_of(slug) == part for slug in slugs)
    assert {p.stem for p in tmp_path.glob("*/*.txt")} == {"ru-krieger", "ru-simonov"}


def test_gold_is_written_beside_annotated_speeches_only(tmp_path):
    mirror = git_mirror(tmp_path, {"bot/last_words.py": BOT})
    facts = tmp_path / "facts"
    facts.mkdir()
    gold = {
        "persons": [{"name": "Михаил Кригер"}],
        "events": [{"type": "arrest", "persons": ["Михаил Кригер"]}],
    }
    (facts / "ru-krieger.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    result = _run("--mirror", str(mirror), "--out", str(out), "--gold", str(facts), "--annotated")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["ru-krieger.gold.json", "ru-krieger.txt"]
    written = json.loads((out / "ru-krieger.gold.json").read_text(encoding="utf-8"))
    assert written["events"] == gold["events"] and written["quotes"] == []


def test_mirror_without_the_bot_file_says_so(tmp_path):
    mirror = git_mirror(tmp_path, {"README.md": "test\n"})
    result = _run("--mirror", str(mirror), "--out", str(tmp_path / "out"))
    assert result.returncode != 0 and "holds no readable bot/last_words.py" in result.stderr
