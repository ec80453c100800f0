"""Belarusian events, counts and terms (session 36), in wording invented for these tests, in both
orthographies: a guilty verdict told by its passive participle («прызнаныя вінаватымі»); verbless
lines «X — N гадоў калоніі» after a verdict told without a term; a short aside in brackets
between a name and its dash; «усіх N» pointing at the one list of N names before; town demonyms
as counted people; a count shared by a relative clause's second verb; the possessive
«ейны / ягоны» before «тэрмін складаў»; a release under an amnesty; the stay «давядзецца
правесці ў калоніі N гадоў»; a profile's «Таксама сярод вывезеных»; a man's genitive name before
«, які»; a number of people identified so far. Precision traps in every family."""

from __future__ import annotations

from tests.test_extract_ru import counts, events


def term_pairs(result) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


# -- the passive participle of a guilty verdict ----------------------------------------------


def test_passive_guilty_participle_counts_the_group(be):
    result = be("Суд у Пінску разгледзеў справу сямі рабочых. Усе сямёра прызнаныя вінаватымі.")
    assert ("sentence", 7) in counts(result)


def test_passive_guilty_participle_of_a_named_woman(be):
    for text in (
        "Бухгалтарка Вольга Сідарэвіч прызнаная вінаватай у абразе суддзі.",
        "Бухгальтарка Вольга Сідарэвіч прызнаная вінаватай у абразе судзьдзі.",
    ):
        assert ("sentence", "Вольга Сідарэвіч") in events(be(text)), text


def test_recognised_as_political_prisoner_or_not_guilty_is_no_verdict(be):
    for text in (
        "Бухгалтарка Вольга Сідарэвіч прызнаная палітвязнем.",
        "Бухгалтарка Вольга Сідарэвіч не прызнаная вінаватай.",
        "Бухгалтарка Вольга Сідарэвіч прызнаная невінаватай.",
    ):
        assert ("sentence", "Вольга Сідарэвіч") not in events(be(text)), text


# -- verbless verdict lines after a verdict without a term -----------------------------------


def test_lines_after_a_group_verdict_without_terms(be):
    text = (
        "Прысуд агучаны. Усе трое прызнаныя вінаватымі.\n\n"
        "Антон Шаўчук — 6 гадоў калоніі ўзмоцненага рэжыму.\n"
        "Марына Лойка — 3 гады пазбаўлення волі.\n"
        "Пятро Дзямідаў — 4 гады і 6 месяцаў калоніі."
    )
    result = be(text)
    assert {("Антон Шаўчук", 72), ("Марына Лойка", 36), ("Пятро Дзямідаў", 54)} <= term_pairs(result)
    assert ("sentence", 3) in counts(result)


def test_lines_after_an_announced_verdict_in_taraskievica(be):
    text = (
        "Суд у Берасьці абвясьціў прысуд.\n"
        "Антон Шаўчук — шэсьць гадоў калёніі.\n"
        "Марына Лойка — тры гады пазбаўленьня волі."
    )
    assert {("Антон Шаўчук", 72), ("Марына Лойка", 36)} <= term_pairs(be(text))


def test_clock_line_between_verdict_and_lines(be):
    text = (
        "Абодва прызнаныя вінаватымі.\n\n15:20\n"
        "Антон Шаўчук — 5 гадоў калоніі.\nМарына Лойка — 2 гады калоніі."
    )
    assert {("Антон Шаўчук", 60), ("Марына Лойка", 24)} <= term_pairs(be(text))


def test_age_lines_after_a_verdict_are_no_terms(be):
    text = "Суд асудзіў Андрэя Мельніка.\nМарына Лойка — 29 гадоў, настаўніца з Оршы."
    result = be(text)
    assert ("sentence", "Марына Лойка") not in events(result)
    assert not any(name == "Марына Лойка" for name, _ in term_pairs(result))


def test_lines_after_an_arrest_or_a_demand_are_no_verdicts(be):
    for text in (
        "Міліцыя затрымала Андрэя Мельніка.\nМарына Лойка — 3 гады калоніі.",
        "Пракурор запытаў для іх рэальныя тэрміны.\nМарына Лойка — 3 гады калоніі.",
    ):
        assert ("sentence", "Марына Лойка") not in events(be(text)), text


# -- a short aside in brackets between a name and its dash -----------------------------------


def test_bracketed_aside_before_the_dash(be):
    text = (
        "Усе чацвёра прызнаныя вінаватымі.\n"
        "Ігар Сасноўскі (завочна) — 8 гадоў калоніі.\n"
        "Дзяніс Чарвякоў (Ліда) — 5 гадоў калоніі."
    )
    assert {("Ігар Сасноўскі", 96), ("Дзяніс Чарвякоў", 60)} <= term_pairs(be(text))


def test_bracket_with_another_name_is_no_aside(be):
    text = "Усе трое прызнаныя вінаватымі.\nІгар Сасноўскі (сын Дзяніса Чарвякова) — 8 гадоў калоніі."
    assert ("Дзяніс Чарвякоў", 96) not in term_pairs(be(text))


# -- «усіх N»: the one list of N names in the paragraph before --------------------------------


def test_all_four_are_the_joined_list_before(be):
    text = (
        "У залу завялі абвінавачаных — Андрэя Бурака, Сяргея Лісоўскага, Алену Жук і Ірыну Гушчу. "
        "Пяты абвінавачаны, Раман Шыла, жыве ў Германіі.\n\n"
        "Усіх чатырох затрымалі ў студзені ў Гомелі."
    )
    result = be(text)
    named = {name for kind, name in events(result) if kind == "arrest"}
    assert named == {"Андрэй Бурак", "Сяргей Лісоўскі", "Алена Жук", "Ірына Гушча"}
    assert ("arrest", 4) in counts(result)


def test_all_four_with_two_lists_of_four_names_nobody(be):
    text = (
        "Перад судом стаялі Андрэй Бурак, Сяргей Лісоўскі, Алена Жук і Ірына Гушча. "
        "Іх падтрымлівалі Раман Шыла, Ігар Мазур, Вера Ляхоўская і Ніна Шпак. "
        "Пасяджэнне вяла суддзя Алена Кот.\n\n"
        "Усіх чатырох затрымалі ў студзені."
    )
    result = be(text)
    assert not {name for kind, name in events(result) if kind == "arrest"}


# -- demonyms count people --------------------------------------------------------------------


def test_demonyms_are_counted_people(be):
    for text, size in (
        ("Абласны суд агучыў прысуд у справе чатырох магілёўцаў.", 4),
        ("Суд асудзіў пяцёх гамяльчан за данаты.", 5),
        ("Суд Ленінскага раёну абвясьціў прысуд у справе трох гарадзенцаў.", 3),
    ):
        assert ("sentence", size) in counts(be(text)), text


def test_approximate_demonyms_carry_no_count(be):
    result = be("Суд асудзіў каля дзесяці мінчан за ўдзел у маршах.")
    assert not counts(result)


# -- a count shared by a relative clause's second verb --------------------------------------


def test_second_verb_of_the_relative_clause_shares_the_count(be):
    for text in (
        "Журналіст Павел Шыла апынуўся сярод 12 вязняў, якіх памілавалі і ў той жа дзень вывезлі ў Літву.",
        "Журналіст Павел Шыла апынуўся сярод 12 вязьняў, якіх памілавалі і празь дзень вывезьлі ў Літву.",
    ):
        assert {("release", 12), ("deportation", 12)} <= counts(be(text)), text


def test_verb_after_the_relative_clause_keeps_its_own_count(be):
    text = "Павел Шыла быў сярод 12 вязняў, якіх памілавалі, і пяцярых з іх вывезлі ў Літву."
    assert ("deportation", 12) not in counts(be(text))


# -- «ейны / ягоны тэрмін» ---------------------------------------------------------------------


def test_her_term_by_possessive_determiner(be):
    for text in (
        "Ніна Шпак, 33 гады, фармацэўтка з Кобрына. Ейны тэрмін складаў тры гады калоніі. Вярнулася дадому.",
        "Ніна Шпак, 33 гады, фармацэўтка з Кобрыну. Ейны тэрмін складаў тры гады калёніі. Вярнулася дадому.",
    ):
        assert ("Ніна Шпак", 36) in term_pairs(be(text)), text


def test_his_term_by_possessive_determiner(be):
    text = "Суд у Віцебску асудзіў Андрэя Мельніка. Ягоны тэрмін склаў пяць гадоў калоніі."
    assert ("Андрэй Мельнік", 60) in term_pairs(be(text))


def test_possessive_of_a_relative_keeps_his_term_off_her(be):
    text = "Ніна Шпак прыехала ў Оршу. Ягоная жонка казала, што пяць гадоў калоніі — гэта шмат."
    assert not term_pairs(be(text))


# -- release under an amnesty ----------------------------------------------------------------


def test_out_under_an_amnesty(be):
    for text in (
        "Летась суд асудзіў кіроўцу Рыгора Казлова на два гады; увосень ён выйшаў па амністыі.",
        "Летась суд асудзіў кіроўцу Рыгора Казлова на два гады; увосень ён выйшаў на волю па амністыі.",
    ):
        assert ("release", "Рыгор Казлоў") in events(be(text)), text


def test_amnesty_not_granted_or_hoped_is_no_release(be):
    for text in (
        "Суд асудзіў кіроўцу Рыгора Казлова на два гады. Ён не выйшаў па амністыі.",
        "Суд асудзіў кіроўцу Рыгора Казлова на два гады. Ён можа выйсці па амністыі.",
    ):
        assert ("release", "Рыгор Казлоў") not in events(be(text)), text


# -- the stay a verdict fixed -------------------------------------------------------------------


def test_stay_fixed_by_a_harsher_appeal(be):
    for text in (
        "Абласны суд павялічыў тэрмін фермеру Рыгору Паўлоўскаму. "
        "Цяпер 58-гадоваму мужчыну давядзецца правесці ў калоніі пяць гадоў.",
        "Абласны суд павялічыў тэрмін фэрмэру Рыгору Паўлоўскаму. "
        "Цяпер яму давядзецца адбыць у калёніі пяць гадоў.",
    ):
        assert ("Рыгор Паўлоўскі", 60) in term_pairs(be(text)), text


def test_stay_that_remains_or_is_conditional_or_before_trial_is_no_term(be):
    for text in (
        "Рыгор Паўлоўскі адбывае чатыры гады. Яму давядзецца правесці ў калоніі яшчэ два гады.",
        "Рыгора Паўлоўскага затрымалі. "
        "Калі суд прызнае яго вінаватым, яму давядзецца правесці за кратамі тры гады.",
        "Рыгора Паўлоўскага затрымалі. Яму давядзецца правесці ў СІЗА два месяцы.",
    ):
        result = be(text)
        assert ("Рыгор Паўлоўскі", 24) not in term_pairs(result), text
        assert ("Рыгор Паўлоўскі", 36) not in term_pairs(result), text
        assert ("Рыгор Паўлоўскі", 2) not in term_pairs(result), text


# -- a profile's «Таксама сярод вывезеных» -------------------------------------------------------


def test_profile_among_the_removed(be):
    for text in (
        "Віктар Лось, 50 гадоў, слесар з Мазыра. Асуджаны на сем гадоў. Таксама сярод вывезеных у Літву.",
        "Віктар Лось, 50 гадоў, сьлесар з Мазыру. Асуджаны на сем гадоў. Сярод вывезеных у Літву.",
    ):
        assert ("deportation", "Віктар Лось") in events(be(text)), text


def test_profile_not_among_the_freed(be):
    for text in (
        "Галіна Лось, 50 гадоў, настаўніца. Адбывае сем гадоў. Сярод вызваленых яе няма.",
        "Галіна Лось, 50 гадоў, настаўніца. Адбывае сем гадоў. Таксама не сярод вызваленых.",
    ):
        assert ("release", "Галіна Лось") not in events(be(text)), text


# -- a man's genitive before «, які» ------------------------------------------------------------


def test_ambiguous_name_before_masculine_relative_is_a_man(be):
    text = (
        "Памілавалі 14 чалавек. Сярод памілаваных няма Аляксандра Навумава, "
        "які адбывае восем гадоў у калоніі ў Шклове."
    )
    result = be(text)
    assert ("Аляксандр Навумаў", 96) in term_pairs(result)


def test_ambiguous_name_before_feminine_relative_is_a_woman(be):
    text = "Сярод памілаваных няма Аляксандры Навумавай, якая адбывае восем гадоў у калоніі."
    result = be(text)
    assert ("Аляксандра Навумава", 96) in term_pairs(result)


# -- numbers of the people identified ---------------------------------------------------------


def test_identified_so_far_is_no_count(be):
    for text in (
        "Памілавалі 19 асуджаных. Праваабаронцы ўжо ўсталявалі пяцярых вызваленых.",
        "Памілавалі 19 асуджаных. Праваабаронцы ўжо ўсталявалі пяцярых вызваленых.".replace("ўжо ", ""),
        "Затрымалі 12 чалавек. Журналісты высветлілі траіх затрыманых.",
    ):
        result = be(text)
        assert not {c for c in counts(result) if c[1] in (3, 5)}, text
