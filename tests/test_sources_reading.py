"""Reading for `vigil extract`: plain text needs none of the page, feed or URL readers, and the
background reader hands documents over in order, errors included."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from tests.fixtures.extraction import SHARED
from vigil.errors import SourceError
from vigil.ingest.sources import iter_documents, read_ahead
from vigil.model import Document

ROOT = Path(__file__).resolve().parents[1]
RELEASE = "Belarusian authorities released Ihar Losik, a blogger held since June 2020, on Friday."

# Libraries a folder of .txt files must not load: trafilatura (pages), feedparser (feeds),
# httpx (URLs), dateparser (only for a date line or a date Vigil's own rules cannot read),
# rigour (name matching, a registry concern).
HEAVY = ("trafilatura", "feedparser", "httpx", "dateparser", "rigour")


def test_plain_text_is_read_without_the_page_feed_and_url_readers(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Ales Bialiatski was freed.\n\nHe had been held since 2021.", "utf-8")
    script = (
        "import sys\n"
        "import vigil.cli\n"
        "from vigil.ingest.sources import iter_documents\n"
        f"docs = list(iter_documents([{str(tmp_path)!r}]))\n"
        "assert [d.language for d in docs] == ['en', 'en'], docs\n"
        f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
    )
    assert done.stdout.strip() == ""


def test_a_date_line_still_dates_the_document(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"Losik freed\n\nJune 21, 2025\n\n{RELEASE}", encoding="utf-8")
    [doc] = iter_documents([tmp_path / "a.txt"])
    assert isinstance(doc, Document)
    assert doc.published == date(2025, 6, 21)


def test_read_ahead_keeps_the_order_and_passes_unreadable_inputs_on(tmp_path: Path) -> None:
    names = [f"{i:02d}.txt" for i in range(12)]
    for i, name in enumerate(names):
        (tmp_path / name).write_text(f"Report {i}: {RELEASE}" if i != 5 else "", encoding="utf-8")
    plain = list(iter_documents([tmp_path]))
    ahead = list(read_ahead(iter_documents([tmp_path]), size=3))
    assert [type(r) for r in ahead] == [type(r) for r in plain]
    assert [r.source for r in ahead] == [str(tmp_path / n) for n in names]
    assert isinstance(ahead[5], SourceError)
    texts = [r.text for r in plain if isinstance(r, Document)]
    assert [r.text for r in ahead if isinstance(r, Document)] == texts


def test_an_error_while_reading_is_raised_where_its_item_would_have_come() -> None:
    def items():
        yield 1
        yield 2
        raise ValueError("disk gone")

    got = []
    with pytest.raises(ValueError, match="disk gone"):
        for item in read_ahead(items()):
            got.append(item)
    assert got == [1, 2]


def test_closing_early_stops_the_reader_and_closes_the_source() -> None:
    closed = threading.Event()

    def endless():
        try:
            n = 0
            while True:
                n += 1
                yield n
        finally:
            closed.set()

    ahead = read_ahead(endless(), size=2)
    assert [next(ahead), next(ahead), next(ahead)] == [1, 2, 3]
    ahead.close()
    assert closed.wait(5)
    time.sleep(0.3)
    assert not any(t.name == "vigil-read-ahead" and t.is_alive() for t in threading.enumerate())


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hafiz Babali was sentenced to nine years, and Nargiz Absalamova, Elnara Gasimova and "
            "Mahammad Kekalov to eight years each.",
            "en",
        ),
        ("By Alina Zhukouskaya", "en"),
        ("Sąd w Mińsku skazał Andrzeja Poczobuta na osiem lat łagru.", "pl"),
        ("Суд у Гомелі асудзіў Алену Гнаук да трох гадоў калоніі.", "be"),
    ],
)
def test_short_news_lines_full_of_foreign_names_keep_their_language(text, language):
    """A short text is decided by the full models of its two likeliest languages: the trigrams
    alone take an English line of Azerbaijani names for Lithuanian."""
    from vigil.ingest.language import detect_language

    assert detect_language(text) == language


def test_a_short_line_the_trigrams_are_sure_is_english_loads_no_full_model():
    """The full models of a one-line extract cost most of its start-up; a line the trigrams are
    sure of (English) needs none, a line they are unsure of still gets them."""
    from vigil.ingest import language

    language._between.cache_clear()
    assert language.detect_language("Ales Bialiatski was released on Saturday.") == "en"
    assert language._between.cache_info().currsize == 0
    assert language.detect_language("Суд у Гомелі асудзіў Алену Гнаук да трох гадоў калоніі.") == "be"
    assert language._between.cache_info().currsize == 1


def test_a_long_text_is_told_by_its_opening_as_by_its_whole_sample():
    """A long article's language comes from its first `LEAD` characters when the trigrams are
    sure of them (half the detection time of a batch); on every article of the shared corpus,
    in each of its languages, that is the language the whole sample gives."""
    from vigil.ingest import language
    from vigil.ingest.clean import clean_text

    corpus = SHARED / "corpus"
    texts = [clean_text(p.read_text(encoding="utf-8")).text for p in sorted(corpus.rglob("*.txt"))]
    long = [t for t in texts if len(t) > language.LEAD]
    if not long:
        pytest.skip(f"no shared corpus at {corpus}")
    for text in long:
        whole = language._trigrams().detect_language_of(text[:5000])
        assert language.detect_language(text) == whole.iso_code_639_1.name.lower()
    assert {language.detect_language(t) for t in long} >= {"en", "ru", "be"}


def test_a_given_language_is_taken_for_every_input_and_nothing_is_detected(tmp_path: Path) -> None:
    """`vigil extract --lang`: text files, corpus records and standard input all come out in
    the language given, and lingua builds no model (a fresh process, so no earlier test built
    one)."""
    (tmp_path / "a.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "Ales Bialiatski was freed on Saturday."}\n', "utf-8")
    (tmp_path / "c.csv").write_text("title,text\nFreed,Ales Bialiatski was freed.\n", "utf-8")
    script = (
        "import io\n"
        "from vigil.ingest import language\n"
        "from vigil.ingest.sources import iter_documents\n"
        "stdin = io.BytesIO(b'Ales Bialiatski was freed on Saturday.')\n"
        f"docs = list(iter_documents([{str(tmp_path)!r}, '-'], language='be', stdin=stdin))\n"
        "print(' '.join(d.language for d in docs))\n"
        "print(language._trigrams.cache_info().currsize, language._between.cache_info().currsize)\n"
        f"docs = list(iter_documents([{str(tmp_path / 'a.txt')!r}]))\n"
        "print(docs[0].language, language._trigrams.cache_info().currsize)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
    )
    assert done.stdout.splitlines() == ["be be be be", "0 0", "en 1"]
