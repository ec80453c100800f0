"""Belarusian events and terms (session 38), in wording invented for these tests, in both
orthographies: a verdict told as what the convict has to serve («мае / павінен адбыць N»,
«павінна правесці ў калоніі N»); a verdict upheld on appeal with no term («пакінуў у сіле
прысуд X», «пакінуў прысуд X без змен»); days of administrative arrest served or given
(«адседзеў 15 сутак», «пасадзілі на 10 сутак»); taken to a police station («вывезлі /
даставілі ў РУУС»); back from custody («вярнуўся з калоніі»). Precision: a participle after a
kin noun is the relative's («затрымалі X, маці вызваленага Y»); a number after a count noun
is that tally's («колькасць палітвязняў перавышае N»); «трое, паводле …, застаюцца ў СІЗА»
is those still held. Traps in every family."""

from __future__ import annotations

from tests.test_extract_ru import counts, events


def term_pairs(result) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


# -- a verdict told as what the convict has to serve -------------------------------------------


def test_term_one_has_to_serve(be):
    for text, pair in (
        (
            "Трэці абвінавачаны, 41-гадовы токар Мікалай Суднік, мае адбыць два з паловай гады.",
            ("Мікалай Суднік", 30),
        ),
        ("Паводле прысуду, Алена Дзямідава павінна адбыць шэсць гадоў калоніі.", ("Алена Дзямідава", 72)),
        (
            "Зьміцер Лукашэвіч мусіў адсядзець чатыры гады ў калёніі ўзмоцненага рэжыму.",
            ("Зьміцер Лукашэвіч", 48),
        ),
        (
            "Янка Вашкевіч павінен быў адбыць пяць гадоў, але ў траўні выйшаў па памілаваньні.",
            ("Янка Вашкевіч", 60),
        ),
        (
            "Суд у Оршы вынес прысуд. Таццяна Бычкова павінна правесці ў калоніі тры гады.",
            ("Таццяна Бычкова", 36),
        ),
        ("Сяргей Мароз мае правесьці за кратамі восем гадоў.", ("Сяргей Мароз", 96)),
    ):
        assert pair in term_pairs(be(text)), text


def test_what_one_has_to_serve_needs_a_fact(be):
    for text, name in (
        ("Пракурор лічыць, што Мікалай Суднік павінен адбыць пяць гадоў.", "Мікалай Суднік"),
        ("Калі апеляцыю адхіляць, Алена Дзямідава мае адбыць шэсць гадоў.", "Алена Дзямідава"),
        ("Мікалай Суднік мае адбыць яшчэ тры гады.", "Мікалай Суднік"),
        ("Каб выйсьці па УДА, Зьміцер Лукашэвіч мусіць адбыць палову тэрміну.", "Зьміцер Лукашэвіч"),
        ("Таццяна Бычкова мае правесці ў СІЗА два месяцы да суда.", "Таццяна Бычкова"),
        ("Сяргей Мароз павінен правесці два гады на вайсковай службе.", "Сяргей Мароз"),
    ):
        assert ("sentence", name) not in events(be(text)), text


# -- a verdict upheld on appeal ---------------------------------------------------------------


def test_upheld_verdict_without_a_term(be):
    for text, name in (
        ("Магілёўскі абласны суд пакінуў у сіле прысуд Ягору Вайцяховічу.", "Ягор Вайцяховіч"),
        ("Апеляцыйная калегія пакінула без змен прысуд Ксеніі Луцэвіч.", "Ксенія Луцэвіч"),
        ("Вярхоўны суд пакінуў прысуд Раману Бародзічу без зьменаў.", "Раман Бародзіч"),
        ("Калегія пакінула ў сіле вырак Надзеі Кулеш.", "Надзея Кулеш"),
    ):
        assert ("sentence", name) in events(be(text)), text


def test_upheld_needs_a_verdict_and_no_negation(be):
    for text, name in (
        ("Вярхоўны суд не пакінуў у сіле прысуд Ягору Вайцяховічу і вярнуў справу.", "Ягор Вайцяховіч"),
        ("Суд пакінуў у сіле рашэнне пра штраф Ксеніі Луцэвіч.", "Ксенія Луцэвіч"),
        ("Раман Бародзіч спадзяецца, што суд не пакіне прысуд у сіле.", "Раман Бародзіч"),
    ):
        assert ("sentence", name) not in events(be(text)), text


# -- days of administrative arrest ------------------------------------------------------------


def test_days_of_arrest_served_or_given(be):
    for text, name in (
        ("Уладзімір Рабцаў адседзеў 10 сутак у ізалятары на Акрэсціна.", "Уладзімір Рабцаў"),
        ("Марыну Салавей пасадзілі на 13 сутак за сцяг на балконе.", "Марына Салавей"),
        ("Адсядзеўшы 15 сутак, Алесь Драбыш вярнуўся на працу.", "Алесь Драбыш"),
        ("Зьміцер Лукашэвіч адсядзеў трое сутак за рэпост.", "Зьміцер Лукашэвіч"),
    ):
        got = events(be(text))
        assert ("arrest", name) in got, text
        assert ("sentence", name) not in got, text


# -- taken to a police station ----------------------------------------------------------------


def test_taken_to_a_police_station(be):
    for text, name in (
        ("Пасля ператрусу Рыгора Сахарчука вывезлі ў Савецкі РУУС.", "Рыгор Сахарчук"),
        ("Тамару Жук даставілі ў ізалятар часовага ўтрымання.", "Тамара Жук"),
        ("Алесь Драбыш дастаўлены ў пастарунак.", "Алесь Драбыш"),
        ("Міліцыянты вывезьлі Ягора Вайцяховіча ў РАУС.", "Ягор Вайцяховіч"),
    ):
        assert ("arrest", name) in events(be(text)), text


def test_taken_elsewhere_is_no_detention(be):
    for text, name in (
        ("Суседзі даставілі Рыгора Сахарчука ў бальніцу.", "Рыгор Сахарчук"),
        ("Тамару Жук вывезлі з калоніі ў СІЗА, а адтуль на мяжу з Літвой.", "Тамара Жук"),
    ):
        assert ("arrest", name) not in events(be(text)), text


# -- back from custody ------------------------------------------------------------------------


def test_back_from_custody_is_freed(be):
    for text, name in (
        ("Васіль Дубовік вярнуўся з калоніі ў жніўні.", "Васіль Дубовік"),
        ("Зінаіда Парфёнава вярнулася з гомельскага СІЗА.", "Зінаіда Парфёнава"),
        ("Дадому з калёніі вярнуўся Юры Карчэўскі.", "Юры Карчэўскі"),
        ("Юры Карчэўскі вярнуўся з турмы схуднелы.", "Юры Карчэўскі"),
    ):
        assert ("release", name) in events(be(text)), text


def test_back_from_elsewhere_or_not_back(be):
    for text, name in (
        ("Зінаіда Парфёнава вярнулася са спаткання ў калоніі.", "Зінаіда Парфёнава"),
        ("Васіль Дубовік вярнуўся з Польшчы.", "Васіль Дубовік"),
        ("Юры Карчэўскі так і не вярнуўся з калоніі.", "Юры Карчэўскі"),
        ("Васіль Дубовік можа вярнуцца з калоніі ўвосень.", "Васіль Дубовік"),
    ):
        assert ("release", name) not in events(be(text)), text


# -- a participle after a kin noun is the relative's ------------------------------------------


def test_kin_before_a_participle_is_not_its_patient(be):
    got = events(be("Увечары затрымалі Кіру Баранаву, маці вызваленага раніцай Паўла Баранава."))
    assert ("arrest", "Кіра Баранава") in got
    assert ("release", "Кіра Баранава") not in got
    assert ("release", "Павел Баранаў") in got
    got = events(be("Суд асудзіў Мірона Паўлава, брата затрыманага ў сакавіку Глеба Паўлава, на тры гады."))
    assert ("arrest", "Мірон Паўлаў") not in got
    assert ("arrest", "Глеб Паўлаў") in got
    got = events(be("Зою Кавальчук, жонку асуджанага, выклікалі ў пракуратуру і затрымалі."))
    assert ("sentence", "Зоя Кавальчук") not in got


# -- a number of a tally, a number of those still held ----------------------------------------


def test_a_count_nouns_number_is_the_tally(be):
    got = counts(
        be("З пачатку года затрымалі тысячы чалавек, а колькасць палітвязняў перавышае 1 200 чалавек.")
    )
    assert ("arrest", 1200) not in got
    got = counts(be("У Гомелі затрымалі 12 чалавек, а лік палітвязняў дасягнуў 1 150."))
    assert ("arrest", 12) in got
    assert ("arrest", 1150) not in got
    assert ("release", 14) in counts(be("Колькасць вызваленых склала 14 чалавек."))


def test_those_still_held_past_an_insertion(be):
    got = counts(be("Траіх адпусцілі. Астатнія чацвёра, як паведамляе «Вясна», застаюцца ў ізалятары."))
    assert ("arrest", 4) not in got


# -- the stay a verdict fixed, told in the future; a milder penalty replaced by a term -------


def test_future_stay_in_custody_is_the_term(be):
    for text, pair in (
        (
            "Суд у Пінску вынес прысуд. Уладзімір Рабцаў правядзе ў калоніі чатыры гады.",
            ("Уладзімір Рабцаў", 48),
        ),
        (
            "Паводле прысуду, Марына Салавей адбудзе пяць гадоў у калоніі агульнага рэжыму.",
            ("Марына Салавей", 60),
        ),
        ("Алесь Драбыш будзе адбываць тры гады ў калёніі ўзмоцненага рэжыму.", ("Алесь Драбыш", 36)),
        ("Тамара Жук правядзе за кратамі шэсць гадоў.", ("Тамара Жук", 72)),
    ):
        assert pair in term_pairs(be(text)), text


def test_future_stay_needs_a_fact_and_a_place_of_custody(be):
    for text, name in (
        ("Калі апеляцыю не задаволяць, Уладзімір Рабцаў правядзе ў калоніі чатыры гады.", "Уладзімір Рабцаў"),
        ("Марына Салавей адбудзе ў калоніі яшчэ два гады.", "Марына Салавей"),
        ("Алесь Драбыш правядзе тры тыдні ў Варшаве.", "Алесь Драбыш"),
        ("Пракурор патрабуе, каб Тамара Жук правяла ў калоніі шэсць гадоў.", "Тамара Жук"),
    ):
        assert ("sentence", name) not in events(be(text)), text


def test_milder_penalty_replaced_by_a_term(be):
    for text, pair in (
        ("Рыгору Сахарчуку замянілі «хімію» на тры гады калоніі.", ("Рыгор Сахарчук", 36)),
        (
            "Суд замяніў Ганне Парфёнавай абмежаванне волі на два гады пазбаўлення волі.",
            ("Ганна Парфёнава", 24),
        ),
    ):
        assert pair in term_pairs(be(text)), text
    for text, name in (
        ("Рыгору Сахарчуку замянілі штраф на 15 сутак арышту.", "Рыгор Сахарчук"),
        ("Адвакат просіць замяніць Ганне Парфёнавай калонію на «хімію» на тры гады.", "Ганна Парфёнава"),
    ):
        assert ("sentence", name) not in events(be(text)), text


# -- freed «вольным»; «хімія» with no term; rumours ----------------------------------------


def test_freed_told_by_free_as_a_predicate(be):
    for text, name in (
        ("З залы суда Юры Карчэўскі выйшаў вольным чалавекам.", "Юры Карчэўскі"),
        ("Тамара Жук стала вольнай толькі ў лютым.", "Тамара Жук"),
    ):
        assert ("release", name) in events(be(text)), text
    assert ("release", "Юры Карчэўскі") not in events(be("Юры Карчэўскі застаўся вольным."))


def test_restricted_freedom_is_a_verdict(be):
    for text, name in (
        ("Рыгор Сахарчук атрымаў «хімію» за подпіс.", "Рыгор Сахарчук"),
        ("Суд у Бабруйску прызначыў Тамары Жук «хімію».", "Тамара Жук"),
        ("Алесь Драбыш атрымаў хімію.", "Алесь Драбыш"),
    ):
        assert ("sentence", name) in events(be(text)), text
    for text, name in (
        ("Пракурор прасіў для Рыгора Сахарчука «хімію».", "Рыгор Сахарчук"),
        ("Суд можа прызначыць Алесю Драбышу «хімію».", "Алесь Драбыш"),
    ):
        assert ("sentence", name) not in events(be(text)), text


def test_rumoured_events_are_not_facts(be):
    for text, kind, name in (
        ("Паводле чутак, Васіля Дубовіка вызвалілі.", "release", "Васіль Дубовік"),
        ("Марына Салавей, па чутках, выйшла на волю.", "release", "Марына Салавей"),
        ("Паводле чутак, Алеся Драбыша затрымалі ў Гродне.", "arrest", "Алесь Драбыш"),
    ):
        assert (kind, name) not in events(be(text)), text
    assert ("release", "Васіль Дубовік") in events(
        be("Васіля Дубовіка вызвалілі, хоць раней хадзілі чуткі пра новую справу.")
    )


def test_served_then_back_home_is_a_release(be):
    for text, name, term in (
        ("Марына Салавей адбыла чатыры гады калоніі і вярнулася ў Бярозу.", "Марына Салавей", 48),
        ("Адбыўшы тры гады, Юры Карчэўскі вярнуўся ў Наваполацак.", "Юры Карчэўскі", 36),
    ):
        got = be(text)
        assert ("release", name) in events(got), text
        assert (name, term) in term_pairs(got), text
    got = events(be("Юры Карчэўскі адбыў два гады з шасці і вярнуўся ў калонію са шпіталя."))
    assert ("release", "Юры Карчэўскі") not in got


def test_replaced_penalty_told_by_a_pronoun_is_no_persons(be):
    text = (
        "Ларыса Жыгун прыйшла на суд з мужам. У 2022 годзе Алеся Лойку асудзілі на год «хіміі», "
        "а пасля апеляцыі суд замяніў яе на два гады калоніі."
    )
    assert ("sentence", "Ларыса Жыгун") not in events(be(text))


def test_replaced_death_sentence_keeps_the_verdict_nouns_term(be):
    got = be("Суд у Тэгеране замяніў смяротны прысуд блогеру Хасану Карымі на 15 гадоў турмы.")
    assert ("Хасан Карымі", 180) in term_pairs(got)
