"""Persons and who is who (session 34), in wording invented for these tests.

* A count needs a number in the event's own clause (GUIDELINES): "all of them", "all" or «все»
  with no number after a counted group carry no count; the events keep the named members.
* A pronoun's person is the same whatever order the rules ask the tokens in
  (`DocContext.person_at`: "Her lawyer, X, said she ..." names the one "her" names).
* Who is who: a first name and patronymic alone («Татьяна Ивановна») is the full name told before
  with that first name; a surname in «-вич» beside another full name is no patronymic; a plural
  surname two first names share («Нина и Алексей Жалязовские», «Ніна і Аляксей Жалязоўскія»)
  gives each their own, the NER's untagged first one too; a lone surname misread as a plural
  first name («Абдыкеримов») joins its full name; a lone surname names who bears it exactly, not
  a spelling alike ("Abdullayev" beside "Abibullayev").
* No person: a name after a street or «имени», a family in the plural («дочь Асановых»), an
  outlet («Азаттыку», "Belsat:", an outlet after a name «Лозовик Свободе»), a place or a verb the
  dictionary knows («Баймак», «Напомните»), a day and month before a name, a faith ("Tibetan
  Buddhism"). Traps: a short or adjectival surname («Ли», «Белый») stays a person.
"""

from __future__ import annotations

import dataclasses

import pytest

from tests.extract_views import event_pairs, group_counts

# -- a count needs a number ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "counted", "uncounted"),
    [
        (
            "Thirty-one prisoners were pardoned on Monday. All of them were put on a bus and "
            "expelled to Poland.",
            ("release", 31),
            ("deportation", 31),
        ),
        (
            "Officers detained five students outside the university; all were freed by midnight.",
            ("arrest", 5),
            ("release", 5),
        ),
        (
            "A court in Gomel convicted nine railway workers in June. All of them were later "
            "pardoned and released.",
            ("sentence", 9),
            ("release", 9),
        ),
    ],
)
def test_all_with_no_number_carries_no_count(extract_text, text, counted, uncounted) -> None:
    counts = group_counts(extract_text(text))
    assert counted in counts
    assert uncounted not in counts


def test_all_with_a_number_keeps_it(extract_text) -> None:
    counts = group_counts(
        extract_text("Police detained six bloggers in Brest. All six were released on Sunday.")
    )
    assert ("release", 6) in counts


def test_all_of_the_named_keeps_the_named(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Police detained Hanna Kuts, Aleh Zhuk and Ilya Mirau in Brest. All of them were "
            "released on Sunday."
        )
    )
    assert {("release", n) for n in ("Hanna Kuts", "Aleh Zhuk", "Ilya Mirau")} <= pairs


@pytest.mark.parametrize(
    ("text", "language", "counted", "uncounted"),
    [
        (
            "В субботу полиция задержала семерых пикетчиков. Всех отпустили к утру.",
            "ru",
            ("arrest", 7),
            ("release", 7),
        ),
        (
            "В понедельник помиловали 23 политзаключённых. Все они были вывезены в Литву.",
            "ru",
            ("release", 23),
            ("deportation", 23),
        ),
        (
            "Міліцыя затрымала шасцярых студэнтаў. Усіх адпусцілі праз суткі.",
            "be",
            ("arrest", 6),
            ("release", 6),
        ),
    ],
)
def test_all_with_no_number_carries_no_count_ru_be(run, text, language, counted, uncounted) -> None:
    counts = group_counts(run(text, language))
    assert counted in counts
    assert uncounted not in counts


# -- a pronoun's person does not depend on the order it is asked in ------------------------------


_ORDER_TEXTS = [
    "Hanna Kuts was detained in May. Her lawyer, Maryna Zhuk, said she was released on Friday.",
    "Ales Pushkin was arrested in March. His brother, Ihar Pushkin, told reporters that he had "
    "been moved to a colony and that his health was failing.",
    "Maryia Rabkova was sentenced in 2022. Her colleague, Nasta Loika, said her appeal was "
    "rejected and that she was moved to Gomel, where her mother visited her.",
]


@pytest.mark.parametrize("text", _ORDER_TEXTS)
def test_person_at_does_not_depend_on_call_order(extractor, text) -> None:
    nlp = extractor.extractor_for("en").nlp
    with nlp.select_pipes(disable=["vigil_quotes", "vigil_events"]):
        doc = nlp(text)
    first = doc._.vigil_ctx
    second = dataclasses.replace(first)  # the same names, an empty cache of pronouns
    forward = {t.i: first.person_at(t) for t in doc}
    backward = {t.i: second.person_at(t) for t in reversed(doc)}
    assert forward == backward


# -- who is who: one person under a polite form of address, two relatives under one surname -----


def _persons(result) -> set[str]:
    return {p.name for p in result.persons}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Татьяну Воронцову задержали в марте. Татьяна Ивановна рассказала, что её допрашивали "
            "шесть часов.",
            "Татьяна Воронцова",
        ),
        (
            "Зою Кротову арестовали в мае. По словам адвоката, Зое Леонидовне стало плохо в СИЗО.",
            "Зоя Кротова",
        ),
        (
            "Суд приговорил Виктора Ковальчука к шести годам. «Виктор Сергеевич ни в чём не "
            "виноват», — сказала его жена Ольга Ковальчук.",
            "Виктор Ковальчук",
        ),
    ],
)
def test_first_name_and_patronymic_is_the_full_name_told_before(run, text, name) -> None:
    result = run(text, "ru")
    owner = next(p for p in result.persons if p.name == name)
    assert len(owner.mentions) >= 2
    assert [p.name for p in result.persons if p.name.split()[0] == name.split()[0]] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Алесь Жданович и Алесь Козлов были задержаны. Алесь Жданович отпущен.",
        "Алесь Козлов и Алесь Жданович были задержаны. Позже Алесь Жданович был отпущен.",
    ],
)
def test_a_surname_in_vich_is_no_patronymic(run, text) -> None:
    assert {"Алесь Жданович", "Алесь Козлов"} <= _persons(run(text, "ru"))


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "Нина и Алексей Жалязовские были задержаны в марте. Позже Жалязовского приговорили.",
            "ru",
            {"Нина Жалязовская", "Алексей Жалязовский"},
        ),
        (
            "Вчера суд арестовал Олега и Марину Сидоровых. Олега Сидорова отправили в СИЗО.",
            "ru",
            {"Олег Сидоров", "Марина Сидорова"},
        ),
        (
            "Ніна і Аляксей Жалязоўскія былі затрыманыя ў сакавіку.",
            "be",
            {"Ніна Жалязоўская", "Аляксей Жалязоўскі"},
        ),
    ],
)
def test_a_shared_plural_surname_gives_each_their_own(run, text, language, names) -> None:
    assert names <= _persons(run(text, language))


def test_a_misread_lone_surname_joins_its_full_name(run) -> None:
    result = run("Нурлан Абдыкеримов был задержан в мае. Абдыкеримов отрицает вину.", "ru")
    assert _persons(result) == {"Нурлан Абдыкеримов"}


def test_a_lone_surname_names_who_bears_it_not_a_spelling_alike(extract_text) -> None:
    result = extract_text(
        "Enver Abdullayev was given 17 years, and Remzi Abibullayev 13 years. Abdullayev addressed "
        'the judge directly: "You know that there is nothing in this case."'
    )
    names = {p.id: p.name for p in result.persons}
    assert {names[q.speaker] for q in result.quotes if q.speaker} == {"Enver Abdullayev"}


def test_spelling_variants_of_one_surname_still_join(extract_text) -> None:
    result = extract_text(
        "Pavel Khaletski was detained in May. His lawyer said Khalecki was released on Monday."
    )
    assert _persons(result) == {"Pavel Khaletski"}


# -- no person: streets, families, outlets, places, verbs; a date or a faith is no name ---------


@pytest.mark.parametrize(
    ("text", "not_names"),
    [
        (
            "Студента задержали на улице Карла Маркса, а его друга — у аэропорта имени Гейдара "
            "Алиева. Задержан Иван Петров.",
            ("Карл Маркс", "Гейдар Алиев"),
        ),
        (
            "В доме остаётся дочь Асановых. Отца семьи, Рустема Асанова, арестовали в феврале.",
            ("Асановых", "Асанов"),
        ),
        (
            "— Напомните, когда вас задержали? — Здравствуйте. По нашим данным, Олега Котова "
            "арестовали в Баймаке, сообщил Азаттыку его брат.",
            ("Напомните", "Здравствуйте", "По", "Баймак", "Азаттык"),
        ),
        (
            "Андрея Лозовика вывезли в Литву. «Меня разбудили в пять утра», — рассказал Лозовик "
            "Свободе уже на литовской стороне.",
            ("Лозовик Свободе", "Лозовик Свобода"),
        ),
    ],
)
def test_no_person_ru(run, text, not_names) -> None:
    names = _persons(run(text, "ru"))
    assert names
    assert not set(not_names) & names


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Фаррух Ли был задержан в мае. Суд арестовал Ли на два месяца.", "Фаррух Ли"),
        ("Андрея Белого задержали в Москве.", "Андрей Белый"),
    ],
)
def test_a_short_or_adjectival_surname_stays_a_person(run, text, kept) -> None:
    assert kept in _persons(run(text, "ru"))


@pytest.mark.parametrize(
    ("text", "name", "not_names"),
    [
        (
            "On 13 February Natallia Hrynkevich was let out of the colony after being pardoned.",
            "Natallia Hrynkevich",
            ("February Natallia Hrynkevich",),
        ),
        (
            "Alena Kuts was released in May. She spoke to Belsat in Vilnius.\n\nBelsat: How did you "
            "learn that you were going to be released?\n\nAlena Kuts: Nobody told me anything.",
            "Alena Kuts",
            ("Belsat",),
        ),
        (
            "The monks, who practise Tibetan Buddhism, were detained in May, Prensa Comunitaria "
            "reported. Lobsang Tenzin was among them.",
            "Lobsang Tenzin",
            ("Tibetan Buddhism", "Prensa Comunitaria"),
        ),
    ],
)
def test_no_person_en(extract_text, text, name, not_names) -> None:
    names = _persons(extract_text(text))
    assert name in names
    assert not set(not_names) & names


def test_an_interviewing_outlet_is_no_speaker(extract_text) -> None:
    result = extract_text(
        "Maryna Zhuk, a teacher from Brest, was pardoned in May. She spoke to Meduza in Vilnius.\n\n"
        "Meduza: How did you learn that you were going to be released?\n\n"
        "Zhuk: Nobody told me anything. They opened the door and I walked out.\n\n"
        "Meduza: What was the colony like?\n\n"
        "Zhuk: Cold. We sewed uniforms twelve hours a day."
    )
    names = {p.id: p.name for p in result.persons}
    assert "Meduza" not in names.values()
    assert all(names.get(q.speaker or "") != "Meduza" for q in result.quotes)
