"""Belarusian whole-article discourse (session 14): who speaks when the attribution names an
outlet, a role noun or only a first name, and who a name beside a relative's name is.
Sentences written for these tests, each family with its traps."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, names


def _speakers(result) -> set[tuple[str, str]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[q.speaker], q.text.split()[0].strip(",.")) for q in result.quotes}


@pytest.mark.parametrize("outlet", ["Свабодзе", "Белсату", "«Нашай Ніве»"])
def test_an_outlet_after_the_speakers_surname_is_not_part_of_the_name(run, outlet):
    result = run(
        f"Міхася Баравіка вызвалілі ў аўторак. «Нас везлі ўсю ноч», — расказаў Баравік {outlet} праз дзень.",
        "be",
    )
    assert names(result) == {"Міхась Баравік"}
    assert ("Міхась Баравік", "Нас") in _speakers(result)


@pytest.mark.parametrize(
    ("text", "person", "relative"),
    [
        (
            "Пятра Зубру асудзілі. «Ён трымаецца», — сказала сястра Пятра Ганна Ліпская.",
            "Ганна Ліпская",
            "Пётр Ліпскі",
        ),
        ("Пятра Зубру асудзілі. Адвакат Пятра Сяргей Камар страціў ліцэнзію.", "Сяргей Камар", "Пётр Камар"),
    ],
)
def test_a_relatives_oblique_first_name_before_a_full_name_is_someone_else(run, text, person, relative):
    found = names(run(text, "be"))
    assert person in found
    assert relative not in found


def test_a_dialogue_lines_first_word_is_no_surname_and_the_line_is_a_quote(run):
    result = run(
        "Галіну Сініцу памілавалі ў маі.\n\n— Позна, — паўтарае Галіна і глядзіць у акно. — Занадта позна.",
        "be",
    )
    assert names(result) == {"Галіна Сініца"}
    assert ("Галіна Сініца", "Позна") in _speakers(result)


def test_repeat_is_a_verb_of_speech_and_one_and_a_half_still_a_term(run):
    result = run("Алега Шумскага асудзілі на паўтара года калоніі.", "be")
    assert events(result) == {("sentence", "Алег Шумскі")}
    assert result.events[0].term_months == 18


def test_a_byline_is_no_antecedent_of_the_pronoun(run):
    result = run(
        "Як маці чакае сына\n\nАлена Ракіта, Белсат\n\nЛіст у Зоі Радзюк ляжыць на стале. "
        "«Я перачытваю яго штодня», — кажа яна.",
        "be",
    )
    assert _speakers(result) == {("Зоя Радзюк", "Я")}


def test_a_photo_credit_is_no_antecedent_either(run):
    result = run(
        "Вера Гук чакае мужа.\n\nФота: Алена Ракіта\n\n«Я чакаю», — кажа яна.",
        "be",
    )
    assert _speakers(result) == {("Вера Гук", "Я")}


@pytest.mark.parametrize("role", ["былы палітвязень", "палітвязень", "актывіст"])
def test_a_role_noun_speaker_is_the_one_person_of_the_paragraph_before(run, role):
    result = run(
        f"Пра гэта кажа і Тарас Ліпень, які вызваліўся ў траўні. «Там было сыра», — успамінае {role}.",
        "be",
    )
    assert _speakers(result) == {("Тарас Ліпень", "Там")}


def test_a_role_noun_speaker_with_two_people_before_or_another_paragraph_has_no_speaker(run):
    two = run(
        "Тарас Ліпень і Зміцер Рух вызваліліся ў траўні. «Там было сыра», — успамінае былы палітвязень.",
        "be",
    )
    apart = run("Тараса Ліпеня асудзілі.\n\n«Там было сыра», — успамінае былы палітвязень.", "be")
    assert not two.quotes
    assert not apart.quotes


@pytest.mark.parametrize("role", ["яго маці", "адвакат", "жонка"])
def test_a_kin_noun_or_a_lawyer_speaks_of_the_person_named_before_not_as_them(run, role):
    result = run(f"Тараса Ліпеня асудзілі на тры гады. «Ён трымаецца», — кажа {role}.", "be")
    assert not result.quotes


def test_an_oblique_first_name_then_a_first_name_alone_is_one_person(run):
    result = run("Ганну Ціхан вызвалілі ў панядзелак.", "be")
    assert names(result) == {"Ганна Ціхан"}


def test_together_with_n_more_counts_the_named_and_the_later_removal_shares_it(run):
    result = run(
        "Рыгора Вяза памілавалі разам з яшчэ 23 палітвязнямі і ў той жа дзень вывезлі ў Польшчу.", "be"
    )
    assert {(e.type, e.count) for e in result.events if e.count} >= {("release", 24), ("deportation", 24)}


def test_together_with_n_more_then_another_person_keeps_the_other_alone(run):
    result = run(
        "Рыгора Вяза памілавалі разам з яшчэ 23 палітвязнямі, а Сцяпана Кручка вывезлі ў Польшчу.", "be"
    )
    assert ("deportation", 24) not in {(e.type, e.count) for e in result.events}


@pytest.mark.parametrize("hedge", ["па меншай меры", "па крайняй меры", "не менш за"])
def test_at_least_is_no_count(run, hedge):
    result = run(f"З 2022 года ў калоніях памерлі {hedge} шэсць палітвязняў.", "be")
    assert not [e for e in result.events if e.count]


def test_a_name_with_its_own_stay_verb_after_a_comma_is_not_freed(run):
    result = run("Пятра Грыба праз два дні вызвалілі, Ніна Грыб застаецца ў ізалятары.", "be")
    assert ("release", "Пётр Грыб") in events(result)
    assert ("release", "Ніна Грыб") not in events(result)


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        (
            "Суд вынес прысуды:\n\n— Зоя Бяроза, 34 гады, — 6 гадоў калоніі;\n— Ігар Лён — 3 гады.",
            "be",
            "Зоя Бяроза",
        ),
        ("Суд вынес приговоры: Зоя Берёза, 34 года, — 6 лет колонии.", "ru", "Зоя Берёза"),
    ],
)
def test_an_age_between_commas_is_no_term(run, text, language, person):
    result = run(text, language)
    by_id = {p.id: p.name for p in result.persons}
    assert {by_id[p]: e.term_months for e in result.events for p in e.persons if e.term_months}[person] == 72


def test_together_with_n_more_after_a_pronoun_counts_the_pronouns_person(run):
    result = run(
        "Сцяпана Кручка асудзілі на 4 гады. Яго памілавалі разам з яшчэ 30 палітвязнямі і вывезлі ў Літву.",
        "be",
    )
    assert {(e.type, e.count) for e in result.events if e.count} == {("release", 31), ("deportation", 31)}


def test_a_participle_before_the_comma_still_describes_the_name_with_a_stay_verb(run):
    result = run("Затрыманая ў лютым, Ніна Грыб застаецца ў ізалятары.", "be")
    assert ("arrest", "Ніна Грыб") in events(result)


def test_an_adjectival_feminine_surname_makes_an_ambiguous_first_name_a_womans(run):
    assert names(run("Сярод вызваленых — настаўніца Алеся Зялёная.", "be")) == {"Алеся Зялёная"}
    assert names(run("Вызвалілі брата Алеся Зялёнага.", "be")) == {"Алесь Зялёны"}


def test_a_verdict_noun_in_a_phrase_of_time_takes_no_names_from_the_release(run):
    result = run(
        "Суд асудзіў Пятра Дуду і Зою Ліс. Дуду і Ліс пасля вынясення прысуду вызвалілі з-пад варты ў зале.",
        "be",
    )
    assert {("release", "Пётр Дуда"), ("release", "Зоя Ліс")} <= events(result)


def test_a_participle_opening_a_sentence_after_words_of_time_is_the_paragraphs_persons(run):
    result = run(
        "Сцяпан Ваўчок, 68 гадоў. Пенсіянер з Ліды, у якога ў СІЗА выявілі дыябет. "
        "У 2023 годзе асуджаны на 4 гады калоніі за каментары.",
        "be",
    )
    assert ("sentence", "Сцяпан Ваўчок") in events(result)


@pytest.mark.parametrize(
    "text",
    [
        # the participle's gender is not the named man's
        "Сцяпан Ваўчок, 68 гадоў. У 2023 годзе асуджаная на 4 гады калоніі.",
        # a new paragraph: the person named before is not its subject
        "Сцяпана Ваўчка асудзілі.\n\nЛетась затрыманы за каментар.",
        # a noun before the participle is its subject
        "Сцяпан Ваўчок выйшаў. Яго сусед затрыманы за каментар.",
    ],
)
def test_a_participle_with_no_subject_takes_no_one_across_gender_paragraph_or_noun(run, text):
    result = run(text, "be")
    assert ("arrest", "Сцяпан Ваўчок") not in events(result)
    assert ("sentence", "Сцяпан Ваўчок") not in events(result) or "асудзілі" in text


def test_one_of_them_names_a_member_of_the_group_told_before(run):
    result = run("Шасцярых палітвязняў вывезлі ў Польшчу. Адзін з іх — Сяргей Глод, былы настаўнік.", "be")
    assert ("deportation", "Сяргей Глод") in events(result)


def test_one_of_the_lawyers_is_no_member(run):
    result = run("Шасцярых палітвязняў вывезлі ў Польшчу. Адзін з адвакатаў — Сяргей Глод.", "be")
    assert ("deportation", "Сяргей Глод") not in events(result)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Вольга Зубар працавала ў бібліятэцы. У лютым бібліятэкарку затрымалі проста на працы.",
            "Вольга Зубар",
        ),
        ("Рыгор Зубар працаваў у мясцовай газеце. Журналіста затрымалі ў лютым.", "Рыгор Зубар"),
        ("Рыгор Зубар і Вольга Зубар працавалі ў газеце. Журналістку затрымалі ў лютым.", "Вольга Зубар"),
    ],
)
def test_a_role_noun_with_no_name_of_its_own_is_the_one_person_of_its_gender_before(run, text, person):
    assert ("arrest", person) in events(run(text, "be"))


@pytest.mark.parametrize(
    "text",
    [
        "Пра гэта паведаміла Вольга Зубар. Журналістку затрымалі ў лютым.",  # who tells
        "Вольга Зубар працавала ў газеце. Пазней затрымалі іншую журналістку.",  # another one
        "Вольга Зубар працавала ў газеце. У лютым іншую журналістку затрымалі.",
        "Вольга Зубар працавала ў газеце.\n\nЖурналістку затрымалі ў лютым.",  # a new paragraph
        "Рыгор Зубар працаваў у газеце. Журналістку затрымалі ў лютым.",  # no woman before
    ],
)
def test_a_role_noun_takes_no_one_who_tells_another_or_across_a_paragraph(run, text):
    assert not [e for e in run(text, "be").events if e.type == "arrest" and e.persons]


def test_a_name_whose_account_follows_is_not_the_patient(run):
    result = run("Па словах Рыгора Зубара, Вольгу Лынь затрымалі ў лютым.", "be")
    assert events(result) == {("arrest", "Вольга Лынь")}


@pytest.mark.parametrize("verb", ["далі", "прызначылі"])
def test_as_much_after_a_stated_term_is_the_same_term(run, verb):
    result = run(f"Рыгора Зубара асудзілі на 4 гады. Вользе Лынь {verb} столькі ж.", "be")
    by_id = {p.id: p.name for p in result.persons}
    assert {by_id[p]: e.term_months for e in result.events for p in e.persons if e.term_months} == {
        "Рыгор Зубар": 48,
        "Вольга Лынь": 48,
    }


@pytest.mark.parametrize(
    "text",
    [
        "Рыгора Зубара асудзілі на 4 гады. Столькі ж чалавек затрымалі ў Гродне.",
        "Рыгора Зубара асудзілі на 4 гады. Вольга Лынь заплаціла столькі ж.",
    ],
)
def test_as_much_of_people_or_money_is_no_term(run, text):
    result = run(text, "be")
    by_id = {p.id: p.name for p in result.persons}
    assert "Вольга Лынь" not in {by_id[p] for e in result.events if e.term_months for p in e.persons}
