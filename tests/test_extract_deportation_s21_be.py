"""Belarusian removal abroad of session 21, on sentences written for these tests: the nouns of
removal («дэпартацыя», «высылка», «выдварэнне/выдварэньне») with a count, with a name
opening the sentence, or stated as a fact after «пасля»; the border fronted before the verb
of driving («Да мяжы давезлі:», «на літоўскую мяжу адвезлі»), also as the header of a list.
Threats, fears, denials and calls to stop the practice give nothing."""

from __future__ import annotations

from tests.test_extract_ru import counts, events


def test_the_noun_of_removal_with_a_name_opening_the_sentence(be):
    result = be("Дэпартацыя Уладзіслава Карнейчыка ў Латвію адбылася ў чацвер уначы.")
    assert ("deportation", "Уладзіслаў Карнейчык") in events(result)
    result = be("Выдварэньне Галіны Мікуліч за мяжу суправаджалі двое канваіраў.")
    assert ("deportation", "Галіна Мікуліч") in events(result)
    result = be("Высылка Уладзіслава Карнейчыка стала ўжо трэцяй за месяц.")
    assert ("deportation", "Уладзіслаў Карнейчык") in events(result)


def test_the_noun_of_removal_stated_as_a_fact_after_pasla(be):
    result = be("Пасля дэпартацыі ў Польшчу Уладзіслаў Карнейчык шукае працу ў Беластоку.")
    assert ("deportation", "Уладзіслаў Карнейчык") in events(result)
    result = be("Пасьля сваёй высылкі Галіна Мікуліч двойчы выступала ў Брусэлі.")
    assert ("deportation", "Галіна Мікуліч") in events(result)


def test_the_noun_of_removal_with_a_count(be):
    result = be("Праваабаронцы пацвердзілі дэпартацыю 9 палітвязняў на літоўскі бок.")
    assert ("deportation", 9) in counts(result)


def test_traps_of_the_noun_threat_fear_denial_call_ordinal(be):
    assert not events(be("Уладзіславу Карнейчыку пагражае дэпартацыя ў Расію."))
    assert not events(be("Галіна Мікуліч баіцца дэпартацыі, бо яе пашпарт пратэрмінаваны."))
    assert not events(be("Памежнікі запэўнілі, што ніякай высылкі Уладзіслава Карнейчыка не было."))
    assert not counts(be("Праваабаронцы заклікалі спыніць высылку вызваленых палітвязняў."))
    assert not counts(be("Для Гродна гэта ўжо трэцяя вядомая дэпартацыя за восень."))


def test_the_border_fronted_before_the_verb_of_driving(be):
    result = be("Да польскай мяжы Галіну Мікуліч давезлі двое ў цывільным.")
    assert ("deportation", "Галіна Мікуліч") in events(result)
    result = be("Уладзіслава Карнейчыка забралі ад брамы калоніі і на латвійскую мяжу адвезлі ўначы.")
    assert ("deportation", "Уладзіслаў Карнейчык") in events(result)
    # negated: not driven there
    assert not events(be("Да мяжы яго ўрэшце не давезлі: Уладзіслаў Карнейчык застаўся ў Віцебску."))


def test_a_list_headed_by_the_fronted_border(be):
    result = be(
        "Памілаваных было адзінаццаць. Шасцярых з іх вывезлі за мяжу.\n\n"
        "Да мяжы давезлі:\n\n"
        "1. Уладзіслаў Карнейчык, Наваполацк.\n"
        "2. Галіна Мікуліч, Жлобін.\n\n"
        "Дома засталася Ядвіга Рамановіч."
    )
    found = events(result)
    assert {("deportation", "Уладзіслаў Карнейчык"), ("deportation", "Галіна Мікуліч")} <= found
    assert ("deportation", "Ядвіга Рамановіч") not in found
    assert ("deportation", 6) in counts(result)


def all_terms(result) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


def test_a_numbered_line_states_its_term_after_the_age_and_town(be):
    result = be(
        "Вывезеныя ў Латвію:\n\n"
        "1. Уладзіслаў Карнейчык, 38 гадоў, Наваполацк. Асуджаны на 7 гадоў калоніі.\n"
        "2. Галіна Мікуліч, 57 гадоў, Жлобін. 3 гады і 7 месяцаў хіміі за каментар.\n"
        "3. Ядвіга Рамановіч, Барысаў. Адбывала 2 гады калоніі."
    )
    assert all_terms(result) == {
        ("Уладзіслаў Карнейчык", 84),
        ("Галіна Мікуліч", 43),
        ("Ядвіга Рамановіч", 24),
    }
    assert ("deportation", "Галіна Мікуліч") in events(result)
    assert "Барысаў" not in {p.name for p in result.persons}  # a town, not a surname


def test_traps_of_the_numbered_line_age_demand_negation_other_name(be):
    result = be(
        "Сярод памілаваных:\n\n"
        "1. Уладзіслаў Карнейчык, 38 гадоў, Наваполацк. Пракурор прасіў 6 гадоў калоніі.\n"
        "2. Галіна Мікуліч, 57 гадоў, Жлобін. Не 5 гадоў, а штраф.\n"
        "3. Ядвіга Рамановіч, 44 гады, Орша. Яе мужа Лявона Рамановіча асудзілі на 3 гады."
    )
    found = all_terms(result)
    assert not {t for t in found if t[0] in ("Уладзіслаў Карнейчык", "Галіна Мікуліч", "Ядвіга Рамановіч")}
    assert all(months not in (456, 684, 528) for _, months in found)  # no age taken for a term


def test_us_in_a_quote_or_an_answer_is_the_speaker(be):
    result = be("«Нас пасадзілі ў бус і вывезлі ў Латвію», — успамінае Галіна Мікуліч.")
    assert ("deportation", "Галіна Мікуліч") in events(result)
    result = be("Уладзіслаў Карнейчык піша: «Нас выслалі з краіны без пашпартоў».")
    assert ("deportation", "Уладзіслаў Карнейчык") in events(result)
    result = be("— Што было далей?\n— Нас выдварылі ў Польшчу на наступны дзень, — кажа Галіна Мікуліч.")
    assert ("deportation", "Галіна Мікуліч") in events(result)
    # «у нас», «для нас»: not the ones it befell; a threat is no event
    result = be("«У нас забралі пашпарты, а сына выслалі ў Латвію», — кажа Галіна Мікуліч.")
    assert ("deportation", "Галіна Мікуліч") not in events(result)
    result = be("«Нас пагражалі выслаць з краіны», — кажа Галіна Мікуліч.")
    assert ("deportation", "Галіна Мікуліч") not in events(result)


def test_left_at_the_border_or_ordered_to_cross_it(be):
    result = be("Пасля памілавання Галіну Мікуліч пакінулі на мяжы з Латвіяй.")
    assert ("deportation", "Галіна Мікуліч") in events(result)
    result = be("Уладзіслава Карнейчыка давезлі да Катлоўкі і загадалі ісці ў Літву.")
    assert ("deportation", "Уладзіслаў Карнейчык") in events(result)
    result = be("Галіну Мікуліч вывезлі з калоніі, а на пункце пропуску прымусілі перайсці мяжу.")
    assert ("deportation", "Галіна Мікуліч") in events(result)
    # detained at the border, told not to cross, or a thing left there: no removal
    assert ("deportation", "Галіна Мікуліч") not in events(be("Галіну Мікуліч затрымалі на мяжы з Латвіяй."))
    assert not events(be("Галіне Мікуліч загадалі не пераходзіць мяжу."))
    assert not events(be("Уладзіслаў Карнейчык пакінуў на мяжы чамадан."))


def test_found_abroad_right_after_a_release(be):
    result = be(
        "Тады памілавалі васямнаццаць чалавек. Трынаццаць з нас апынуліся ў Літве, — кажа Галіна Мікуліч."
    )
    assert ("deportation", 13) in counts(result)
    result = be("Адразу пасля вызвалення Уладзіслаў Карнейчык апынуўся ў Вільні.")
    assert ("deportation", "Уладзіслаў Карнейчык") in events(result)
    result = be("Пасьля памілаваньня Галіна Мікуліч апынулася за мяжой.")
    assert ("deportation", "Галіна Мікуліч") in events(result)
    # no release told just before: an exile's own move
    result = be("Уладзіслаў Карнейчык апынуўся ў Літве ў 2021 годзе, калі ўцёк ад вобыску.")
    assert ("deportation", "Уладзіслаў Карнейчык") not in events(result)
    result = be(
        "Галіну Мікуліч вызвалілі ў 2024 годзе. Яна засталася ў Жлобіне. Сёлета яна апынулася ў Польшчы."
    )
    assert ("deportation", "Галіна Мікуліч") not in events(result)


def test_plain_clothes_agents_are_no_count(be):
    result = be("Брата забралі ад брамы калоніі трое ў цывільным і адвезлі на мяжу.")
    assert counts(result) == set()
    result = be("Чацвярых палітвязняў забралі з калоніі і адвезлі на мяжу.")
    assert ("deportation", 4) in counts(result)


def test_a_role_noun_after_a_year_date_and_a_country_far_away(be):
    result = be(
        "Улады Венесуэлы вызвалілі з турмы пастара Рыгора Сіўца і ноччу пасадзілі ў самалёт да "
        "ЗША. У 2021 годзе пастара асудзілі на 12 гадоў."
    )
    assert {("deportation", "Рыгор Сівец"), ("sentence", "Рыгор Сівец")} <= events(result)
    result = be("Журналістку Галіну Мікуліч вызвалілі. У 2023 годзе журналістку затрымалі ў Жлобіне.")
    assert ("arrest", "Галіна Мікуліч") in events(result)


def test_there_stands_for_the_place_abroad_named_before(be):
    result = be(
        "Галіну Мікуліч пасля памілавання вывезлі ў Латвію. Туды ж праз два дні вывезлі і "
        "Уладзіслава Карнейчыка."
    )
    assert ("deportation", "Уладзіслаў Карнейчык") in events(result)
    result = be("Галіну Мікуліч адвезлі на літоўскую мяжу. Уладзіслава Карнейчыка туды адправілі назаўтра.")
    assert ("deportation", "Уладзіслаў Карнейчык") in events(result)
    # «туды» for a jail named before: custody, not a removal
    result = be("Галіну Мікуліч затрымалі і кінулі ў СІЗА. Назаўтра туды ж адвезлі і Уладзіслава Карнейчыка.")
    assert ("deportation", "Уладзіслаў Карнейчык") not in events(result)


def test_a_prisoners_age_and_a_residence_permit_are_no_terms(be):
    result = be(
        "Сёлета ў той жа калоніі памёр асуджаны за махлярства 47-гадовы зняволены. Раней там памёр "
        "Уладзіслаў Карнейчык, асуджаны на 4 гады."
    )
    assert all_terms(result) == {("Уладзіслаў Карнейчык", 48)}  # not 47 years of «зняволены»
    result = be(
        "Ведамства паведаміла, што ўсе прыбылыя атрымаюць від на жыхарства на год. Сярод вывезеных — "
        "Галіна Мікуліч."
    )
    assert all_terms(result) == set()
    result = be("Галіна Мікуліч адбывае 3 гады зняволення ў Гомелі.")
    assert all_terms(result) == {("Галіна Мікуліч", 36)}


def test_the_place_abroad_fronted_before_the_verb(be):
    result = be(
        "Указам памілавалі 19 асуджаных. У Латвіі апынуліся пенсіянерка Галіна Мікуліч і Уладзіслаў "
        "Карнейчык."
    )
    assert {("deportation", "Галіна Мікуліч"), ("deportation", "Уладзіслаў Карнейчык")} <= events(result)
    result = be("Указам памілавалі 19 асуджаных. За мяжу вывезлі сямёх з іх, у тым ліку Галіну Мікуліч.")
    assert ("deportation", "Галіна Мікуліч") in events(result)
    result = be("Восем чалавек апынуліся ў Вільні адразу пасля памілавання. Сярод іх — Галіна Мікуліч.")
    assert ("deportation", "Галіна Мікуліч") in events(result)
    result = be("Уладзіслава Карнейчыка ўначы вывезлі на пункт пропуску «Урбаны».")
    assert ("deportation", "Уладзіслаў Карнейчык") in events(result)
    # an exile's own move, with no release told: nothing
    assert not events(be("У Латвіі Галіна Мікуліч апынулася яшчэ ў 2020 годзе."))


def test_put_in_a_van_before_a_removal_is_no_detention(be):
    result = be(
        "«Нас пасадзілі ў бус і везлі ўсю ноч без адзінага слова. Ужо за літоўскім пунктам пропуску я "
        "зразумеў, што мяне выслалі», — успамінае Алесь Шуневіч."
    )
    assert ("arrest", "Алесь Шуневіч") not in events(result)
    assert ("deportation", "Алесь Шуневіч") in events(result)
    result = be("Уладзіслава Карнейчыка запіхнулі ў бус каля пад'езда. Суд прызначыў яму 10 сутак.")
    assert ("arrest", "Уладзіслаў Карнейчык") in events(result)


def test_a_removal_to_any_country_abroad_not_only_the_neighbours(be):
    result = be(
        "Улады вызвалілі з калоніі журналіста Апанаса Жураўля і ноччу пасадзілі ў самалёт да Іспаніі."
    )
    assert ("deportation", "Апанас Жураўль") in events(result)
    result = be("Ларысу Дрозд вывезлі ў Турцыю адразу пасля памілавання.")
    assert ("deportation", "Ларыса Дрозд") in events(result)
    # a move of one's own is no removal
    result = be("Ларыса Дрозд летась пераехала ў Іспанію вучыцца.")
    assert ("deportation", "Ларыса Дрозд") not in events(result)
