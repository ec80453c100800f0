"""The `realnews6-ru` yardstick's converter (`benchmarks/external/rbcnews.py`, session 60) on a
git repository built here with a small PostgreSQL dump written for this test in the form of
mewcrow/rbc-news: the `news` table's COPY block read by column name with its escapes undone,
deleted rows left out, the selection by two justice words and a length cap, ids from the row's
id, halves by a fixed hash, gold written beside the texts, and a clear message for a mirror
without the dump."""

from __future__ import annotations

import json
from pathlib import Path

from tests.mirror_helpers import git_mirror, halves, load_script, run_script

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "external" / "rbcnews.py"
DUMP = "docker/postgres/dump.sql"
COLUMNS = "id, page_link_id, slug, title, image, text, rating, deleted_at, created_at, updated_at"

COURT = "Суд в Верелове арестовал инженера Олега Тарнова; его задержали в аэропорту.\\nДело ведёт СК."
CALM = "Министр открыл мост через реку Верелу."
LONG = "Бывшего мэра задержали и арестовали. " + "Следствие продолжается. " * 120
GONE = "Задержанного судью освободили под залог."


def _row(row_id: int, title: str, text: str, deleted: str = "\\N") -> str:
    """One tab-separated COPY row of the `news` table."""
    return "\t".join(
        [str(row_id), str(row_id), f"slug-{row_id}", title, "\\N", text, "0", deleted, "\\N", "\\N"]
    )


DUMP_TEXT = "\n".join(
    [
        "COPY public.page_links (id, url) FROM stdin;",
        "1\thttps://example.invalid/arrest",
        "\\.",
        f"COPY public.news ({COLUMNS}) FROM stdin;",
        _row(7, "Инженера арестовали", COURT),
        _row(8, "Новый мост", CALM),
        _row(9, "Дело мэра", LONG),
        _row(10, "Судью отпустили", GONE + " Его задержали вчера.", deleted="2025-07-01 10:00:00"),
        _row(11, "Судью отпустили", GONE + " Его задержали вчера."),
        "\\.",
        "",
    ]
)


def _mirror(tmp_path: Path) -> Path:
    return git_mirror(tmp_path, {DUMP: DUMP_TEXT, "README.md": "test\n"})


def test_article_is_title_then_text_with_escapes_undone(tmp_path):
    module = load_script(SCRIPT)
    found = dict(module.read_articles(_mirror(tmp_path)))
    body = "Суд в Верелове арестовал инженера Олега Тарнова; его задержали в аэропорту. Дело ведёт СК."
    assert found["rbc-7"] == f"Инженера арестовали\n\n{body}\n"


def test_selection_needs_two_justice_words_under_the_cap_and_skips_deleted_rows(tmp_path):
    module = load_script(SCRIPT)
    ids = [doc_id for doc_id, _ in module.read_articles(_mirror(tmp_path))]
    # not the calm story (no justice word), not the long one (over MAX_CHARS), not the deleted row
    assert ids == ["rbc-7", "rbc-11"]


def test_other_tables_are_not_read(tmp_path):
    module = load_script(SCRIPT)
    rows = module.news_rows(DUMP_TEXT)
    assert [row["id"] for row in rows] == ["7", "8", "9", "10", "11"]
    assert rows[0]["image"] == "" and rows[3]["deleted_at"] == "2025-07-01 10:00:00"


def test_halves_split_by_the_hash_of_the_id(tmp_path):
    written = halves(SCRIPT, tmp_path, "--mirror", str(_mirror(tmp_path)), "--gold", str(tmp_path / "none"))
    assert written["tune"] | written["held"] == {"rbc-7", "rbc-11"}


def test_gold_is_written_beside_annotated_articles_only(tmp_path):
    facts = tmp_path / "facts"
    facts.mkdir()
    gold = {
        "persons": [{"name": "Олег Тарнов", "aliases": ["Олега Тарнова"]}],
        "events": [{"type": "arrest", "persons": ["Олег Тарнов"], "count": None, "term_months": None}],
    }
    (facts / "rbc-7.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    result = run_script(
        SCRIPT, "--mirror", str(_mirror(tmp_path)), "--out", str(out), "--gold", str(facts), "--annotated"
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["rbc-7.gold.json", "rbc-7.txt"]
    written = json.loads((out / "rbc-7.gold.json").read_text(encoding="utf-8"))
    assert written["events"] == gold["events"] and written["quotes"] == []


def test_every_gold_file_names_an_article_id():
    module = load_script(SCRIPT)
    assert module.FACTS.name == "realnews6-ru_gold"
    assert all(p.stem.startswith("rbc-") for p in module.FACTS.glob("*.json"))


def test_mirror_without_the_dump_says_so(tmp_path):
    mirror = git_mirror(tmp_path, {"other/file.json": []})
    result = run_script(SCRIPT, "--mirror", str(mirror), "--out", str(tmp_path / "o"))
    assert result.returncode != 0
    assert "holds no readable docker/postgres/dump.sql" in result.stderr
