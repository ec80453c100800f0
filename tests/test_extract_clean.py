"""Cleaning: normalisation, repeated paragraphs, and offsets that index the cleaned text."""

from hypothesis import given
from hypothesis import strategies as st

from tests.fixtures.extraction import SEED
from vigil.ingest.clean import clean_text


def test_seed_drops_its_four_repeated_paragraphs():
    cleaned = clean_text(SEED.read_text(encoding="utf-8"))
    assert cleaned.duplicates_removed == 4
    assert cleaned.text.count("Among those released was Maria Kolesnikova") == 1
    assert not cleaned.text.endswith("\n")


def test_quotes_dashes_and_spaces_are_normalised():
    cleaned = clean_text(
        "\u201cWe are free,\u201d she said.\u00a0It\u2019s   over.\r\n\r\n\r\nNext\u200b paragraph."
    )
    assert cleaned.text == '"We are free," she said. It\'s over.\n\nNext paragraph.'


def test_repeats_up_to_punctuation_and_case_are_dropped():
    para = "Police detained twelve people at the memorial on Sunday."
    cleaned = clean_text(f"{para}\n{para.upper().replace('.', '!')}\nSomething else entirely here.")
    assert cleaned.duplicates_removed == 1


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400))
def test_cleaning_is_idempotent(text):
    once = clean_text(text)
    twice = clean_text(once.text)
    assert twice.text == once.text
    assert twice.duplicates_removed == 0


def test_latin_look_alikes_inside_cyrillic_words_become_cyrillic():
    latin_i = "i"  # U+0069, typed for the Belarusian "\u0456" on many keyboards
    text = f"Наталля Дул{latin_i}на and {latin_i.upper()}гар Карней; {latin_i}Phone, CNN, Ales Bialiatski."
    cleaned = clean_text(text)
    words = cleaned.text.split()
    assert words[1] == "Дул\u0456на" and words[3] == "\u0406гар"  # Cyrillic letters now
    assert words[5:] == ["iPhone,", "CNN,", "Ales", "Bialiatski."]  # Latin words untouched
    assert len(cleaned.text) == len(text)  # offsets keep their meaning


def test_invisible_direction_marks_are_dropped():
    cleaned = clean_text("\u202a\u201dFree them all,\u201d wrote Ann Lee.\u202c \u2066Next\u2069 line\u200f.")
    assert cleaned.text == '"Free them all," wrote Ann Lee. Next line.'
