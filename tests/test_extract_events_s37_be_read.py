"""Belarusian events and terms (session 37), in wording invented for these tests, in both
orthographies: a profile sentence opened by its person's trade before a past verb; plural kin
nouns (brothers, sisters, spouses) pointing at the one family named before; «забралі» with the
force told by masks or plain clothes; membership in a group of the freed negated after it or put
in the future; a death whose custody is someone else's in a clause of time; «пасля
памілаванняў» in the plural; the rest of the freed «засталіся / выйшлі ў Беларусі»; a verdict's
bare number after a demand that stated a term; verdict lines whose penalty is a fine; «маці
аднаго з асуджаных, X». Precision traps in every family."""

from __future__ import annotations

from tests.test_extract_ru import events


def term_pairs(result) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


# -- a profile sentence opened by the person's trade --------------------------------------------


def test_trade_before_a_past_verb_of_a_profile(be):
    for text, pair in (
        (
            "Раман Кудзін, 58 гадоў, Пінск. Былы інжынер заводу, адбываў пяць гадоў калоніі.",
            ("Раман Кудзін", 60),
        ),
        ("Вольга Сівец, 33 гады, Ліда. Медсястра, атрымала тры гады калоніі.", ("Вольга Сівец", 36)),
        ("Вольга Сівец, 33 гады, Ліда. Настаўніца музыкі, адбывала два гады калёніі.", ("Вольга Сівец", 24)),
        ("Раман Кудзін, 58 гадоў, Пінск. Пэнсіянэр, атрымаў чатыры гады калёніі.", ("Раман Кудзін", 48)),
    ):
        assert pair in term_pairs(be(text)), text


def test_trade_lead_needs_the_verbs_gender_and_no_kin(be):
    for text in (
        "Раман Кудзін, 58 гадоў, Пінск. Былы інжынер заводу, адбывала пяць гадоў калоніі.",
        "Раман Кудзін, 58 гадоў, Пінск. Ягоная жонка, адбывала пяць гадоў калоніі.",
    ):
        assert ("sentence", "Раман Кудзін") not in events(be(text)), text


# -- plural kin nouns point at the family named before -----------------------------------------


def test_spouses_brothers_and_sisters_told_by_a_kin_plural(be):
    cases = (
        (
            "Суд у Лідзе асудзіў Міхася Баранчука і Тамару Баранчук. Сужэнцаў затрымалі ў траўні.",
            {"Міхась Баранчук", "Тамара Баранчук"},
        ),
        (
            "Антон Шэмет і Юрый Шэмет працавалі на заводзе. Пазьней братоў арыштавалі ў Гомелі.",
            {"Антон Шэмет", "Юрый Шэмет"},
        ),
        (
            "Алена Жыгала і Марта Жыгала вучыліся ў Віцебску. Сясцёр затрымалі на вакзале.",
            {"Алена Жыгала", "Марта Жыгала"},
        ),
        (
            "Міхась Баранчук і Тамара Баранчук атрымалі па тры гады. Сужэнцы былі затрыманыя ў траўні.",
            {"Міхась Баранчук", "Тамара Баранчук"},
        ),
    )
    for text, names in cases:
        got = {name for kind, name in events(be(text)) if kind == "arrest"}
        assert names <= got, text


def test_kin_plural_leaves_out_a_parent_and_other_surnames(be):
    text = (
        "Суд асудзіў Антона Шэмета і Юрыя Шэмета. Бацька хлопцаў, Пётр Шэмет, плакаў у залі. "
        "Братоў затрымалі ў 2021 годзе."
    )
    got = events(be(text))
    assert ("arrest", "Антон Шэмет") in got
    assert ("arrest", "Пётр Шэмет") not in got
    text = "Суд асудзіў Міхася Баранчука і Тамару Лук'янаву. Сужэнцаў затрымалі ў траўні."
    assert not {name for kind, name in events(be(text)) if kind == "arrest"}


# -- «забралі» by a force told by masks or plain clothes ----------------------------------------


def test_taken_away_by_men_in_masks_or_plain_clothes(be):
    for text in (
        "Антон Шэмет і Юрый Шэмет пайшлі на акцыю. "
        "Іх забралі ўначы — калі ў кватэру ўварваліся людзі ў масках.",
        "Ноччу ў дом прыйшлі сілавікі і забралі Тамару Баранчук.",
        "Тамару Баранчук забрала з вуліцы некалькі мужчын у цывільным.",
    ):
        got = {name for kind, name in events(be(text)) if kind == "arrest"}
        assert got, text


def test_things_taken_by_the_force_are_no_arrest(be):
    text = "Сілавікі правялі ператрус у Тамары Баранчук і забралі ноўтбук і тэлефоны."
    assert ("arrest", "Тамара Баранчук") not in events(be(text))


# -- membership in a group of the freed, negated or future --------------------------------------


def test_not_in_the_list_of_the_pardoned(be):
    for text in (
        "У новы спіс памілаваных не трапіў Максім Жураўскі, хоць маці пісала прашэнне.",
        "У сьпіс вызваленых не ўвайшоў Максім Жураўскі.",
        "Сярод вызваленых Максім Жураўскі не аказаўся.",
        "Сям'я верыць, што Максім Жураўскі трапіць у наступны спіс памілаваных.",
        "Сваякі спадзяюцца, што Максім Жураўскі апынецца сярод вызваленых.",
    ):
        assert ("release", "Максім Жураўскі") not in events(be(text)), text


def test_in_the_list_of_the_pardoned(be):
    for text in (
        "У спіс памілаваных трапіў Максім Жураўскі.",
        "Сярод вызваленых аказаўся і Максім Жураўскі.",
    ):
        assert ("release", "Максім Жураўскі") in events(be(text)), text


# -- a death while others were held ---------------------------------------------------------------


def test_death_while_the_sons_were_held_is_no_death_in_custody(be):
    for text in (
        "Бацька братоў, Пётр Шэмет, памёр увосень, пакуль абодва сыны былі за кратамі.",
        "Ягоная маці Алена Шэмет памерла, калі сын адбываў тэрмін у калоніі.",
        "Пётр Шэмет памёр летась, пакуль яны сядзелі ў СІЗА.",
    ):
        assert not {name for kind, name in events(be(text)) if kind == "death"}, text


def test_death_in_custody_with_a_clause_of_time(be):
    for text in (
        "Пётр Шэмет памёр, калі быў за кратамі.",
        "Палітвязень Пётр Шэмет памёр у калоніі, пакуль сваякі чакалі вызвалення.",
    ):
        assert ("death", "Пётр Шэмет") in events(be(text)), text


# -- pardons in the plural ---------------------------------------------------------------------


def test_pardons_in_the_plural_are_no_ones_release(be):
    for text in (
        "«Пасля памілаванняў месцы ў калоніях хутка займаюць новыя людзі», — кажа праваабаронца Алесь Грыб.",
        "Пасля масавых памілаваньняў Алесь Грыб застаўся ў калёніі.",
    ):
        assert ("release", "Алесь Грыб") not in events(be(text)), text
    assert ("release", "Алесь Грыб") in events(be("Пасля памілавання Алесь Грыб з'ехаў да сям'і."))


# -- the rest of the freed stayed at home ---------------------------------------------------------


def test_the_rest_of_the_freed_stayed_in_belarus(be):
    text = (
        "Кіраўнік краіны памілаваў 14 асуджаных. Частку з іх адразу вывезлі на мяжу з Польшчай.\n\n"
        "Журналісты гутарылі з вызваленымі ў пункце пропуску.\n\n"
        "Сярод тых, хто застаўся ў Беларусі, — пенсіянерка з Мазыра Алена Ждан і рабочы Кірыл Вабішчэвіч."
    )
    got = events(be(text))
    assert {("release", "Алена Ждан"), ("release", "Кірыл Вабішчэвіч")} <= got
    text = (
        "Памілаваныя 12 палітвязняў. Пяцярых вывезлі ў Літву.\n\n"
        "Хто выйшаў у Беларусі\n\n"
        "• Алена Ждан, 33 гады, Ліда.\n"
        "• Кірыл Вабішчэвіч, 50 гадоў, Орша."
    )
    got = events(be(text))
    assert {("release", "Алена Ждан"), ("release", "Кірыл Вабішчэвіч")} <= got


def test_staying_in_belarus_without_a_release_is_none(be):
    for text in (
        "Журналіст Кірыл Вабішчэвіч з'ехаў у Літву ў 2021 годзе. "
        "Ягоная калега Алена Ждан засталася ў Беларусі.",
        "У 2022 годзе Кірыл Вабішчэвіч быў вызвалены. Ягоны сябар з'ехаў у Польшчу.\n\n"
        "Алена Ждан засталася ў Беларусі і працуе ў школе.",
    ):
        assert ("release", "Алена Ждан") not in events(be(text)), text


# -- a verdict's bare number after a demand ----------------------------------------------------


def test_bare_number_after_a_demand_takes_its_unit(be):
    for text, pair in (
        ("Пракурор прасіў для Алены Ждан пяць гадоў, суд прызначыў чатыры.", ("Алена Ждан", 48)),
        ("Абвінаваўца патрабаваў для Алены Ждан шэсць гадоў, але суд даў ёй тры.", ("Алена Ждан", 36)),
        (
            "Дзяржабвінаваўца запытаў для Паўла Лазоўскага сем гадоў калоніі. Суд прызначыў яму шэсць.",
            ("Павел Лазоўскі", 72),
        ),
        (
            "Пракурорка прасіла для Паўла Лазоўскага восем гадоў калёніі, "
            "судзьдзя прызначыў яму шэсьць з паловай.",
            ("Павел Лазоўскі", 78),
        ),
    ):
        assert pair in term_pairs(be(text)), text


def test_no_bare_term_from_a_date_or_without_a_demand(be):
    got = term_pairs(be("Пракурор прасіў для Паўла Лазоўскага пяць гадоў, суд прызначыў 2 сакавіка."))
    assert not got
    got = term_pairs(be("Пракурор прасіў для Паўла Лазоўскага пяць гадоў. Суд прызначыў яму штраф."))
    assert not got


# -- verdict lines with a fine -----------------------------------------------------------------


def test_verdict_lines_with_a_fine(be):
    text = (
        "Прысуды за тыдзень:\n"
        "• Зінаіда Кох (Слонім) — штраф у памеры 30 базавых велічынь за каментар;\n"
        "• Віктар Амяльчук (Гродна) — два гады калоніі."
    )
    got = events(be(text))
    assert {("sentence", "Зінаіда Кох"), ("sentence", "Віктар Амяльчук")} <= got


def test_administrative_fines_and_demanded_fines_are_no_verdict(be):
    for text in (
        "Адміністрацыйныя справы:\n— Зінаіда Кох — штраф 20 базавых па арт. 19.11 КаАП.",
        "Пракурор прасіў для Зінаіды Кох — штраф у 100 базавых.",
    ):
        assert ("sentence", "Зінаіда Кох") not in events(be(text)), text


# -- kin of one of the convicted ---------------------------------------------------------------


def test_kin_of_one_of_the_convicted_is_the_kin(be):
    for text in (
        "Маці аднаго з асуджаных, Зінаіда Кох, расказала, што не атрымлівае лістоў.",
        "Жонка аднаго з затрыманых, Зінаіда Кох, паведаміла пра ператрус.",
        "Бацька двух асуджаных, Віктар Амяльчук, — пенсіянер.",
    ):
        assert not events(be(text)), text


def test_one_of_the_convicted_named_is_the_convict(be):
    assert ("Віктар Амяльчук", 36) in term_pairs(be("Адзін з асуджаных, Віктар Амяльчук, атрымаў тры гады."))


# -- a plural pronoun after a colon --------------------------------------------------------------


def test_they_after_a_colon_are_the_people_before_it(be):
    for text, names in (
        (
            "Зінаіду Кох і Віктара Амяльчука не адпусцілі дадому: іх вызвалілі і адразу вывезлі ў Літву.",
            {"Зінаіда Кох", "Віктар Амяльчук"},
        ),
        (
            "Дванаццаць вязняў, сярод якіх быў і Віктар Амяльчук, дадому не трапілі: "
            "іх вывезлі на мяжу з Польшчай.",
            {"Віктар Амяльчук"},
        ),
        (
            "Зінаіда Кох і Віктар Амяльчук ня трапілі дадому: іх вызвалілі і вывезьлі ў Латвію.",
            {"Зінаіда Кох", "Віктар Амяльчук"},
        ),
    ):
        got = events(be(text))
        assert {("deportation", n) for n in names} <= got, text


def test_they_after_a_colon_needs_a_group_and_no_speaker(be):
    assert not events(be("Зінаіда Кох сказала: іх затрымалі ўначы."))
    got = events(be("Лукашэнка памілаваў Зінаіду Кох: іх вывезлі на мяжу."))
    assert ("deportation", "Зінаіда Кох") not in got


# -- lexemes of custody and verdicts --------------------------------------------------------------


def test_custody_ordered_and_verdicts_in_other_lexemes(be):
    for text, pair in (
        ("Суд заключыў пад варту Зінаіду Кох.", ("arrest", "Зінаіда Кох")),
        ("Віктар Амяльчук заключаны пад варту ў зале суда.", ("arrest", "Віктар Амяльчук")),
        ("Зінаіду Кох засудзілі завочна.", ("sentence", "Зінаіда Кох")),
        ("Віктару Амяльчуку далі рэальны тэрмін за каментар.", ("sentence", "Віктар Амяльчук")),
    ):
        assert pair in events(be(text)), text
    assert ("Віктар Амяльчук", 36) in term_pairs(be("Віктара Амяльчука засудзілі на тры гады."))


def test_other_senses_of_those_lexemes_are_no_event(be):
    for text in (
        "Віктар Амяльчук заключыў дамову з выдавецтвам.",
        "Грамадства засудзіла гвалт супраць Віктара Амяльчука.",
        "Пракурор прасіў даць Віктару Амяльчуку тэрмін.",
    ):
        assert not events(be(text)), text
