"""Belarusian structure of whole articles (session 34), in wording invented for these tests: a
numbered list of profiles («1. X, 41 год, настаўнік з Ліды. Затрыманы …») whose second sentence has
no subject, under a heading of the list's event; a live blog's clock line («14:55») between a
verdict and the verbless line that repeats it; a counted group with no names whose members a
later sentence names with «усе N»; release told as leaving the places of confinement or walking
out of a colony's gate; a term a prisoner has («мае … калоніі»). Precision traps in every family."""

from __future__ import annotations

from tests.test_extract_ru import counts, events


def term_pairs(result) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


def group_persons(result, kind: str, count: int) -> set[str]:
    by_id = {p.id: p.name for p in result.persons}
    return {by_id[pid] for e in result.events if e.type == kind and e.count == count for pid in e.persons}


# -- a numbered list of profiles -------------------------------------------------------------


def test_numbered_profile_participle_without_subject(be):
    text = (
        "Вось каго пакаралі за апошні месяц.\n\n"
        "1. Пётр Баравік, 41 год, настаўнік з Ліды. Затрыманы ў лютым 2023 года.\n\n"
        "2. Ніна Марозава, 58 гадоў, бібліятэкарка з Оршы. Затрыманая ў маі.\n\n"
        "3. Юрый Стральцоў, 33 гады, інжынер з Мазыра. Асуджаны на пяць гадоў калоніі."
    )
    result = be(text)
    assert ("arrest", "Пётр Баравік") in events(result)
    assert ("arrest", "Ніна Марозава") in events(result)
    assert ("Юрый Стральцоў", 60) in term_pairs(result)
    assert ("arrest", "Юрый Стральцоў") not in events(result)


def test_numbered_profile_past_verb_of_a_term(be):
    text = (
        "Хто выйшаў на волю:\n\n"
        "1) Алег Сымонаў, 62 гады, пенсіянер з Барысава. Адбываў тры гады за каментары.\n\n"
        "2) Кацярына Бялько, 24 гады, студэнтка з Гродна. Атрымала два з паловай гады калоніі."
    )
    result = be(text)
    assert ("Алег Сымонаў", 36) in term_pairs(result)
    assert ("Кацярына Бялько", 30) in term_pairs(result)


def test_numbered_profile_verbless_term_of_years_and_months(be):
    text = (
        "Сярод памілаваных:\n\n"
        "4. Зміцер Латушка, 36 гадоў, Слонім. 3 гады і 6 месяцаў калоніі за пост.\n\n"
        "5. Інэса Каваль, 52 гады, Бабруйск. 1 год і 9 месяцаў калоніі за данат."
    )
    result = be(text)
    assert ("Зміцер Латушка", 42) in term_pairs(result)
    assert ("Інэса Каваль", 21) in term_pairs(result)
    assert not {months for _, months in term_pairs(result)} & {6, 9}


def test_numbered_profile_gender_must_agree(be):
    text = "1. Пётр Баравік, 41 год, настаўнік з Ліды. Затрыманая ў лютым яго жонка нічога не казала."
    assert ("arrest", "Пётр Баравік") not in events(be(text))


def test_numbered_profiles_under_a_heading_of_removal(be):
    text = (
        "Улады памілавалі 20 асуджаных, з іх 9 вывезлі ў Польшчу.\n\n"
        "Вывезеныя ў Польшчу\n\n"
        "1. Пётр Баравік, 41 год, настаўнік з Ліды. Асуджаны на шэсць гадоў.\n\n"
        "2. Ніна Марозава, 58 гадоў, бібліятэкарка з Оршы. Адбывала чатыры гады.\n\n"
        "Засталіся ў Беларусі\n\n"
        "3. Юрый Стральцоў, 33 гады, інжынер з Мазыра. Атрымаў тры гады."
    )
    result = be(text)
    assert ("deportation", "Пётр Баравік") in events(result)
    assert ("deportation", "Ніна Марозава") in events(result)
    assert ("deportation", "Юрый Стральцоў") not in events(result)
    assert ("Ніна Марозава", 48) in term_pairs(result)


def test_dashed_profiles_under_a_heading_of_release(be):
    text = (
        "Памілаваныя ў пятніцу палітвязні ўжо ў сваіх сем'ях.\n\n"
        "Вярнуліся дадому\n\n"
        "— Ігар Лянкевіч, 50 гадоў, кіроўца з Пінска. Адбываў тры гады.\n\n"
        "— Вольга Сідарук, 45 гадоў, урач з Бабруйска. Асуджаная на два гады."
    )
    result = be(text)
    assert ("release", "Ігар Лянкевіч") in events(result)
    assert ("release", "Вольга Сідарук") in events(result)


# -- a live blog's clock lines ----------------------------------------------------------------


def test_clock_line_between_verdict_and_gapped_line(be):
    text = (
        "11:40\n"
        "Суд абвясціў прысуд. Андрэй Скрыпка атрымаў сем гадоў калоніі.\n\n"
        "11:42\n"
        "Ганне Мельнік — чатыры гады калоніі агульнага рэжыму.\n\n"
        "11:45\n"
        "Паўлу Касцюку — два гады абмежавання волі."
    )
    result = be(text)
    assert ("Андрэй Скрыпка", 84) in term_pairs(result)
    assert ("Ганна Мельнік", 48) in term_pairs(result)
    assert ("Павел Касцюк", 24) in term_pairs(result)


def test_clock_line_with_a_verbless_line_of_no_term(be):
    text = (
        "11:40\nАндрэй Скрыпка атрымаў сем гадоў калоніі.\n\n"
        "11:42\nГанне Мельнік — слова для апошняй рэплікі."
    )
    result = be(text)
    assert ("sentence", "Ганна Мельнік") not in events(result)


# -- «усе N» names a group counted before -----------------------------------------------------


def test_all_three_named_later_are_the_counted_group(be):
    text = (
        "Трое абвінавачаных былі затрыманыя ў сакавіку і з таго часу знаходзяцца ў СІЗА.\n\n"
        "У зале прысутнічалі сваякі. Ахова ўвяла Сцяпана Жука, Рамана Гайдука і Алену Шульгу, "
        "усе трое былі ў кайданках."
    )
    result = be(text)
    assert ("arrest", 3) in counts(result)
    assert group_persons(result, "arrest", 3) == {"Сцяпан Жук", "Раман Гайдук", "Алена Шульга"}


def test_all_four_after_a_counted_release(be):
    text = (
        "Чатыры палітвязні выйшлі на волю на гэтым тыдні. Праваабаронцы назвалі іх імёны: "
        "Сцяпан Жук, Раман Гайдук, Алена Шульга і Марк Рудзь — усе чацвёра адбылі тэрмін цалкам."
    )
    result = be(text)
    assert group_persons(result, "release", 4) == {"Сцяпан Жук", "Раман Гайдук", "Алена Шульга", "Марк Рудзь"}


def test_all_n_of_another_size_names_no_member(be):
    text = (
        "Трое абвінавачаных былі затрыманыя ў сакавіку.\n\n"
        "Ахова ўвяла Сцяпана Жука і Рамана Гайдука, абодва ў кайданках. "
        "Ірына Жук, Алена Шульга, Марк Рудзь і Ігар Рудзь, усе чацвёра сваякі, сядзелі ў зале."
    )
    result = be(text)
    assert ("arrest", 3) in counts(result)
    assert group_persons(result, "arrest", 3) == set()


def test_all_three_with_only_two_names_is_no_group(be):
    text = (
        "Трое абвінавачаных былі затрыманыя ў сакавіку.\n\n"
        "Ахова ўвяла Сцяпана Жука і Рамана Гайдука, усе трое былі ў кайданках."
    )
    assert group_persons(be(text), "arrest", 3) == set()


# -- release told as leaving the places of confinement ----------------------------------------


def test_left_places_of_confinement_is_release(be):
    text = "Мікалай Дзядок пакінуў месцы зняволення ў чэрвені, адбыўшы ўвесь тэрмін."
    assert ("release", "Мікалай Дзядок") in events(be(text))


def test_walked_out_of_the_colony_gate_is_release(be):
    for text in (
        "Раніцай Святлана Кулік выйшла за браму Гомельскай калоніі.",
        "Уладзімір Пугач выйшаў за браму калоніі № 17 і абняў дачку.",
    ):
        assert {e for e in events(be(text)) if e[0] == "release"}, text


def test_gate_of_a_court_or_a_house_is_no_release(be):
    for text in (
        "Святлана Кулік выйшла за браму суда і пайшла да машыны.",
        "Уладзімір Пугач выйшаў за браму свайго дома.",
    ):
        assert not [e for e in be(text).events if e.type == "release"], text


# -- a term a prisoner has --------------------------------------------------------------------


def test_prisoner_has_a_term_of_colony(be):
    for text, name, months in (
        ("Апеляцыйны суд пакінуў прысуд без змен: Вера Гук мае пяць гадоў пазбаўлення волі.", "Вера Гук", 60),
        ("Суд не змяніў прысуд Антону Шалю: ён мае тры гады калоніі.", "Антон Шаль", 36),
    ):
        assert (name, months) in term_pairs(be(text)), text


def test_having_children_or_years_of_age_is_no_term(be):
    for text in (
        "Вера Гук мае трох дзяцей і мае права на спатканне.",
        "Антон Шаль мае сорак гадоў стажу на заводзе.",
    ):
        assert not [e for e in be(text).events if e.type == "sentence"], text


# -- a term that grew after a second trial -----------------------------------------------------


def test_total_term_grew_to(be):
    for text, name in (
        (
            "Ігара Дробыша асудзілі на чатыры гады. Летась яго судзілі паўторна ў калоніі, і агульны "
            "тэрмін вырас да шасці гадоў.",
            "Ігар Дробыш",
        ),
        (
            "Ніна Бандарэнка, 50 гадоў, Полацк. Была асуджаная на чатыры гады, аднак у калоніі на яе "
            "завялі новую справу, і тэрмін павялічыўся да шасці гадоў.",
            "Ніна Бандарэнка",
        ),
    ):
        result = be(text)
        assert (name, 48) in term_pairs(result), text
        assert (name, 72) in term_pairs(result), text


def test_term_that_may_grow_or_is_anothers_is_no_term(be):
    for text in (
        "Ігара Дробыша асудзілі на чатыры гады. Калі яго асудзяць зноў, тэрмін можа вырасці да шасці гадоў.",
        "Ігара Дробыша асудзілі на чатыры гады. Яго сябра Паўла Лука затрымалі, "
        "і тэрмін вырас да шасці гадоў.",
    ):
        assert ("Ігар Дробыш", 72) not in term_pairs(be(text)), text


# -- a dative pronoun beside a verdict whose judge is named ------------------------------------


def test_dative_pronoun_after_a_named_judge(be):
    text = "Марыю Саладуху затрымалі ў 2021 годзе. Суддзя Алег Ткач прызначыў ёй пяць гадоў калоніі."
    result = be(text)
    assert ("Марыя Саладуха", 60) in term_pairs(result)
    assert ("sentence", "Алег Ткач") not in events(result)


def test_dative_pronoun_is_not_the_female_judge(be):
    text = "Марыю Саладуху затрымалі ў 2021 годзе. Суддзя Ірына Пілат прызначыла ёй тры гады калоніі."
    result = be(text)
    assert ("Марыя Саладуха", 36) in term_pairs(result)
    assert ("sentence", "Ірына Пілат") not in events(result)


# -- a name with a verb of its own, the event in a clause of time or cause after it -----------


def test_event_of_a_subordinate_clause_is_not_the_main_subjects(be):
    for text, held, _other in (
        (
            "Ніна Гук жыве адна другі год, з таго часу як яе сына Паўла Гука затрымалі ў Мінску.",
            "Павел Гук",
            "Ніна Гук",
        ),
        (
            "Ала Сёмуха расказала, як яе брата Антона Лісоўскага затрымалі ўначы.",
            "Антон Лісоўскі",
            "Ала Сёмуха",
        ),
        (
            "Вольга Шах чакае лістоў кожны дзень, бо яе мужа Дзяніса Шаха асудзілі на шэсць гадоў.",
            "Дзяніс Шах",
            "Вольга Шах",
        ),
    ):
        result = be(text)
        assert {name for _, name in events(result)} == {held}, text


def test_event_before_the_subordinate_clause_stays_the_subjects(be):
    text = "Ганну Лось затрымалі ў маі, калі яе муж Сяргей Бурак быў у Польшчы."
    assert ("arrest", "Ганна Лось") in events(be(text))
