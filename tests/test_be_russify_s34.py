"""A part of a group is told of its own verb only (session 34): the three precision rules that
let Belarusian be parsed through its Russian-like surface (`be/russify.py`), whose better
parses let count and membership rules reach through «N з іх», «большасць з іх» and «адзін з
іх, X,». Each family runs on Belarusian with the russified parse on and off, and on the Russian
twin of its wordings (the rules live in the shared `ru/events` code). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events
from vigil.extract.be.extractor import BelarusianExtractor
from vigil.ingest.documents import make_document
from vigil.model import Extraction


@pytest.fixture(scope="module")
def be_russified(extractor):
    """Belarusian with the russified parse switched on, whatever the default."""
    models = extractor.extractor_for("be").models
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(BelarusianExtractor, "russified_parse", True)
        on = BelarusianExtractor(models)

    def run(text: str) -> Extraction:
        return next(iter(on.extract_many([make_document(text, source="be.txt", language="be")])))

    return run


@pytest.fixture(scope="module")
def be_plain(extractor):
    """Belarusian with the russified parse switched off, whatever the default."""
    models = extractor.extractor_for("be").models
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(BelarusianExtractor, "russified_parse", False)
        off = BelarusianExtractor(models)

    def run(text: str) -> Extraction:
        return next(iter(off.extract_many([make_document(text, source="be.txt", language="be")])))

    return run


@pytest.fixture(scope="module")
def ru(extractor):
    def run(text: str) -> Extraction:
        return extractor.extract(make_document(text, source="ru.txt", language="ru"))

    return run


@pytest.fixture(params=["on", "off"])
def be(request, be_russified, be_plain):
    return be_russified if request.param == "on" else be_plain


# -- «N з іх» is a subset: its count belongs to its own verb, not to the rest's -----------------


_SUBSET_BE = [
    (
        "Праваабаронцы пацвярджаюць вызваленне 20 палітвязняў, якіх памілавалі ў панядзелак. "
        "Чатырнаццаць з іх вывезлі ў Літву, астатнія засталіся ў Беларусі.",
        {("release", 20), ("deportation", 14)},
    ),
    (
        "«Вясна» паведаміла пра вызваленне 9 чалавек. Пяцёра з іх прымусова вывезлі за мяжу, а "
        "астатнія засталіся ў Беларусі.",
        {("release", 9), ("deportation", 5)},
    ),
    (
        "Улады вызвалілі 16 вязняў. Дзесяць з іх перавезлі праз мяжу ў Польшчу, астатнія засталіся ў "
        "Беларусі.",
        {("release", 16), ("deportation", 10)},
    ),
    # control: two verbs of the same part share it
    (
        "Вызвалілі 14 палітвязняў. Дзесяць з іх вывезлі ў Літву і пакінулі на мяжы.",
        {("release", 14), ("deportation", 10)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), _SUBSET_BE)
def test_subset_count_is_its_own_verbs(be, text, expected):
    assert counts(be(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Власти освободили 20 политзаключённых. Четырнадцать из них вывезли в Литву, остальные "
            "остались в Беларуси.",
            {("release", 20), ("deportation", 14)},
        ),
        (
            "Освободили 14 политзаключённых. Десять из них вывезли в Литву и оставили на границе.",
            {("release", 14), ("deportation", 10)},
        ),
    ],
)
def test_subset_count_is_its_own_verbs_ru(ru, text, expected):
    assert counts(ru(text)) == expected


# -- «большасць / амаль усе з іх» carries no count -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("У жніўні на волю выйшлі 40 палітвязняў, большасць з іх апынуліся ў Літве.", {("release", 40)}),
        ("Летась вызвалілі 31 чалавека, большасць з іх таксама апынуліся ў Польшчы.", {("release", 31)}),
        ("Увосень на свабоду выйшлі 14 палітвязняў, амаль усе з іх апынуліся ў Літве.", {("release", 14)}),
        ("Улады памілавалі 25 асуджаных, амаль усіх вывезлі ў Літву.", {("release", 25)}),
        ("Тады на волю выйшлі 18 палітвязняў, і амаль усіх вывезлі за мяжу.", {("release", 18)}),
        # control: «all» is the whole group, its count
        ("Улады памілавалі 25 асуджаных, усіх вывезлі ў Літву.", {("release", 25), ("deportation", 25)}),
    ],
)
def test_most_of_them_carries_no_count(be, text, expected):
    assert counts(be(text)) == expected


def test_almost_all_of_a_group_told_before_keeps_its_members(be):
    """«амаль усіх іх» after a sentence that counted the group: its named member goes with them
    (the number is the earlier sentence's, no count of the part)."""
    found = be(
        "Алег Сідарчук быў сярод 40 палітвязняў, якіх памілавалі ў чацвер. Амаль усіх іх у той жа "
        "дзень вывезлі ў Літву."
    )
    assert ("deportation", "Алег Сідарчук") in events(found)
    assert counts(found) == {("release", 40)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В августе на свободу вышли 40 политзаключённых, большинство из них оказались в Литве.",
            {("release", 40)},
        ),
        ("Власти помиловали 25 осуждённых, почти всех вывезли в Литву.", {("release", 25)}),
    ],
)
def test_most_of_them_carries_no_count_ru(ru, text, expected):
    assert counts(ru(text)) == expected


# -- «адзін з іх, X, зноў за кратамі»: a member set against the group's event is out of it ---------


_ONE_OF_THEM_BE = [
    (
        "Улады памілавалі 15 палітвязняў. Праз дзень стала вядома, што амаль усіх вызваленых вывезлі "
        "ў Літву, а адзін з іх, 50-гадовы настаўнік з Оршы Пятро Кавальчук, зноў апынуўся за кратамі.",
        "Пятро Кавальчук",
    ),
    (
        "Лукашэнка памілаваў 8 чалавек. Большасць вызваленых выслалі з краіны, а адзін з іх, фермер "
        "Васіль Дуброва, зноў трапіў у СІЗА.",
        "Васіль Дуброва",
    ),
]


@pytest.mark.parametrize(("text", "name"), _ONE_OF_THEM_BE)
def test_one_of_them_set_against_the_group_is_not_expelled(be, text, name):
    found = be(text)
    assert ("release", name) in events(found)  # freed with the group
    assert ("deportation", name) not in events(found)  # but not among those expelled
    assert "deportation" not in {etype for etype, _ in counts(found)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Власти помиловали 15 политзаключённых. Через день стало известно, что почти всех "
            "освобождённых вывезли в Литву, а один из них, 50-летний учитель из Орши Пётр Ковальчук, "
            "снова оказался за решёткой.",
            "Пётр Ковальчук",
        ),
        (
            "Лукашенко помиловал 8 человек. Большинство освобождённых выслали из страны, а один из них, "
            "фермер Василий Дуброва, снова попал в СИЗО.",
            "Василий Дуброва",
        ),
        (
            "В понедельник помиловали 11 человек. Почти всех вывезли за границу, но один из них, слесарь "
            "Олег Гуща, отказался уезжать и был снова задержан.",
            "Олег Гуща",
        ),
    ],
)
def test_one_of_them_set_against_the_group_is_not_expelled_ru(ru, text, name):
    found = ru(text)
    assert ("release", name) in events(found)
    assert ("deportation", name) not in events(found)
    assert ("arrest", name) in events(found)


def test_one_of_all_expelled_is_expelled_ru(ru):
    """Trap: «all of them» expelled, then one of them named: he was expelled with them."""
    found = ru(
        "Помиловали 12 осуждённых. Всех их вывезли в Литву, а один из них, Степан Жук, потом "
        "рассказал об этом журналистам."
    )
    assert ("deportation", "Степан Жук") in events(found)
