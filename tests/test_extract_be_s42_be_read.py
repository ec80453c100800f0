"""Belarusian extraction, session 42 (helper be-read): classes of language behind the misses of
the newly read Belarusian set, each in wordings of our own, with traps that must not fire.

* a person noun right after an active past verdict verb, followed by the term or the guilt
  («Суд пакараў мужчыну трыма гадамі»), is the person told before (the term is the new part);
* «забралі» with a told time (a month, a day, a year, «уначы») takes a person into custody;
* «пакінуў віцебскую калонію», «выйшаў з РУУС / ІЧУ / Акрэсціна» end a custody;
* «не менш за N» bounds a number and negates no event;
* a profile list led by «Вось што вядома:» takes the group counted two paragraphs up when the
  paragraph between tells no event; «сямі з 16 вызваленых» counts the whole, 16;
* a rule's «unless» words are read in the trigger's clause between semicolons;
* «Першы прысуд — 4 гады» is a profile's term line;
* a span of time («праз двое сутак») before a role noun counts no group;
* «падпісалі памілаванне X-у» frees the dative's person;
* «прыйшлі па X / па яе» is the police coming for someone;
* a series of terms states its unit once («X атрымаў восем, Y — шэсць з паловай, Z — пяць
  гадоў») or in the sentence before, read only by a verb of getting or giving a term;
* «вязніца» is a place of custody.
"""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events, terms

# -- a role noun right after a verdict verb is the person told before ----------------------------


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "Аляксея Кавалёва затрымалі ў лютым. Суд пакараў мужчыну чатырма гадамі калоніі.",
            "Аляксей Кавалёў",
            48,
        ),
        (
            "Настаўніцу Марыю Стэльмах затрымалі ў маі. Суд асудзіў жанчыну на два гады калоніі.",
            "Марыя Стэльмах",
            24,
        ),
        (
            "Пенсіянера Уладзіміра Жарко затрымалі ў сакавіку."
            " Праз паўгода суд пакараў пенсіянера пяццю гадамі.",
            "Уладзімір Жарко",
            60,
        ),
        (
            "Тамара Сушко працавала ў школе. Летась суд прысудзіў настаўніцу да трох гадоў калоніі.",
            "Тамара Сушко",
            36,
        ),
        (
            "Журналіста Яўгена Карася затрымалі ў 2021-м. Абласны суд прызнаў журналіста вінаватым і"
            " прызначыў сем гадоў калоніі.",
            "Яўген Карась",
            84,
        ),
    ],
)
def test_a_role_noun_after_the_verdict_verb_is_the_person_told_before(be, text, name, months):
    result = be(text)
    assert ("sentence", name) in events(result)
    assert terms(result)[name] == months


@pytest.mark.parametrize(
    "text",
    [
        # a new, unnamed man: nothing follows but the reason
        "Аляксея Кавалёва затрымалі ў лютым. Суд асудзіў мужчыну з Ліды за каментар.",
        # the other gender: no one of it was named
        "Аляксея Кавалёва затрымалі ў лютым. Суд асудзіў жанчыну на тры гады.",
        # the man named before is the one who told it
        "Пра гэта паведаміў праваабаронца Аляксей Кавалёў. Суд пакараў мужчыну трыма гадамі калоніі.",
        # two men named before: no one to choose
        "Аляксея Кавалёва і Пятра Гуза затрымалі ў лютым. Суд пакараў мужчыну трыма гадамі калоніі.",
    ],
)
def test_a_role_noun_after_the_verdict_verb_that_points_nowhere_gives_no_sentence(be, text):
    assert not [e for e in events(be(text)) if e[0] == "sentence"]


# -- «забралі» with a told time is an arrest -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Сцяпана Гаргуна, зваршчыка з Мазыра, забралі ў лістападзе 2022 года.", "Сцяпан Гаргун"),
        ("Самога Рыгора Мінца забралі ў чэрвені пасля ператрусу.", "Рыгор Мінец"),
        ("Уладзіслава Пракапенку забралі 12 жніўня.", "Уладзіслаў Пракапенка"),
        ("У кастрычніку забралі і Лявона Батуру, інжынера з Пінска.", "Лявон Батура"),
        ("Міколу Грыцука забралі ў 2023 годзе.", "Мікола Грыцук"),
        ("Захара Лабача забралі ўначы.", "Захар Лабач"),
    ],
)
def test_taken_away_at_a_told_time_is_an_arrest(be, text, name):
    assert ("arrest", name) in events(be(text))


@pytest.mark.parametrize(
    "text",
    [
        "У лістападзе ў Святланы Гаргун забралі тэлефон і ноўтбук.",  # things seized
        "Сцяпана Гаргуна ў 2019 годзе забралі ў войска.",  # conscripted
        "Сцяпана Гаргуна ў лістападзе забралі сваякі.",  # by kin
        "Святлана Гаргун хварэла. У лістападзе яе забралі ў бальніцу.",  # to hospital
        "Сцяпан Гаргун асуджаны. Яго забралі з калоніі ўначы.",  # a prisoner moved
    ],
)
def test_taken_away_traps_give_no_arrest(be, text):
    assert not [e for e in events(be(text)) if e[0] == "arrest"]


# -- leaving a colony or a police station ends a custody ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("5 лютага пакінуў магілёўскую калонію №15 пенсіянер Васіль Бярозка.", "Васіль Бярозка"),
        ("Тацяна Гурло пакінула шклоўскую калонію ў красавіку.", "Тацяна Гурло"),
        ("Сымон Дзяркач выйшаў з РУУС Ленінскага раёна пад падпіску аб нявыездзе.", "Сымон Дзяркач"),
        ("Увечары Лідзія Карніла выйшла з ІЧУ.", "Лідзія Карніла"),
        ("Пасля 15 сутак Глеб Варона выйшаў з Акрэсціна.", "Глеб Варона"),
    ],
)
def test_leaving_a_colony_or_a_police_station_is_a_release(be, text, name):
    assert ("release", name) in events(be(text))


@pytest.mark.parametrize(
    "text",
    [
        "Адвакатка Лідзія Карніла выйшла з ІЧУ і паведаміла, што кліенту дрэнна.",  # a visitor
        "Пра дваіх вядома, што іх пакінулі ў ізалятары: гэта Глеб Варона і Сымон Дзяркач.",  # kept
    ],
)
def test_leaving_traps_give_no_release(be, text):
    assert not [e for e in events(be(text)) if e[0] == "release"]


# -- «не менш за N» is a bound, not a negation ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "names"),
    [
        (
            "У Брэсце затрыманыя ня менш за 12 чалавек. Сярод іх — лекарка Вера Зуева і кіроўца Юрый Ляшук.",
            "arrest",
            {"Вера Зуева", "Юрый Ляшук"},
        ),
        (
            "Не менш за 20 чалавек затрыманыя ў Менску. Сярод іх — журналістка Вера Зуева.",
            "arrest",
            {"Вера Зуева"},
        ),
        (
            "Вызваленыя не менш як 30 палітвязняў. Сярод іх — Юрый Ляшук і Вера Зуева.",
            "release",
            {"Юрый Ляшук", "Вера Зуева"},
        ),
    ],
)
def test_a_bound_of_a_number_negates_no_event(be, text, label, names):
    result = be(text)
    assert {n for t, n in events(result) if t == label} == names
    assert not [c for c in counts(result) if c[0] == label]  # approximate: no count


@pytest.mark.parametrize(
    "text",
    ["Юрый Ляшук не затрыманы, ён дома.", "Вера Зуева сярод затрыманых не аказалася."],
)
def test_a_true_negation_still_negates(be, text):
    assert not events(be(text))


# -- a profile list after «Вось што вядома:» -----------------------------------------------------

_PARDON = """Памілаванне ў жніўні: вядомыя імёны трох з 11 вызваленых

Кіраўнік дзяржавы падпісаў указ аб памілаванні 11 асуджаных. Імёны вызваленых не называюцца.

Намеснік генпракурора ў эфіры сказаў: «Кожны, хто раскаяўся, мае шанец».

Сваякі і адвакаты дапамаглі ўстанавіць, хто трапіў у спіс. Вось што вядома:

1. Кірыла Жданок, 34 гады, праграміст з Віцебска. Асуджаны на 3 гады калоніі.

2. Аліна Вашчыла, 27 гадоў, фатографка з Лунінца. Атрымала 2 гады калоніі.

3. Мікалай Юшчанка, 61 год, з Оршы. Прыгавораны да 4 гадоў калоніі.
"""


def test_a_here_is_what_is_known_list_names_the_pardoned(be):
    result = be(_PARDON)
    released = {n for t, n in events(result) if t == "release"}
    assert released == {"Кірыла Жданок", "Аліна Вашчыла", "Мікалай Юшчанка"}
    assert ("release", 11) in counts(result)
    assert ("release", 3) not in counts(result)  # «трох з 11»: the known part


def test_a_list_after_a_paragraph_with_an_event_of_its_own_keeps_its_reach(be):
    text = _PARDON.replace(
        "Намеснік генпракурора ў эфіры сказаў: «Кожны, хто раскаяўся, мае шанец».",
        "У той жа дзень у Гомелі затрымалі пяць чалавек.",
    )
    released = {n for t, n in events(be(text)) if t == "release"}
    assert "Кірыла Жданок" not in released


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Памілаванне: вядомыя імёны сямі з 16 вызваленых.", ("release", 16)),
        ("Улады вызвалілі сем з 16 палітвязняў.", ("release", 7)),  # the part is what the verb counts
    ],
)
def test_a_part_of_a_counted_participle_counts_the_whole(be, text, count):
    assert count in counts(be(text))


# -- «unless» words in another clause; «Першы прысуд — …»; a span of time before a role noun -----


def test_the_part_left_to_serve_in_another_clause_keeps_the_term_line(be):
    result = be(
        "2. Надзея Сліва, 45 гадоў, Мазыр. Пакаранне — тры гады калоніі;"
        " да канца тэрміну ёй заставаўся месяц."
    )
    assert terms(result)["Надзея Сліва"] == 36


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Ілья Мароз, 31 год, Пінск. Першы прысуд — 3 гады калоніі.", 36),
        ("Ілья Мароз, 31 год, Пінск. Агульны тэрмін — сем гадоў калоніі.", 84),
        ("Ілья Мароз, 31 год, Пінск. Першапачатковае пакаранне: два гады.", 24),
    ],
)
def test_a_term_line_with_an_adjective_of_which_verdict(be, text, months):
    assert terms(be(text))["Ілья Мароз"] == months


def test_a_term_line_with_no_term_gives_nothing(be):
    assert not events(be("Ілья Мароз, 31 год, Пінск. Першы прысуд — штраф."))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("У Пінску затрымалі Фёдара Лупача. Праз двое сутак мужчыну адпусцілі.", "Фёдар Лупач"),
        ("Яніну Чэх затрымалі ў аўторак. Праз тры дні жанчыну вызвалілі.", "Яніна Чэх"),
        ("У Пінску затрымалі Фёдара Лупача. Праз пяць гадзін пенсіянера адпусцілі.", "Фёдар Лупач"),
    ],
)
def test_a_span_of_time_before_a_role_noun_counts_no_group(be, text, name):
    assert ("release", name) in events(be(text))


# -- a pardon signed for someone -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Кіраўнік дзяржавы падпісаў памілаванне Віктару Пашкевічу.", "Віктар Пашкевіч"),
        ("Алене Ждан падпісалі памілаванне ў ліпені.", "Алена Ждан"),
        ("Нас было 30, і ўсім падпісалі памілаванне, у тым ліку Віктару Пашкевічу.", "Віктар Пашкевіч"),
    ],
)
def test_a_pardon_signed_for_someone_frees_them(be, text, name):
    assert ("release", name) in events(be(text))


def test_a_petition_for_a_pardon_frees_no_one(be):
    assert not events(be("Віктар Пашкевіч падпісаў прашэнне аб памілаванні."))


# -- «прыйшлі па X»: the police came for someone -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Пятра Шчэрбу затрымалі першым. Праз тыдзень прыйшлі па Ніну Купрэвіч.", "Ніна Купрэвіч"),
        ("Ніна Купрэвіч выкладала ў ліцэі. Сілавікі прыйшлі па яе ўначы.", "Ніна Купрэвіч"),
        ("Па Пятра Шчэрбу прыйшлі ў чацвер.", "Пётр Шчэрба"),
    ],
)
def test_came_for_someone_is_an_arrest(be, text, name):
    assert ("arrest", name) in events(be(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ніна Купрэвіч хварэла. Па яе прыйшлі сваякі.",  # kin
        "Пётр Шчэрба прыйшоў па дапамогу ў праваабарончы цэнтр.",  # for help
        "Ніна Купрэвіч прыйшла па дачку ў садок.",  # a parent for a child
    ],
)
def test_came_for_traps_give_no_arrest(be, text):
    assert not [e for e in events(be(text)) if e[0] == "arrest"]


# -- a series of terms that states its unit once -------------------------------------------------


def test_a_series_states_its_unit_at_its_end(be):
    result = be(
        "Суд асудзіў траіх. Максім Бохан атрымаў сем, Уладзімір Рэдзька — пяць з паловай,"
        " Антон Зуй — чатыры гады."
    )
    assert terms(result) == {"Максім Бохан": 84, "Уладзімір Рэдзька": 66, "Антон Зуй": 48}
    assert ("sentence", 7) not in counts(result)


def test_a_bare_number_after_a_term_told_just_before(be):
    result = be("Надзеі Гук далі два гады. Максім Бохан атрымаў тры, а Антон Зуй — пяць.")
    assert terms(result) == {"Надзея Гук": 24, "Максім Бохан": 36, "Антон Зуй": 60}


def test_a_bare_number_of_things_is_no_term(be):
    assert not events(be("Максім Бохан атрымаў восем лістоў за тыдзень."))


# -- «вязніца» is a place of custody -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Антон Зуй памёр у магілёўскай вязьніцы.", "death"),
        ("Антон Зуй выйшаў з вязьніцы ў траўні.", "release"),
        ("Антон Зуй пакінуў вязніцу ў траўні.", "release"),
    ],
)
def test_a_prison_called_vyazniitsa(be, text, label):
    assert (label, "Антон Зуй") in events(be(text))


def test_time_served_after_the_term_is_no_second_term(be):
    result = be("У маім атрадзе быў Ягор Мацук. Ён адбывае адзінаццаць гадоў і ўжо адсядзеў чатыры.")
    assert terms(result) == {"Ягор Мацук": 132}
    assert len([e for e in result.events if e.term_months]) == 1


def test_a_paragraph_of_another_topic_between_keeps_the_list_apart(be):
    text = _PARDON.replace(
        "Намеснік генпракурора ў эфіры сказаў: «Кожны, хто раскаяўся, мае шанец».",
        "Раней мы пісалі пра лекараў.",
    )
    released = {n for t, n in events(be(text)) if t == "release"}
    assert "Кірыла Жданок" not in released
