"""Belarusian families of session 29: the names of part of a counted group given with no «з іх»
(«вядомыя імёны дваіх — гэта A і B»); «застаўся ў Беларусі» after a release, a release and no
removal; a profile in a list of the freed, whose release is the list's («X, 27 гадоў, Мінск. …
Таксама апынуўся ў Літве»); a term in brackets after a name and its hometown; the time served
after «пасля» in a release's sentence. Precision traps: another group's names, a relative who
stayed, a profile with no release told, an age in brackets, a rough or a later span of time.
Sentences written for these tests."""

from __future__ import annotations

from tests.test_extract_ru import counts, events


def sentence_terms(result) -> set[tuple[str, int]]:
    """Every (person, term) of a sentence event."""
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


# -- the names of part of a counted group, with no «з іх» ------------------------------------------


def test_names_of_two_known_after_a_counted_arrest(be):
    text = (
        "У Пінску ўвечары затрымалі пяцёх чальцоў суполкі. "
        "Рэдакцыі вядомыя імёны дваіх — гэта тактар Пётр Лыс і швачка Ганна Малец."
    )
    result = be(text)
    assert {("arrest", "Пётр Лыс"), ("arrest", "Ганна Малец")} <= events(result)
    assert ("arrest", 5) in counts(result)


def test_names_of_three_known_word_after_the_count(be):
    text = "Учора памілавалі 11 зняволеных. Імёны траіх высветленыя: Пётр Лыс, Ганна Малец і Тарас Крупа."
    assert {("release", "Пётр Лыс"), ("release", "Ганна Малец"), ("release", "Тарас Крупа")} <= events(
        be(text)
    )


def test_names_of_two_in_taraskievica(be):
    text = "У Горадні затрымалі чатырох актывістаў. Вядомыя імёны двух: Ганна Малец і Тарас Крупа."
    assert {("arrest", "Ганна Малец"), ("arrest", "Тарас Крупа")} <= events(be(text))


def test_names_of_another_group_join_no_event(be):
    text = "У Гомелі затрымалі шасцёх студэнтаў. Імёны двух суддзяў — Ганна Малец і Тарас Крупа."
    assert not {("arrest", "Ганна Малец"), ("arrest", "Тарас Крупа")} & events(be(text))


# -- «застаўся ў Беларусі» after a release -------------------------------------------------------


def test_stayed_in_belarus_after_a_pardon_is_a_release(be):
    text = (
        "У чацвер памілавалі дванаццаць чалавек, большасць вывезлі ў Літву. Тарас Крупа застаўся ў Беларусі."
    )
    found = events(be(text))
    assert ("release", "Тарас Крупа") in found
    assert ("deportation", "Тарас Крупа") not in found


def test_stayed_at_home_in_belarus_with_the_place_fronted(be):
    text = "Кіраўнік краіны памілаваў сем вязняў. У Беларусі засталіся толькі Ганна Малец і Тарас Крупа."
    found = events(be(text))
    assert {("release", "Ганна Малец"), ("release", "Тарас Крупа")} <= found
    assert not {("deportation", "Ганна Малец"), ("deportation", "Тарас Крупа")} & found


def test_stayed_at_home_comma_in_belarus(be):
    text = "Увосень вызвалілі шасцярых палітвязняў. Ганна Малец засталася дома, у Беларусі."
    assert ("release", "Ганна Малец") in events(be(text))


def test_one_who_stayed_after_a_pardon_is_freed(be):
    text = (
        "Памілавалі дзевяць чалавек, сем з іх выслалі. Двое засталіся ў Беларусі, адзін з іх — Тарас Крупа."
    )
    found = events(be(text))
    assert ("release", "Тарас Крупа") in found
    assert ("deportation", "Тарас Крупа") not in found


def test_stayed_in_belarus_with_no_release_is_no_event(be):
    assert not events(be("Тарас Крупа з'ехаў у Варшаву, а Ганна Малец засталася ў Беларусі."))


def test_a_wife_who_stayed_is_not_freed(be):
    text = "Тараса Крупу памілавалі і выслалі ў Літву. Ягоная жонка Ганна Малец засталася ў Беларусі."
    assert ("release", "Ганна Малец") not in events(be(text))


# -- a profile in a list of the freed ------------------------------------------------------------


def test_a_profile_that_stayed_takes_the_lists_release(be):
    text = (
        "Учора памілавалі 16 чалавек.\n\n"
        "Ганна Малец, 45 гадоў, Пінск. Настаўніца хіміі. Адбывала тры гады калоніі. Засталася ў Беларусі."
    )
    result = be(text)
    assert ("release", "Ганна Малец") in events(result)
    assert ("Ганна Малец", 36) in sentence_terms(result)


def test_a_profile_opened_by_also_is_removed_and_freed(be):
    text = (
        "Учора памілавалі 16 чалавек, 9 выслалі.\n\n"
        "Тарас Крупа, 52 гады, Ліда. Вывезены ў Літву.\n\n"
        "Ганна Малец, 27 гадоў, Мінск. Атрымала шэсць гадоў. Таксама апынулася ў Літве — без пашпарта."
    )
    found = events(be(text))
    assert {("deportation", "Ганна Малец"), ("release", "Ганна Малец")} <= found


def test_a_profile_with_no_release_told_stays_no_release(be):
    text = "Ганна Малец, 27 гадоў, Мінск. Атрымала шэсць гадоў. Засталася ў Беларусі."
    assert ("release", "Ганна Малец") not in events(be(text))


# -- a bracketed term after a hometown -----------------------------------------------------------


def test_bracketed_terms_after_hometowns(be):
    text = "Вызвалены Ганна Малец з Пінска (3 гады калоніі) і Тарас Крупа з Нясвіжа (5 гадоў калоніі)."
    assert sentence_terms(be(text)) == {("Ганна Малец", 36), ("Тарас Крупа", 60)}


def test_bracketed_term_after_a_hometown_in_a_release_list(be):
    text = (
        "На волю выйшлі тры вязні: Ганна Малец са Слоніма (2 гады і 3 месяцы калоніі) і Тарас Крупа з Оршы."
    )
    assert sentence_terms(be(text)) == {("Ганна Малец", 27)}


def test_bracketed_age_after_a_hometown_is_no_term(be):
    text = "Вызвалены Ганна Малец з Пінска (34 гады) і Тарас Крупа з Оршы."
    assert not sentence_terms(be(text))


# -- the time served after «пасля» in a release's sentence ----------------------------------------


def test_freed_after_years_of_colony(be):
    result = be("Блогер Тарас Крупа выйшаў на волю пасля чатырох гадоў калоніі.")
    assert ("release", "Тарас Крупа") in events(result)
    assert sentence_terms(result) == {("Тарас Крупа", 48)}


def test_after_years_fronted(be):
    assert sentence_terms(be("Пасля двух з паловай гадоў калоніі Ганна Малец выйшла на волю.")) == {
        ("Ганна Малец", 30)
    }


def test_after_years_of_imprisonment_in_taraskievica(be):
    text = "Ганна Малец выйшла на волю пасьля трох гадоў зьняволеньня ў Гомелі."
    assert sentence_terms(be(text)) == {("Ганна Малец", 36)}


def test_after_more_than_years_is_no_term(be):
    assert not sentence_terms(be("Тарас Крупа выйшаў на волю пасля больш чым трох гадоў калоніі."))


def test_years_after_an_arrest_is_no_term(be):
    assert not sentence_terms(be("Тарас Крупа выйшаў на волю праз тры гады пасля арышту."))


def test_stayed_after_a_release_in_another_paragraph_is_no_event(be):
    text = (
        "Улады вызвалілі 9 вязняў.\n\n"
        "Сямёх з іх адразу выслалі ў Польшчу. Ганна Малец ужо тры гады жыве ў Варшаве. "
        "Тарас Крупа застаўся ў Беларусі."
    )
    assert ("release", "Тарас Крупа") not in events(be(text))


# -- plain «вязні», «людзі» count a group ---------------------------------------------------------


def test_prisoners_count_a_released_group(be):
    assert ("release", 9) in counts(be("У суботу ўлады вызвалілі 9 вязняў."))
    assert ("release", 14) in counts(be("Памілаваныя 14 вязьняў выйшлі на волю."))


def test_young_people_count_an_arrested_group(be):
    assert ("arrest", 5) in counts(be("У Бабруйску затрымалі 5 маладых людзей."))


def test_hundreds_of_people_count_nothing(be):
    assert not counts(be("Сотні людзей прыйшлі на вуліцы."))


# -- a kin noun before a participle used as a noun: the name after it is the relative ------------


def test_mother_of_the_convicted_set_off_by_commas_is_no_convict(be):
    text = "Тараса Крупу асудзілі на пяць гадоў. Маці асуджанага, Ганна Малец, плакала ў залі."
    found = events(be(text))
    assert ("sentence", "Тарас Крупа") in found
    assert ("sentence", "Ганна Малец") not in found


def test_father_of_the_detained_is_not_detained(be):
    assert not events(be("Бацька затрыманага, Пётр Лыс, распавёў журналістам пра ператрус."))


def test_wife_of_the_pardoned_after_a_dash_is_not_freed(be):
    assert not events(be("Жонка памілаванага — Ганна Малец — не ведала, дзе ён."))


def test_mother_of_a_named_convict_keeps_the_convicts_verdict(be):
    text = "Маці асуджанага Тараса Крупы, Ганна Малец, плакала ў залі."
    assert ("sentence", "Тарас Крупа") in events(be(text))
