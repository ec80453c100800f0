"""Belarusian extraction, session 55 (helper be): members of counted groups named elsewhere and
the counts of verdict groups, a profile's elided subject (docs/extract-ru-be.md, session 55), in
wordings of our own, with traps.

* «all N» arrested beside a verdict: the arrest of «усе N» told near the verdicts of exactly N
  named defendants (above or below it, as a live blog told newest first puts them) is theirs; not
  when more or fewer people have verdicts there, nor when a prosecutor only asked for terms;
* kin nouns count a group: «прызналі вінаватымі двух братоў — A і B» is a verdict of two; a kin
  word with a number and no event of its own gives nothing;
* «вынеслі абвінаваўчы / завочны прысуд N …» is a verdict of N; not «апраўдальны прысуд», not
  the future «вынесе прысуд»;
* a live blog's names entry of a detention («Вядомыя імёны траіх затрыманых …. Гэта A, B і C»)
  names members of the blog's one detention counted with that number, told in another entry;
  not when the number differs, not when the entry denies the names;
* «X, 41 год, бухгалтарка. Да суда жыла ў сястры; атрымала два гады»: a clause after a
  semicolon shares the elided subject of a past verb that a short phrase of time opens; not a
  clause with a subject of its own.
"""

from __future__ import annotations

from tests.test_extract_ru import counts, events


def _arrested(result, names):
    return [n for n in names if ("arrest", n) in events(result)]


# «all N» arrested beside a verdict


def test_all_n_arrest_above_the_verdicts_of_a_reverse_blog(be):
    result = be(
        "Працэс над валанцёрамі: анлайн\n\n"
        "15:20 Абарона збіраецца падаваць апеляцыю.\n\n"
        "15:05 Усе трое былі затрыманыя ў красавіку мінулага года падчас рэйду на склад фонду.\n\n"
        "14:50 Каардынатар Станіслаў Гуд атрымаў пяць гадоў калоніі, ягоныя памочнікі Лілія "
        "Рачкоўская і Віталь Кміт — па тры гады.\n\n"
        "14:30 Суддзя абвясціў прысуд траім валанцёрам.\n"
    )
    assert _arrested(result, ["Станіслаў Гуд", "Лілія Рачкоўская", "Віталь Кміт"]) == [
        "Станіслаў Гуд",
        "Лілія Рачкоўская",
        "Віталь Кміт",
    ]


def test_all_n_arrest_with_more_verdicts_than_its_number_names_nobody(be):
    result = be(
        "Усе трое былі затрыманыя ў красавіку мінулага года.\n\n"
        "Станіслаў Гуд атрымаў пяць гадоў калоніі. Лілія Рачкоўская — чатыры гады. Віталь Кміт і "
        "Пятро Вайцюль атрымалі па тры гады.\n"
    )
    assert _arrested(result, ["Станіслаў Гуд", "Лілія Рачкоўская", "Віталь Кміт", "Пятро Вайцюль"]) == []


def test_all_n_arrest_beside_a_prosecutors_request_names_nobody(be):
    result = be(
        "Усе трое былі затрыманыя ў красавіку мінулага года.\n\n"
        "Пракурор папрасіў для Станіслава Гуда пяць гадоў, для Ліліі Рачкоўскай і Віталя Кміта — "
        "па тры гады. Прысуд агучаць у панядзелак.\n"
    )
    assert _arrested(result, ["Станіслаў Гуд", "Лілія Рачкоўская", "Віталь Кміт"]) == []


# kin nouns count a group


def test_two_brothers_found_guilty_is_a_verdict_of_two(be):
    result = be(
        "Суд у Навагрудку прызнаў вінаватымі двух братоў — Рыгора Жаўняровіча і Сымона "
        "Жаўняровіча. Кожнаму прызначылі па два гады калоніі.\n"
    )
    assert ("sentence", 2) in counts(result)


def test_brothers_counted_with_no_event_give_nothing(be):
    result = be(
        "Палітвязень Алесь Шумскі выхоўваў двух братоў пасля смерці бацькоў. Цяпер браты пішуць яму лісты.\n"
    )
    assert counts(result) == set()


# «вынеслі абвінаваўчы прысуд»


def test_a_guilty_verdict_with_its_adjective_counts_the_convicted(be):
    result = be("Мінскі абласны суд вынес абвінаваўчы прысуд пяці ўдзельнікам мясцовага хору.\n")
    assert ("sentence", 5) in counts(result)


def test_an_acquittal_or_a_verdict_to_come_is_no_verdict(be):
    acquitted = be("Суд вынес апраўдальны прысуд трым настаўнікам з Оршы.\n")
    planned = be("Суд вынесе абвінаваўчы прысуд трым настаўнікам з Оршы ў пятніцу.\n")
    assert ("sentence", 3) not in counts(acquitted)
    assert ("sentence", 3) not in counts(planned)


# a live blog's names entry of a detention


_BLOG = (
    "Ператрусы ў Полацку: анлайн\n\n"
    "13:40\n{names}\n\n"
    "12:15\nСілавікі затрымалі ў Полацку {count} ўдзельнікаў краязнаўчага гуртка.\n\n"
    "11:00\nРаніцай у горадзе прайшлі ператрусы.\n"
)


def test_names_entry_of_a_detention_told_below_it(be):
    result = be(
        _BLOG.format(
            names="Вядомыя імёны дваіх затрыманых. Гэта экскурсавод Ігнат Лабко і пенсіянерка Зося Маркевіч.",
            count="двух",
        )
    )
    assert _arrested(result, ["Ігнат Лабко", "Зося Маркевіч"]) == ["Ігнат Лабко", "Зося Маркевіч"]


def test_names_entry_with_another_number_or_denied_names_nobody(be):
    other = be(
        _BLOG.format(
            names="Вядомыя імёны дваіх затрыманых. Гэта экскурсавод Ігнат Лабко і пенсіянерка Зося Маркевіч.",
            count="пяць",
        )
    )
    denied = be(
        _BLOG.format(
            names="Імёны дваіх затрыманых пакуль не называюцца. Ля РУУС іх чакае сястра Ганна Лабко.",
            count="двух",
        )
    )
    assert _arrested(other, ["Ігнат Лабко", "Зося Маркевіч"]) == []
    assert _arrested(denied, ["Ганна Лабко"]) == []


# a profile's clause after a semicolon shares the elided subject of a past verb opened by a phrase of time


def test_verdict_after_a_semicolon_behind_a_fronted_phrase_of_time(be):
    result = be(
        "Тамара Жыгун, 41 год, бухгалтарка з Ганцавіч. Да суда жыла ў сястры; атрымала два гады калоніі.\n"
    )
    assert ("sentence", "Тамара Жыгун") in events(result)


def test_a_clause_with_its_own_subject_after_the_semicolon_is_not_the_profiles(be):
    result = be(
        "Тамара Жыгун, 41 год, бухгалтарка з Ганцавіч. У школе працавала дваццаць гадоў; яе муж "
        "атрымаў тры гады калоніі.\n"
    )
    assert ("sentence", "Тамара Жыгун") not in events(result)


def test_all_n_arrest_beside_a_fourth_verdict_in_absentia_keeps_its_own_three(be):
    result = be(
        "Гомельскі абласны суд асудзіў трох энергетыкаў.\n\n"
        "Інжынер Павел Ждан атрымаў дзесяць гадоў калоніі.\n\n"
        "Майстру Яраславу Коцу і дыспетчарцы Ніне Рагулі прызначылі па восем гадоў.\n\n"
        "Яшчэ аднаго фігуранта, Ігната Сака, які жыве ў Літве, суд завочна пакараў шасцю гадамі.\n\n"
        "Усіх траіх энергетыкаў затрымалі ў маі 2023 года.\n"
    )
    assert ("arrest", "Ігнат Сак") not in events(result)


def test_a_reflexive_past_behind_the_phrase_of_time_opens_the_clause_too(be):
    result = be(
        "Аксана Пільнік, 52 гады, фармацэўтка. Да прысуду заставалася на волі; атрымала два гады "
        "абмежавання волі.\n"
    )
    assert ("sentence", "Аксана Пільнік") in events(result)
