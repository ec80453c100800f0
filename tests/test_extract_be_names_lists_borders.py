"""Belarusian families of long, cluttered news articles, on sentences written for these tests:
 names with an apostrophe, administrative days given to a dative name, a verdict
list's judge and prosecutor's demand, a part of the same arrest, taraškievica's «ня» and
collective numerals, pushed across the border, a charge's name, a resident of a town, and the
pronoun of a quote's attribution."""

from __future__ import annotations

from tests.test_extract_ru import counts, events, names, quotes, terms


def test_names_with_an_apostrophe_are_persons(be):
    result = be("Наталлю Дар'еўскую затрымалі ў Лідзе.")
    assert ("arrest", "Наталля Дар'еўская") in events(result)
    result = be("Суд вызваліў Дар'ю Мікалаеўну, а В'ячаслава Сям'ёнава асудзілі на 3 гады.")
    assert ("release", "Дар'я Мікалаеўна") in events(result)
    assert terms(result)["В'ячаслаў Сям'ёнаў"] == 36
    assert ("release", "В'ячаслаў Сям'ёнаў") not in events(result)
    result = be("Пра гэта паведаміла юрыстка Ала Мар'ін.")
    assert "Ала Мар'ін" in names(result)


def test_days_of_arrest_given_to_a_dative_name_after_the_days(be):
    result = be("Суд Кастрычніцкага раёна прызначыў 14 сутак арышту 27-гадовай Мар'яне Лысюк.")
    assert ("arrest", "Мар'яна Лысюк") in events(result)
    assert not terms(result)  # days are no prison term
    result = be("Суд не прызначыў 10 сутак арышту Міхасю Шуту.")
    assert not events(result)


def test_a_verdict_lines_judge_and_prosecutors_demand_are_not_the_defendants(be):
    result = be(
        "Вынесены новыя прысуды:\n"
        "– Таццяна Рачок (Ліда) — 3 гады калоніі па арт. 369 КК за каментар; суддзя Павел Гук;\n"
        "– Ягор Ляўчук (Орша) — штраф 50 базавых велічынь па арт. 130 КК; пракурор прасіў для яго 2 гады;\n"
    )
    assert terms(result).get("Таццяна Рачок") == 36
    assert not any(name == "Павел Гук" for _, name in events(result))
    assert ("sentence", "Ягор Ляўчук") in events(result)  # a criminal fine: a verdict
    assert "Ягор Ляўчук" not in terms(result)  # the prosecutor's demand is no term


def test_a_list_line_with_an_age_and_a_judge_is_no_quote(be):
    result = be(
        "Вынесены новыя прысуды:\n"
        "– Таццяна Рачок (Ліда), 38 гадоў, — 2 гады калоніі ўзмоцненага рэжыму за допіс; суддзя Павел Гук;\n"
    )
    assert not quotes(result)
    assert not any(name == "Павел Гук" for _, name in events(result))


def test_a_part_of_the_same_arrest_is_no_new_count(be):
    result = be("Чацвёра з затрыманых па-ранейшаму знаходзяцца ў СІЗА, пра астатніх нічога невядома.")
    assert not counts(result)
    result = be("Траіх з затрыманых адпусцілі ўвечары.")
    assert ("release", 3) in counts(result)


def test_taraskievica_nia_negates(be):
    result = be(
        "Ня трапіў у сьпіс памілаваных кіраўнік прафсаюзу з Жодзіна Сымон Лапата, "
        "асуджаны ў 2021 годзе на 7 гадоў."
    )
    assert ("release", "Сымон Лапата") not in events(result)
    assert terms(result)["Сымон Лапата"] == 84
    result = be("Сымона Лапату ня вызвалілі.")
    assert not events(result)


def test_taraskievica_collective_numerals_and_pushed_across_the_border(be):
    result = be("Пецярых зь іх у той жа дзень вывезьлі ў Польшчу.")
    assert ("deportation", 5) in counts(result)
    result = be(
        "Чацьвярых з памілаваных давезьлі да пункту пропуску «Беняконі» і прымусам выправілі праз мяжу. "
        "Сярод іх — Лапата, Крук і Ждан."
    )
    assert ("deportation", 4) in counts(result)
    assert ("deportation", "Крук") in events(result)
    result = be("Зміцера Крука выштурхнулі за мяжу ва Украіну.")
    assert ("deportation", "Зміцер Крук") in events(result)
    result = be("Пасылку выправілі праз мяжу.")
    assert not events(result)
    result = be("Яго не выправілі праз мяжу.")
    assert not events(result)


def test_a_name_inside_a_charge_is_not_the_defendant(be):
    result = be(
        "Суд павялічыў тэрмін жыхарцы Мазыра Вользе Кірылавай, асуджанай за «абразу Лукашэнкі» у 2023 годзе, "
        "з трох да чатырох гадоў калоніі."
    )
    assert not any(name.startswith("Лукашэнк") for _, name in events(result))
    assert ("sentence", "Вольга Кірылава") in events(result)


def test_a_resident_of_a_town_opening_a_sentence_is_no_person(be):
    result = be("Жыхара Гомеля, які ў траўні выйшаў на волю, 3 снежня зноў затрымалі.")
    assert not names(result)
    result = be("Жыхарку Брэста Ганну Крук затрымалі.")
    assert ("arrest", "Ганна Крук") in events(result)


def test_the_pronoun_of_a_quotes_attribution_is_the_speaker_not_the_patient(be):
    result = be(
        "Сымон Лапата застаўся ў калоніі. Праваабаронца Ігар Рыль назваў гэта ганьбай. "
        "«За тыдзень затрымліваюць больш, чым вызваляюць, — заявіў ён. — Гэта не зьмены»."
    )
    assert ("arrest", "Сымон Лапата") not in events(result)
    assert ("release", "Сымон Лапата") not in events(result)
    result = be("Кастусь Пыж вярнуўся дадому. «Мяне вызвалілі ў аўторак», — сказаў ён.")
    assert ("release", "Кастусь Пыж") in events(result)


def test_a_verdict_to_a_dative_name_and_n_more_counts_the_named(be):
    result = be("Суд вынес прысуд Сяргею Кавалю і яшчэ трыма абвінавачаным.")
    assert ("sentence", "Сяргей Каваль") in events(result)
    assert ("sentence", 4) in counts(result)
    result = be("Суд агучыў прысуд Антону Жуку: 5 гадоў калоніі.")
    assert terms(result)["Антон Жук"] == 60
    result = be("Суд вынес прысуд пяці рабочым.")
    assert ("sentence", 5) in counts(result)


def test_the_teller_after_a_comma_and_a_verb_of_speech_is_no_patient(be):
    result = be("Яго бацьку павезлі назад у калонію, расказала Ганна Жук.")
    assert not events(result)
    result = be("Затрымалі і Кастуся Лапату, сказаў Ян Крук.")
    assert events(result) == {("arrest", "Кастусь Лапата")}  # nor is a verb opening the sentence a person
    result = be("Кастуся Лапату затрымалі ў аўторак, паведаміла праваабаронца Вольга Рыль.")
    assert events(result) == {("arrest", "Кастусь Лапата")}


def test_one_year_without_a_numeral(be):
    result = be("Ганну Жук асудзілі на год калёніі агульнага рэжыму.")
    assert terms(result)["Ганна Жук"] == 12
    result = be("Ганну Жук асудзілі на год і шэсьць месяцаў.")
    assert terms(result)["Ганна Жук"] == 18
    result = be("Ганну Жук затрымалі на год раней за мужа.")
    assert not terms(result)


def test_a_relative_named_by_the_first_name_only(be):
    result = be(
        "Вольгу Крыўчык затрымалі ў верасні разам з мужам Міхасём. "
        "Вольгу асудзілі на 2 гады, Міхася — на 6 гадоў калоніі."
    )
    assert terms(result)["Міхась"] == 72
    assert terms(result)["Вольга Крыўчык"] == 24
    result = be("Сястра Лапаты, Алена, расказала, што брата забралі.")
    assert "Алена" in names(result)
    assert not events(result)


def test_two_subjects_around_a_parenthetical_share_the_plural_verb(be):
    result = be(
        "Святлана Гук, якую летась асудзілі на 4 гады, і Пятро Зуй, які адбываў 6 гадоў, выйшлі на волю."
    )
    assert ("release", "Святлана Гук") in events(result) and ("release", "Пятро Зуй") in events(result)
    assert terms(result)["Святлана Гук"] == 48
    result = be("Святлана Гук (яе затрымалі ў 2021 годзе) і Пятро Зуй былі вызваленыя ў пятніцу.")
    assert ("release", "Святлана Гук") in events(result)
    assert ("arrest", "Пятро Зуй") not in events(result)  # the brackets' event is hers
    result = be("Святлана Гук, якая выступала ў судзе, і яе муж Пятро Зуй былі затрыманыя.")
    assert ("arrest", "Святлана Гук") in events(result)
    result = be("Святлана Гук засталася ў СІЗА, а Пятро Зуй і Ігнат Лось былі вызваленыя.")
    assert ("release", "Святлана Гук") not in events(result)


def test_a_phrase_in_brackets_after_a_name_is_said_of_it(be):
    result = be("Святлана Гук (асуджаная на 3 гады) выйшла на волю.")
    assert ("release", "Святлана Гук") in events(result)
    assert terms(result)["Святлана Гук"] == 36


def test_a_persons_children_are_no_count(be):
    result = be(
        "Усіх чатырох затрымалі ў лютым. Святлана Гук да суду сядзела пад хатнім арыштам, "
        "бо выхоўвае траіх малых дзяцей."
    )
    assert counts(result) == {("arrest", 4)}
    result = be("Затрымалі траіх бацькоў пяцярых дзяцей.")
    assert ("arrest", 3) in counts(result)
