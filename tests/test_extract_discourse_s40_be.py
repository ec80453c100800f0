"""Belarusian events told across sentences (session 40), in wording invented for these tests, in
both orthographies: a numbered or dashed list of names after a lead that introduces it («Сярод
іх:», «Вось іх імёны:», «Пералічваем іх ніжэй.») names members of the group counted just before;
a profile's subjectless sentence with a past copula («Была асуджаная …») or a short feminine
participle («Вызвалена ў студзені.»). Traps in every family: lists of those still held, left out,
denied or demanded; leads of other people; genders that do not agree."""

from __future__ import annotations

from tests.test_extract_ru import events, terms

# -- a marked list after a lead names the group counted before ---------------------------------


def test_marked_list_after_lead_joins_counted_group(be):
    for text, expected in (
        (
            "У панядзелак 11 палітвязняў вызвалілі і вывезлі ў Літву. Сярод іх:\n"
            "— Яраслаў Шум,\n— Кацярына Зуй,\n— Ігнат Лях.",
            {("release", "Яраслаў Шум"), ("deportation", "Кацярына Зуй"), ("release", "Ігнат Лях")},
        ),
        (
            "Напярэдадні свята кіраўнік дзяржавы памілаваў 9 асуджаных. Вось іх імёны:\n"
            "1. Антон Рэут\n2. Дар’я Гуль\n3. Мікіта Сом",
            {("release", "Антон Рэут"), ("release", "Дар’я Гуль"), ("release", "Мікіта Сом")},
        ),
        (
            "Учора ў Магілёве затрымалі сямёх валанцёраў. Імёны вядомыя:\n1. Антон Рэут\n2. Дар’я Гуль",
            {("arrest", "Антон Рэут"), ("arrest", "Дар’я Гуль")},
        ),
        (
            # taraškievica; the lead a paragraph after the group, its list a profile a line
            "Напярэдадні сьвята на волю выйшлі 14 палітвязьняў.\n\n"
            "Праваабаронцы высьветлілі імёны сямі з іх. Пералічваем іх ніжэй.\n\n"
            "1. Антон Рэут, 52 гады, Менск. Настаўнік гісторыі.\n\n"
            "2. Дар’я Гуль, 38 гадоў, Горадня. Мастачка.",
            {("release", "Антон Рэут"), ("release", "Дар’я Гуль")},
        ),
        (
            "Улады памілавалі 30 чалавек. Мы сабралі тых, чые прозвішчы ўдалося ўстанавіць.\n\n"
            "1. Антон Рэут, 52 гады, Мінск.\n\n2. Дар’я Гуль і Мікіта Сом, сужэнцы з Гродна.",
            {("release", "Антон Рэут"), ("release", "Дар’я Гуль"), ("release", "Мікіта Сом")},
        ),
    ):
        assert expected <= events(be(text)), text


def test_marked_list_traps(be):
    for text, names in (
        # those still held, left out, excepted
        (
            "Улады памілавалі 20 чалавек. За кратамі застаюцца:\n1. Антон Рэут\n2. Дар’я Гуль",
            ("Антон Рэут", "Дар’я Гуль"),
        ),
        (
            "Улады памілавалі 20 чалавек. Не трапілі ў спіс:\n1. Антон Рэут\n2. Дар’я Гуль",
            ("Антон Рэут", "Дар’я Гуль"),
        ),
        (
            "Улады памілавалі 20 чалавек. Акрамя гэтых:\n— Антон Рэут;\n— Дар’я Гуль.",
            ("Антон Рэут", "Дар’я Гуль"),
        ),
        # «іх» are those who stayed in custody, not the freed
        (
            "Улады памілавалі 20 чалавек, але 40 палітвязняў засталіся ў калоніях. Іх імёны:\n"
            "1. Антон Рэут\n2. Дар’я Гуль",
            ("Антон Рэут", "Дар’я Гуль"),
        ),
        # a demand, a possibility: no group was freed
        (
            "Праваабаронцы патрабуюць вызваліць 20 палітвязняў. Вось іх імёны:\n1. Антон Рэут\n2. Дар’я Гуль",
            ("Антон Рэут", "Дар’я Гуль"),
        ),
        ("Улады могуць памілаваць 20 чалавек. Імёны ніжэй.\n1. Антон Рэут\n2. Дар’я Гуль", ("Антон Рэут",)),
        # the lead lists other people
        (
            "Увечары ў Гомелі затрымалі пяцёх актывістаў. Суддзі па іх справах:\n"
            "1. Антон Рэут\n2. Дар’я Гуль",
            ("Антон Рэут", "Дар’я Гуль"),
        ),
        # the group told two paragraphs before the lead
        (
            "Улады памілавалі 20 чалавек.\n\nРаней мы пісалі пра журналістаў.\n\n"
            "Іх справы цяпер разглядае суд. Вось іх імёны:\n1. Антон Рэут\n2. Дар’я Гуль",
            ("Антон Рэут", "Дар’я Гуль"),
        ),
    ):
        found = events(be(text))
        for name in names:
            assert ("release", name) not in found and ("arrest", name) not in found, text


def test_marked_list_line_that_stayed_is_left_out(be):
    found = events(
        be(
            "У чацвер 12 палітвязняў вызвалілі і вывезлі ў Літву. Сярод іх:\n"
            "— Антон Рэут (застаўся ў Беларусі);\n— Дар’я Гуль;\n— Мікіта Сом."
        )
    )
    assert ("deportation", "Дар’я Гуль") in found
    assert ("deportation", "Антон Рэут") not in found


# -- a profile's subjectless sentence: past copula, short feminine participle -------------------


def test_profile_copula_and_short_participle(be):
    for text, expected, term in (
        (
            "Аліна Крук, 29 гадоў, Пінск. Была асуджаная на чатыры гады калоніі.",
            {("sentence", "Аліна Крук")},
            48,
        ),
        (
            "Сымон Пыж, 61 год, Ліда. Пенсіянер. Быў затрыманы ў сакавіку 2022 года.",
            {("arrest", "Сымон Пыж")},
            None,
        ),
        (
            "Аліна Крук, 29 гадоў, Пінск. Адбывала два гады ў калоніі. Вызвалена ў лютым.",
            {("release", "Аліна Крук"), ("sentence", "Аліна Крук")},
            24,
        ),
        (
            "Аліна Крук, 29 гадоў, Пінск. Была затрыманая ў 2021 годзе, асуджаная на пяць гадоў.",
            {("arrest", "Аліна Крук"), ("sentence", "Аліна Крук")},
            60,
        ),
        (
            "Аліна Крук, 29 гадоў, Пінск. Памілавана ў ліпені.",
            {("release", "Аліна Крук")},
            None,
        ),
    ):
        result = be(text)
        assert expected <= events(result), text
        if term is not None:
            assert terms(result).get(expected.pop()[1]) == term, text


def test_profile_copula_traps(be):
    for text, name in (
        # the gender does not agree
        ("Сымон Пыж, 61 год, Ліда. Вызвалена ў студзені.", "Сымон Пыж"),
        ("Сымон Пыж, 61 год, Ліда. Была асуджаная на тры гады.", "Сымон Пыж"),
        # the participle has a subject of its own
        ("Аліна Крук, 29 гадоў, Пінск. Быў затрыманы яе сын.", "Аліна Крук"),
    ):
        found = events(be(text))
        assert not any(n == name for _, n in found), text
    assert not events(be("Сымон Пыж, 61 год, Ліда. Было затрымана 20 чалавек."))


# -- «хто яны: A, B і C» names the group told before --------------------------------------------


def test_who_they_are_names_the_group(be):
    for text, expected in (
        (
            "Увечары ў Слуцку затрымалі трох валанцёраў. Пазней стала вядома, хто яны: "
            "Антон Рэут, Дар’я Гуль і Мікіта Сом.",
            {("arrest", "Антон Рэут"), ("arrest", "Дар’я Гуль"), ("arrest", "Мікіта Сом")},
        ),
        (
            "Суд у Віцебску вызваліў пяцёх палітвязняў. Праваабаронцы высьветлілі, хто гэта: "
            "настаўнік Антон Рэут і 60-гадовы Мікіта Сом.",
            {("release", "Антон Рэут"), ("release", "Мікіта Сом")},
        ),
    ):
        assert expected <= events(be(text)), text


def test_who_they_are_traps(be):
    for text, name in (
        # who tells, not who was held
        ("Увечары ў Слуцку затрымалі трох валанцёраў. Хто яны — расказаў адвакат Ігнат Лях.", "Ігнат Лях"),
        # a guess
        (
            "Увечары ў Слуцку затрымалі трох валанцёраў. Пакуль невядома, хто яны: магчыма, Антон Рэут.",
            "Антон Рэут",
        ),
        # a judge after the colon
        ("Увечары ў Слуцку затрымалі трох валанцёраў. Хто яны: суддзя Ігнат Лях не сказаў.", "Ігнат Лях"),
    ):
        assert ("arrest", name) not in events(be(text)), text


# -- a kin noun after a possessive pronoun: the owner's introduced relative ----------------------


def test_kin_of_the_pronouns_owner(be):
    for text, event, term in (
        (
            "Жыхарку Пінска Тамару Лях, маці палітвязня Сцяпана Ляха, выклікалі на допыт. "
            "Яе сын з 2022 года адбывае сем гадоў у калоніі.",
            ("sentence", "Сцяпан Лях"),
            84,
        ),
        (
            "Марыя Кавалёва, жонка Рыгора Кавалёва, дае інтэрвію рэдка. Яе мужа затрымалі ў сакавіку.",
            ("arrest", "Рыгор Кавалёў"),
            None,
        ),
        (
            "Алеся Гуль — сястра Віктара Гуля. Ейнага брата вызвалілі ў лістападзе.",
            ("release", "Віктар Гуль"),
            None,
        ),
        (
            "Тамара Лях, маці палітвязьня Сцяпана Ляха, піша лісты. Яе сына асудзілі на чатыры гады.",
            ("sentence", "Сцяпан Лях"),
            48,
        ),
    ):
        result = be(text)
        assert event in events(result), text
        if term is not None:
            assert terms(result).get(event[1]) == term, text


def test_kin_of_the_pronouns_owner_traps(be):
    for text in (
        # two sons: «яе сын» is either
        "Тамара Лях, маці Сцяпана і Юрыя Ляхаў, піша лісты. Яе сына асудзілі на чатыры гады.",
        # another woman named between: whose «яе» is unclear
        "Тамара Лях, маці Сцяпана Ляха, сустрэлася з Вольгай Рэут. Яе сына асудзілі на чатыры гады.",
        # the pronoun's gender is not the owner's
        "Тамара Лях, маці Сцяпана Ляха, піша лісты. Яго сына асудзілі на чатыры гады.",
        # the kin noun is not the inverse of the one she was introduced with
        "Тамара Лях, маці Сцяпана Ляха, піша лісты. Яе мужа асудзілі на чатыры гады.",
    ):
        assert ("sentence", "Сцяпан Лях") not in events(be(text)), text


# -- a sentence opened by its verb drops the subject of the sentence just before -----------------


def test_dropped_subject_of_the_sentence_before(be):
    for text, expected in (
        (
            "Суседзям дапамагае Мікола Шпак. Сам былы палітвязень, вызваліўся ўвосень, цалкам адбыўшы "
            "чатыры гады.",
            {("release", "Мікола Шпак"), ("sentence", "Мікола Шпак")},
        ),
        (
            "Па перадачы ў Гомель ездзіць Алена Рак. Вызвалілася летась, адбыўшы два гады.",
            {("release", "Алена Рак"), ("sentence", "Алена Рак")},
        ),
        ("У вёсцы пад Лідай жыве Мікола Шпак. Выйшаў на волю ў 2024 годзе.", {("release", "Мікола Шпак")}),
    ):
        assert expected <= events(be(text)), text


def test_dropped_subject_traps(be):
    for text, name in (
        # the one named tells
        ("Пра гэта паведаміў адвакат Мікола Шпак. Вызваліўся ўвосень.", "Мікола Шпак"),
        # the verb's own dropped subject acts: the judge sentenced someone
        ("Працэс вёў Мікола Шпак. Асудзіў на тры гады.", "Мікола Шпак"),
        # the gender does not agree
        ("Па перадачы ездзіць Алена Рак. Вызваліўся ўвосень.", "Алена Рак"),
        # a relative's owner, not the subject
        ("Маці Міколы Шпака жыве ў Лідзе. Вызваліўся ўвосень.", "Мікола Шпак"),
        # a new paragraph
        ("Суседзям дапамагае Мікола Шпак.\n\nВызваліўся ўвосень.", "Мікола Шпак"),
    ):
        found = events(be(text))
        assert not any(n == name for _, n in found), text
