"""Belarusian structure of whole articles (session 31), in wording invented for these tests: a
pardon whose freed are then driven to the border and "cross to the Lithuanian side" or "had to
cross the border" (the removal, when a release is told in that sentence or the one before);
a section heading of removal or release («Вывезеныя ў Літву», «Вярнуліся дадому») over a list of
profiles, one a paragraph, whose persons are members of the group counted before. Precision
traps: a crossing with no release before it (an exile's own flight), a heading with no profiles,
profiles under a heading of no event."""

from __future__ import annotations

from tests.test_extract_ru import counts, events, terms

# -- crossing the border right after a release -----------------------------------------------


def test_crossed_to_lithuanian_side_after_pardon_is_removal(be):
    text = (
        "Кіраўнік краіны памілаваў 9 асуджаных. Сямёра чалавек, сярод якіх былі журналіст "
        "Пятро Кавалёў і настаўніца Ганна Шымко, перайшлі на літоўскі бок."
    )
    found = be(text)
    assert {("deportation", "Ганна Шымко")} <= events(found)
    assert any(
        name.startswith("Пят") or name.startswith("Пёт")
        for kind, name in events(found)
        if kind == "deportation"
    )
    assert ("deportation", 7) in counts(found)


def test_crossed_to_polish_side_taraskievica(be):
    text = (
        "Уначы ўлады вызвалілі 5 палітвязьняў. Раніцай Тацяна Сівец перайшла на польскі бок "
        "у суправаджэньні вайскоўцаў."
    )
    assert ("deportation", "Тацяна Сівец") in events(be(text))


def test_had_to_cross_border_after_release(be):
    text = (
        "Кіраўнік краіны памілаваў 9 асуджаных. Сямёх з вызваленых вывезьлі ў Літву. "
        "Разам з астатнімі мяжу давялося перайсьці Пятру Кавалёву і Ганне Шымко."
    )
    found = events(be(text))
    assert any(kind == "deportation" and name.endswith("Шымко") for kind, name in found)


def test_dative_had_to_cross_border_after_release(be):
    text = "Кіраўнік краіны памілаваў 9 асуджаных. Аляксею Шэмету давялося перайсці мяжу разам з іншымі."
    found = events(be(text))
    assert any(kind == "deportation" and name.startswith(("Аляксей", "Алексей")) for kind, name in found)


def test_crossing_without_release_is_no_removal(be):
    text = (
        "Праваабаронца Ігар Зорын сам перайшоў на літоўскі бок у 2021 годзе, калі даведаўся "
        "пра пагрозу арышту."
    )
    assert not any(kind == "deportation" for kind, _ in events(be(text)))


def test_had_to_cross_border_without_release_is_no_removal(be):
    text = "Журналістцы Алене Бусел давялося перайсці мяжу ўначы, каб пазьбегнуць затрыманьня."
    assert not any(kind == "deportation" for kind, _ in events(be(text)))


# -- a heading of removal or release over profiles ------------------------------------------------

_PARDON = (
    "Памілаванне: на волю выйшлі 11 чалавек\n\n"
    "У сераду кіраўнік краіны памілаваў 11 асуджаных. Пяцёх з іх вывезлі на мяжу з Літвой "
    "і загадалі ісці пешшу.\n\n"
)


def test_profiles_under_removal_heading_are_removed(be):
    text = (
        _PARDON + "Выдвараныя ў Літву\n\n"
        "Міхаіл Грэбень, 61 год, пчаляр з Камянца. Асуджаны на пяць гадоў за данаты.\n\n"
        "Кацярына Зуй, 33 гады, дызайнерка зь Віцебску. Адбывала тры гады.\n\n"
        "Засталіся ў Беларусі\n\n"
        "Раман Цішко, 45 гадоў, таксіст з Оршы. Адседзеў два гады.\n"
    )
    found = events(be(text))
    assert {("deportation", "Міхаіл Грэбень"), ("deportation", "Кацярына Зуй")} <= found
    assert ("deportation", "Раман Цішко") not in found


def test_profiles_under_home_heading_are_freed(be):
    text = (
        _PARDON + "Вярнуліся дадому\n\n"
        "Раман Цішко, 45 гадоў, таксіст з Оршы. Адседзеў два гады.\n\n"
        "Ала Бурак, 58 гадоў, бухгалтарка з Бабруйску. Тры гады калоніі за каментары.\n"
    )
    found = events(be(text))
    assert {("release", "Раман Цішко"), ("release", "Ала Бурак")} <= found
    assert ("deportation", "Ала Бурак") not in found


def test_heading_of_no_event_gives_no_members(be):
    text = (
        _PARDON + "Хто застаецца за кратамі\n\n"
        "Раман Цішко, 45 гадоў, таксіст з Оршы. Адбывае чатыры гады калоніі.\n\n"
        "Ала Бурак, 58 гадоў, бухгалтарка з Бабруйску. Адбывае тры гады.\n"
    )
    found = events(be(text))
    assert ("release", "Раман Цішко") not in found
    assert ("deportation", "Ала Бурак") not in found


def test_heading_section_ends_at_next_heading(be):
    text = (
        _PARDON + "Вывезеныя ў Літву\n\n"
        "Міхаіл Грэбень, 61 год, пчаляр з Камянца. Асуджаны на пяць гадоў за данаты.\n\n"
        "Каго няма ў сьпісе\n\n"
        "Раман Цішко, 45 гадоў, таксіст з Оршы. Адбывае чатыры гады.\n"
    )
    found = events(be(text))
    assert ("deportation", "Міхаіл Грэбень") in found
    assert ("deportation", "Раман Цішко") not in found
    assert ("release", "Раман Цішко") not in found


# -- «both» / «all N» after a paragraph that names them ------------------------------------------


def test_both_after_paragraph_naming_two(be):
    text = (
        "Сям'я з Пінска\n\n"
        "Людміла Караль працуе медсястрой. Яе муж Віктар Караль зараз у калоніі.\n\n"
        "Абодвух затрымалі ў сакавіку 2023 года ў іх кватэры."
    )
    found = be(text)
    assert {("arrest", "Людміла Караль"), ("arrest", "Віктар Караль")} <= events(found)


def test_both_after_paragraph_naming_three_names_none(be):
    text = (
        "Сям'я з Пінска\n\n"
        "Людміла Караль працуе медсястрой, яе брат Павел Шут — кіроўца. "
        "Муж Віктар Караль зараз у калоніі.\n\n"
        "Абодвух затрымалі ў сакавіку 2023 года ў іх кватэры."
    )
    found = events(be(text))
    assert ("arrest", "Павел Шут") not in found


# -- a profile's verbless line of its term -------------------------------------------------------


def test_profile_verbless_term_line(be):
    text = "Уладзімір Жук, 38 гадоў, механік з Ліды. Чатыры з паловай гады калоніі за каментары.\n"
    found = be(text)
    assert ("sentence", "Уладзімір Жук") in events(found)
    assert terms(found).get("Уладзімір Жук") == 54


def test_profile_verbless_term_line_years_and_months(be):
    text = "Марына Кот, 29 гадоў, фатографка з Гомеля. Тры гады і два месяцы пазбаўлення волі за данаты.\n"
    assert terms(be(text)).get("Марына Кот") == 38


def test_profile_participle_after_interval_in_words(be):
    text = (
        "Уладзімір Жук, 38 гадоў, механік з Ліды. Затрыманы ў лютым 2022 году, праз дзесяць "
        "месяцаў асуджаны на восем гадоў за «здраду дзяржаве».\n"
    )
    assert terms(be(text)).get("Уладзімір Жук") == 96


def test_profile_verbless_demand_is_no_sentence(be):
    text = "Уладзімір Жук, 38 гадоў, механік з Ліды. Пяць гадоў калоніі для яго запытаў пракурор.\n"
    assert ("sentence", "Уладзімір Жук") not in events(be(text))


def test_profile_line_serving_with_time_in_cell_keeps_its_verb(be):
    text = "Арсень Гук, 23 гады. Адбывае 4 гады калоніі; ён ужо правёў два месяцы ў ШІЗА.\n"
    assert terms(be(text)).get("Арсень Гук") == 48


def test_verbless_term_without_profile_names_nobody(be):
    text = "Суд пачаўся ў панядзелак.\n\nТры гады калоніі за адзін допіс у сацсетках.\n"
    assert not events(be(text))


# -- whose envoy: a genitive power between an official's noun and a foreign name ----------------


def test_envoy_genitive_is_not_part_of_the_name(be):
    text = "Спецыяльны пасланнік Вашынгтона Дэніэл Холдэн сустрэў вызваленых на мяжы."
    names = {p.name for p in be(text).persons}
    assert "Дэніэл Холдэн" in names
    assert not any("Вашынгтона" in n for n in names)


def test_ambassador_genitive_is_not_part_of_the_name(be):
    text = "Амбасадар Варшавы Джэймс Кэрал прыехаў у Вільню."
    names = {p.name for p in be(text).persons}
    assert not any("Варшавы" in n for n in names)


def test_listed_name_after_official_keeps_its_surname(be):
    text = "Дэпутат Сейма Ганна Мароз выступіла з заявай."
    names = {p.name for p in be(text).persons}
    assert "Ганна Мароз" in names


# -- «Іх затрымалі» after the people were told one by one ------------------------------------------


def test_they_after_two_verdicts_are_the_two(be):
    text = (
        "Пятру Кавалёву суд прызначыў пяць гадоў калоніі. Яго сябар Антон Шымко пакараны трыма "
        "гадамі. Іх затрымалі ў сакавіку мінулага году."
    )
    found = events(be(text))
    assert {("arrest", "Антон Шымко")} <= found
    assert any(kind == "arrest" and name.startswith(("Пётр", "Пятро")) for kind, name in found)


def test_they_after_counted_group_and_named_members(be):
    text = (
        "Суд у Барысаве асудзіў траіх студэнтаў. Найбольшы тэрмін, шэсць гадоў, атрымала Вольга Сак. "
        "Яе аднакурсніку Ігару Лісу далі чатыры гады. Іх затрымалі ўвосень."
    )
    found = events(be(text))
    assert ("arrest", "Вольга Сак") in found


def test_they_after_one_named_is_nobody(be):
    text = "Суддзя Ігар Каваль зачытаў прысуд. Іх затрымалі ў сакавіку."
    assert not any(kind == "arrest" for kind, _ in events(be(text)))


def test_they_with_an_owned_noun_is_not_the_people(be):
    text = (
        "Пятру Кавалёву суд прызначыў пяць гадоў калоніі. Яго сябар Антон Шымко пакараны трыма "
        "гадамі. Іх бацькоў затрымалі ў сакавіку."
    )
    assert ("arrest", "Антон Шымко") not in events(be(text))
