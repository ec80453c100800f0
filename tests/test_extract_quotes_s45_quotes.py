"""Quote speakers of session 45 (helper quotes; Russian and Belarusian).

* (Russian, Belarusian) a first name alone, told again («— кажа Максім»), is the person the
  article already names by that first name alone («Сыну, 16-гадоваму Максіму»); a first name
  right after an age adjective («Двенадцатилетний Матвей», «дзевяцігадовая Ева») is a person
  of its own, as one after a kin noun is.
* (Belarusian) a sentence's first word that is an adverb («Цяпер Ціхану дванаццаць») does not
  make the first name after it part of a full name the NER cut.

Sentences written for these tests."""

from __future__ import annotations

from tests.test_extract_ru import quotes

# -- Russian and Belarusian: a child or relative named by first name alone -------------------------


def test_ru_a_first_name_after_an_age_adjective_is_a_speaker(run):
    text = (
        "Семья учителя ждёт его из колонии\n\n"
        "Учителя истории Романа Тихонова приговорили к шести годам колонии. "
        "Двенадцатилетний Матвей знает, где отец. «Я сказал другу, что папа ничего плохого не "
        "сделал», — пересказывает Матвей свой разговор.\n"
    )
    result = run(text, "ru")
    assert "Матвей" in {p.name for p in result.persons}
    assert quotes(result) == {("Матвей", "Я сказал другу,")}


def test_ru_a_first_name_told_again_is_the_relative_named_by_it(run):
    text = (
        "Смерть в изоляторе\n\n"
        "Рамазан Алибеков умер в изоляторе 18 ноября. Брат погибшего Шамиль рассказал, что на "
        "лице Рамазана были гематомы.\n\n"
        "«Мы видели его на свидании десять дней назад», — говорит Шамиль.\n"
    )
    assert quotes(run(text, "ru")) == {("Шамиль", "Мы видели его")}


def test_be_a_first_name_told_again_in_the_nominative_is_the_child(run):
    text = (
        "Сям'я шахцёра\n\n"
        "Шахцёра Юрыя Ганчарука асудзілі на пяць гадоў. "
        "Сыну, 16-гадоваму Максіму, даводзіцца цяжэй за ўсіх.\n\n"
        "— Я тады ўстаў і выйшаў, — кажа Максім.\n"
    )
    assert quotes(run(text, "be")) == {("Максім", "Я тады ўстаў")}


def test_be_an_adverb_opening_the_sentence_is_no_part_of_the_name(run):
    text = (
        "Сям'я палітвязня\n\n"
        "Сяргея Ламаку асудзілі на восем гадоў. Цяпер Ціхану дванаццаць.\n\n"
        "«Тата вернецца, калі я скончу школу», — сур'ёзна кажа Ціхан.\n"
    )
    result = run(text, "be")
    assert quotes(result) == {("Ціхан", "Тата вернецца, калі")}


def test_be_a_capitalised_name_word_before_a_first_name_still_blocks_it(run):
    # trap: «Сяргей» opening the sentence is a first name, so «Ціхану» after it is no lone name
    text = "Сям'я палітвязня\n\nСяргея Ламаку асудзілі на восем гадоў. Сяргей Ціхану пісаў кожны тыдзень.\n"
    assert "Ціхан" not in {p.name for p in run(text, "be").persons}
