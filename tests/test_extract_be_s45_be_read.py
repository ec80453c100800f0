"""Belarusian extraction, session 45 (helper be-read): classes of language behind the event, count
and term misses of the newly read Belarusian set (syn35-be-b), each in wordings of our own, with
traps.

* a removal abroad whose place stands before the verb of conveyance past words of manner («на
  літоўскі бок пад канвоем даставілі 27 вызваленых») is a removal with the group's count (and
  the participle «вызваленых» no release of its own);
* «павезлі да літоўскай мяжы» (driven to the border) is a removal, as «адвезлі да мяжы» is;
* a list's lead with a bracketed aside about the list itself («Спіс (будзе дапаўняцца):») leads
  the numbered lines as «Спіс:» does; not when the aside keeps them in custody;
* «Ураджэнец Касцюковіч, …» opening a sentence is where someone comes from, no person;
* a role noun (or a trade noun no table lists) that the article gave one person before, right
  before the name, its age or its genitive complement («студэнт тэхнічнага ўніверсітэта X»), is
  that person when the article uses it alone later, and so is a pronoun after it in the sentence;
* a kin noun after a declined possessive («ягонаму брату — тры гады») is the person introduced
  with that kin noun past a kin adjective («ягоны стрыечны брат X»);
* «павезлі … на Акрэсціна» (the Minsk detention centre) is an arrest;
* «адбыўся двума гадамі абмежавання волі» (got off with restricted freedom) is a verdict with a term;
* «яшчэ год і тры месяцы» is fifteen months, not one more year;
* «за паўгода да прысуду» is a time told by the verdict, no term.
"""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events, names, terms


def all_terms(result) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


# -- a removal abroad whose place stands before the verb past words of manner -----------------------


def test_a_place_abroad_before_the_verb_past_words_of_manner(be):
    result = be(
        "Памежная служба Літвы паведаміла: праз пункт пропуску «Бенякайняй» на літоўскі бок "
        "пад канвоем даставілі 19 беларусаў, вызваленых з калоній."
    )
    assert ("deportation", 19) in counts(result)
    assert ("release", 19) not in counts(result)


def test_a_conveyance_to_a_prison_is_no_removal(be):
    # trap: the same manner words and verb, a place of custody at home
    result = be("Уначы пад канвоем даставілі ў Гомель 12 асуджаных.")
    assert not any(kind == "deportation" for kind, _ in counts(result))


# -- driven to the border ---------------------------------------------------------------------------


def test_driven_to_the_border_is_a_removal(be):
    result = be(
        "Кіраўнік дзяржавы памілаваў дзесяць асуджаных. Трох жанчын з калоніі павезлі да "
        "польскай мяжы і загадалі ісці пешшу. Гэта Ганна Рудак, Ірына Шаўчук і Вольга Бяляўская."
    )
    assert ("deportation", 3) in counts(result)
    assert {("deportation", "Ганна Рудак"), ("deportation", "Вольга Бяляўская")} <= events(result)


def test_driven_to_a_hospital_is_no_removal(be):
    # trap: the same verb, a place at home
    result = be("Пасля прысуду Івана Касцюка павезлі ў абласную бальніцу.")
    assert not any(kind == "deportation" for kind, _ in events(result))


# -- a list's lead with a bracketed aside -----------------------------------------------------------

_LIST = (
    "Памілаваныя 12 палітвязняў\n\n"
    "Пра памілаванне 12 асуджаных паведаміла прэс-служба кіраўніка дзяржавы. Імёны не называюцца.\n\n"
    "{lead}\n\n"
    "1. Марына Лук'янава, 44 гады, Гродна. Атрымала тры гады калоніі.\n\n"
    "2. Аляксей Бародка, 31 год, Мінск. Асуджаны на чатыры гады.\n\n"
    "3. Пётр Ганчук, 60 гадоў, Пінск. Прысуд — пяць гадоў."
)


def test_a_list_lead_with_an_aside_about_the_list(be):
    result = be(_LIST.format(lead="Спіс (будзе дапаўняцца):"))
    assert {("release", "Марына Лук'янава"), ("release", "Пётр Ганчук")} <= events(result)


def test_a_list_lead_whose_aside_keeps_them_in_custody(be):
    # trap: the bracket says they are still held
    result = be(_LIST.format(lead="Спіс (тыя, хто застаўся за кратамі):"))
    assert ("release", "Марына Лук'янава") not in events(result)


# -- a native of a town opening a sentence ----------------------------------------------------------


def test_a_native_of_a_town_opening_a_sentence_is_no_person(be):
    result = be(
        "У калоніі памёр палітвязень Сцяпан Гарбуз. Ураджэнец Дуброўны, да арышту ён працаваў "
        "кіроўцам. Сілавікі затрымалі яго ў 2021 годзе."
    )
    assert not any(name.startswith("Ураджэнец") for name in names(result))
    assert ("arrest", "Сцяпан Гарбуз") in events(result)


# -- a role noun the article gave one person before -------------------------------------------------


def test_a_role_noun_before_its_genitive_complement_and_a_pronoun_after_it(be):
    result = be(
        "Перад судом паўсталі 50-гадовы зваршчык Павел Краўчук і 20-гадовы студэнт "
        "Гродзенскага медыцынскага ўніверсітэта Раман Бурак. Прысуд абвясцілі ў панядзелак. "
        "Паўлу Краўчуку суд прызначыў тры гады калоніі. "
        "Студэнт атрымаў год абмежавання волі без накіравання, таму з-пад варты яго вызвалілі ў зале."
    )
    assert ("Раман Бурак", 12) in all_terms(result)
    assert ("release", "Раман Бурак") in events(result)
    assert ("release", "Павел Краўчук") not in events(result)


def test_a_trade_noun_given_to_one_person_long_before(be):
    result = be(
        "Ужо другі год у калоніі сядзіць 41-гадовы бондар Віктар Шыла. Ягоны брат Ян Шыла жыве "
        "ў Лідзе. Віктара забралі ўвосень. Яна пра гэта даведалася ад суседзяў. Ян тады быў у "
        "Польшчы. Суд прызнаў бондара вінаватым і даў яму шэсць гадоў."
    )
    assert ("Віктар Шыла", 72) in all_terms(result)
    assert ("Ян Шыла", 72) not in all_terms(result)


def test_a_role_noun_two_people_were_given_is_nobody(be):
    # trap: two students named with the noun: «Студэнт» is neither
    result = be(
        "Затрымалі студэнта філфака Мікалая Бурака і студэнта журфака Ігара Лося. "
        "Праз месяц суд вынес прысуды. Студэнт атрымаў два гады калоніі."
    )
    assert not {("Мікалай Бурак", 24), ("Ігар Лось", 24)} & all_terms(result)


def test_an_adjective_of_the_role_stem_gives_no_holder(be):
    # trap: «сьвятога Юрыя» (a saint's name after an adjective of the stem of «сьвятар») is no
    # priest introduced; the pronoun after «сьвятар» stays the priest named in the headline
    result = be(
        "У Полацку затрымалі ксяндза Андрэя Ляўковіча\n\n"
        "Сьвятара парафіі сьвятога Юрыя ў нядзелю вывезьлі сілавікі. "
        "Ляўковіч — ужо трэці сьвятар, затрыманы сёлета. Увосень яго ўжо затрымлівалі, але адпусьцілі."
    )
    assert not any(name == "Юрый" for kind, name in events(result))


def test_a_noun_of_who_acts_in_a_case_is_no_description(be):
    # trap: «пракурора» after «пракурор Сяргей Гук» is no topic a later «ён» refers to
    result = be(
        "Абвінавачанне падтрымліваў пракурор Сяргей Гук. Суд асудзіў Паўла Мароза на два гады. "
        "Пасля апеляцыі пракурора абласны суд павялічыў тэрмін. На волю ён выйшаў у 2023 годзе."
    )
    assert ("release", "Сяргей Гук") not in events(result)


# -- a kin noun after a declined possessive ---------------------------------------------------------


def test_a_kin_noun_after_a_declined_possessive_and_a_kin_adjective(be):
    result = be(
        "Судзілі Антона Шымана і ягонага стрыечнага брата Юрыя Кулеша. Суд абвясціў прысуд. "
        "Антону Шыману прызначылі пяць гадоў калоніі, ягонаму брату — чатыры з паловай гады."
    )
    assert ("Юрый Кулеш", 54) in all_terms(result)
    assert ("Антон Шыман", 60) in all_terms(result)


# -- taken to the Minsk detention centre ------------------------------------------------------------


def test_taken_to_okrestina_is_an_arrest(be):
    result = be("Аляксея Ціхановіча ўвечары павезлі ў Менск, на Акрэсціна.")
    assert ("arrest", "Аляксей Ціхановіч") in events(result)


def test_a_parcel_brought_to_okrestina_is_no_arrest(be):
    # trap: a relative brings a parcel there
    result = be("Алена Ціхановіч павезла перадачу на Акрэсціна.")
    assert ("arrest", "Алена Ціхановіч") not in events(result)


# -- got off with restricted freedom ----------------------------------------------------------------


def test_got_off_with_restricted_freedom_is_a_verdict(be):
    result = be("Старэйшаму далі сем гадоў калоніі, а Васіль Грыб адбыўся двума гадамі абмежавання волі.")
    assert ("Васіль Грыб", 24) in all_terms(result)


def test_a_hearing_held_is_no_verdict(be):
    # trap: «адбыўся» of a hearing
    result = be("Суд над Васілём Грыбам адбыўся ў закрытым рэжыме.")
    assert ("sentence", "Васіль Грыб") not in events(result)


# -- one more year and months ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Сяргея Лапу асудзілі ў 2022 годзе. Летась суд дадаў яму яшчэ год і тры месяцы.", 15),
        # trap: a lone «one more year» stays twelve months
        ("Сяргея Лапу асудзілі ў 2022 годзе. Летась суд дадаў яму яшчэ год.", 12),
    ],
)
def test_one_more_year_and_months(be, text, months):
    assert terms(be(text))["Сяргей Лапа"] == months


# -- a time told by the verdict --------------------------------------------------------------------


def test_half_a_year_before_the_verdict_is_no_term(be):
    result = be("Дзмітрыя Крука затрымалі за паўгода да прысуду, калі ён ехаў дадому.")
    assert ("arrest", "Дзмітрый Крук") in events(result)
    assert "Дзмітрый Крук" not in terms(result)


def test_one_more_year_and_months_in_russian(run):
    # the term reader is shared: Russian «ещё год и три месяца» is fifteen months too
    text = "Андрея Петрова судили в 2022 году. В июле суд добавил ему ещё год и три месяца колонии."
    result = run(text, "ru")
    assert terms(result)["Андрей Петров"] == 15
