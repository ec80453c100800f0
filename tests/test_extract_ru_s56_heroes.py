"""Russian rules of session 56 (helper heroes), in wordings written for these tests (the classes
come from the real profiles of the `heroes-ru-tune` yardstick and the census of every Russian
read set, docs/extract-ru-be.md, session 56):

* the short passive participles of «обменять» (обменен/обменён/обменена/обменены), which the
  lemmatiser reads as a non-verb «обменить», free those exchanged as «обменяли» does;
* a bare double surname («Кара-Мурза сказал») is a later mention of the full name, so its quote
  and its events are that person's;
* a name hung on a thing's noun inside a participle phrase that describes a listed member
  («включая X, осуждённого за убийство Y») is no member of the list;
* a genitive name inside a prepositional phrase («боролся с режимом Y») ranks as low for a
  pronoun as a name right after a preposition.

Traps beside each: «обменялись письмами», an unrelated hyphenated place word, a person's noun
that opens the next item of the list, «против режима Y» (the accused), a pronoun whose only
candidate is the possessor.
"""

from __future__ import annotations

from tests.test_extract_ru import counts, events, quotes
from vigil.model import Extraction


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


# -- exchange passives -----------------------------------------------------------------------------


def test_short_passive_of_exchange_frees_the_named_group(run):
    result = _ru(
        run,
        "В сентябре группа из 3 заключённых: Марат Ельцов, Дарина Кучер, Тимофей Ланской была "
        "обменена на двух граждан другой страны.",
    )
    found = events(result)
    assert {("release", "Марат Ельцов"), ("release", "Дарина Кучер"), ("release", "Тимофей Ланской")} <= found
    assert ("release", 3) in counts(result)


def test_plural_and_masculine_short_passives_of_exchange(run):
    result = _ru(
        run,
        "Блогер Степан Ровный был обменён в прошлом месяце. Инженеры Фёдор Мазин и Глеб Рощин "
        "были обменены на пленных летом.",
    )
    assert {("release", "Степан Ровный"), ("release", "Фёдор Мазин"), ("release", "Глеб Рощин")} <= events(
        result
    )


def test_exchanging_letters_is_no_release(run):
    result = _ru(run, "В колонии Станислав Горбань и его жена Алла обменялись письмами.")
    assert not any(kind == "release" for kind, _ in events(result))


# -- bare double surnames --------------------------------------------------------------------------


def test_bare_double_surname_speaks(run):
    result = _ru(
        run,
        "Политика Юрия Ага-Мирза задержали в марте.\n\n"
        "В последнем слове на суде Ага-Мирза сказал: «Я ни о чём не жалею и буду говорить дальше».",
    )
    assert ("Юрий Ага-Мирза", "Я ни о") in quotes(result)


def test_a_hyphenated_place_is_no_mention(run):
    result = _ru(
        run,
        "Активиста Марка Петрова задержали в Ростове-на-Дону.\n\n"
        "В Санкт-Петербурге его сторонники вышли на пикет.",
    )
    assert {p.name for p in result.persons} == {"Марк Петров"}


# -- names told of a listed member -----------------------------------------------------------------


def test_victim_in_a_members_participle_phrase_is_no_member(run):
    result = _ru(
        run,
        "Вчера были освобождены 4 человека, включая Олега Сивцова, осуждённого за нападение на "
        "Игната Ломова.",
    )
    found = events(result)
    assert ("release", "Олег Сивцов") in found
    assert ("release", "Игнат Ломов") not in found


def test_a_persons_noun_after_the_phrase_opens_the_next_member(run):
    result = _ru(
        run,
        "Среди освобождённых — учитель Пётр Заречный, отбывавший пять лет за пост, и фермерша "
        "Лидия Гончар, осуждённая на три года.",
    )
    assert {("release", "Пётр Заречный"), ("release", "Лидия Гончар")} <= events(result)


# -- a possessor in a prepositional phrase ---------------------------------------------------------


def test_pronoun_skips_a_possessor_inside_a_phrase(run):
    result = _ru(
        run,
        "Суд приговорил Тимура Весенина к пяти годам. Соратники уверены, что политик годами "
        "спорил с окружением Ефима Громова. «Я знал, на что иду», — говорил он в интервью.",
    )
    assert ("Тимур Весенин", "Я знал, на") in quotes(result)


def test_the_possessor_is_taken_when_no_one_else_fits(run):
    result = _ru(
        run,
        "Журналисты писали о семье Ефима Громова. «Мы не уедем из города», — сказал он.",
    )
    assert ("Ефим Громов", "Мы не уедем") in quotes(result)
