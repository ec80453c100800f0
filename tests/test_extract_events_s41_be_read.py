"""Belarusian events by class of wording (session 41), in sentences invented for these tests, in
both orthographies: custody kept («X дзесяць сутак трымалі ў ізалятары», «іх пакінулі ў ІЧУ»,
«трымаюць пад вартай»); taken away from a place of everyday life told before the verb («проста з
працоўнага месца забралі X»); a prisoner moved from a colony is no arrest; «абодва разы» counts
no one; a membership told as possible is none («сярод вызваленых можа быць X»); «Вось хто выйшаў
на волю.» leads the profiles after it; a pronoun patient beside a companion after «разам з»; a
relative clause closed before the main verb keeps its names to itself; a term «павялічаны да N».
Traps in every family."""

from __future__ import annotations

from tests.test_extract_ru import counts, events, terms

# -- custody kept: held in a detention centre or under guard ------------------------------------


def test_custody_kept_is_an_arrest(be):
    for text, event in (
        ("За рэпост Марыну Гук пяць сутак трымалі ў ізалятары.", ("arrest", "Марына Гук")),
        ("Сяргея Шпака трымаюць у СІЗА № 1 ужо сёмы месяц.", ("arrest", "Сяргей Шпак")),
        ("Пасля допыту Паўла Руля пакінулі ў ізалятары часовага ўтрымання.", ("arrest", "Павел Руль")),
        ("Следчы пакінуў Алену Мароз пад вартай да суда.", ("arrest", "Алена Мароз")),
        ("Зінаіду Бэх затрымалі ў лютым і з таго часу трымалі ў гомельскім СІЗА.", ("arrest", "Зінаіда Бэх")),
        # taraškievica
        ("Пасьля затрыманьня Андрэя Лося трымалі ў менскім ізалятары тры тыдні.", ("arrest", "Андрэй Лось")),
    ):
        assert event in events(be(text)), text


def test_custody_kept_traps(be):
    for text, name in (
        # a punishment cell of a colony is no arrest
        ("У калоніі Марыну Гук тыдзень трымалі ў штрафным ізалятары.", "Марына Гук"),
        # kept in hand, kept at home: no custody
        ("Сяргей Шпак трымаў у руках партрэт сына.", "Сяргей Шпак"),
        ("Паўла Руля бацькі трымалі дома, пакуль ён не паправіўся.", "Павел Руль"),
    ):
        assert ("arrest", name) not in events(be(text)), text


def test_group_kept_then_named(be):
    text = (
        "У Гомелі затрымалі дзевяць удзельнікаў чата. Пра чатырох вядома, што іх пакінулі ў "
        "ізалятары: гэта Ігар Жук, Вера Сіўко і Тарас Моніч."
    )
    assert {("arrest", "Ігар Жук"), ("arrest", "Вера Сіўко"), ("arrest", "Тарас Моніч")} <= events(be(text))


# -- taken away from a place of everyday life, the place before the verb --------------------------


def test_taken_from_workplace_before_the_verb(be):
    for text, event in (
        ("Учора ў Пінску проста з працоўнага месца забралі Міколу Дзяргача.", ("arrest", "Мікола Дзяргач")),
        ("З дому Кацярыну Лапа забралі ўначы.", ("arrest", "Кацярына Лапа")),
        ("Аляксея Шэня забралі з рабочага месца ў цэху.", ("arrest", "Аляксей Шэнь")),
    ):
        assert event in events(be(text)), text


def test_taken_from_a_place_traps(be):
    for text, name in (
        # taken home by the family
        ("З бальніцы Міколу Дзяргача забралі сваякі.", "Мікола Дзяргач"),
        # a prisoner moved out of a colony or a SIZO: no new arrest
        ("Сваякі паведамляюць, што Кацярыну Лапа забралі з калоніі ў невядомым кірунку.", "Кацярына Лапа"),
        ("Аляксея Шэня ўначы вывезлі з СІЗА ў невядомым кірунку.", "Аляксей Шэнь"),
    ):
        assert ("arrest", name) not in events(be(text)), text
    # from home to an unknown place is still a detention
    assert ("arrest", "Аляксей Шэнь") in events(be("Аляксея Шэня вывезлі з дому ў невядомым кірунку."))


# -- a numeral of times counts no one -----------------------------------------------------------


def test_times_count_no_one(be):
    for text in (
        "Родныя двойчы прасілі аб вызваленні Рамана Гіля па стане здароўя — абодва разы прыйшла адмова.",
        "Адвакат тры разы падаваў хадайніцтва аб вызваленні Рамана Гіля.",
    ):
        result = be(text)
        assert ("release", "Раман Гіль") not in events(result), text
        assert not counts(result), text
    # «абодвух» of people still counts them
    result = be("Суд вызваліў абодвух — Рамана Гіля і Таццяну Рыль.")
    assert ("release", 2) in counts(result)


# -- a membership told as possible is none ------------------------------------------------------


def test_membership_guessed_is_none(be):
    for text in (
        "Раней мы пісалі, што сярод вызваленых можа быць паэт Максім Сурма. Родныя гэтага не пацвярджаюць.",
        "Сёння выйшлі на волю 12 палітвязняў. Магчыма, сярод вызваленых і Максім Сурма.",
        "Сёння выйшлі на волю 12 палітвязняў. Сярод вызваленых, па чутках, ёсць і Максім Сурма.",
        "Сёньня памілавалі 12 палітвязьняў. Сярод іх можа апынуцца і Максім Сурма.",
    ):
        assert ("release", "Максім Сурма") not in events(be(text)), text


def test_membership_told_as_fact_stays(be):
    for text in (
        "Сёння выйшлі на волю 12 палітвязняў. Сярод вызваленых — паэт Максім Сурма.",
        "Сёньня памілавалі 12 палітвязьняў. Сярод іх аказаўся і Максім Сурма.",
    ):
        assert ("release", "Максім Сурма") in events(be(text)), text


# -- «Вось хто выйшаў на волю.» leads the profiles after it -------------------------------------

_PROFILES = "\n\nГанна Лук, 48 гадоў, касірка з Мазыра.\n\nПятро Вусік, 30 гадоў, электрык з Оршы."


def test_here_who_lead_names_the_freed(be):
    for lead in ("Вось хто выйшаў на волю.", "Вось каго памілавалі:", "Вось хто вызваліўся."):
        text = "Улады памілавалі 14 чалавек.\n\n" + lead + _PROFILES
        assert {("release", "Ганна Лук"), ("release", "Пятро Вусік")} <= events(be(text)), text


def test_here_who_lead_takes_the_headline_group(be):
    text = (
        "Памілаваныя 14 палітвязняў\n\nУлады памілавалі 14 чалавек. У траўні на волю адпусцілі яшчэ 9 "
        "палітвязняў.\n\nВось хто выйшаў на волю." + _PROFILES
    )
    result = be(text)
    by_id = {p.id: p.name for p in result.persons}
    counted = {e.count for e in result.events for p in e.persons if by_id[p] == "Ганна Лук"}
    assert counted == {14}


def test_here_who_lead_traps(be):
    for lead in ("Вось хто не трапіў у спіс.", "Вось хто застаўся за кратамі.", "Вось хто мог бы выйсці."):
        text = "Улады памілавалі 14 чалавек.\n\n" + lead + _PROFILES
        found = events(be(text))
        assert ("release", "Ганна Лук") not in found, text
        assert ("release", "Пятро Вусік") not in found, text


# -- a pronoun patient beside «разам з» a companion -----------------------------------------------


def test_pronoun_beside_companion(be):
    for text, expected in (
        (
            "Віктар Сокал, 25 гадоў, інжынер. Яго затрымалі ў сакавіку разам з бацькам, Антонам Сокалам.",
            {("arrest", "Віктар Сокал"), ("arrest", "Антон Сокал")},
        ),
        (
            "Ніна Бохан, 40 гадоў. Яе асудзілі на тры гады разам з мужам Паўлам Боханам.",
            {("sentence", "Ніна Бохан"), ("sentence", "Павел Бохан")},
        ),
        (
            "Марыя Рак і Сымон Рак. Яго затрымалі ў лютым разам з сябрам, Іванам Гулем.",
            {("arrest", "Сымон Рак"), ("arrest", "Іван Гуль")},
        ),
        (
            "Пра Алену Кулік пісалі шмат. Яе вызвалілі разам з сяброўкай Нінай Бялько.",
            {("release", "Алена Кулік"), ("release", "Ніна Бялько")},
        ),
    ):
        assert expected <= events(be(text)), text


def test_pronoun_beside_companion_traps(be):
    for text, name in (
        # the pronoun owns a kin noun: the brother is arrested, not her
        ("Ніна Бохан, 40 гадоў. Яе брата затрымалі разам з Вольгай Ляхновіч.", "Ніна Бохан"),
        # the pronoun is the companion
        ("Ніна Бохан, 40 гадоў. Разам з ёй затрымалі Вольгу Ляхновіч.", "Ніна Бохан"),
    ):
        assert ("arrest", name) not in events(be(text)), text


# -- a relative clause closed before the main verb ------------------------------------------------


def test_main_verb_after_relative_clause(be):
    for text, event, other in (
        (
            "Антон Шалюта, зь якім Сямёна затрымалі ў адзін дзень, выйшаў на волю ўвосень.",
            ("release", "Антон Шалюта"),
            "Сямён",
        ),
        (
            "Антон Шалюта, якога затрымалі разам з Сямёнам Лобам, у траўні выйшаў на волю.",
            ("release", "Антон Шалюта"),
            "Сямён Лоб",
        ),
        (
            "Галіна Міцкевіч, з якой Вера Грак сядзела ў адной камеры, вызвалілася ў чэрвені.",
            ("release", "Галіна Міцкевіч"),
            "Вера Грак",
        ),
        (
            "Ларысу Жук, з мужам якой Іван Броўка працаваў на заводзе, памілавалі ў траўні.",
            ("release", "Ларыса Жук"),
            "Іван Броўка",
        ),
    ):
        found = events(be(text))
        assert event in found, text
        assert (event[0], other) not in found, text


def test_relative_clause_keeps_its_own_event(be):
    found = events(be("Антон Шалюта, якога затрымалі разам з Сямёнам Лобам, у траўні выйшаў на волю."))
    assert {("arrest", "Антон Шалюта"), ("arrest", "Сямён Лоб")} <= found
    # a verb whose subject is a pair after the clause still takes both
    found = events(be("Антон Шалюта, які сядзеў з Сямёнам Лобам, і Павел Ярош выйшлі на волю."))
    assert {("release", "Антон Шалюта"), ("release", "Павел Ярош")} <= found


# -- a term raised, told with a passive participle -------------------------------------------------


def test_term_raised_participle(be):
    result = be(
        "У красавіку суд вызначыў Людміле Сяўко два гады калоніі, цяпер тэрмін павялічаны да трох гадоў."
    )
    by_id = {p.id: p.name for p in result.persons}
    months = {e.term_months for e in result.events for p in e.persons if by_id[p] == "Людміла Сяўко"}
    assert months == {24, 36}
    assert terms(be("Пятру Гаю далі пяць гадоў. Пасля пратэсту тэрмін падоўжылі да шасці гадоў."))


def test_term_raised_traps(be):
    for text in (
        "Пятра Гая асудзілі на два гады. Пракурор патрабаваў, каб тэрмін быў павялічаны да трох гадоў.",
        "Пятра Гая асудзілі на два гады. Тэрмін можа быць павялічаны да трох гадоў.",
    ):
        result = be(text)
        assert {e.term_months for e in result.events if e.term_months} == {24}, text


# -- a name after a place noun owns the place --------------------------------------------------


def test_place_owner_is_no_patient(be):
    for text, held, owner in (
        ("Ігара Жука затрымалі ў машыне Паўла Гуля.", "Ігар Жук", "Павел Гуль"),
        ("Ганна Лук, 33 гады. Яе затрымалі ў кватэры Вольгі Шэмет.", "Ганна Лук", "Вольга Шэмет"),
        ("Ганну Лук затрымалі ў кватэры яе маці Вольгі Шэмет.", "Ганна Лук", "Вольга Шэмет"),
    ):
        found = events(be(text))
        assert ("arrest", held) in found, text
        assert ("arrest", owner) not in found, text
    # the group told back takes the people named before, not the flat's owner alone
    found = events(
        be(
            "На лаве падсудных — кухар Сямён Грак, электрык Юрый Ліпа і слесар Мікола Дуж. Усіх траіх "
            "узялі 3 сакавіка ў кватэры Дужа, дзе яны глядзелі хакей."
        )
    )
    assert {("arrest", "Сямён Грак"), ("arrest", "Юрый Ліпа"), ("arrest", "Мікола Дуж")} <= found
    # a name that is the patient, after its own preposition-less verb, stays
    assert ("arrest", "Вольга Шэмет") in events(
        be("Учора ў кватэры Вольгі Шэмет прайшоў ператрус. Вольгу Шэмет затрымалі.")
    )


# -- a term set off by commas before the verb ----------------------------------------------------


def test_term_set_off_by_commas(be):
    for text, name, months in (
        ("Найбольшы тэрмін, 11 гадоў, атрымаў блогер Павел Ліс, які жыве ў Вільні.", "Павел Ліс", 132),
        ("Самае суровае пакаранне, шэсць гадоў калоніі, атрымала Вольга Мацюк.", "Вольга Мацюк", 72),
        ("Найменшы тэрмін, паўтара года, атрымаў студэнт Янка Бор.", "Янка Бор", 18),
    ):
        assert terms(be(text)).get(name) == months, text
    # an approximate term is none
    assert not terms(be("Найбольшы тэрмін, каля дзесяці гадоў, атрымаў Янка Бор."))


# -- a count of a nationality, numerals of articles ------------------------------------------------


def test_nationality_counts_people(be):
    assert ("sentence", 14) in counts(
        be("Суды за месяц завочна асудзілі 14 беларусаў, якія жывуць за мяжой.")
    )
    assert ("arrest", 12) in counts(be("Літоўскія памежнікі затрымалі 12 беларусаў на мяжы."))


def test_articles_count_no_one(be):
    result = be("Пятра Гая прызналі вінаватым па абодвух артыкулах і прызначылі яму 4 гады калоніі.")
    assert not counts(result)


# -- a force «узяла» someone ---------------------------------------------------------------------


def test_force_took_someone(be):
    for text, event in (
        (
            "У лютым сілавікі ўзялі сямёх сяброў рабочага камітэта, сярод іх і Рыгора Дуду.",
            ("arrest", "Рыгор Дуда"),
        ),
        ("Супрацоўнікі КДБ узялі Ірыну Лаўрык на вакзале.", ("arrest", "Ірына Лаўрык")),
        ("Міліцыя ўзяла Алеся Буйніцкага ў яго кватэры.", ("arrest", "Алесь Буйніцкі")),
    ):
        assert event in events(be(text)), text
    assert ("arrest", 7) in counts(
        be("У лютым сілавікі ўзялі сямёх сяброў рабочага камітэта, сярод іх і Рыгора Дуду.")
    )


def test_force_took_traps(be):
    for text in (
        "Сілавікі ўзялі ў Ірыны Лаўрык тэлефон і ноўтбук.",
        "Міліцыянты ўзялі ў Ірыны Лаўрык паказанні.",
        "Сілавікі ўзялі пад кантроль будынак, дзе жыве Ірына Лаўрык.",
    ):
        assert ("arrest", "Ірына Лаўрык") not in events(be(text)), text


# -- a prison named between the place and the verb -------------------------------------------------


def test_release_from_a_named_prison(be):
    for text, event in (
        ("5 мая з калоніі № 3 «Віцьба» выйшаў мастак Глеб Ніжнік.", ("release", "Глеб Ніжнік")),
        ("З турмы № 8 «Жодзіна» выйшла Вера Цыбуля.", ("release", "Вера Цыбуля")),
        ("З калоніі «Воўчыя норы» ў Івацэвічах вызваліўся анархіст Сымон Лазар.", ("release", "Сымон Лазар")),
    ):
        assert event in events(be(text)), text


# -- a profile line's hometown after the age is no person -------------------------------------------


def test_hometown_after_age_is_no_person(be):
    for text in (
        "4. Уладзімір Гарох, 71 год, Мядзел. Адбываў 8 гадоў калоніі.",
        "— Уладзімір Гарох, 71 год, Мядзел. Быў асуджаны на 8 гадоў.",
        "Уладзімір Гарох, 71 год, Мядзел. Асуджаны на 8 гадоў.",
    ):
        result = be(text)
        assert terms(result) == {"Уладзімір Гарох": 96}, text
        assert [p.name for p in result.persons] == ["Уладзімір Гарох"], text


# -- a term run out, told in years ---------------------------------------------------------------


def test_term_run_out_in_years(be):
    for text, name in (
        (
            "9 мая скончыўся двухгадовы тэрмін у Рыгора Шарая, пенсіянера з Ліды: яго сустрэла жонка.",
            "Рыгор Шарай",
        ),
        ("Учора скончыўся трохгадовы тэрмін у Ганны Мароз, настаўніцы з Пінска.", "Ганна Мароз"),
    ):
        assert ("release", name) in events(be(text)), text
    for text in (
        "Учора скончыўся двухгадовы тэрмін паўнамоцтваў Ганны Мароз.",
        "Учора скончыўся двухгадовы тэрмін «хатняй хіміі» ў Ганны Мароз.",
    ):
        assert ("release", "Ганна Мароз") not in events(be(text)), text


# -- a verdict line's fine under a demand --------------------------------------------------------


def test_demanded_fine_is_no_verdict(be):
    text = (
        "Пракурор запатрабаваў для Ірыны Гук чатыры гады калоніі, для яе мужа Паўла Гука — тры гады "
        "«хіміі», а для Міхася Рэпы — штраф."
    )
    found = events(be(text))
    assert not any(kind == "sentence" for kind, _ in found), found


# -- «all of them, except X» after a list ----------------------------------------------------------

_FREED_LIST = (
    "Сёння 14 палітвязняў вывезлі ў Літву. Вось каго вызвалілі:\n"
    "— Ігар Мыш, журналіст з Гомеля;\n— Ганна Сыч, інжынерка з Бабруйска;\n— Пётр Крук, студэнт.\n"
)


def test_all_of_the_list_abroad_but_the_excepted(be):
    for last in (
        "Усе яны, акрамя Пятра Крука, ужо на літоўскім баку.",
        "Усе яны, апроч Пятра Крука, ужо ў Літве.",
    ):
        found = events(be(_FREED_LIST + last))
        assert {("deportation", "Ігар Мыш"), ("deportation", "Ганна Сыч")} <= found, last
        assert ("deportation", "Пётр Крук") not in found, last
    found = events(
        be(
            "Сёння вызвалілі пяць палітвязняў. Вось каго вызвалілі:\n— Ігар Мыш, журналіст;\n"
            "— Ганна Сыч, інжынерка;\n— Пётр Крук, студэнт.\nУсіх іх, акрамя Пятра Крука, вывезлі ў Літву."
        )
    )
    assert {("deportation", "Ігар Мыш"), ("deportation", "Ганна Сыч")} <= found
    assert ("deportation", "Пётр Крук") not in found


def test_all_of_the_list_traps(be):
    for last in (
        "Усе яны, акрамя Пятра Крука, не змаглі выехаць у Літву.",
        "Усе яны, магчыма, ужо ў Літве.",
        "Усе яны хочуць паехаць у Літву.",
    ):
        found = events(be(_FREED_LIST.replace("вывезлі ў Літву", "вызвалілі") + last))
        assert not any(kind == "deportation" for kind, _ in found), last


def test_excepted_name_takes_no_event(be):
    for text, name in (
        ("Суд вызваліў усіх, акрамя Ігара Мыша і Ганны Сыч.", "Ганна Сыч"),
        ("Усіх затрыманых, за выключэннем Ігара Мыша, адпусцілі.", "Ігар Мыш"),
        ("Усіх затрыманых, апроч Ганны Сыч, адпусцілі ўвечары.", "Ганна Сыч"),
    ):
        assert ("release", name) not in events(be(text)), text


def test_custody_kept_of_both_counts_no_one(be):
    result = be(
        "Леаніда Кулеша і яго сына Андрэя затрымалі ў аўторак. Абодвух пасля допыту пакінулі пад вартай."
    )
    assert ("arrest", "Леанід Кулеш") in events(result)
    assert ("arrest", 2) not in counts(result)


# -- a profile's participle after a fronted reason -------------------------------------------------


def test_profile_participle_after_reason(be):
    for text, name, months in (
        (
            "2. Сцяпан Грыб, 34 гады, Рэчыца. Кіроўца фуры. За каментары пра вайну быў асуджаны на 5 гадоў.",
            "Сцяпан Грыб",
            60,
        ),
        ("Вольга Мыш, 40 гадоў, Гомель. За данаты асуджаная на тры гады.", "Вольга Мыш", 36),
    ):
        assert terms(be(text)).get(name) == months, text
    # a clause of its own after the reason names someone else
    assert not terms(be("Вольга Мыш, 40 гадоў, Гомель. За што быў асуджаны яе муж, невядома."))


# -- a verdict upheld, told intransitively ---------------------------------------------------------


def test_verdict_upheld_intransitive(be):
    for text in (
        "Без змен застаўся прысуд 70-гадоваму жыхару Крычава Васілю Лабачу: абласны суд адхіліў скаргу.",
        "Прысуд Васілю Лабачу застаўся без змен.",
    ):
        assert ("sentence", "Васіль Лабач") in events(be(text)), text
    for text in (
        "Прысуд Васілю Лабачу застанецца без змен, калі суд адхіліць скаргу.",
        "Васіль Лабач засмуціўся: без змен застаўся толькі яго графік працы.",
    ):
        assert ("sentence", "Васіль Лабач") not in events(be(text)), text


# -- a kin noun before a described name --------------------------------------------------------------


def test_kin_noun_before_described_name(be):
    text = (
        "На лаве падсудных — настаўніца Алена Пяткевіч, яе муж, 45-гадовы цесляр Антон Пяткевіч, і сусед "
        "Рыгор Лось. Алена Пяткевіч пакараная трыма гадамі калоніі. Яе мужу прызначана два гады "
        "абмежавання волі."
    )
    assert terms(be(text)) == {"Алена Пяткевіч": 36, "Антон Пяткевіч": 24}
    text = "На судзе была Ніна Гук і яе сын, 20-гадовы студэнт Павел Гук. Сына асудзілі на тры гады."
    assert terms(be(text)) == {"Павел Гук": 36}


# -- companions in the instrumental after a passive participle -------------------------------------


def test_companions_after_passive_are_no_agents(be):
    for text, expected in (
        (
            "Ігар Мыш быў затрыманы разам з Ганнай Сыч і Пятром Круком.",
            {("arrest", "Ігар Мыш"), ("arrest", "Ганна Сыч"), ("arrest", "Пётр Крук")},
        ),
        ("Алесь Гук быў памілаваны разам з Верай Кот.", {("release", "Алесь Гук"), ("release", "Вера Кот")}),
    ):
        assert expected <= events(be(text)), text
    # who pardoned, in the instrumental right after the participle, is still no patient
    assert ("release", "Лукашэнка") not in events(be("Алесь Гук быў памілаваны Лукашэнкам."))
