"""Belarusian extraction, session 48 (helper be-read): classes of language behind the false and
missed events, counts and terms of syn38-be-b (a judge until session 48), each in wordings of our
own, with traps.

* «замест двух гадоў і васьмі месяцаў — тры гады»: the earlier term ends on its last unit word,
  the months of a compound term, not on its years word;
* «заставалася адседзець паўгода з прызначаных трох гадоў»: the time left to serve is no term;
  the whole term after «з прызначаных» is;
* a counted participle read as the numeral's modifier («астатніх сямёх памілаваных») is the
  counted noun still: a part of a group told before, no group of its own;
* «загадалі ісці на літоўскі бок»: made to cross to a neighbour country's side (being brought to
  the checkpoint, «прывезлі да пункту пропуску», is not yet the removal);
* «X адпусцілі пад падпіску, Y і Z змешчаныя ў СІЗА»: a name opening the clause after the comma,
  with its own predicate after it, is that predicate's only;
* «Пад варту трапілі сем чалавек»: the arrest's words in the other order;
* a profile under a heading of releases that denies its person's release is no member;
* «ІК-3», «ПК-15»: the abbreviations of a colony; «браму ІК-2 пакінуў X»: the place fronted;
* «X пачула іншую лічбу — два гады калоніі»: the verdict told as what the convict heard;
* «жанчыну ўзялі пад варту ў адзін дзень з X»: X went with the patient, the role noun is the patient;
* «суд асудзіў чатырох іншых — усе яны атрымалі …»: «яны» is the group counted in its sentence;
* «суд вынес прысуд: шэсць гадоў» naming no one is the verdict of the one person told just before;
* a person noun opening a paragraph points back to the headline's person when the body between
  names only that person again.
"""

from __future__ import annotations

from tests.test_extract_ru import counts, events


def all_terms(result) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


# -- «instead of» a compound term -------------------------------------------------------------------


def test_instead_of_years_and_months_gives_the_new_term(be):
    result = be(
        "Абласны суд павялічыў тэрмін Вользе Лазар: замест трох гадоў і шасці месяцаў калоніі — "
        "чатыры гады і два месяцы."
    )
    assert ("Вольга Лазар", 42) in all_terms(result)
    assert ("Вольга Лазар", 50) in all_terms(result)
    assert ("Вольга Лазар", 6) not in all_terms(result)


def test_instead_of_whole_years_still_reads_both(be):
    # trap: no months in the earlier term, the years word closes it
    result = be("Апеляцыя павялічыла тэрмін Пятру Коту: замест двух гадоў калоніі — тры гады.")
    assert ("Пётр Кот", 24) in all_terms(result)
    assert ("Пётр Кот", 36) in all_terms(result)


# -- the time left to serve ------------------------------------------------------------------------


def test_time_left_to_serve_is_no_term(be):
    result = be("Ганне Кавальчук заставалася адседзець паўгода з прызначаных трох гадоў і трох месяцаў.")
    assert all_terms(result) == {("Ганна Кавальчук", 39)}


def test_a_term_to_serve_without_remaining_is_a_term(be):
    # trap: «мае адбыць» is the term a verdict fixed, not a remainder
    result = be("Суд асудзіў Андрэя Лазара. Цяпер ён мае адбыць тры гады калоніі.")
    assert ("Андрэй Лазар", 36) in all_terms(result)


# -- the rest of a pardoned group ------------------------------------------------------------------


def test_the_rest_of_the_pardoned_is_no_new_group(be):
    result = be(
        "Дзесяць асуджаных, памілаваных у панядзелак, выйшлі на волю.\n\nПра астатніх сямёх "
        "памілаваных вядома мала."
    )
    assert counts(result) == {("release", 10)}


def test_the_rest_of_the_pardoned_taken_abroad_keeps_its_count(be):
    # trap: the rest's own verb tells a removal of seven
    result = be(
        "Дзесяць асуджаных, памілаваных у панядзелак, выйшлі на волю.\n\nАстатніх сямёх памілаваных "
        "вывезлі ў Літву."
    )
    assert ("deportation", 7) in counts(result)
    assert ("release", 7) not in counts(result)


# -- driven to the checkpoint, made to cross to the other side -------------------------------------


def test_brought_to_the_checkpoint_and_sent_across_is_a_removal(be):
    result = be(
        "Памілавалі дванаццаць чалавек. Пяцёх памілаваных раніцай прывезлі да пункту пропуску "
        "«Каменны Лог» і загадалі ісці на літоўскі бок. Сярод іх былі Пётр Кот і Ганна Лазар."
    )
    assert ("deportation", 5) in counts(result)
    assert ("release", 5) not in counts(result)


def test_brought_to_the_checkpoint_alone_is_no_removal_count(be):
    # trap: all were brought to the checkpoint, one refused to cross: the removal is who crossed
    result = be(
        "Памілавалі дзесяць асуджаных. Усіх дзесяць памілаваных прывезлі на пункт пропуску «Каменны "
        "Лог». Дзевяць чалавек перайшлі на літоўскі бок."
    )
    assert ("deportation", 10) not in counts(result)


def test_brought_home_is_no_removal(be):
    # trap: «прывезлі» without the checkpoint or the other side
    result = be("Пятра Кота пасля вызвалення прывезлі дадому ў Гомель.")
    assert not any(kind == "deportation" for kind, _ in events(result))


# -- a name that opens the next clause --------------------------------------------------------------


def test_a_name_opening_the_next_clause_is_its_predicates_only(be):
    result = be(
        "Затрымалі трох чалавек: Пятра Кота, Ганну Лазар і Андрэя Шэмета. Кота наступнага дня "
        "адпусцілі пад падпіску, Лазар і Шэмет змешчаныя ў СІЗА."
    )
    assert ("release", "Пётр Кот") in events(result)
    assert ("release", "Ганна Лазар") not in events(result)
    assert ("release", "Андрэй Шэмет") not in events(result)


def test_a_participle_after_the_name_shares_it(be):
    # trap: «памёр X, асуджаны за каментар» — the name is both the verb's and the participle's
    result = be("У калоніі памёр пенсіянер Андрэй Шэмет, асуджаны на тры гады за каментар.")
    assert ("death", "Андрэй Шэмет") in events(result)
    assert ("Андрэй Шэмет", 36) in all_terms(result)


# -- «пад варту трапілі» ----------------------------------------------------------------------------


def test_under_guard_fronted_is_an_arrest(be):
    result = be("Пасля ператрусаў у Брэсце пад варту трапілі пяць чалавек.")
    assert ("arrest", 5) in counts(result)


def test_under_house_arrest_fronted_is_no_custody_arrest_count(be):
    # trap: a pardon («пад памілаванне трапіў») is a release, not an arrest
    result = be("Пад памілаванне трапіў і Пётр Кот.")
    assert ("arrest", "Пётр Кот") not in events(result)


# -- a heading's profile that denies the heading's event ---------------------------------------------


def test_a_profile_denying_the_release_is_not_under_the_heading(be):
    result = be(
        "Трое вызваленых за месяц\n\nВызваленні\n\nПётр Кот з Лунінца, які меў права на "
        "амністыю, вызвалены не быў: яго тэрмін заканчваецца ў маі.\n"
    )
    assert ("release", "Пётр Кот") not in events(result)


def test_a_profile_telling_the_release_stays_under_the_heading(be):
    # trap: the same section with a profile of one who did walk free
    result = be("Трое вызваленых за месяц\n\nВызваленні\n\nПётр Кот з Лунінца выйшаў на волю 3 лютага.\n")
    assert ("release", "Пётр Кот") in events(result)


# -- a colony's abbreviation, its gate fronted ------------------------------------------------------


def test_out_of_a_colony_by_its_abbreviation_is_a_release(be):
    result = be("Пасля суда Андрэй Шэмет адбыў тры гады. 24 лютага ён выйшаў з ІК-3 «Віцьба».")
    assert ("release", "Андрэй Шэмет") in events(result)


def test_the_colony_gate_fronted_before_left_is_a_release(be):
    result = be("3 лютага браму магілёўскай ІК-15 пакінуў Пётр Кот.")
    assert ("release", "Пётр Кот") in events(result)


def test_sent_to_a_colony_by_its_abbreviation_is_no_release(be):
    # trap: taken to the colony, not out of it
    result = be("Пятра Кота этапавалі ў ІК-3 у Віцебску.")
    assert ("release", "Пётр Кот") not in events(result)


# -- the verdict heard ------------------------------------------------------------------------------


def test_the_term_the_convict_heard_is_the_verdict(be):
    result = be("Ганна Лазар пачула іншую лічбу — тры гады і шэсць месяцаў калоніі агульнага рэжыму.")
    assert ("Ганна Лазар", 42) in all_terms(result)


def test_news_heard_of_a_verdict_is_not_the_hearers(be):
    # trap: «пачула, што …» is news heard, and a prosecutor's demand is no verdict
    result = be("Ганна Лазар пачула, што пракурор прасіў для суседа тры гады калоніі.")
    assert ("sentence", "Ганна Лазар") not in events(result)


# -- the patient who went with a named companion -----------------------------------------------------


def test_the_role_noun_taken_with_a_companion_is_the_patient(be):
    result = be(
        "Настаўніцы Ганне Лазар суд прызначыў два гады калоніі. 40-гадовую жанчыну ўзялі пад варту "
        "ў адзін дзень з Пятром Котам."
    )
    assert ("arrest", "Ганна Лазар") in events(result)


def test_a_companion_after_a_named_patient_adds_no_one_else(be):
    # trap: a name is the patient; the role-noun look-back is not needed
    result = be("Вольга Шэмет працавала ў школе. Ганну Лазар затрымалі разам з Пятром Котам.")
    assert ("arrest", "Ганна Лазар") in events(result)
    assert ("arrest", "Вольга Шэмет") not in events(result)


# -- «усе яны» after a counted group in the sentence -----------------------------------------------


def test_they_after_a_counted_group_are_that_group(be):
    result = be(
        "Адвакат Пятра Кота Андрэй Шэмет сказаў, што абарона будзе абскарджваць прысуд.\n\n"
        "Летась той самы суд асудзіў чатырох іншых адміністратараў — усе яны атрымалі па тры гады калоніі."
    )
    assert ("sentence", "Андрэй Шэмет") not in events(result)
    assert ("sentence", "Пётр Кот") not in events(result)
    assert ("sentence", 4) in counts(result)


def test_they_after_a_year_still_point_back(be):
    # trap: «у 2024 годзе» counts no one; «яны» are the two named before
    result = be(
        "Суд разглядаў справу Пятра Кота і Андрэя Шэмета. У 2024 годзе яны атрымалі па тры гады калоніі."
    )
    assert ("sentence", "Пётр Кот") in events(result)


# -- a person noun opening a paragraph, the headline's person told again in the body ------------------


def test_a_trade_noun_opening_a_paragraph_is_the_headlines_person(be):
    result = be(
        "Памёр палітвязень Андрэй Шэмет\n\nПалітвязень Андрэй Шэмет памёр 2 снежня ў калоніі. Яму было "
        "58 гадоў. Родным паведамілі пра смерць праз два дні.\n\nЭлектрыка з Калінкавіч затрымалі ў "
        "кастрычніку 2022 года."
    )
    assert ("arrest", "Андрэй Шэмет") in events(result)


def test_a_trade_noun_after_another_name_in_the_body_is_unknown(be):
    # trap: the body names someone else before the paragraph: whom «электрыка» means is unknown
    result = be(
        "Памёр палітвязень Андрэй Шэмет\n\nПалітвязень Андрэй Шэмет памёр 2 снежня ў калоніі. Пра "
        "гэта паведаміў Пётр Кот.\n\nЭлектрыка з Калінкавіч затрымалі ў кастрычніку 2022 года."
    )
    assert ("arrest", "Андрэй Шэмет") not in events(result)
    assert ("arrest", "Пётр Кот") not in events(result)


# -- «суд вынес прысуд: N гадоў» with the patient told before ---------------------------------------


def test_a_verdict_past_a_colon_is_the_one_person_told_before(be):
    result = be(
        "Настаўніка Пятра Кота ўжо два гады трымаюць за кратамі. Увосень 2022 года яго затрымалі на "
        "стадыёне. Праз паўгода суд вынес прысуд: сем з паловай гадоў калоніі."
    )
    assert ("Пётр Кот", 90) in all_terms(result)


def test_a_verdict_past_a_colon_after_a_prosecutor_is_not_hers(be):
    # trap: the one named before is the prosecutor who asked; two named before give nobody
    result = be("Пракурор Ганна Лазар запытала сем гадоў калоніі. Суд вынес прысуд: шэсць гадоў калоніі.")
    assert ("sentence", "Ганна Лазар") not in events(result)
    result = be("Пятра Кота і Андрэя Шэмета затрымалі восенню. Праз паўгода суд вынес прысуд: шэсць гадоў.")
    assert not any(kind == "sentence" for kind, _ in events(result))


def test_a_pronoun_patient_takes_no_companion_look_back(be):
    # trap: no name in the sentence at all («яе»): the companion rule does not run and adds no one
    result = be(
        "Ірыну Лазар затрымалі ў лютым разам з мужам. Ужо 19 лістапада суд Кастрычніцкага раёну "
        "арыштаваў Пятра Лазара на 15 сутак. Летам суд Ленінскага раёну Горадні прызнаў яе вінаватай і "
        "асудзіў на тры гады калоніі."
    )
    assert ("sentence", "Пётр Лазар") not in events(result)
    assert ("sentence", "Ірына Лазар") in events(result)
