"""Belarusian families of session 18, on sentences written for these tests: verdict lists whose
lines carry no dash (a run of lines ending in semicolons after a heading), the terms of a list
under a heading of release, taraškievica's soft sign in every trigger pattern, and prisoners
taken back after refusing to leave."""

from __future__ import annotations

from tests.test_extract_ru import counts, events, quotes, terms


def test_unmarked_verdict_lines_after_a_heading_of_the_convicted(be):
    result = be(
        "Сярод асуджаных у лютым па палітычных справах:\n\n"
        "Зміцер Баброў (Слонім) — арт. 342 КК, 4 гады калоніі агульнага рэжыму;\n\n"
        "Святлана Мірская (Орша) — ч. 1 арт. 130 КК, 2 гады 8 месяцаў калоніі;\n\n"
        "Язэп Ганчук (Навагрудак) — арт. 369 КК, штраф 80 базавых велічынь (3 200 рублёў);\n\n"
        "Кастусь Ліпа (Рагачоў) — арт. 361-1 КК, 2 гады 6 месяцаў абмежавання волі.\n"
    )
    assert terms(result) == {"Зміцер Баброў": 48, "Святлана Мірская": 32, "Кастусь Ліпа": 30}
    assert ("sentence", "Язэп Ганчук") in events(result)  # a criminal fine: a verdict, no term


def test_unmarked_verdict_lines_with_an_age_before_the_dash(be):
    result = be(
        "Суд агучыў прысуды. Тэрміны такія:\n\n"
        "Мікола Шыла, 45 гадоў, — 7 гадоў калоніі ўзмоцненага рэжыму (дзяржабвінаваўца прасіў 9 гадоў);\n\n"
        "Тэрэза Воран, 27 гадоў, — 1 год 6 месяцаў «хатняй хіміі»;\n\n"
        "Антон Рыль, 33 гады, які жыве ў Польшчы, — завочна, 3 гады пазбаўлення волі.\n"
    )
    assert terms(result) == {"Мікола Шыла": 84, "Тэрэза Воран": 18, "Антон Рыль": 36}


def test_unmarked_lines_under_a_heading_of_release_state_the_terms(be):
    result = be(
        "Сярод вызваленых у пятніцу:\n\n"
        "Зміцер Баброў, 52 гады, механік з Ліды — асуджаны ў 2023 годзе на 6 гадоў;\n\n"
        "Святлана Мірская, 41 год, настаўніца — 3 гады за «абразу»;\n\n"
        "Кастусь Ліпа, 60 гадоў, пенсіянер — 4 гады.\n"
    )
    assert terms(result) == {"Зміцер Баброў": 72, "Святлана Мірская": 36, "Кастусь Ліпа": 48}
    assert {("release", "Святлана Мірская"), ("release", "Кастусь Ліпа")} <= events(result)


def test_an_unmarked_list_of_demands_or_of_prose_states_no_term(be):
    result = be(
        "Пракурор запытаў:\n\nЗміцер Баброў — 4 гады калоніі;\n\nСвятлана Мірская — 2 гады калоніі.\n"
    )
    assert not terms(result)
    # a paragraph after a colon that does not end in a semicolon is prose, not a list line
    result = be("Вось што мы ведаем:\n\nЗміцер Баброў, 52 гады, жыве ў Лідзе і 3 гады працаваў на заводзе.\n")
    assert not terms(result)
    # a line that does not open with a name is no list line
    result = be("Сярод асуджаных:\n\nпа арт. 342 КК — Зміцер Баброў, 4 гады калоніі;\n\nі іншыя.\n")
    assert "Зміцер Баброў" not in terms(result)


def test_taraskievica_soft_sign_in_trigger_patterns(be):
    result = be("Раней Ігната Бруя зьмясьцілі ў СІЗА, а потым Алену Шэйку вывезьлі ў Літву.")
    assert ("arrest", "Ігнат Бруя") in events(result)
    assert ("deportation", "Алена Шэйка") in events(result)
    result = be("Ён адмовіўся выходзіць на мяжы, і Сямёна Жука павезьлі назад.")
    assert ("arrest", "Сямён Жук") in events(result)


def test_taken_back_after_refusing_to_leave(be):
    for verb in ("забралі", "адправілі", "павялі"):
        result = be(f"Уладзімір Кот адмовіўся пакідаць машыну на пераходзе. Яго {verb} назад у калонію.")
        assert ("arrest", "Уладзімір Кот") in events(result), verb
        assert not any(kind == "deportation" for kind, _ in events(result))
    # taking back a thing, or home, is no arrest
    result = be("Удава Уладзіміра Кота забрала назад свае дакументы.")
    assert not events(result)
    result = be("Уладзіміра Кота вызвалілі, і сваякі павезлі яго назад дадому.")
    assert ("arrest", "Уладзімір Кот") not in events(result)


def test_a_relative_clause_after_a_list_lines_term_does_not_negate_it(be):
    result = be(
        "Прысуды такія:\n\n"
        "Рыгор Цвірка, 50 гадоў, — 6 гадоў за «дыверсію», якой ніхто не бачыў;\n\n"
        "Марта Гуль, 36 гадоў, — 2 гады калоніі.\n"
    )
    assert terms(result) == {"Рыгор Цвірка": 72, "Марта Гуль": 24}
    result = be(
        "Прысуды такія:\n\nРыгор Цвірка — не 6 гадоў, а ўмоўны тэрмін;\n\nМарта Гуль — 2 гады калоніі.\n"
    )
    assert "Рыгор Цвірка" not in terms(result)


def test_all_of_them_among_a_group_are_the_people_named_before(be):
    result = be("Памілавалі Івана Гуза і Алену Лук. Абое — сярод вывезеных у Літву.")
    assert {("deportation", "Іван Гуз"), ("deportation", "Алена Лук")} <= events(result)
    result = be("Памілавалі Івана Гуза і Алену Лук. Яны былі сярод высланых за мяжу.")
    assert {("deportation", "Іван Гуз"), ("deportation", "Алена Лук")} <= events(result)
    result = be(
        "Вядомыя імёны:\n\n"
        "Іван Гуз, 40 гадоў, настаўнік — 5 гадоў паводле арт. 342 КК;\n\n"
        "Алена Лук, 30 гадоў — 3 гады.\n\n"
        "Усе пералічаныя вышэй — сярод вывезеных у Польшчу."
    )
    assert {("deportation", "Іван Гуз"), ("deportation", "Алена Лук")} <= events(result)
    # not among them, or a counted part of them, names nobody
    result = be("Памілавалі Івана Гуза і Алену Лук. Сярод вывезеных іх не было.")
    assert not any(kind == "deportation" for kind, _ in events(result))
    result = be("Памілавалі Івана Гуза і Алену Лук. Сярод іх — пяцёра вывезеных у Літву.")
    assert not any(kind == "deportation" for kind, _ in events(result))


def test_one_of_two_released_counts_no_verdict(be):
    result = be("Адзін з двух вызваленых — пенсіянер Іван Гуз, асуджаны на 3 гады за каментары.")
    assert not counts(result)
    assert terms(result) == {"Іван Гуз": 36}


def test_the_teller_after_a_quotes_attribution_with_an_outlet_in_quotes(be):
    result = be(
        "«Апошнім часам людзей затрымліваюць нават за даўнія пераводы, — кажа юрыст „Праваабаронцы“ "
        "Мікола Сушко. — Большасць і не помніць, каму плаціла»."
    )
    assert not events(result)
    result = be("Брата зноў затрымалі ўчора, — расказала журналістам «Нашай Нівы» Ала Грык.")
    assert ("arrest", "Ала Грык") not in events(result)


def test_a_headlines_term_of_a_role_noun_is_the_one_sentenced_persons(be):
    result = be(
        "Гродзенскую настаўніцу за пост у сацсетках асудзілі на тры гады калоніі\n\n"
        "Суд Ленінскага раёна Гродна вынес прысуд 52-гадовай Ганне Вішнеўскай. "
        "Пракурор прасіў для настаўніцы чатыры гады."
    )
    assert terms(result) == {"Ганна Вішнеўская": 36}
    # a role noun of the other gender, or another person with a term of his own: no link
    result = be("Віцебскую пенсіянерку асудзілі на 3 гады калоніі\n\nСуд вынес прысуд Віктару Сушко.")
    assert not terms(result)
    result = be(
        "Пенсіянерку з Віцебска асудзілі на 3 гады калоніі\n\n"
        "Суд вынес прысуд Ганне Вішнеўскай. Раней на 5 гадоў асудзілі яе сына Віктара Сушко."
    )
    assert "Ганна Вішнеўская" not in terms(result)


def test_a_participle_clause_and_words_of_time_before_the_verb(be):
    result = be("Студэнтку Ганну Марозаву, затрыманую ў чацвер за налепкі, у нядзелю вызвалілі.")
    assert {("arrest", "Ганна Марозава"), ("release", "Ганна Марозава")} <= events(result)
    result = be("Паэта Сцяпана Крука, асуджанага ў 2021 годзе, у той самы вечар вывезлі ў Польшчу.")
    assert ("deportation", "Сцяпан Крук") in events(result)
    # a name inside the clause is not the verb's patient
    result = be("Сцяпана Крука, затрыманага разам з суседам, у нядзелю адпусцілі.")
    assert ("release", "Сцяпан Крук") in events(result)


def test_a_verdict_verb_with_no_term_does_not_take_the_name_from_the_next_verb(be):
    result = be("Паэт Сцяпан Крук адсядзеў «ад званка да званка» і ў аўторак выйшаў з калоніі.")
    assert ("release", "Сцяпан Крук") in events(result)
    assert not terms(result)
    result = be("Паэт Сцяпан Крук адсядзеў усе чатыры гады і ў аўторак выйшаў з калоніі.")
    assert ("release", "Сцяпан Крук") in events(result)


def test_a_towns_adjective_before_the_place_of_custody(be):
    result = be("Алену Сакалову змясцілі ў мазырскі ізалятар, а Сцяпана Крука выпусцілі з віцебскай турмы.")
    assert {("arrest", "Алена Сакалова"), ("release", "Сцяпан Крук")} <= events(result)
    result = be("Сцяпана Крука кінулі ў СІЗА за жарт пра чыноўніка.")
    assert ("arrest", "Сцяпан Крук") in events(result)
    result = be("Сцяпан Крук кінуў у скрыню ліст і пайшоў на працу.")
    assert not events(result)


def test_put_out_across_the_border(be):
    for verb in ("выставілі", "выслалі", "выдварылі"):
        result = be(f"Алену Сакалову {verb} за мяжу ў той жа дзень.")
        assert ("deportation", "Алена Сакалова") in events(result), verb
    result = be("Алену Сакалову не выставілі за мяжу: яна засталася ў Гомелі.")
    assert not any(kind == "deportation" for kind, _ in events(result))
    result = be("Ахоўнік выставіў за дзверы Алену Сакалову.")
    assert not events(result)


def test_sent_or_taken_abroad_and_taraskievica_prepositions(be):
    for sentence in (
        "Алену Сакалову адправілі ў Літву.",
        "Пасля памілавання Алену Сакалову пераправілі ў Польшчу.",
        "Алену Сакалову высадзілі на літоўскай мяжы.",
        "Алену Сакалову вывезлі ў Вільню.",
        "Алену Сакалову вывезьлі зь Беларусі.",
    ):
        assert ("deportation", "Алена Сакалова") in events(be(sentence)), sentence
    result = be("Алену Сакалову адправілі ў калонію ў Шклове.")
    assert not any(kind == "deportation" for kind, _ in events(result))
    result = be("Алену Сакалову затрымалі ў Вільні ў 2021 годзе.")
    assert not any(kind == "deportation" for kind, _ in events(result))


def test_but_between_two_verbs_of_one_object(be):
    result = be("Алену Сакалову памілавалі, але адразу вывезлі з Беларусі.")
    assert {("release", "Алена Сакалова"), ("deportation", "Алена Сакалова")} <= events(result)
    result = be("Сцяпана Крука вызвалілі, але праз тыдзень затрымалі зноў.")
    assert ("arrest", "Сцяпан Крук") in events(result)
    # the second verb's own object is someone else
    result = be("Сцяпана Крука вызвалілі, але яго брата затрымалі.")
    assert ("arrest", "Сцяпан Крук") not in events(result)
    result = be("Сцяпана Крука вызвалілі, але сына затрымалі.")
    assert ("arrest", "Сцяпан Крук") not in events(result)


def test_a_surname_in_yonak_in_an_oblique_case(be):
    result = be("Суд асудзіў Пятра Лапцёнка на 2 гады.")
    assert terms(result) == {"Пятро Лапцёнак": 24} or terms(result) == {"Пётр Лапцёнак": 24}


def test_administrative_days_served(be):
    result = be("Алена Сакалова цяпер адбывае суткі ў ЦІП, а Сцяпан Крук ужо адбыў 15 сутак.")
    assert {("arrest", "Алена Сакалова"), ("arrest", "Сцяпан Крук")} <= events(result)
    # session 47: a transfer under escort («этапавалі ў СІЗА») moves someone already held; it is
    # no arrest of its own (the arrest is told where he was taken)
    result = be("Сцяпана Крука этапавалі ў СІЗА № 3.")
    assert ("arrest", "Сцяпан Крук") not in events(result)


def test_a_read_also_link_carries_no_quote(be):
    result = be(
        "Сцяпан Крук выйшаў на волю.\n\n«Я дома», — сказаў Сцяпан Крук.\n\n"
        "Чытайце таксама: Сцяпан Крук: «Першым дзелам я абдыму сына»"
    )
    assert quotes(result) == {("Сцяпан Крук", "Я дома")}


def test_a_written_answer_is_the_words_of_who_signed_it(be):
    result = be(
        "«Парушэнняў у дзеяннях супрацоўнікаў не выяўлена», — гаворыцца ў адказе ўпраўлення, "
        "які падпісаў намеснік начальніка Рыгор Шыла."
    )
    assert quotes(result) == {("Рыгор Шыла", "Парушэнняў у дзеяннях")}
    # an answer to someone's complaint is not that person's words
    result = be("«Парушэнняў не выяўлена», — гаворыцца ў адказе на скаргу Рыгора Шылы.")
    assert not result.quotes


def test_russian_written_answer_signed_by(run):
    result = run(
        "«Нарушений не выявлено», — говорится в ответе, который подписал замначальника Григорий Шило.",
        "ru",
    )
    assert quotes(result) == {("Григорий Шило", "Нарушений не выявлено")}
