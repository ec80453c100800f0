"""Belarusian timelines under a profile heading and counts after a verdict noun, in wording
invented for these tests: a line «год — затрыманы …» gives its arrest or sentence to the
heading's person of the participle's gender (a release too, since session 22); «вынес прысуд N …» counts N;
a role noun told in an oblique case before a name («зваршчыку X») is the speaker «— сказаў зваршчык»."""

from __future__ import annotations

from tests.test_extract_ru import counts, events, quotes, terms


def test_timeline_lines_give_arrest_and_sentence_to_the_heading(be):
    result = be(
        "Мікалай Гурскі, 38 гадоў, электрык з Пінска\n\n"
        "2021 — затрыманы каля свайго дома;\n"
        "сакавік 2022 — асуджаны на 5 гадоў калоніі;\n"
        "2023 — апеляцыйны суд нічога не змяніў.\n"
    )
    assert ("arrest", "Мікалай Гурскі") in events(result)
    assert ("sentence", "Мікалай Гурскі") in events(result)
    assert terms(result)["Мікалай Гурскі"] == 60


def test_timeline_line_of_the_other_gender_is_not_the_headings(be):
    result = be(
        "Алена Русак, 29 гадоў, настаўніца\n\n"
        "2022 — затрыманы ў аэрапорце;\n"
        "2023 — асуджаная на 2 гады калоніі.\n"
    )
    assert ("arrest", "Алена Русак") not in events(result)
    assert ("sentence", "Алена Русак") in events(result)


def test_timeline_release_line_is_given(be):
    # session 22: a timeline line takes every event type, a release included (background events are gold)
    result = be(
        "Тарас Ляшчэня, 45 гадоў, рабочы\n\n2020 — затрыманы на акцыі;\n2024 — вызвалены з калоніі.\n"
    )
    assert ("arrest", "Тарас Ляшчэня") in events(result)
    assert ("release", "Тарас Ляшчэня") in events(result)


def test_verdict_noun_with_a_dative_number_counts(be):
    result = be("Абласны суд у аўторак вынес прысуд чатыром настаўнікам з Бабруйска за допісы.")
    assert ("sentence", 4) in counts(result)


def test_verdict_noun_count_with_a_term(be):
    result = be("Гарадскі суд вынес прысуд шасці студэнтам — па два гады калоніі кожнаму.")
    assert ("sentence", 6) in counts(result)


def test_a_demanded_verdict_is_no_count(be):
    result = be("Пракурор папрасіў вынесці прысуд сямі актывістам, суд пачнецца ў маі.")
    assert ("sentence", 7) not in counts(result)


def test_role_noun_in_the_dative_is_the_later_speaker(be):
    result = be(
        "Суд вынес прысуд пяці рабочым. Зваршчыку Паўлу Гарбацэвічу далі 5 гадоў калоніі.\n\n"
        "«Я ні ў чым не вінаваты», — сказаў зваршчык у апошнім слове.\n"
    )
    assert any(name == "Павел Гарбацэвіч" for name, _ in quotes(result))


def test_role_noun_case_form_after_the_quote_is_not_the_speaker(be):
    result = be(
        "«Нас судзілі за чат», — сказаў зваршчык пасля пасяджэння.\n\n"
        "Раней асудзілі памочніка зваршчыка Ігара Сушко.\n"
    )
    assert not any(name == "Ігар Сушко" for name, _ in quotes(result))


def test_driven_back_after_refusing_to_leave_is_an_arrest(be):
    result = be("Памілаваны Ягор Сакол адмовіўся пакідаць Беларусь, і яго адвезлі назад у калонію.")
    assert ("release", "Ягор Сакол") in events(result)
    assert ("arrest", "Ягор Сакол") in events(result)


def test_driven_back_home_is_no_arrest(be):
    result = be("Пасля допыту Ніну Клімко павезлі назад дадому.")
    assert ("arrest", "Ніна Клімко") not in events(result)


def test_the_teller_of_an_opening_account_is_not_the_one_taken(be):
    result = be(
        "Памілаваны Ягор Сакол адмовіўся выязджаць. Як расказала яго сястра Яўгенія Сакол, "
        "на мяжы брата перасадзілі ў іншую машыну і павезлі назад.\n"
    )
    assert ("arrest", "Яўгенія Сакол") not in events(result)


def test_the_teller_speaking_of_themself_keeps_the_event(be):
    result = be("Як расказаў Ягор Сакол, яго затрымалі на мяжы.")
    assert ("arrest", "Ягор Сакол") in events(result)
