"""Belarusian structure of whole articles (session 35), in wording invented for these tests: an
article's abbreviation inside brackets («(арт. 368 КК)») that must not end the sentence before the
term; release told as the end of a stated detention («выйшаў праз 15 сутак», «праз 10 сутак яго
выпусцілі»); a profile's verbless line of its term («Тэрмін — шэсць гадоў»); a person noun that
opens a clause naming nobody («…: палітвязень мае тры гады», «Жанчыну дэпартавалі»); counted
groups of nouns the lexicon lacked; the verb after a chain of phrases between commas; an unnamed
«Мужчына з …» in a list of the freed. Precision traps in every family."""

from __future__ import annotations

from tests.test_extract_ru import counts, events


def term_pairs(result) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


# -- an abbreviation in brackets keeps its sentence -------------------------------------------


def test_bracketed_article_keeps_the_term_in_its_sentence(be):
    text = (
        "Віцебскі абласны суд асудзіў фермера Рыгора Паўлоўскага. Яго прызналі вінаватым у абразе "
        "прэзідэнта (арт. 368 КК) і далі тры гады калоніі."
    )
    assert ("Рыгор Паўлоўскі", 36) in term_pairs(be(text))


def test_bracketed_part_and_article_keep_the_term(be):
    text = (
        "Гомельскі суд разгледзеў справу Святланы Крупенькі. Ёй інкрымінавалі ўдзел у пратэстах "
        "(ч. 1 арт. 342 КК) і прызначылі два гады абмежавання волі."
    )
    assert ("Святлана Крупенька", 24) in term_pairs(be(text))


def test_bracketed_article_numbers_are_no_term(be):
    text = "Аляксея Дубіну асудзілі па двух артыкулах (арт. 361-1 і арт. 130). Пасля прысуду ён напісаў ліст."
    result = be(text)
    assert ("sentence", "Аляксей Дубіна") in events(result)
    assert not term_pairs(result)


# -- release at the end of a stated detention --------------------------------------------------


def test_let_out_after_days_fronted(be):
    result = be("Міліцыя затрымала Кірыла Лазоўскага на вакзале. Праз 10 сутак яго выпусцілі.")
    assert ("release", "Кірыл Лазоўскі") in events(result)


def test_came_out_after_days_of_arrest_after_semicolon(be):
    result = be("Ганну Бурак затрымалі на акцыі; яна выйшла пасля 13 сутак арышту ў Акрэсціна.")
    assert {("arrest", "Ганна Бурак"), ("release", "Ганна Бурак")} <= events(result)


def test_came_out_after_days_counts_no_group(be):
    result = be("Сяргея Мароза затрымалі ў кватэры. Ён выйшаў праз тры дні без абвінавачання.")
    assert ("release", "Сяргей Мароз") in events(result)
    assert not counts(result)


def test_future_or_possible_exit_is_no_release(be):
    for text in (
        "Сяргея Мароза затрымалі ў кватэры. Ён выйдзе праз 10 сутак.",
        "Сяргея Мароза затрымалі ў кватэры. Адвакат спадзяецца, што ён можа выйсці праз 15 сутак.",
    ):
        assert ("release", "Сяргей Мароз") not in events(be(text)), text


def test_getting_in_touch_or_a_book_is_no_release(be):
    for text in (
        "Сяргея Мароза затрымалі ў кватэры. Праз тыдзень ён выйшаў на сувязь з жонкай.",
        "Сяргей Мароз выпусціў кнігу праз месяц пасля выбараў.",
    ):
        assert ("release", "Сяргей Мароз") not in events(be(text)), text


# -- a profile's verbless line of its term ------------------------------------------------------


def test_profile_term_line_with_dash_and_colon(be):
    text = (
        "Каго асудзілі ў лістападзе\n\n"
        "1. Пётр Жылінскі, 44 гады, электрык з Ліды. Тэрмін — шэсць гадоў калоніі ўзмоцненага рэжыму.\n\n"
        "2. Алена Сідарэнка, 31 год, бібліятэкарка з Пружан. Пакаранне: два з паловай гады «хіміі»."
    )
    pairs = term_pairs(be(text))
    assert ("Пётр Жылінскі", 72) in pairs
    assert ("Алена Сідарэнка", 30) in pairs


def test_profile_term_line_unknown_or_demanded_is_no_sentence(be):
    text = (
        "Хто застаецца за кратамі\n\n"
        "Віктар Лук'яновіч, 58 гадоў, інжынер з Наваполацка. Тэрмін — невядомы: сваякі не ведаюць, "
        "колькі яму далі.\n\n"
        "Марына Ясько, 40 гадоў, з Кобрына. Тэрмін — да сямі гадоў: столькі запытаў пракурор."
    )
    result = be(text)
    assert not {e for e in events(result) if e[0] == "sentence"}


# -- a person noun opening a clause that names nobody -------------------------------------------


def test_status_noun_after_colon_has_the_term(be):
    text = (
        "Абласны суд у апеляцыйным парадку не змяніў прысуд Паўлу Снапку: палітвязень, як і раней, "
        "мае пяць гадоў калоніі."
    )
    assert ("Павел Снапок", 60) in term_pairs(be(text))


def test_woman_after_colon_is_removed(be):
    text = (
        "Марыю Хадасевіч пасля вызвалення з калоніі не адпусцілі дадому: жанчыну пад канвоем "
        "давезлі да літоўскай мяжы і дэпартавалі."
    )
    result = be(text)
    assert ("deportation", "Марыя Хадасевіч") in events(result)


def test_status_noun_opening_the_next_sentence(be):
    for text in (
        "Антона Бялько затрымалі летам. Палітвязня асудзілі на тры гады калоніі.",
        "Антона Бялько затрымалі летам. Палітвязень атрымаў тры гады калоніі.",
        "Антона Бялько затрымалі летам. Мужчына атрымаў тры гады калоніі.",
    ):
        assert ("Антон Бялько", 36) in term_pairs(be(text)), text


def test_noun_of_another_trade_or_kin_is_someone_else(be):
    for text, pair in (
        (
            "Настаўніка Пятра Фалевіча звольнілі з працы ў маі. Журналіста затрымалі ў Мінску.",
            ("arrest", "Пётр Фалевіч"),
        ),
        ("Пятра Фалевіча затрымалі ў маі. Дачку асудзілі на тры гады.", ("sentence", "Пётр Фалевіч")),
        (
            "Праваабаронца Пётр Фалевіч паведаміў пра новыя затрыманні. Мужчыну затрымалі ў Мінску.",
            ("arrest", "Пётр Фалевіч"),
        ),
    ):
        assert pair not in events(be(text)), text


def test_status_noun_across_a_paragraph_or_two_men_names_nobody(be):
    result = be("Навіны тыдня\n\nПятра Фалевіча затрымалі ў маі.\n\nПалітвязень атрымаў тры гады калоніі.")
    assert ("sentence", "Пётр Фалевіч") not in events(result)


# -- counted groups of nouns the lexicon lacked -------------------------------------------------


def test_counted_groups_of_new_nouns(be):
    for text, pair in (
        ("Суд асудзіў трох адміністратараў раённага чата.", ("sentence", 3)),
        ("Суд вынес прысуд трыом адміністратарам тэлеграм-канала.", ("sentence", 3)),
        ("Суд вынес прысуд трым мясцовым жыхарам.", ("sentence", 3)),
        ("У Менску затрымалі сем працаўнікоў трактарнага заводу.", ("arrest", 7)),
        ("Міліцыя затрымала пяцярых працаўнікоў лесгаса.", ("arrest", 5)),
    ):
        assert pair in counts(be(text)), text


def test_approximate_group_of_new_noun_has_no_count(be):
    assert not counts(be("Паводле праваабаронцаў, затрымалі больш за сем працаўнікоў заводу."))


# -- the verb after a chain of phrases between commas -------------------------------------------


def test_verb_after_apposition_and_participle(be):
    for text, pair in (
        (
            "Тамара Кулік, пенсіянерка з Барысава, асуджаная на тры гады, выйшла на волю ў чацвер.",
            ("release", "Тамара Кулік"),
        ),
        (
            "Алесь Гурло, 37 гадоў, механік, якога затрымалі ў сакавіку, памёр у СІЗА.",
            ("death", "Алесь Гурло"),
        ),
        (
            "Яўген Сыс, былы настаўнік, асуджаны на пяць гадоў, таксама быў у спісе памілаваных.",
            ("release", "Яўген Сыс"),
        ),
    ):
        assert pair in events(be(text)), text


def test_chain_with_another_name_or_a_negation_gives_no_release(be):
    for text in (
        "Алесь Гурло, сябар Віктара Бабко, асуджаны на тры гады, выйшаў на волю.",
        "Алесь Гурло, былы дэпутат, асуджаны на тры гады, не трапіў у спіс памілаваных.",
    ):
        result = be(text)
        assert ("release", "Віктар Бабко") not in events(result), text
        if "не трапіў" in text:
            assert ("release", "Алесь Гурло") not in events(result), text


# -- an unnamed person in a list of the freed ---------------------------------------------------


def test_unnamed_man_in_a_list_gets_no_release(be):
    text = (
        "Вызваленыя ў Беларусі\n\n"
        "1. Ігар Лабко, 50 гадоў, з Брэста. Адбываў тры гады.\n\n"
        "2. Мужчына з Гомеля, імя якога сваякі просяць не называць."
    )
    result = be(text)
    assert not {e for e in events(result) if e[1] == "Мужчына"}


# -- a verdict told as where the convict goes ---------------------------------------------------


def test_goes_to_a_colony_for_a_term(be):
    for text, pair in (
        (
            "Суд абвясціў прысуд. Алесь Шумейка, які пісаў у чат, адправіцца ў калонію агульнага "
            "рэжыму на тры гады.",
            ("Алесь Шумейка", 36),
        ),
        ("Суд абвясціў прысуд. Алесь Шумейка на чатыры гады адправіцца ў калонію.", ("Алесь Шумейка", 48)),
    ):
        assert pair in term_pairs(be(text)), text


def test_may_go_or_asked_to_go_to_a_colony_is_no_sentence(be):
    for text in (
        "Калі суд прызнае яго вінаватым, Алесь Шумейка можа адправіцца ў калонію на дзесяць гадоў.",
        "Пракурор прасіў, каб Алесь Шумейка адправіўся ў калонію на пяць гадоў.",
    ):
        assert ("sentence", "Алесь Шумейка") not in events(be(text)), text


# -- a number joined to one unnamed person counts a part ---------------------------------------


def test_one_and_two_of_his_followers_is_no_count_of_two(be):
    for text in (
        "У Маладзечне асудзілі адміністратара раённага чата і двух яго падпісчыкаў.",
        "У Лідзе затрымалі святара мясцовай парафіі і трох яго памочнікаў.",
    ):
        assert not {c for c in counts(be(text)) if c[1] in (2, 3)}, text


def test_counted_group_alone_keeps_its_count(be):
    assert ("arrest", 2) in counts(be("У Гродне затрымалі двух падпісчыкаў чата."))


# -- «the rest» of a named group ----------------------------------------------------------------


def test_the_rest_of_a_named_group_less_the_one_named(be):
    text = (
        "Суд асудзіў Пятра Гуза, Ніну Ліс і Івана Мыслю. Усіх траіх затрымалі ў маі. Гуз застаўся ў "
        "СІЗА, а астатніх дваіх праз тыдзень адпусцілі пад падпіску."
    )
    result = be(text)
    assert {("release", "Ніна Ліс"), ("release", "Іван Мысль")} <= events(result)
    assert ("release", "Пётр Гуз") not in events(result)
    assert ("release", 2) in counts(result)


def test_the_rest_of_other_people_names_nobody(be):
    result = be("Міліцыя затрымала Пятра Гуза, Ніну Ліс і Івана Мыслю. Астатніх удзельнікаў акцыі адпусцілі.")
    assert not {e for e in events(result) if e[0] == "release"}


# -- the lead's role noun points back to the headline's person ----------------------------------


def test_lead_role_noun_is_the_headline_person(be):
    for text, pair in (
        (
            "Былога палітвязня Рамана Гіля зноў затрымалі ў Полацку\n\n12.03.2026, 09:40\n\n"
            "Жыхара Полацка, які ў 2025 годзе выйшаў на волю, цалкам адбыўшы тры гады калоніі, "
            "забралі з дому.",
            ("release", "Раман Гіль"),
        ),
        (
            "Настаўніцу Алену Жук асудзілі на тры гады\n\nГомель, 3 сакавіка\n\n"
            "Жыхарку Гомеля, якую затрымалі ў кастрычніку, суд прызнаў вінаватай у «абразе прэзідэнта».",
            ("arrest", "Алена Жук"),
        ),
    ):
        assert pair in events(be(text)), text


def test_speaker_before_a_generic_noun_is_not_held(be):
    text = (
        "Алег Кот вызвалены\n\nМінск, 3 сакавіка\n\n"
        "Праваабаронца Іван Лось паведаміў, што мужчыну затрымалі яшчэ ў кастрычніку."
    )
    assert ("arrest", "Іван Лось") not in events(be(text))


# -- «N абвінавачаных» is the case's group, named in the next sentence --------------------------


def test_counted_defendants_named_in_the_next_sentence(be):
    text = (
        "Суд у Лідзе асудзіў пяцярых жыхароў горада за ўдзел у маршах.\n\n"
        "Прысуд наступны: Ігар Сом — тры гады калоніі, Алена Плыт — два гады, Пятро Карп — два гады, "
        "Юрый Лінь і Ганна Шчупак — па паўтара года «хіміі».\n\n"
        "Траіх абвінавачаных затрымалі ў лютым. Сом і Карп з таго часу знаходзіліся ў СІЗА, Плыт — "
        "пад хатнім арыштам."
    )
    result = be(text)
    assert {("arrest", "Ігар Сом"), ("arrest", "Алена Плыт"), ("arrest", "Пятро Карп")} <= events(result)
    assert ("arrest", "Юрый Лінь") not in events(result)


def test_counted_defendants_and_officials_named_next_are_not_them(be):
    text = (
        "Суд у Лідзе асудзіў пяцярых жыхароў горада за ўдзел у маршах.\n\n"
        "Траіх абвінавачаных затрымалі ў лютым. Справу разглядалі суддзя Павел Гай, пракурорка "
        "Вольга Рак і адвакат Ян Дуб."
    )
    assert not {e for e in events(be(text)) if e[0] == "arrest"}


# -- a profile's sentence opening with its person's trade ---------------------------------------


def test_profile_trade_then_participle(be):
    text = (
        "Хто вызвалены\n\n"
        "Ганна Вераб'ёва, 31 год, Ліда. Студэнтка-гісторык, асуджаная ў 2024-м на чатыры гады за данаты.\n\n"
        "Сымон Кут, 60 гадоў, Орша. Пенсіянер, затрыманы ў сакавіку 2023 года."
    )
    result = be(text)
    assert ("Ганна Вераб'ёва", 48) in term_pairs(result)
    assert ("arrest", "Сымон Кут") in events(result)
