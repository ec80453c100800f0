"""Belarusian extraction, session 43 (helper be-read): classes of language behind the misses and
false facts of the newly read Belarusian set, each in wordings of our own, with traps.

* a capitalised word of a person's name is no trigger, whatever its first letters read as
  («Далідовіч» as «далі», «Даўгалёў» as «даў», «Літвінава» as «Літва»);
* a capitalised adjective before a compound enterprise noun («Гродзенскага шклозавода») is no person;
* a term befalls its dative recipient («тэрмін — N гадоў — дастаўся X-у», «X-у дасталася N»), and a
  term between dashes after a term noun opening the sentence is its verb's term however long;
* «Вось што пра іх вядома.» leads a numbered list as «Вось што вядома:» does;
* a place abroad told before a verb of conveyance («на літоўскі бок перавезлі N») is a removal;
  a place of custody told before it («у РУУС адвезлі X») an arrest;
* a plural pronoun stands for the latest list of names (or «усіх N») past sentences that name
  only its members and no other people in the plural;
* a woman's nominative, not a man's genitive, beside a feminine verb or at a list line's head;
* every form of a rule's verb of demand blocks it («папрасіў для X …, для Y — штраф»);
* a word of time («у той жа дзень») is no role noun;
* a possessive and a kin adjective before a kin noun make the name after it the relative himself;
* «меў N гадоў калоніі», «мае N гадоў за «…»» hold a term.
"""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events, names, terms

# -- a name's own word is no trigger ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "У чацвер Тарас Далідовіч апынуўся сярод 12 палітвязняў, якіх вызвалілі.",
            "Тарас Далідовіч",
            "release",
        ),
        (
            "Ірына Далідовіч была сярод 30 палітвязняў, якіх памілавалі ў пятніцу.",
            "Ірына Далідовіч",
            "release",
        ),
        (
            "Сымон Даўгалёў апынуўся сярод 20 вязняў, якіх вывезлі ў Літву.",
            "Сымон Даўгалёў",
            "deportation",
        ),
    ],
)
def test_a_surname_that_opens_like_a_verb_is_still_a_member(be, text, name, kind):
    assert (kind, name) in events(be(text))


def test_a_surname_that_opens_like_a_verb_is_no_event_of_its_own(be):
    result = be("Тарас Далідовіч працуе настаўнікам у Лідзе.")
    assert not result.events


# -- a capitalised adjective before a compound enterprise noun is no person ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Былога інжынера Гродзенскага шклозавода затрымалі ў сакавіку.",
        "Слесара Барысаўскага аўтазавода затрымалі ў траўні 2021 года.",
    ],
)
def test_an_enterprise_adjective_is_no_person(be, text):
    result = be(text)
    assert not names(result)
    assert not result.events


def test_an_adjectival_surname_before_a_verb_is_still_a_person(be):
    result = be("Андрэя Рублеўскага затрымалі ў сакавіку.")
    assert ("arrest", "Андрэй Рублеўскі") in events(result)


# -- a term befalls its dative recipient ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        ("Самы вялікі тэрмін — сем гадоў калоніі — дастаўся Пятру Гузу.", "Пётр Гуз", 84),
        ("Найменшы тэрмін, два гады, дастаўся Ганне Лось.", "Ганна Лось", 24),
        ("Сымону Кавалю дасталося пяць гадоў калоніі ўзмоцненага рэжыму.", "Сымон Каваль", 60),
        ("Тры гады «хіміі» дасталіся Алегу Мартынюку.", "Алег Мартынюк", 36),
        (
            "Самае мяккае пакаранне — два гады абмежавання волі з накіраваннем у папраўчую ўстанову"
            " адкрытага тыпу — дасталося Ганне Лось, якая да прысуду была на волі.",
            "Ганна Лось",
            24,
        ),
        (
            "Найбольшае пакаранне — восем гадоў калоніі ўзмоцненага рэжыму па двух артыкулах — атрымаў"
            " Пётр Гуз.",
            "Пётр Гуз",
            96,
        ),
    ],
)
def test_a_term_befalls_its_recipient(be, text, name, months):
    result = be(text)
    assert ("sentence", name) in events(result)
    assert terms(result)[name] == months


@pytest.mark.parametrize(
    "text",
    [
        "Кватэра ў Менску дасталася Ганне Лось ад бабулі.",
        "Два гады таму Пятру Гузу дасталося ад міліцыянтаў на вуліцы.",
        "Пракурор прасіў восем гадоў, але такі тэрмін Пятру Гузу не дастаўся.",
        "Пятру Гузу можа дастацца пяць гадоў калоніі.",
    ],
)
def test_no_term_befalls_anyone_here(be, text):
    assert not be(text).events


# -- «Вось што пра іх вядома.» leads a list ---------------------------------------------------------

_PARDON = (
    "Кіраўнік дзяржавы памілаваў 14 асуджаных па «палітычных» артыкулах.\n\n"
    "Рэдакцыя высветліла імёны некаторых з іх. {lead}\n\n"
    "1. Сымон Каваль, 61 год, Ліда. Настаўнік фізікі.\n\n"
    "2. Ганна Лось, 38 гадоў, Орша. Бухгалтарка.\n"
)


@pytest.mark.parametrize(
    "lead", ["Вось што пра іх вядома.", "Вось што вядома.", "Вось што пра кожнага з іх вядома."]
)
def test_here_is_what_is_known_leads_the_list(be, lead):
    found = events(be(_PARDON.format(lead=lead)))
    assert {("release", "Сымон Каваль"), ("release", "Ганна Лось")} <= found


def test_a_list_of_those_still_held_is_no_list_of_the_freed(be):
    text = (
        "Кіраўнік дзяржавы памілаваў 14 асуджаных.\n\n"
        "Але за кратамі застаюцца іншыя. Вось што пра іх вядома.\n\n"
        "1. Сымон Каваль, 61 год, Ліда.\n\n"
        "2. Ганна Лось, 38 гадоў, Орша.\n"
    )
    assert ("release", "Сымон Каваль") not in events(be(text))


# -- a place told before the verb of conveyance ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Памежнікі пацвердзілі: праз пункт пропуску на літоўскі бок перавезлі 11 вызваленых палітвязняў.",
            11,
        ),
        ("Раніцай на літоўскую мяжу даставілі 9 палітвязняў.", 9),
        ("Праз пункт пропуску «Беняконі» на літоўскі бок перавезьлі 15 вызваленых.", 15),
    ],
)
def test_a_place_abroad_before_the_verb_is_a_removal(be, text, count):
    assert ("deportation", count) in counts(be(text))


def test_a_named_person_taken_to_the_other_side(be):
    result = be("На польскі бок перавезлі Алега Мартынюка, асуджанага на шэсць гадоў.")
    assert ("deportation", "Алег Мартынюк") in events(result)


@pytest.mark.parametrize(
    "text",
    [
        "На літоўскі бок перавезлі гуманітарны груз.",
        "У Літву Ганну Лось адвезлі сваякі, яна з'ехала сама.",
    ],
)
def test_no_removal_without_a_prisoner_or_against_will(be, text):
    assert not [e for e in be(text).events if e.type == "deportation"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Увечары ў РУУС адвезлі і бацьку студэнта, Сымона Каваля.", "Сымон Каваль"),
        ("У Савецкі РАУС завезьлі Ганну Лось.", "Ганна Лось"),
        ("У ізалятар даставілі Пятра Гуза.", "Пётр Гуз"),
    ],
)
def test_a_place_of_custody_before_the_verb_is_an_arrest(be, text, name):
    assert ("arrest", name) in events(be(text))


@pytest.mark.parametrize(
    "text",
    [
        "У ізалятар адвезлі перадачу для Пятра Гуза.",
        "У РУУС адвезла дакументы Ганна Лось.",
    ],
)
def test_things_brought_to_a_police_station_are_no_arrest(be, text):
    assert not be(text).events


# -- a plural pronoun past sentences about its members ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "На лаве падсудных — слесар Сымон Каваль і фельчарка Ганна Лось. Абодвух абвінавачвалі ва ўдзеле"
        " ў маршах. Кавалю дадаткова інкрымінавалі абразу суддзі.\n\nАрыштаваныя яны былі ў адзін дзень.",
        "Сымон Каваль і Ганна Лось выйшлі на марш. Каваль нёс сцяг. Лось здымала на тэлефон. Іх затрымалі"
        " праз тыдзень.",
        "Перад судом паўсталі Сымон Каваль і Ганна Лось. Абвінавачаньне ім прад'явілі па артыкуле 342."
        " Пазьней іх затрымалі зноў.",
    ],
)
def test_they_are_the_list_told_before(be, text):
    found = events(be(text))
    assert {("arrest", "Сымон Каваль"), ("arrest", "Ганна Лось")} <= found


def test_all_three_named_over_two_sentences_then_they(be):
    text = (
        "У клетцы — Сымон Каваль і Ганна Лось. Побач сядзеў пенсіянер Пётр Гуз. Усіх траіх абвінавачвалі"
        " ў адным. Кавалю дадаткова інкрымінавалі абразу.\n\nЗатрымалі іх у сакавіку."
    )
    found = events(be(text))
    assert {("arrest", "Сымон Каваль"), ("arrest", "Ганна Лось"), ("arrest", "Пётр Гуз")} <= found


@pytest.mark.parametrize(
    "text",
    [
        # a judge named between: no longer only the list
        "Суд разглядаў справу Сымона Каваля і Ганны Лось. Працэс вяла суддзя Алена Вашчук. Іх затрымалі"
        " ўвесну.",
        # other people in the plural between: whom «іх» means, unknown
        "Сымон Каваль і Ганна Лось працавалі на заводзе. На суд прыйшлі іх сваякі. Іх затрымалі на выхадзе.",
        "Сымон Каваль і Ганна Лось выйшлі на марш. Адвакаты падалі скаргу. Яны былі затрыманыя ў траўні.",
    ],
)
def test_they_are_not_the_list_when_others_stand_between(be, text):
    found = events(be(text))
    assert ("arrest", "Сымон Каваль") not in found


# -- a woman's nominative beside a feminine verb or at a list line's head ----------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("«Я ўжо дома», — напісала Валянціна Крупенька сяброўцы.", "Валянціна Крупенька"),
        (
            "Вось яны:\n\n1. Ала Кухта, 51 год, Ліда.\n\n2. Валянціна Крупенька, 64 гады, Менск.\n",
            "Валянціна Крупенька",
        ),
        ("Сярод іх:\n— Валянціна Крупенька, Менск;\n— Ала Кухта, Ліда.\n", "Валянціна Крупенька"),
    ],
)
def test_a_womans_nominative_is_not_a_mans_genitive(be, text, name):
    assert name in names(be(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Аляксандра Іванюка, 45 гадоў, затрымалі ў траўні.", "Аляксандр Іванюк"),
        ("Суд асудзіў Валянціна Мароза на тры гады.", "Валянцін Мароз"),
        ("У спісе няма Аляксандра Іванюка, які адбывае пяць гадоў.", "Аляксандр Іванюк"),
    ],
)
def test_a_mans_genitive_stays_his(be, text, name):
    assert name in names(be(text))


def test_a_role_noun_after_a_list_line_finds_the_woman(be):
    text = (
        "Вось хто яны.\n\n1. Сымон Каваль, 58 гадоў, Ліда.\n\n"
        "2. Валянціна Крупенька, 64 гады, Менск. Пенсіянерку асудзілі на чатыры гады.\n"
    )
    result = be(text)
    assert terms(result).get("Валянціна Крупенька") == 48


# -- a verb of demand blocks in every form -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Пракурор Вадзім Шэлег папрасіў для Пятра Гуза пяць гадоў калоніі, для Ганны Лось — два гады"
        " «хіміі», для Сымона Каваля — штраф.",
        "Абвінаваўца запатрабаваў для Пятра Гуза чатыры гады, для Ганны Лось — штраф.",
    ],
)
def test_a_prosecutors_request_is_no_verdict(be, text):
    assert not [e for e in be(text).events if e.type == "sentence"]


def test_the_verdict_after_the_request_is_one(be):
    text = "Пракурорка папрасіла для Пятра Гуза пяць гадоў калоніі. Суд прызначыў яму чатыры гады."
    result = be(text)
    assert terms(result) == {"Пётр Гуз": 48}


# -- a word of time is no role noun ------------------------------------------------------------------


def test_the_same_day_is_no_one(be):
    text = (
        "Яе сыну Сымону тады толькі споўнілася дваццаць. У дзень нараджэння ён і не вярнуўся дадому.\n\n"
        "Яго сябру Максіму Сушко далі пяць гадоў.\n\nМаксім ужо на волі. Летась у верасні хлопца"
        " памілавалі і ў той жа дзень выслалі ў Літву."
    )
    found = events(be(text))
    assert ("deportation", "Максім Сушко") in found
    assert ("deportation", "Сымон") not in found


# -- a possessive before a kin noun: the name is the relative himself --------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Затрымалі майго брата Сяргея Лося.", "Сяргей Лось"),
        ("У той жа дзень затрымалі і майго малодшага брата Віктара.", "Віктар"),
        ("Ганна Лось сказала, што затрымалі і ейнага старэйшага сына Тараса.", "Тарас"),
    ],
)
def test_my_brother_named_is_the_brother(be, text, name):
    assert ("arrest", name) in events(be(text))


@pytest.mark.parametrize(
    "text",
    [
        "Затрымалі брата Сяргея Лося.",  # whose brother: Sergei's, unnamed
        "Затрымалі малодшага брата Сяргея Лося.",
    ],
)
def test_a_kin_noun_with_no_owner_keeps_the_name_as_owner(be, text):
    assert ("arrest", "Сяргей Лось") not in events(be(text))


# -- «мець N гадоў» a term -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        ("Сымон Каваль меў чатыры гады і два месяцы калоніі.", "Сымон Каваль", 50),
        ("Ганна Лось мела два гады «хатняй хіміі».", "Ганна Лось", 24),
        ("Са мной сядзеў Пётр Гуз, ён мае дванаццаць гадоў за «здраду дзяржаве».", "Пётр Гуз", 144),
        ("Пётр Гуз мае восем гадоў пазбаўлення волі.", "Пётр Гуз", 96),
    ],
)
def test_a_term_held(be, text, name, months):
    result = be(text)
    assert ("sentence", name) in events(result)
    assert terms(result)[name] == months


@pytest.mark.parametrize(
    "text",
    [
        "Пётр Гуз мае 40 гадоў працоўнага стажу.",
        "Пётр Гуз мае 40 гадоў і жыве ў Лідзе.",
        "Пётр Гуз мае пяць гадоў за плячыма ў калоніі.",
        "Пётр Гуз мае шанец выйсці праз тры гады.",
    ],
)
def test_no_term_held_here(be, text):
    assert not be(text).events


# -- a role noun set off after the name is the name's role --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Тарас Вашкевіч — былы кіроўца з Барысава. Яго затрымалі ў траўні. Праз паўгода суд даў кіроўцу"
        " шэсць гадоў калоніі.",
        "Тарас Вашкевіч, 45-гадовы кіроўца з Барысава, правёў за кратамі два гады. Суд даў кіроўцу шэсць"
        " гадоў калоніі.",
    ],
)
def test_a_role_set_off_after_the_name_is_its_holder(be, text):
    result = be(text)
    assert ("sentence", "Тарас Вашкевіч") in events(result)
    assert terms(result)["Тарас Вашкевіч"] == 72


def test_a_role_held_by_two_is_no_ones(be):
    text = (
        "Тарас Вашкевіч — былы кіроўца. Пётр Гуз, таксама кіроўца, сядзіць у тым жа атрадзе. Суд даў"
        " кіроўцу шэсць гадоў калоніі."
    )
    assert not [e for e in be(text).events if e.type == "sentence"]


# -- a trade noun opening a profile's sentence is the profile's person ---------------------------------


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "3. Тарас Вашкевіч, 41 год, Жодзіна. Зваршчыка пакаралі годам і шасцю месяцамі калоніі.",
            "Тарас Вашкевіч",
            18,
        ),
        ("Тарас Вашкевіч, 41 год, Жодзіна. Машыніста асудзілі на тры гады.", "Тарас Вашкевіч", 36),
    ],
)
def test_a_trade_noun_after_a_profile_line_is_its_person(be, text, name, months):
    result = be(text)
    assert ("sentence", name) in events(result)
    assert terms(result)[name] == months


def test_a_counted_trade_is_a_group(be):
    assert ("sentence", 5) in counts(be("Суд асудзіў пяцёх шахцёраў з Салігорска."))


@pytest.mark.parametrize(
    "text",
    [
        "Таксама ў спісе Валянціна Кузняцова, Сяргей Дубовік і Ігар Навікаў.",
        "У спісе вызваленых таксама Валянціна Кузняцова і Ігар Навікаў.",
        "У ліку памілаваных — Валянціна Кузняцова.",
    ],
)
def test_a_woman_listed_after_a_list_head_is_a_nominative(run, text):
    """A verbless clause «у спісе …» lists its members as its subject, in the nominative: the
    woman, not a man's genitive «Валянцін Кузняцоў» (a registry person matching no prisoner in
    the roll of seed 22)."""
    names = {p.name for p in run("Навіны\n\n" + text, "be").persons}
    assert "Валянціна Кузняцова" in names
    assert "Валянцін Кузняцоў" not in names


def test_a_list_owned_by_a_man_keeps_his_genitive(run):
    names = {p.name for p in run("Навіны\n\nУ спісе Аляксандра Іванюка было пяць прозвішчаў.", "be").persons}
    assert "Аляксандр Іванюк" in names
