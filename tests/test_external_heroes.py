"""The `heroes` yardsticks' converter (`benchmarks/external/heroes.py`) on a git repository
built here with a bot file written for this test: the bot is parsed, never run; profiles
start at the pages the "Faces" index lists and skip the project's own pages; tags and emoji
are cut and mid-sentence page breaks run on; a German page in the English slot is left out;
halves go by the PERSON, so both languages of a person fall in the same half; gold is written
beside annotated texts."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.mirror_helpers import git_mirror, load_script, run_script

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "external" / "heroes.py"

# page -> (photo, Russian, English, German); the file would stop the test if it were run
BOT = """raise SystemExit("the bot was run")
pagin_dict = {
    1: ("p1", "<b>О проекте</b>\\n\\nВыставка о заключённых.", "<b>About</b>\\n\\nAn exhibition.", "Über"),
    2: ("p2", "<b>Лица</b>\\n\\nИван Тестов   /Testov   /3\\n\\nОльга Пробная   /5",
        "<b>Faces</b>\\n\\nIvan Testov /3", "x"),
    3: ("p3", "<b>Иван Тестов</b>\\n\\n<b><i>Учитель</i></b>\\n\\nВ мае Тестова задержали, а суд",
        "<b>Ivan Testov</b>\\n\\n<b><i>Teacher</i></b>\\n\\nIn May Testov was detained, and a court", "y"),
    4: ("p4", "приговорил его к 5 годам колонии.\\n\\n\\n\\n🔴",
        "Aber natürlich wurde er nicht freigelassen, und die Familie ist mit der Entscheidung "
        "nicht einverstanden.", "z"),
    5: ("p5", "<b>Ольга Пробная</b>\\n\\nЕё освободили в 2024 году.",
        "<b>Olga Probnaya</b>\\n\\nShe was freed in 2024.", "w"),
}
"""


def _module():
    return load_script(SCRIPT)  # (it takes reuters.py's halves and writer, as run as a script)


def _mirror(tmp_path: Path, files: dict[str, str]) -> Path:
    return git_mirror(tmp_path, files)


def _run(*args: str) -> subprocess.CompletedProcess:
    return run_script(SCRIPT, *args)


def _pages() -> dict:
    module = _module()
    return module, module.read_pages(BOT)


def test_profiles_start_at_the_index_pages_and_skip_the_project_pages():
    module, pages = _pages()
    assert module.profile_starts(pages) == [3, 5]
    ids = [doc_id for doc_id, _ in module.profiles(pages, "ru")]
    assert ids == ["ru-testov", "ru-probnaya"]


def test_russian_text_without_tags_or_emoji_and_pages_run_on_mid_sentence():
    module, pages = _pages()
    text = dict(module.profiles(pages, "ru"))["ru-testov"]
    body = "В мае Тестова задержали, а суд приговорил его к 5 годам колонии."
    assert text == f"Иван Тестов\n\nУчитель\n\n{body}\n"


def test_a_german_page_in_the_english_slot_is_left_out():
    module, pages = _pages()
    text = dict(module.profiles(pages, "en"))["en-testov"]
    assert text == "Ivan Testov\n\nTeacher\n\nIn May Testov was detained, and a court\n"
    assert "natürlich" not in text


def test_both_languages_of_a_person_fall_in_the_same_half(tmp_path):
    module = _module()
    mirror = _mirror(tmp_path, {"bot/pagination.py": BOT})
    for part in ("tune", "held"):
        for lang in ("ru", "en"):
            out = tmp_path / f"{lang}-{part}"
            result = _run("--mirror", str(mirror), "--out", str(out), "--lang", lang, "--part", part)
            assert result.returncode == 0, result.stderr
            slugs = {p.stem.split("-", 1)[1] for p in out.glob("*.txt")}
            assert all(module.part_of(slug) == part for slug in slugs)
    for lang in ("ru", "en"):
        assert {p.stem.split("-", 1)[1] for p in tmp_path.glob(f"{lang}-*/*.txt")} == {"testov", "probnaya"}


def test_gold_is_written_beside_annotated_profiles_only(tmp_path):
    mirror = _mirror(tmp_path, {"bot/pagination.py": BOT})
    facts = tmp_path / "facts"
    facts.mkdir()
    gold = {"persons": [{"name": "Иван Тестов"}], "events": [{"type": "arrest", "persons": ["Иван Тестов"]}]}
    (facts / "ru-testov.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    args = ("--lang", "ru", "--gold", str(facts), "--annotated")
    result = _run("--mirror", str(mirror), "--out", str(out), *args)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["ru-testov.gold.json", "ru-testov.txt"]
    written = json.loads((out / "ru-testov.gold.json").read_text(encoding="utf-8"))
    assert written["events"] == gold["events"] and written["quotes"] == []


def test_mirror_without_the_bot_file_or_language_says_so(tmp_path):
    mirror = _mirror(tmp_path, {"README.md": "test\n"})
    result = _run("--mirror", str(mirror), "--out", str(tmp_path / "out"), "--lang", "ru")
    assert result.returncode != 0 and "holds no readable bot/pagination.py" in result.stderr
    result = _run("--mirror", str(mirror), "--out", str(tmp_path / "out"))
    assert result.returncode != 0 and "--lang ru|en is required" in result.stderr
