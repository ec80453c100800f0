"""Belarusian extraction, session 51 (helper be-read): classes of language behind false events of
the Belarusian read sets (syn41-be-b newly readable), each counted across all the read sets before
it was written (docs/extract-ru-be.md, session 51), in wordings of our own, with traps.

* a report of hearsay («паведамлялі, што …», «шырыцца інфармацыя, што …») that the text then
  denies through a pointer to it («гэтага не пацвердзіла», «гэта абвергла») — after «аднак» in the
  same sentence or anywhere in the next sentence — tells no event;
* a trigger match its own rule's words veto (`unless`, `unless_near`) is no trigger at all: it
  neither gives an event nor takes the names or the object around it from another trigger; so
  «забраць» alone (a person taken away) is a detention again;
* a verb of going in the future to a penal place with the term told («пойдзе ў калонію на 4,5
  года», «паедзе на «хімію»: 3 гады …») is the verdict, as «адправіцца ў калонію» was.
"""

from __future__ import annotations

from tests.test_extract_ru import counts, events, terms

# -- a report denied through a pointer to it --------------------------------------------------------


def test_report_denied_after_contrast_in_the_same_sentence(be):
    result = be(
        "У Барысаве затрымалі актывістку Марыну Лапцёнак. "
        "Некаторыя каналы паведамлялі, што Лапцёнак ужо адпусцілі, аднак яе сястра гэтага не пацвердзіла."
    )
    assert ("arrest", "Марына Лапцёнак") in events(result)
    assert ("release", "Марына Лапцёнак") not in events(result)


def test_report_denied_by_a_pointer_late_in_the_next_sentence(be):
    result = be(
        "У сацсетках шырыцца інфармацыя, што памілаваны палітвязень Юрый Кандрацюк, асуджаны ў 2021 "
        "годзе на пяць гадоў. Сын палітвязня Павел Кандрацюк у размове з рэдакцыяй гэта абверг: "
        "«Тата па-ранейшаму ў калоніі»."
    )
    assert ("release", "Юрый Кандрацюк") not in events(result)
    # the verdict told in a participle after the name is his past, kept
    assert ("sentence", "Юрый Кандрацюк") in events(result)


def test_report_confirmed_by_a_named_source_stays(be):
    # trap: a named source's report with no pointer denying it is an event
    result = be(
        "Праваабаронцы паведамлялі, што Алену Гарбачэўскую адпусцілі ў панядзелак. "
        "Яе муж Сяргей Гарбачэўскі распавёў, што яна ўжо дома."
    )
    assert ("release", "Алена Гарбачэўская") in events(result)


def test_office_not_confirming_without_a_pointer_keeps_the_arrest(be):
    # trap: «у міліцыі затрыманне не пацвердзілі» (no pointer to a report) does not deny it
    result = be(
        "Блогера Аляксея Міцкевіча затрымалі ў сераду ў Гомелі, паведамляюць ягоныя сябры. "
        "У міліцыі затрыманне не пацвердзілі."
    )
    assert ("arrest", "Аляксей Міцкевіч") in events(result)


def test_official_not_confirming_through_a_pointer_keeps_the_arrest(be):
    # trap: «афіцыйна гэтага ніхто не пацвердзіў» — no office confirming denies nothing
    result = be(
        "Паводле звестак праваабаронцаў, у Пінску затрымалі пастара Вадзіма Куліка. "
        "Афіцыйна гэтага ніхто не пацвердзіў."
    )
    assert ("arrest", "Вадзім Кулік") in events(result)


def test_denial_in_another_paragraph_is_another_story(be):
    # trap: the next paragraph's «гэтага не пацвярджаюць» is about something else
    result = be(
        "Паводле паведамленняў праваабаронцаў, Ігара Кавалёва затрымалі ў Віцебску.\n\n"
        "Улады кажуць пра новыя памілаванні. Сваякі палітвязняў гэтага не пацвярджаюць."
    )
    assert ("arrest", "Ігар Кавалёў") in events(result)


# -- a vetoed match is no trigger ------------------------------------------------------------------


def test_vetoed_match_does_not_take_the_object_of_a_conjoined_removal(be):
    # «забралі з калоніі» is vetoed by the «забраць» rule's own words (a prisoner moved from a
    # colony); the vetoed match must not take the counted group «… і адвезлі на мяжу» shares
    result = be("Уначы пяцярых палітвязняў забралі з калоніі ў Шклове і адвезлі на мяжу з Літвой.")
    assert ("deportation", 5) in counts(result)
    assert not any(e.type == "arrest" for e in result.events)


def test_taken_away_with_a_person_as_patient_is_an_arrest(be):
    # the single-word «забраць» trigger, retried with the veto taking the match away
    result = be("Настаўніцу Кацярыну Васілевіч забралі назаўтра — проста з уроку ў школе.")
    assert ("arrest", "Кацярына Васілевіч") in events(result)


def test_taken_home_by_kin_is_no_arrest(be):
    # trap: «забралі дадому бацькі» (`unless`)
    result = be("Пасля допыту 16-гадовага Максіма Ляшчэню забралі дадому бацькі.")
    assert ("arrest", "Максім Ляшчэня") not in events(result)


def test_next_sentence_denying_its_own_hearsay_leaves_this_one(be):
    # trap: the next sentence's «гэта не пацвярджаецца» denies its own «пішуць, што …»
    result = be(
        "Паводле звестак праваабаронцаў, у Гомелі затрымалі журналіста Андрэя Шыманскага. "
        "У чатах пішуць, што яго могуць адпусціць, аднак гэта пакуль не пацвярджаецца."
    )
    assert ("arrest", "Андрэй Шыманскі") in events(result)


# -- a verb of going to a penal place with the term ------------------------------------------------


def test_will_go_to_a_colony_for_a_term_is_the_verdict(be):
    result = be(
        "Маладзечанскі раённы суд вынес прысуд трымі фігурантам справы. "
        "Настаўнік гісторыі Васіль Кудрэвіч пойдзе ў калонію на тры з паловай гады."
    )
    assert ("sentence", "Васіль Кудрэвіч") in events(result)
    assert terms(result).get("Васіль Кудрэвіч") == 42


def test_will_go_to_khimiya_with_the_term_after_a_colon(be):
    result = be("Суд вынес прысуд. Юлія Стральчук пойдзе на «хімію»: 2 гады абмежавання волі з накіраваннем.")
    assert ("sentence", "Юлія Стральчук") in events(result)
    assert terms(result).get("Юлія Стральчук") == 24


def test_may_go_to_a_colony_is_a_threat(be):
    # trap: «калі суд пагодзіцца, … пойдзе» is a condition (`unless`)
    result = be("Калі суд пагодзіцца з абвінаваўцам, Рыгор Шчэрбач пойдзе ў калонію на пяць гадоў.")
    assert ("sentence", "Рыгор Шчэрбач") not in events(result)


def test_going_to_school_is_no_verdict(be):
    # trap: the same verb to another place
    result = be("Сын палітвязня Арцёма Жукоўскага сёлета пойдзе ў школу на два гады пазней за равеснікаў.")
    assert ("sentence", "Арцём Жукоўскі") not in events(result)
