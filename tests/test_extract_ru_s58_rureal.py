"""Russian real news (session 58, helper rureal: events on the real Russian tune halves), in
wordings written for these tests:

* an emoji glued to the first word of a Telegram item («▪️Мария …», «❗️Суд …», «… 🔻Олега …»)
  is a token and a sentence of its own, as a line break would be; the name after it is read
  (tagger, parser and NER), and the text and the evidence offsets stay as written. Traps: a
  negated event after the emoji stays no event; an emoji that stands apart (a space after it)
  or a keycap digit («2️⃣») is left as it was. Belarusian parses the same way (its twin).
* a bare surname told first (a headline's «Волкова может …», which the tagger may read as a
  man's genitive) takes the gender of the first name the full name adds next («Анна
  Волкова»), so «ей» finds her. Trap: a man's full name after the same kind of headline
  («Орлова задержали …», then «Сергей Орлов») stays a man's, and «его» finds him.
"""

from __future__ import annotations

from tests.test_extract_ru import events
from vigil.extract.ru.parse import _blanked, _pictograph
from vigil.model import Extraction


def _terms(result: Extraction) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


# -- emojis glued to an item's first word ----------------------------------------------------------


def test_a_name_after_a_glued_emoji_is_read(run):
    result = run("Итоги недели\n▪️Ирина Волкова вышла на одиночный пикет. Вечером её задержали.", "ru")
    assert ("arrest", "Ирина Волкова") in events(result)


def test_an_item_opening_the_text_with_an_emoji(run):
    result = run("❗️Павла Орлова приговорили к четырем годам колонии за посты о войне.", "ru")
    assert ("sentence", "Павел Орлов") in events(result)
    assert ("Павел Орлов", 48) in _terms(result)
    assert result.document.text.startswith("❗️Павла")


def test_an_inline_emoji_opens_an_item_of_its_own(run):
    result = run(
        "Главное к вечеру среды 🔻Дениса Кравцова арестовали на два месяца. 🔻Погода в Омске испортилась.",
        "ru",
    )
    assert ("arrest", "Денис Кравцов") in events(result)


def test_evidence_offsets_hold_after_the_split(run):
    text = "Сводка\n🔻Дениса Кравцова арестовали в Омске."
    result = run(text, "ru")
    by_id = {p.id: p.name for p in result.persons}
    arrest = next(e for e in result.events if e.type == "arrest" and by_id[e.persons[0]] == "Денис Кравцов")
    assert "арестовали" in text[arrest.evidence[0] : arrest.evidence[1]]


def test_a_negated_event_after_a_glued_emoji_stays_no_event(run):
    result = run("Сводка\n▪️Ирину Волкову не задержали, полицейские лишь проверили документы.", "ru")
    assert ("arrest", "Ирина Волкова") not in events(result)


def test_the_belarusian_twin_reads_the_name_after_a_glued_emoji(be):
    result = be("Навіны дня\n⚡️Паўла Мароза затрымалі ў Гродне пасля ператрусу.")
    assert ("arrest", "Павел Мароз") in events(result)


def test_emoji_characters_and_blanking_keep_offsets():
    assert _pictograph("▪") and _pictograph("🔻") and _pictograph("\ufe0f")
    assert not _pictograph("М") and not _pictograph("2")
    assert not _pictograph("°") and not _pictograph("©") and not _pictograph("№")  # running text
    assert _blanked("а🔻Б", [(1, 2)]) == "а Б"
    assert _blanked("2️⃣ В Казани", []) == "2️⃣ В Казани"


def test_a_keycap_number_item_is_left_as_it_was(run):
    result = run("Сводка\n2️⃣ В Казани задержали Дениса Кравцова у здания суда.", "ru")
    assert ("arrest", "Денис Кравцов") in events(result)


# -- a bare surname told first, the full name next ---------------------------------------------------


def test_a_headline_surname_takes_the_gender_of_the_full_name(run):
    result = run(
        "Волкова может попросить о помиловании. Главное за неделю\n\n"
        "Анна Волкова в 2019 году возглавляла местный штаб оппозиции. В 2022-м ей дали восемь лет колонии.",
        "ru",
    )
    assert ("sentence", "Анна Волкова") in events(result)
    assert ("Анна Волкова", 96) in _terms(result)


def test_a_mans_full_name_after_a_surname_headline_stays_a_mans(run):
    result = run(
        "Орлова задержали у здания суда. Подробности\n\n"
        "Сергей Орлов в мае вышел на пикет у мэрии. Его приговорили к году колонии.",
        "ru",
    )
    assert ("sentence", "Сергей Орлов") in events(result)
    assert ("Сергей Орлов", 12) in _terms(result)


def test_a_first_name_the_dictionary_misreads_leaves_the_gender_alone(be):
    # trap: the dictionary reads «Аксана» as a man's genitive; the full name is a woman's
    result = be(
        "Справа Вярбіцкай. Навіны\n\n"
        "Аксана Вярбіцкая працавала настаўніцай у Лідзе. Яе асудзілі на тры гады калоніі."
    )
    assert ("sentence", "Аксана Вярбіцкая") in events(result)
