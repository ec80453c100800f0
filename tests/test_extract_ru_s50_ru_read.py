"""Each item of a Russian or Belarusian list of verdicts keeps its own term (session 50, from
syn40-ru-b), in wording written for these tests:

* a later item with no term of its own («…, а X суд назначил штраф», a name with no verdict of
  its own) does not take the term of the item before it: the earlier name keeps the term, the
  later keeps its verdict with no term;
* two items, each with its own term told by its own verb («A, которого приговорили к трём
  годам, и B, отбывавшая пять лет»), are not both given both terms.

Traps: names joined with no term between them share the term; a year's date between two names
is no term («в 2021 году его сыну X дали два года»); a later item with a term of its own keeps
it. (The fine and Belarusian tests guard the result: their wording is read right without the rule
too, the parse of syn40-ru-b's own sentence being needed to lend the term.)

And «у него N лет» after a prisoner's name is his term (the Belarusian «у яго пяць гадоў»'s
twin); not years of work («двадцать лет стажа») nor time behind bars («за решёткой»)."""

from __future__ import annotations

from tests.test_extract_ru import events, terms
from vigil.model import Extraction


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


def _term_pairs(result: Extraction) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


def test_two_items_with_their_own_verbs_keep_their_own_terms(run):
    result = _ru(
        run,
        "По данным правозащитников, среди помилованных 58-летний слесарь из Бреста Николай Гаврилюк, "
        "которого в 2023 году осудили на четыре года колонии за репост, и библиотекарь из Лиды "
        "Светлана Мороз, отбывавшая шесть лет лишения свободы за «участие в экстремистском "
        "формировании».",
    )
    pairs = _term_pairs(result)
    assert ("Николай Гаврилюк", 48) in pairs and ("Светлана Мороз", 72) in pairs
    assert ("Николай Гаврилюк", 72) not in pairs and ("Светлана Мороз", 48) not in pairs


def test_a_later_item_with_a_fine_keeps_its_verdict_without_the_term(run):
    result = _ru(
        run,
        "Пятидесятилетний Олег Савицкий получил три года колонии, его сосед Павел Рудак — два года "
        "ограничения свободы, а их знакомой Марине Ясюк суд назначил штраф в 300 базовых величин.",
    )
    assert terms(result).get("Олег Савицкий") == 36
    assert ("Марина Ясюк", 36) not in _term_pairs(result)


def test_a_later_gapped_item_with_a_fine_keeps_its_verdict(run):
    result = _ru(
        run,
        "Анне Ковалёвой суд назначил пять лет условно с испытательным сроком четыре года, а "
        "студенту техникума Игорю Лапину — штраф в 600 тысяч рублей.",
    )
    assert ("Анна Ковалёва", 60) in _term_pairs(result)
    assert ("Игорь Лапин", 60) not in _term_pairs(result)
    assert ("sentence", "Игорь Лапин") in events(result)


def test_the_belarusian_twin_gives_a_removed_name_no_term(run):
    result = run(
        "Навіны\n\n"
        "Дванаццаць палітвязняў, сярод якіх былы настаўнік з Оршы Алег Рагуля, асуджаны ў 2022 годзе "
        "на 6 гадоў калоніі за «здраду дзяржаве», і гомельская валанцёрка Ніна Жукоўская, у "
        "нядзелю былі вызвалены і вывезены ў Літву.",
        "be",
    )
    pairs = _term_pairs(result)
    assert ("Алег Рагуля", 72) in pairs
    assert not any(name == "Ніна Жукоўская" for name, _ in pairs)


def test_trap_names_joined_with_no_term_between_share_it(run):
    result = _ru(run, "Суд приговорил Артура Мамедова и Рустама Алиева к семи годам колонии строгого режима.")
    pairs = _term_pairs(result)
    assert ("Артур Мамедов", 84) in pairs and ("Рустам Алиев", 84) in pairs


def test_trap_a_years_date_between_two_names_is_no_term(run):
    result = _ru(
        run,
        "Семья Гордеева уже сталкивалась с преследованием: в 2021 году его 25-летнему сыну Антону "
        "Гордееву назначили два года условно за пост о войне.",
    )
    assert ("Антон Гордеев", 24) in _term_pairs(result)


def test_trap_a_later_item_with_its_own_term_keeps_it(run):
    result = _ru(run, "Суд приговорил Ивана Петрова к пяти годам колонии, а Сергея Орлова — к трём годам.")
    pairs = _term_pairs(result)
    assert ("Иван Петров", 60) in pairs and ("Сергей Орлов", 36) in pairs


# -- «у него N лет»: the term a prisoner has (the Belarusian «у яго пяць гадоў»'s twin) ---------


def test_the_term_a_prisoner_has_is_his_sentence(run):
    result = _ru(
        run, "Его сокамерник Олег Зайцев до сих пор в колонии, у него двенадцать лет, и выйдет он нескоро."
    )
    assert ("sentence", "Олег Зайцев") in events(result)
    assert terms(result).get("Олег Зайцев") == 144


def test_the_term_a_prisoner_has_with_its_charge(run):
    result = _ru(run, "Со мной в отряде был Игорь Лосев, — у него семь лет за «госизмену», он из Твери.")
    assert terms(result).get("Игорь Лосев") == 84


def test_trap_years_of_work_or_behind_bars_are_no_term(run):
    result = _ru(
        run,
        "Мой брат Олег Носов работает хирургом, у него двадцать лет стажа. "
        "Его друг Павел Котов уже на свободе: у него пять лет за решёткой позади.",
    )
    assert not any(e.type == "sentence" for e in result.events)
