"""Belarusian structure of whole articles (session 33), in wording invented for these tests: «the
latter» opening a sentence; a fronted infinitive of what was due («Вызваліцца ён павінен быў»)
and a demand whose verb the lemma table missed; «all N» back to the people named since a group of
that size was told; a term told as the subject («тэрмін склаў …») or as the whole a part served is
taken from («з пяцігадовага тэрміну»); a town read as a name; «one of them» set off by commas; an
adjectival surname in the plural for a family; an age between a possessive and a kin noun; a word
of the lexicon opening a name span; deaths in custody told in the sentence before; a dative role
noun after a verdict's verb; an interview's question in the second person; a profile with its
hometown and a relative clause. Precision traps in every family."""

from __future__ import annotations

from tests.test_extract_ru import counts, events


def names(result) -> set[str]:
    return {p.name for p in result.persons}


def term_pairs(result) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


# -- «the latter» -------------------------------------------------------------------------


def test_the_latter_served_a_term(be):
    text = (
        "Сярод вызваленых — выкладчыца з Пінска Ганна Шостак і 66-гадовы пенсіянер з Оршы "
        "Андрэй Ярмоленка. Апошні адбываў чатыры гады за каментары."
    )
    result = be(text)
    assert ("sentence", "Андрэй Ярмоленка") in events(result)
    assert ("Андрэй Ярмоленка", 48) in term_pairs(result)
    assert ("Ганна Шостак", 48) not in term_pairs(result)


def test_the_latter_feminine(be):
    text = "На волю выйшлі Андрэй Ярмоленка і Ганна Шостак. Апошняя была асуджаная на тры гады за данаты."
    result = be(text)
    assert ("Ганна Шостак", 36) in term_pairs(result)
    assert ("Андрэй Ярмоленка", 36) not in term_pairs(result)


def test_the_latter_dative(be):
    text = "Суд разглядаў справу Ігара Сямашкі і Марыны Лось. Апошняй далі два гады калоніі."
    assert ("Марына Лось", 24) in term_pairs(be(text))


def test_last_time_is_no_latter(be):
    text = "Апошні раз Андрэй Ярмоленка бачыў жонку ў 2022 годзе. Яго асудзілі на пяць гадоў."
    result = be(text)
    assert ("Андрэй Ярмоленка", 60) in term_pairs(result)
    text = "Ганну Шостак затрымалі ў маі. Апошняя навіна пра яе прыйшла ў жніўні."
    assert events(be(text)) == {("arrest", "Ганна Шостак")}


# -- what was due, and demands -------------------------------------------------------------


def test_fronted_infinitive_of_what_was_due_is_no_release(be):
    text = "Андрэя Ярмоленку асудзілі на шэсць гадоў. Вызваліцца ён павінен быў у маі."
    result = be(text)
    assert ("release", "Андрэй Ярмоленка") not in events(result)
    assert ("Андрэй Ярмоленка", 72) in term_pairs(result)


def test_fronted_infinitive_with_must_is_no_release(be):
    text = "Ганну Шостак асудзілі на тры гады. Выйсці на волю яна мусіла ўвосень."
    assert ("release", "Ганна Шостак") not in events(be(text))


def test_release_told_as_fact_after_infinitive_trap(be):
    text = "Ганну Шостак асудзілі на тры гады. Ёй удалося вызваліцца датэрмінова: у жніўні яе вызвалілі."
    assert ("release", "Ганна Шостак") in events(be(text))


def test_demand_in_present_plural_gives_no_counted_release(be):
    text = (
        "Суд асудзіў трох актывістаў з Ліды. Праваабаронцы прызналі ўсіх траіх палітвязнямі і "
        "патрабуюць іх вызвалення."
    )
    assert ("release", 3) not in counts(be(text))


def test_demand_in_third_singular_gives_no_release(be):
    text = "Андрэя Ярмоленку асудзілі на пяць гадоў. «Вясна» патрабуе яго вызвалення."
    assert ("release", "Андрэй Ярмоленка") not in events(be(text))


# -- «all N» back to the people named since a group of that size -------------------------


def test_all_three_after_a_verdict_of_three_named_one_by_one(be):
    text = (
        "Суд у Віцебску асудзіў трох жыхароў горада. Ігар Сямашка атрымаў пяць гадоў. "
        "Ганне Шостак далі чатыры гады. Андрэй Лось атрымаў тры гады.\n\n"
        "Усіх траіх затрымалі ў сакавіку 2024 года."
    )
    found = events(be(text))
    assert {("arrest", "Ігар Сямашка"), ("arrest", "Ганна Шостак"), ("arrest", "Андрэй Лось")} <= found


def test_all_four_after_four_named_in_a_story(be):
    text = (
        "У Гомелі судзілі чатырох чыгуначнікаў. Ігар Сямашка і Андрэй Лось атрымалі па шэсць гадоў, "
        "Сяргей Рак — пяць. Васіль Жук, які супрацоўнічаў са следствам, атрымаў тры гады.\n\n"
        "Усіх чатырох затрымалі ў 2023 годзе."
    )
    found = events(be(text))
    assert {("arrest", n) for n in ("Ігар Сямашка", "Андрэй Лось", "Сяргей Рак", "Васіль Жук")} <= found


def test_all_three_with_only_two_named_takes_no_one(be):
    text = (
        "Суд асудзіў трох жыхароў Ліды. Ігар Сямашка атрымаў пяць гадоў, Андрэй Лось — чатыры.\n\n"
        "Усіх траіх затрымалі ў сакавіку."
    )
    result = be(text)
    assert ("arrest", 3) in counts(result)
    assert ("arrest", "Ігар Сямашка") not in events(result)


# -- a term told as the subject, or as the whole a part is taken from ---------------------


def test_term_amounted_after_appeal(be):
    text = "Суд асудзіў Андрэя Ярмоленку на пяць гадоў. Пасля апеляцыі тэрмін склаў сем гадоў."
    assert {("Андрэй Ярмоленка", 60), ("Андрэй Ярмоленка", 84)} <= term_pairs(be(text))


def test_total_punishment_amounted(be):
    text = "Ганну Шостак асудзілі на тры гады. Агульны тэрмін пакарання склаў чатыры гады."
    assert ("Ганна Шостак", 48) in term_pairs(be(text))


def test_term_of_an_appeal_deadline_is_no_sentence(be):
    text = "Ганну Шостак асудзілі на тры гады. Тэрмін падачы скаргі складае дзесяць дзён."
    assert term_pairs(be(text)) == {("Ганна Шостак", 36)}


def test_whole_term_of_the_time_left(be):
    text = "Сяргей Рак з Мінска, якому заставалася адбыць паўгода з шасцігадовага тэрміну."
    assert ("Сяргей Рак", 72) in term_pairs(be(text))


def test_whole_term_with_months_left(be):
    text = "Ганне Шостак заставалася адбыць некалькі месяцаў з пяцігадовага тэрміну, калі яе памілавалі."
    assert ("Ганна Шостак", 60) in term_pairs(be(text))


def test_whole_term_of_the_time_served(be):
    text = "Ігар Сямашка адбыў тры гады з пяцігадовага тэрміну і выйшаў на волю."
    assert ("Ігар Сямашка", 60) in term_pairs(be(text))


# -- names that are no persons ------------------------------------------------------------


def test_official_minsk_is_no_person(be):
    text = "Афіцыйны Мінск на такія заклікі не адказвае. Андрэя Ярмоленку асудзілі на 12 гадоў."
    result = be(text)
    assert not any("Мінск" in n for n in names(result))
    assert ("Андрэй Ярмоленка", 144) in term_pairs(result)


def test_lexicon_word_opening_a_span_is_no_first_name(be):
    text = (
        "У калоніі памёр палітвязень Алесь Рудак. Пра смерць паведаміла яго жонка Света Рудак.\n\n"
        "Смерць Рудака — трэцяя ў гэтай калоніі за год."
    )
    result = be(text)
    assert ("death", "Света Рудак") not in events(result)
    assert ("death", "Алесь Рудак") in events(result)


# -- members told apart from their group ---------------------------------------------------


def test_one_of_them_set_off_by_commas(be):
    text = "У пятніцу на волю выйшлі 9 палітвязняў. Адзін з іх, журналіст Сяргей Рак, ужо ў Вільні."
    result = be(text)
    assert ("release", "Сяргей Рак") in events(result)
    assert ("release", 9) in counts(result)


def test_one_of_them_set_against_the_rest(be):
    text = (
        "Кіраўнік краіны памілаваў 12 асуджаных. Амаль усіх вызваленых выслалі з краіны, а адзін з "
        "іх, 40-гадовы слесар з Пінска Андрэй Лось, зноў апынуўся за кратамі."
    )
    found = events(be(text))
    assert ("release", "Андрэй Лось") in found
    assert ("deportation", "Андрэй Лось") not in found


def test_one_of_them_without_a_name_is_no_member(be):
    text = "У пятніцу на волю выйшлі 9 палітвязняў. Адзін з іх, паводле праваабаронцаў, цяжка хворы."
    assert events(be(text)) == set()


def test_mother_and_son_by_adjectival_plural(be):
    text = (
        "Вераніку Бялецкую затрымалі ў сераду. Яе сына Марка Бялецкага таксама затрымалі. Агулам за "
        "тыдзень затрымалі сем чалавек, сярод іх — маці і сын Бялецкія."
    )
    result = be(text)
    assert not any(n == "Бялецкія" for n in names(result))
    assert {("arrest", "Вераніка Бялецкая"), ("arrest", "Марк Бялецкі")} <= events(result)


def test_couple_by_adjectival_plural_released(be):
    text = "Андрэя Вяржбіцкага і Ганну Вяржбіцкую затрымалі ў маі. Вяржбіцкія вызваленыя ў жніўні."
    found = events(be(text))
    assert {("release", "Андрэй Вяржбіцкі"), ("release", "Ганна Вяржбіцкая")} <= found


def test_son_with_age_after_possessive(be):
    text = (
        "Вераніку Бялецкую затрымалі ў сераду. Яе 19-гадовага сына Марка Бялецкага сілавікі "
        "забралі разам з маці."
    )
    assert ("arrest", "Марк Бялецкі") in events(be(text))


def test_mother_with_age_after_possessive(be):
    text = "Андрэя Лося асудзілі на тры гады. Яго 70-гадовую маці Ганну Лось затрымалі ў сераду."
    assert ("arrest", "Ганна Лось") in events(be(text))


# -- deaths in custody told before --------------------------------------------------------


def test_death_after_deaths_in_that_colony(be):
    text = (
        "Гэта не першы выпадак смерці палітвязня ў гэтай калоніі. У траўні 2024 года ў Шклове "
        "памёр 64-гадовы Уладзімір Жук, асуджаны на тры гады за каментары."
    )
    assert ("death", "Уладзімір Жук") in events(be(text))


def test_death_at_home_after_a_death_in_colony_is_none(be):
    text = "Яго бацька памёр у калоніі ў 2023 годзе. Летась у Мінску памёр і дзед Уладзімір Жук."
    assert ("death", "Уладзімір Жук") not in events(be(text))


# -- a role noun for the person --------------------------------------------------------------


def test_dative_role_after_verdict_verb(be):
    text = (
        "Суд вынес прысуд 34-гадоваму праграмісту Сяргею Раку і мастачцы Ганне Лось. Абое віну не "
        "прызналі. Пракурор прасіў восем гадоў. Суд прызначыў праграмісту сем гадоў калоніі."
    )
    assert ("Сяргей Рак", 84) in term_pairs(be(text))


def test_dative_role_of_two_people_takes_no_one(be):
    text = "Затрымалі журналіста Сяргея Рака і журналіста Івана Лука. Суд прызначыў журналісту пяць гадоў."
    result = be(text)
    assert ("Сяргей Рак", 60) not in term_pairs(result)
    assert ("Іван Лук", 60) not in term_pairs(result)


# -- an interview ------------------------------------------------------------------------------


def test_interview_question_in_second_person(be):
    text = (
        "Мы пагаварылі з былой палітвязнькай Марынай Лось.\n\n"
        "Свабода: Вас затрымалі проста на працы?\n\n"
        "Марына Лось: Так, у кастрычніку 2022 году."
    )
    assert ("arrest", "Марына Лось") in events(be(text))


def test_interview_question_answered_no(be):
    text = (
        "Мы пагаварылі з былой палітвязнькай Марынай Лось.\n\n"
        "Свабода: Вас вызвалілі датэрмінова?\n\n"
        "Марына Лось: Не, у жніўні, калі скончыўся тэрмін."
    )
    assert ("release", "Марына Лось") not in events(be(text))


# -- a profile under a heading ----------------------------------------------------------------


def test_profile_with_hometown_and_relative_clause(be):
    text = (
        "Вызвалены 14 палітвязняў, дзесяць з іх вывезены ў Літву.\n\n"
        "Хто застаўся ў Беларусі\n\n"
        "Алена Жук, 60-гадовая пенсіянерка з Бабруйска. Яна была асуджана на тры гады.\n\n"
        "Сяргей Рак з Оршы, якому заставалася адбыць некалькі месяцаў з чатырохгадовага тэрміну."
    )
    result = be(text)
    assert ("release", "Сяргей Рак") in events(result)
    assert ("Сяргей Рак", 48) in term_pairs(result)


def test_death_of_a_former_prisoner_after_a_death_in_custody_is_none(be):
    text = (
        "Папярэдняя смерць палітвязня адбылася ў калоніі ў Шклове. А ў траўні ў бальніцы памёр "
        "былы палітвязень Уладзімір Жук — яго вызвалілі за месяц да смерці."
    )
    assert ("death", "Уладзімір Жук") not in events(be(text))


# -- counts: «абодва», «прынамсі», a relative clause on the counted noun -------------------


def test_both_told_back_gives_no_count(be):
    text = (
        "Двух былых палітвязняў — Сяргея Рака і Андрэя Лося — затрымалі ў Брэсце. Абодва раней "
        "адбылі па два гады калоніі."
    )
    result = be(text)
    assert ("arrest", 2) in counts(result)
    assert ("sentence", 2) not in counts(result)
    assert {("Сяргей Рак", 24), ("Андрэй Лось", 24)} <= term_pairs(result)


def test_both_named_in_apposition_keeps_the_count(be):
    text = "Лістапад 2021 — абодвух, Ганну і Андрэя Лось, затрымалі ў Баранавічах пасля ператрусу."
    assert ("arrest", 2) in counts(be(text))


def test_at_least_is_no_count(be):
    text = "З 2021 года ў калоніях памерлі прынамсі восем палітвязняў."
    assert ("death", 8) not in counts(be(text))


def test_count_shared_by_a_relative_clause_on_the_counted_noun(be):
    text = "У кастрычніку той жа суд асудзіў чатырох работнікаў дэпо, якіх затрымалі яшчэ ў 2022 годзе."
    result = be(text)
    assert {("sentence", 4), ("arrest", 4)} <= counts(result)


def test_released_three_arrested_earlier(be):
    text = "У сераду вызвалілі трох палітвязняў, якіх затрымалі ў 2021 годзе."
    assert {("release", 3), ("arrest", 3)} <= counts(be(text))


def test_relative_clause_of_another_noun_takes_no_count(be):
    text = "Суд асудзіў пяцёх студэнтаў за пасты ў чаце, які стварылі ў 2020 годзе."
    assert ("sentence", 5) in counts(be(text))
    assert all(etype == "sentence" for etype, _ in counts(be(text)))


# -- a punishment noun, quotes and clauses after a colon ----------------------------------


def test_punishment_for_a_person_with_a_term_after_colon(be):
    text = (
        "Самай мяккай аказалася кара для 29-гадовай медсястры Ганны Шостак: чатыры гады і шэсць "
        "месяцаў калоніі пры запыце ў пяць гадоў."
    )
    assert ("Ганна Шостак", 54) in term_pairs(be(text))


def test_punishment_demanded_or_possible_is_none(be):
    result = be("Пракурор запатрабаваў для Ігара Сямашкі кару ў выглядзе шасці гадоў калоніі.")
    assert events(result) == set()
    result = be("За такі пост кара для Ігара Сямашкі можа скласці да пяці гадоў.")
    assert events(result) == set()


def test_people_at_large_in_a_quote_are_not_the_speaker(be):
    text = (
        "«Мы бачым сістэмную практыку: людзей затрымліваюць паўторна пасля выхаду на волю», — "
        "кажа праваабаронца Сяргей Рак."
    )
    assert ("arrest", "Сяргей Рак") not in events(be(text))


def test_we_were_pardoned_in_a_quote(be):
    text = "«Нас памілавалі ўначы і адразу вывезлі на мяжу», — расказаў Сяргей Рак."
    assert ("release", "Сяргей Рак") in events(be(text))


def test_pronoun_clause_after_a_colon(be):
    text = "У верасні затрымалі і брата, Сяргея Рака: яго 10 сутак пратрымалі ў ізалятары, а потым адпусцілі."
    assert {("arrest", "Сяргей Рак"), ("release", "Сяргей Рак")} <= events(be(text))


def test_pronoun_clause_after_a_semicolon(be):
    text = (
        "Сёлета на мяжы затрымалі будаўніка Зьмітра Кавалевіча, які вяртаўся зь Літвы; празь месяц "
        "суд прысудзіў яму тры гады калёніі."
    )
    assert ("Зьміцер Кавалевіч", 36) in term_pairs(be(text))


# -- taraškievica and classical first names with a fleeting vowel -------------------------


def test_zmitser_in_oblique_cases_has_a_name_and_gender(be):
    result = be("Родныя палітвязьня Зьмітра Лукшы, які адбывае дзесяць гадоў, кажуць, што яго этапавалі.")
    assert "Зьміцер Лукша" in names(result)
    result = be("Змітру Кавалевічу далі тры гады.")
    assert ("Зміцер Кавалевіч", 36) in term_pairs(result)


# -- a release told in several words before a move abroad ---------------------------------


def test_ended_up_abroad_after_walking_free(be):
    text = "Сяргей Рак выйшаў на волю ў панядзелак. Праз два дні ён апынуўся ў Літве."
    assert ("deportation", "Сяргей Рак") in events(be(text))


def test_ended_up_abroad_after_serving_the_term(be):
    text = "Сяргей Рак цалкам адбыў тэрмін. Праз тыдзень ён апынуўся ў Літве."
    assert ("deportation", "Сяргей Рак") in events(be(text))


def test_ended_up_abroad_after_leaving_is_no_deportation(be):
    text = "Сяргей Рак выехаў з Беларусі ў 2021 годзе. Цяпер ён апынуўся ў Літве без дакументаў."
    assert ("deportation", "Сяргей Рак") not in events(be(text))
