"""Belarusian extraction, session 46 (helper be-read): classes of language behind the false and
missed events of the newly read Belarusian set (syn36-be-b), each in wordings of our own, with
traps.

* a role noun told back (session 45's `_role_descriptions`) is a noun: not a word the dictionary
  knows as a verb, a preposition or a numeral («памёр 64-гадовы X», «сярод вызваленых X»), nor a
  word set off right after a name (that is the name's apposition: «з X, настаўнікам зь Ліды» is X),
  nor the genitive after a noun of a post held («вярнуўся памочнікам машыніста»);
* one more unnamed person («Яшчэ аднаго фігуранта справы, 60-гадовага слесара, суд вызваліў: яму
  …») is the patient and the pronoun's antecedent in its sentence, not the last person named;
* «у той жа "Віцьбе"» is the colony the article named so before: a death there is in custody;
* inside a relative clause on a name, a name after «з» («X, які сядзеў з Y і вызваліўся») is whom
  X was with, not one freed;
* «мужчыну» (a generic noun) told back past up to three sentences that name no one, and a
  sentence where the named person is told of, not the speaker («памёр X, паведамілі яго блізкія»).
"""

from __future__ import annotations

from tests.test_extract_ru import events


def all_terms(result) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


# -- a role noun told back is a noun, not an apposition, not part of a post's name ------------------


def test_the_genitive_after_a_post_held_tells_back_no_one(be):
    result = be(
        "Суд асудзіў 48-гадовага машыніста Пятра Лазара на шэсць гадоў. Ягонага калегу Антона "
        "Лісоўскага асудзілі на чатыры гады. Для Лісоўскага гэта другі тэрмін: на волю ён выйшаў у "
        "2022 годзе і вярнуўся ў дэпо памочнікам машыніста. У красавіку яго зноў затрымалі."
    )
    assert ("arrest", "Антон Лісоўскі") in events(result)
    assert ("arrest", "Пётр Лазар") not in events(result)


def test_a_role_noun_after_a_relation_still_tells_back(be):
    # trap: session 45's reading stays for a noun used alone («Суд прызнаў бондара вінаватым»)
    result = be(
        "Ужо другі год у калоніі сядзіць 41-гадовы бондар Віктар Шыла. Ягоны брат Ян Шыла жыве "
        "ў Лідзе. Віктара забралі ўвосень. Ян тады быў у Польшчы. Суд прызнаў бондара вінаватым і "
        "даў яму шэсць гадоў."
    )
    assert ("Віктар Шыла", 72) in all_terms(result)


def test_a_role_noun_in_apposition_is_the_name_beside_it(be):
    result = be(
        "Настаўнік гісторыі Лявон Кушнер правёў за кратамі тры гады. У калоніі ён быў у адным "
        "атрадзе з Кастусём Гурыновічам, настаўнікам зь Ліды. Ён памёр там узімку 2024 года."
    )
    assert ("death", "Кастусь Гурыновіч") in events(result)
    assert ("death", "Лявон Кушнер") not in events(result)


def test_a_verb_of_the_role_stem_is_no_role_noun(be):
    # «памёр» before «64-гадовы Яраслаў Брыль» is no role noun a later «памёр» tells back
    result = be(
        "У калоніі памёр 64-гадовы Яраслаў Брыль. Івана Кота вызвалілі летам, але праз месяц "
        "памёр дома і ён. Раней, у 2021 годзе, яго затрымлівалі за пікет."
    )
    assert ("arrest", "Іван Кот") in events(result)
    assert ("arrest", "Яраслаў Брыль") not in events(result)


# -- one more unnamed person ------------------------------------------------------------------------


def test_one_more_unnamed_defendant_takes_the_release_and_the_pronoun(be):
    result = be(
        "Суд асудзіў 48-гадовага машыніста Пятра Лазара на шэсць гадоў. Ягонага калегу Антона "
        "Лісоўскага асудзілі на чатыры гады. Яшчэ аднаго фігуранта справы, 60-гадовага слесара, "
        "суд вызваліў у зале: яму прызначылі два гады абмежавання волі."
    )
    assert ("release", "Антон Лісоўскі") not in events(result)
    assert ("Антон Лісоўскі", 24) not in all_terms(result)
    assert ("Антон Лісоўскі", 48) in all_terms(result)


def test_one_more_with_a_name_keeps_the_name(be):
    # trap: «яшчэ аднаго фігуранта, X,» names the one more: the name is the patient
    result = be(
        "Суд асудзіў Пятра Лазара на шэсць гадоў. Яшчэ аднаго фігуранта справы, Антона Лісоўскага, "
        "суд вызваліў у зале: яму прызначылі два гады абмежавання волі."
    )
    assert ("release", "Антон Лісоўскі") in events(result)


# -- «у той жа "Віцьбе"» --------------------------------------------------------------------------


def test_the_same_named_colony_is_custody(be):
    result = be(
        "У калоніі «Віцьба» памёр палітвязень Алег Падбярэзскі. Праваабаронцы нагадваюць і пра "
        "іншыя смерці. У траўні 2024 года ў той жа «Віцьбе» памёр 64-гадовы Яраслаў Брыль."
    )
    assert ("death", "Яраслаў Брыль") in events(result)


def test_a_death_in_a_town_of_the_same_name_is_not_custody(be):
    # trap: «у той жа Віцебск» names a town the article named as a town, not as a colony
    result = be(
        "Алег Падбярэзскі вярнуўся ў Віцебск у 2023 годзе. У траўні ў тым жа Віцебску памёр "
        "64-гадовы Яраслаў Брыль."
    )
    assert ("death", "Яраслаў Брыль") not in events(result)


# -- a name after «з» inside a relative clause -----------------------------------------------------


def test_a_name_after_with_inside_a_relative_clause_is_not_freed(be):
    result = be(
        "Былы палітвязень Сяргей Рыбак, які сядзеў з Падбярэзскім у адным атрадзе і вызваліўся ў "
        "верасні, напісаў у фэйсбуку пра смерць Алега Падбярэзскага."
    )
    assert ("release", "Сяргей Рыбак") in events(result)
    assert ("release", "Алег Падбярэзскі") not in events(result)


def test_together_with_inside_a_relative_clause_is_freed_too(be):
    # trap: «разам з Y» in the clause: Y went out with X
    result = be(
        "Палітвязень Сяргей Рыбак, які разам з Алегам Падбярэзскім выйшаў на волю ў верасні, "
        "цяпер жыве ў Вільні."
    )
    assert ("release", "Сяргей Рыбак") in events(result)


# -- a generic noun told back past sentences that name no one ---------------------------------------


def test_a_generic_noun_past_two_sentences_that_name_no_one(be):
    result = be(
        "У калоніі памёр палітвязень Алег Падбярэзскі з Рэчыцы, паведамілі праваабаронцам яго "
        "блізкія. Мужчына памёр 2 снежня ў медычнай частцы.\n\n"
        "Палітвязня затрымалі ў жніўні 2022 года. Абласны суд пакараў мужчыну пяццю гадамі калоніі."
    )
    assert ("Алег Падбярэзскі", 60) in all_terms(result)


def test_a_generic_noun_after_a_named_speaker_is_nobody(be):
    # trap: the man named before is who told, not who was held
    result = be(
        "Пра гэта паведаміў праваабаронца Павел Сапелка. Пра затрыманага пакуль нічога не вядома. "
        "Суд пакараў мужчыну пяццю гадамі калоніі."
    )
    assert ("Павел Сапелка", 60) not in all_terms(result)
