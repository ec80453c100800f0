"""Russian events, counts and terms by construction (session 48, from syn38-ru-b), in wording
written for these tests:

* a group named before «среди которых» / «среди них» in a call («призвали освободить всех
  политзаключённых, среди которых X») went through no event: X joins no earlier release;
* «в списке оказались X, Y» / «в списке — X» names members of the list told before (a pardon's);
  a list with its own complement («в списках на обмен были») and a denied presence do not;
* members a list names right after a group's verdict with no term take the term in brackets
  after each name («Это X (12 лет), Y (11 лет)»); an age in brackets after a death is none;
* a converb in «-в» tagged as a finite verb is still a converb: «вышла на свободу, полностью
  отбыв три года колонии» gives the term to the subject even with an apposition between;
* a verdict's change with no term, then a verbless line «Вместо N — M.», states both terms; a
  next sentence with a finite verb of its own does not;
* «годичный срок» is a term of twelve months; «отбыв в колонии свой срок» (words between) is a
  release, not «отбыл лишь часть срока»;
* a bare «всех» / «обоих» as the verb's own patient tells back the group just named; «всех,
  кто …» does not;
* «N освобождённых, в том числе X и Y» is the group of size N: the names join the event told
  earlier of N people;
* «…, и срок вырос до N лет» (Russian `term_grew`, as Belarusian «тэрмін вырас да») is the grown
  term of the one convict told last, not when another person is named in its sentence.

Each rule has its trap."""

from __future__ import annotations

from tests.test_extract_ru import counts, events, terms
from vigil.model import Extraction


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


def _terms_of(result: Extraction, name: str) -> set[int]:
    by_id = {p.id: p.name for p in result.persons}
    return {e.term_months for e in result.events if e.term_months for pid in e.persons if by_id[pid] == name}


# -- a call's group is no event's group ---------------------------------------------------------------


def test_a_group_in_a_call_gives_its_member_no_event(run):
    result = _ru(
        run,
        "В мае на свободу вышли 12 политзаключённых. Родственники призвали отпустить и остальных "
        "узников, среди которых 68-летний Пётр Лобанов.",
    )
    assert ("release", 12) in counts(result)
    assert ("release", "Пётр Лобанов") not in events(result)


def test_a_group_in_an_asserted_event_keeps_its_members(run):
    result = _ru(run, "В мае на свободу вышли 12 политзаключённых, среди которых 68-летний Пётр Лобанов.")
    assert ("release", "Пётр Лобанов") in events(result)


# -- «в списке оказались X» -----------------------------------------------------------------------------


def test_names_present_in_the_list_join_the_pardon(run):
    result = _ru(
        run,
        "Лукашенко помиловал 14 человек, осуждённых по «протестным» статьям. По данным правозащитников, "
        "в списке оказались программист Игорь Савицкий и врач Олеся Гринько.",
    )
    assert {("release", "Игорь Савицкий"), ("release", "Олеся Гринько")} <= events(result)


def test_a_dash_after_the_list_names_a_member(run):
    result = _ru(
        run,
        "Лукашенко помиловал 14 человек, осуждённых по «протестным» статьям. Из Гомеля в списке — "
        "58-летний Игорь Савицкий.",
    )
    assert ("release", "Игорь Савицкий") in events(result)


def test_a_list_of_an_exchange_to_come_is_no_membership(run):
    result = _ru(
        run,
        "Лукашенко помиловал 14 человек, осуждённых по «протестным» статьям. В списках на обмен были "
        "и другие, например Игорь Савицкий.",
    )
    assert ("release", "Игорь Савицкий") not in events(result)


def test_a_name_absent_from_the_list_is_no_member(run):
    result = _ru(
        run,
        "Лукашенко помиловал 14 человек, осуждённых по «протестным» статьям. В списке не оказалось "
        "Игоря Савицкого.",
    )
    assert ("release", "Игорь Савицкий") not in events(result)


# -- terms in brackets after the names of a verdict's group --------------------------------------------


def test_members_of_a_verdict_take_their_bracketed_terms(run):
    result = _ru(
        run,
        "Южный окружной военный суд вынес приговор троим жителям Ейска. Это Олег Ткачук (13 лет), "
        "Вадим Руденко (10 лет) и Артём Кисель (8 лет и 6 месяцев).",
    )
    assert terms(result) == {"Олег Ткачук": 156, "Вадим Руденко": 120, "Артём Кисель": 102}


def test_an_age_in_brackets_after_a_death_is_no_term(run):
    result = _ru(run, "В Гродно скончался бывший политзаключённый Степан Мороз (71 год).")
    assert terms(result) == {}


def test_brackets_after_an_arrest_are_no_term(run):
    result = _ru(
        run,
        "В Ейске задержали троих местных жителей. Это Олег Ткачук (23 года), Вадим Руденко (19 лет) "
        "и Артём Кисель (20 лет).",
    )
    assert terms(result) == {}


# -- a converb tagged as a finite verb --------------------------------------------------------------------


def test_a_converb_behind_an_apposition_gives_the_term(run):
    result = _ru(
        run,
        "Марина Лозовская, 52-летняя библиотекарь из Пинска, вышла на свободу 3 марта, полностью "
        "отбыв три года колонии.",
    )
    assert ("release", "Марина Лозовская") in events(result)
    assert terms(result) == {"Марина Лозовская": 36}


def test_a_converb_of_part_of_a_term_is_no_full_term(run):
    result = _ru(
        run, "Марина Лозовская, 52-летняя библиотекарь из Пинска, вышла по УДО, отбыв два года из трёх."
    )
    assert terms(result).get("Марина Лозовская") != 24


# -- «Вместо N — M» in the next sentence ------------------------------------------------------------------


def test_a_change_with_the_terms_in_the_next_line(run):
    result = _ru(
        run,
        "Апелляционный суд ужесточил приговор Ольге Ковалёвой. Вместо трёх лет колонии, назначенных "
        "ей в марте, — пять.",
    )
    assert ("sentence", "Ольга Ковалёва") in events(result)
    assert _terms_of(result, "Ольга Ковалёва") == {36, 60}


def test_a_next_line_with_its_own_verb_is_no_term_of_the_change(run):
    result = _ru(
        run,
        "Апелляционный суд рассмотрел жалобу на приговор Ольге Ковалёвой. Вместо трёх лет прокурор "
        "просил пять.",
    )
    assert _terms_of(result, "Ольга Ковалёва") == set()


# -- a one-year adjective, a term served with words between -----------------------------------------------


def test_a_one_year_term_served_is_a_term_and_a_release(run):
    result = _ru(run, "Ирину Мельничук, отбывшую в российской колонии годичный срок, выдворили из России.")
    assert terms(result) == {"Ирина Мельничук": 12}
    assert ("release", "Ирина Мельничук") in events(result)


def test_part_of_a_term_served_is_no_release(run):
    result = _ru(run, "Ирина Мельничук, отбывшая лишь часть срока, подала прошение об УДО.")
    assert ("release", "Ирина Мельничук") not in events(result)


# -- a bare «всех» tells back the group --------------------------------------------------------------------


def test_a_bare_all_tells_back_the_group_just_named(run):
    result = _ru(
        run,
        "В субботу в Петербурге полицейские задержали пятерых человек. Среди них — Лидия Осипова и "
        "Глеб Яковлев. Всех отпустили утром.",
    )
    assert {("release", "Лидия Осипова"), ("release", "Глеб Яковлев")} <= events(result)


def test_all_who_is_no_told_back_group(run):
    result = _ru(
        run,
        "В субботу в Петербурге полицейские задержали пятерых человек. Среди них — Лидия Осипова и "
        "Глеб Яковлев. Отпустили всех, кто согласился подписать протокол.",
    )
    assert ("release", "Лидия Осипова") not in events(result)


# -- «N освобождённых, в том числе X» ----------------------------------------------------------------------


def test_a_counted_whole_before_including_joins_the_event_of_its_size(run):
    result = _ru(
        run,
        "Шестерых вывезли в Литву\n\nЛукашенко помиловал 20 политзаключённых. Шестерых освобождённых, "
        "в том числе Игоря Савицкого, доставили к пункту пропуска и оставили на нейтральной полосе.",
    )
    assert ("deportation", "Игорь Савицкий") in events(result)


# -- «и срок вырос до N лет» ---------------------------------------------------------------------------


def test_a_grown_term_is_the_last_convicts(run):
    result = _ru(
        run,
        "Тараса Кулика осудили в 2022 году к двум годам колонии. В колонии на него завели дело о "
        "неповиновении администрации, и срок вырос до трёх лет и шести месяцев.",
    )
    assert _terms_of(result, "Тарас Кулик") == {24, 42}


def test_a_grown_term_beside_another_name_is_nobodys(run):
    result = _ru(
        run,
        "Тараса Кулика осудили в 2022 году к двум годам колонии. Его соседа по бараку Олега Сироту "
        "наказали за драку, и срок вырос до трёх лет и шести месяцев.",
    )
    assert 42 not in _terms_of(result, "Тарас Кулик")


def test_three_quarters_of_a_term_to_serve_is_no_release(run):
    result = _ru(
        run,
        "Ирину Мельничук осудили на шесть лет. Подать ходатайство об УДО она сможет, только отбыв три "
        "четверти срока.",
    )
    assert ("release", "Ирина Мельничук") not in events(result)


def test_an_ordinal_on_the_list_is_read_once(run):
    result = _ru(
        run,
        "Власти освободили 15 политзаключённых. Четырнадцать человек вывезли в Литву. Пятнадцатым в "
        "списке значится Павел Дудко, он отказался выходить из автобуса.",
    )
    assert ("deportation", 13) not in counts(result)
