"""Belarusian extraction, session 47 (helper be-read): classes of language behind the false and
missed events, counts and terms of the newly read Belarusian set (syn37-be-b), each in wordings
of our own, with traps.

* a nominative personal pronoun right before an active past verb of verdict is who judged
  («Усіх траіх абвінавачаных яна прызнала вінаватымі»), not who was judged;
* a name in the genitive after a neighbour noun in the dative («…, суседцы X») is whose
  neighbour, not one given the term;
* a clause set off after a name and opened by a nominative pronoun («X з Ліды, ён адбываў тры
  гады, і Y») tells of that name only;
* a lead of knowing about a number («Вядома пра дваіх: гэта X і Y», «Я добра ведаю дзьвюх — X і
  Y») names members of the group told before;
* relatives who stayed at home («у многіх у Беларусі засталіся сваякі») are no release;
* «апошнія N гадоў» is a span of time, not a term; «асудзілі да года абмежавання волі» is 12;
* an institution's name opening with an ordinal («Другі заходні акруговы ваенны суд») is no person;
* a «калі» clause with a reflexive past verb («калі ён вяртаўся з Варшавы,») tells when;
* a counted noun, a participle set off by commas, then a verb: the count is the verb's too
  («Дзевяць палітвязняў, памілаваных у панядзелак, увечары апынуліся ў Літве»);
* a trigger past a colon from a name does not compete for it with the trigger of its own clause;
* «Абодвум прызначылі …» opening a sentence that names nobody: the two named just before.
"""

from __future__ import annotations

from tests.test_extract_ru import counts, events


def all_terms(result) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


def names(result) -> set[str]:
    return {p.name for p in result.persons}


# -- a nominative pronoun before an active verdict verb is its agent ---------------------------------


def test_the_judge_named_by_a_pronoun_is_not_judged(be):
    result = be(
        "Суддзя Ірына Кавалёва чытала прысуд гадзіну. Усіх траіх абвінавачаных — іх судзілі за "
        "пікет — яна прызнала вінаватымі."
    )
    assert ("sentence", "Ірына Кавалёва") not in events(result)
    assert ("sentence", 3) in counts(result)


def test_a_pronoun_before_a_verb_of_its_own_event_stays_the_patient(be):
    # trap: «выйшла на волю» is the subject's own event
    result = be("Настаўніцу Вольгу Лаўрэнюк асудзілі ў 2022 годзе. Сёлета ў студзені яна выйшла на волю.")
    assert ("release", "Вольга Лаўрэнюк") in events(result)


# -- a genitive name after a neighbour noun in the dative --------------------------------------------


def test_the_neighbours_owner_takes_no_term(be):
    result = be(
        "Пятра Лазара суд асудзіў на тры гады. Два гады калоніі суд прызначыў Ганне Кавальчук, суседцы "
        "Лазара па пад'ездзе."
    )
    assert ("Ганна Кавальчук", 24) in all_terms(result)
    assert ("Пётр Лазар", 24) not in all_terms(result)
    assert ("Пётр Лазар", 36) in all_terms(result)


# -- a clause opened by a pronoun after a name -------------------------------------------------------


def test_a_pronoun_clause_after_a_name_is_that_names_alone(be):
    result = be(
        "Разам са мной вызвалілі яшчэ чатырох мужчын. Я добра ведаю дваіх — Пятра Лазара з Ліды, "
        "ён адбываў тры гады за данаты, і Андрэя Кота з Пінску."
    )
    assert ("Пётр Лазар", 36) in all_terms(result)
    assert ("Андрэй Кот", 36) not in all_terms(result)
    assert ("sentence", "Андрэй Кот") not in events(result)


def test_a_list_without_the_pronoun_clause_shares_the_term(be):
    # trap: the same names with no clause of their own share the verb's term
    result = be("Пятра Лазара з Ліды і Андрэя Кота з Пінску асудзілі на тры гады за данаты.")
    assert {("Пётр Лазар", 36), ("Андрэй Кот", 36)} <= all_terms(result)


# -- a lead of knowing about a number names members --------------------------------------------------


def test_known_about_two_names_members_of_the_arrest(be):
    result = be(
        "Сілавікі затрымалі пяцярых рабочых мясцовага завода. Вядома пра дваіх: гэта слесар Пётр "
        "Лазар і яго брат Андрэй Лазар."
    )
    assert {("arrest", "Пётр Лазар"), ("arrest", "Андрэй Лазар")} <= events(result)
    assert ("arrest", 5) in counts(result)


def test_i_know_two_names_members_of_the_release(be):
    result = be(
        "Разам са мной з калёніі вызвалілі яшчэ пяцёх жанчын. Я добра ведаю дзьвюх — Ганну Шылу з "
        "Кобрыну і Вольгу Кот з Воршы."
    )
    assert {("release", "Ганна Шыла"), ("release", "Вольга Кот")} <= events(result)


def test_known_about_two_judges_names_no_members(be):
    # trap: a noun after the number makes it another group
    result = be(
        "Сілавікі затрымалі пяцярых рабочых мясцовага завода. Вядома пра дваіх суддзяў: гэта Пётр "
        "Лазар і Андрэй Кот."
    )
    assert ("arrest", "Пётр Лазар") not in events(result)
    assert ("arrest", "Андрэй Кот") not in events(result)


# -- relatives who stayed are no release -------------------------------------------------------------


def test_relatives_who_stayed_home_are_no_release(be):
    result = be(
        "Чатырнаццаць палітвязняў, памілаваных у аўторак, апынуліся ў Літве. Імёны яшчэ "
        "адзінаццаці чалавек праваабаронцы не называюць: у многіх у Беларусі засталіся сваякі."
    )
    assert ("release", 11) not in counts(result)
    assert ("release", 14) in counts(result)


# -- spans of time and lone years --------------------------------------------------------------------


def test_the_last_years_are_a_span_not_a_term(be):
    result = be(
        "Ураджэнца Гомеля Рамана Кота, які апошнія шэсць гадоў жыў і працаваў у Смаленску, суд "
        "прызнаў вінаватым у фінансаванні тэрарызму."
    )
    assert ("sentence", "Раман Кот") in events(result)
    assert ("Раман Кот", 72) not in all_terms(result)


def test_a_term_of_years_after_the_verdict_verb_stays(be):
    # trap: the same number of years as the verdict's term
    result = be("Рамана Кота суд асудзіў на шэсць гадоў калоніі.")
    assert ("Раман Кот", 72) in all_terms(result)


def test_a_year_in_the_genitive_after_da_is_twelve_months(be):
    result = be(
        "Навуковец ужо меў судзімасць: у 2021 годзе Пятра Лазара асудзілі да года абмежавання волі "
        "без накіравання ў папраўчую ўстанову."
    )
    assert ("Пётр Лазар", 12) in all_terms(result)


def test_a_year_in_the_genitive_with_no_penal_word_is_no_term(be):
    # trap: «да года» before no word of a penalty (a time, not a term)
    result = be("Пятра Лазара асудзілі на два гады. Да года нараджэння сына ён не дажыў.")
    assert ("Пётр Лазар", 12) not in all_terms(result)


# -- an institution opening with an ordinal ----------------------------------------------------------


def test_an_ordinal_opening_a_courts_name_is_no_person(be):
    result = be(
        "Рамана Кота Другі заходні акруговы ваенны суд у Маскве прызнаў вінаватым. 34-гадоваму "
        "зваршчыку прызначылі дванаццаць гадоў калоніі строгага рэжыму."
    )
    assert "Другі" not in names(result)
    assert ("Раман Кот", 144) in all_terms(result)


# -- a «калі» clause with a reflexive past verb ------------------------------------------------------


def test_a_when_clause_with_a_reflexive_past_tells_when(be):
    result = be(
        "Андрэя Кота ўзялі ў аэрапорце, калі ён вяртаўся з Варшавы, і пазней асудзілі да дзевяці "
        "гадоў зняволення."
    )
    assert ("Андрэй Кот", 108) in all_terms(result)


def test_a_condition_with_a_reflexive_past_and_by_stays_a_condition(be):
    # trap: «калі б» is a condition, whatever the verb's tense
    result = be("Калі б Андрэй Кот вярнуўся з Варшавы, яго асудзілі б на дзевяць гадоў.")
    assert ("sentence", "Андрэй Кот") not in events(result)


# -- a counted noun, a set-off participle, then the verb ---------------------------------------------


def test_the_verb_after_a_set_off_participle_shares_the_count(be):
    result = be("Дзевяць палітвязняў, памілаваных у панядзелак, увечары апынуліся ў Літве.")
    assert {("release", 9), ("deportation", 9)} <= counts(result)


def test_a_verb_past_another_clause_does_not_share_the_count(be):
    # trap: a clause set off after the participle's («паводле праваабаронцаў,») breaks the run
    result = be("Дзевяць палітвязняў, памілаваных у панядзелак, паводле праваабаронцаў, апынуліся ў Літве.")
    assert ("release", 9) in counts(result)
    assert ("deportation", 9) not in counts(result)


def test_a_group_broken_down_after_the_verb_does_not_share_the_count(be):
    # trap: «Сямёра з іх высланы …, а X адмовіўся»: the removal was not of all of them
    result = be(
        "Восем палітвязняў, памілаваных у аўторак, у чацвер вывезлі да мяжы з Літвой. Сямёра з іх "
        "высланы ў Літву, а 60-гадовы Пётр Лазар адмовіўся пакідаць Беларусь."
    )
    assert ("release", 8) in counts(result)
    assert ("deportation", 8) not in counts(result)


# -- a trigger past a colon does not compete ---------------------------------------------------------


def test_a_participle_before_a_colon_does_not_take_the_names_after_it(be):
    result = be(
        "Усе чацвёра асуджаныя да абмежавання волі: 62-гадовай Ганне Кавальчук і яе сыну Юрыю "
        "Кавальчуку суд прызначыў па два гады."
    )
    assert {("Ганна Кавальчук", 24), ("Юрый Кавальчук", 24)} <= all_terms(result)


# -- «both» told back --------------------------------------------------------------------------------


def test_both_opening_a_sentence_are_the_two_named_before(be):
    result = be(
        "Самыя маладыя ў справе — студэнт Пётр Лазар і кур'ер Андрэй Кот, якому 24. Абодвум "
        "прызначана па два з паловай гады абмежавання волі."
    )
    assert {("Пётр Лазар", 30), ("Андрэй Кот", 30)} <= all_terms(result)
    assert ("sentence", 2) not in counts(result)


def test_both_after_three_names_is_nobody(be):
    # trap: three people named before: «both» is not told back to any two of them
    result = be(
        "У справе — студэнт Пётр Лазар, кур'ер Андрэй Кот і пенсіянер Ян Шыла. Абодвум прызначана па "
        "два з паловай гады абмежавання волі."
    )
    assert not {t for t in all_terms(result) if t[1] == 30}


# -- an age told with «у N гадоў» after the verb; a transfer under escort ----------------------------


def test_an_age_after_the_verdict_verb_is_no_term(be):
    result = be(
        "У аўтобусах былі пенсіянерка Ала Бярозка, якая адбывала 3 гады за пікет, студэнт Ціхан "
        "Зуёнак, якога асудзілі ў 19 гадоў, і Паўлюк Гарбацэвіч."
    )
    assert ("sentence", "Ціхан Зуёнак") in events(result)
    assert not {t for t in all_terms(result) if t[0] == "Ціхан Зуёнак"}
    assert ("Ала Бярозка", 36) in all_terms(result)


def test_a_term_noun_with_u_keeps_its_term(be):
    # trap: «тэрмін у 5 гадоў» hangs on the term noun
    result = be("Пятра Лазара асудзілі на тэрмін у 5 гадоў.")
    assert ("Пётр Лазар", 60) in all_terms(result)


def test_a_transfer_under_escort_is_no_arrest(be):
    result = be(
        "У сакавіку затрымалі дзевяць удзельнікаў чата. Спачатку ўсіх утрымлівалі ў ІЧУ, пазней "
        "чацвярых з іх этапавалі ў віцебскае СІЗА-2."
    )
    assert ("arrest", 9) in counts(result)
    assert ("arrest", 4) not in counts(result)


def test_a_year_after_u_and_an_age_with_its_own_term_keep_the_term(be):
    # traps: «у 2022 годзе» is a year, and an age with the verdict's own «на тры гады» after it
    result = be(
        "Пятра Лазара асудзілі ў 2022 годзе на пяць гадоў калоніі. Андрэя Кота асудзілі ў 19 гадоў "
        "на тры гады."
    )
    assert {("Пётр Лазар", 60), ("Андрэй Кот", 36)} <= all_terms(result)


# -- the side abroad receiving a counted group --------------------------------------------------------


def test_the_side_abroad_receiving_a_counted_group_is_its_removal(be):
    result = be(
        "Пацверджана: 12 палітвязняў вызваленыя і едуць у аўтобусах да мяжы з Літвой. Літоўскі бок "
        "прыняў 11 вызваленых — усіх, акрамя Пятра Лазара."
    )
    assert ("deportation", 11) in counts(result)
    assert ("release", 11) not in counts(result)
    assert ("deportation", "Пётр Лазар") not in events(result)


def test_the_side_abroad_receiving_no_counted_group_is_no_removal(be):
    # trap: what the side received is no group of people
    result = be("Літоўскі бок прыняў рашэнне аб візах для вызваленых палітвязняў.")
    assert not [e for e in result.events if e.type == "deportation"]


# -- a profile's clauses set apart by a semicolon ------------------------------------------------------


def test_a_participle_after_a_semicolon_shares_the_profiles_subject(be):
    result = be(
        "Памілаваныя:\n\n1. Пётр Лазар, 45 гадоў, прадпрымальнік з Пінска. Трапіў за краты ў "
        "кастрычніку 2022 года; асуджаны на 5 гадоў калоніі ўзмоцненага рэжыму."
    )
    assert ("Пётр Лазар", 60) in all_terms(result)


def test_a_participle_of_another_gender_after_a_semicolon_is_not_the_profiles(be):
    # trap: «Трапіла …; асуджаны …» are two subjects: the man's term is not hers
    result = be(
        "Памілаваныя:\n\n1. Ганна Кавальчук, 45 гадоў, з Пінска. Трапіла за краты ў кастрычніку 2022 "
        "года; асуджаны на 5 гадоў калоніі яе муж."
    )
    assert ("Ганна Кавальчук", 60) not in all_terms(result)
