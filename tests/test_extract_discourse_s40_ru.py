"""Russian events told across sentences (session 40), in wording written for these tests: a
pronoun after a role noun that points back to a person named with that role refers to that
person, not to someone named between; agents left unnamed who «came for» a person took them
(«За X пришли в июле», «за ним приехали»); a list line's short passive participle the tagger
misreads («Приговорён к …», «Осуждён на …») has the line's person as its dropped subject; a
counted lead closed by a colon, or followed by «Их имена:», lends its event to the lines under
it, and an age set off in such a line is no term. Traps: a role shared by nobody, a singular
subject who comes for someone (a parent), friends who come, the future, a lead with two
events, people left out, a list of those still held."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events
from vigil.model import Extraction

_LINES = "\n\n— Роман Лисицын;\n\n— Ксения Гусева."


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


def _terms(result: Extraction) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


# -- a pronoun after a description ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "who", "other"),
    [
        (
            "Скончался химик, профессор Аркадий Зимин. Об этом сообщил его ученик Денис Котов. "
            "За профессором пришли весной. Его поместили в СИЗО-2.",
            "arrest",
            "Аркадий Зимин",
            "Денис Котов",
        ),
        (
            "Скончался химик, профессор Аркадий Зимин. «Он учил нас думать», — написал его ученик, а "
            "ныне инженер завода в Перми Денис Котов. За профессором пришли весной. Его поместили в СИЗО-2.",
            "arrest",
            "Аркадий Зимин",
            "Денис Котов",
        ),
        (
            "Журналистка Вера Голубева вела телеграм-канал. О ней рассказала её коллега Нина Ершова. "
            "Журналистку обвинили в фейках. В мае её арестовали.",
            "arrest",
            "Вера Голубева",
            "Нина Ершова",
        ),
        (
            "Дело блогера Романа Тихомирова слушает районный суд. Защищает его адвокат Глеб Носов. "
            "Блогер вину не признаёт. Его приговорили к трём годам колонии.",
            "sentence",
            "Роман Тихомиров",
            "Глеб Носов",
        ),
        (
            "Дело блогера Романа Тихомирова слушает районный суд. Защищает его адвокат Глеб Носов. "
            "Блогер вину не признаёт. Во вторник он был осуждён на три года.",
            "sentence",
            "Роман Тихомиров",
            "Глеб Носов",
        ),
    ],
)
def test_pronoun_after_a_description_is_the_described(run, text, etype, who, other):
    found = events(_ru(run, text))
    assert (etype, who) in found
    assert (etype, other) not in found


def test_description_of_nobody_named_with_it_changes_nothing(run):
    # «врача» was no one's role: the pronoun still goes to the latest woman named
    result = _ru(
        run,
        "Инженер Пётр Смолин уехал из страны. О нём написала журналистка Дарья Котова. "
        "Врача вызвали к следователю. Её задержали на выходе.",
    )
    assert ("arrest", "Пётр Смолин") not in events(result)


# -- came for someone -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("За журналистом Игнатом Фоминым пришли в июле.", "Игнат Фомин"),
        ("За активисткой Лидией Рябовой явились домой в шесть утра.", "Лидия Рябова"),
        ("Программист Игнат Фомин жил в Омске. Сотрудники ФСБ пришли за ним в июле.", "Игнат Фомин"),
        ("Программист Игнат Фомин жил в Омске. В июле за ним приехали полицейские.", "Игнат Фомин"),
        ("Учительница Лидия Рябова жила в Туле. Силовики приходили за ней дважды.", "Лидия Рябова"),
    ],
)
def test_came_for_a_person_is_an_arrest(run, text, who):
    assert ("arrest", who) in events(_ru(run, text))


@pytest.mark.parametrize(
    "text",
    [
        "Игнат Фомин забрал сына из школы. Отец пришёл за ним в шесть.",
        "Друзья приехали за Игнатом Фоминым к воротам колонии.",
        "Лидия Рябова знала, что за ней придут.",
        "Лидия Рябова вышла из колонии. За ней приехали родные.",
    ],
)
def test_came_for_without_a_force_or_unnamed_agents(run, text):
    assert not {n for k, n in events(_ru(run, text)) if k == "arrest"}


# -- a list line's short participle -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who", "term"),
    [
        ("Глеб Сорокин, 41 год, механик из Калуги. Приговорён к шести годам колонии.", "Глеб Сорокин", 72),
        ("Глеб Сорокин, 41 год, механик. Осуждён на четыре года.", "Глеб Сорокин", 48),
        ("Тарас Белых, 33 года, фермер. Задержан в марте 2023 года. Осуждён на семь лет.", "Тарас Белых", 84),
        (
            "Олег Дымов, 50 лет, врач из Читы. В мае задержан, в ноябре приговорён к пяти годам.",
            "Олег Дымов",
            60,
        ),
    ],
)
def test_list_line_short_participle(run, text, who, term):
    result = _ru(run, text)
    assert ("sentence", who) in events(result)
    assert (who, term) in _terms(result)


def test_list_line_participle_agrees_with_its_person(run):
    # a masculine participle does not go to the woman the line names
    result = _ru(run, "Алла Щукина, 44 года, бухгалтер. Осуждён на три года.")
    assert ("sentence", "Алла Щукина") not in events(result)


# -- a lead and the lines under it ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "Указом главы государства помилованы трое заключённых. Их имена:" + _LINES,
            "release",
        ),
        (
            "Глава государства помиловал четырёх осуждённых. Их имена:"
            "\n\n1. Роман Лисицын\n\n2. Ксения Гусева",
            "release",
        ),
        (
            "В Гродно задержали троих студентов:\n\n— Роман Лисицын;"
            "\n\n— Ксения Гусева;\n\n— Артём Вишняков.",
            "arrest",
        ),
        ("Ночью задержали ещё двоих активистов. Список:\n\n— Роман Лисицын;\n\n— Ксения Гусева.", "arrest"),
    ],
)
def test_lines_under_a_counted_lead(run, text, etype):
    found = events(_ru(run, text))
    assert {(etype, "Роман Лисицын"), (etype, "Ксения Гусева")} <= found


@pytest.mark.parametrize(
    "text",
    [
        # two events in the lead: whose list it is is not told
        "В Гродно задержали троих студентов, двоих уже отпустили. Вот они:" + _LINES,
        # those left out
        "Вчера освободили пятерых, кроме двоих. Вот они:\n\n— Роман Лисицын;\n\n— Ксения Гусева.",
        # still held, no event in the lead
        "В колонии по-прежнему остаются трое политзаключённых. Их имена:" + _LINES,
        "Вчера освободили пятерых. Остаются за решёткой:\n\n— Роман Лисицын;\n\n— Ксения Гусева.",
    ],
)
def test_lines_under_a_lead_traps(run, text):
    found = events(_ru(run, text))
    assert not {n for _, n in found} & {"Роман Лисицын", "Ксения Гусева"}


def test_age_in_a_list_line_is_no_term(run):
    result = _ru(
        run,
        "В Гродно задержали троих студентов. Вот они:\n\n— Роман Лисицын, 22 года;"
        "\n\n— Ксения Гусева, 19 лет.",
    )
    assert not _terms(result)
    assert ("sentence", "Роман Лисицын") not in events(result)


def test_term_after_an_age_in_a_list_line(run):
    result = _ru(
        run,
        "Сроки распределились так:\n\n— Роман Лисицын, 30 лет, — пять лет колонии;\n\n"
        "— Ксения Гусева — 18 лет строгого режима.",
    )
    assert {("Роман Лисицын", 60), ("Ксения Гусева", 216)} <= _terms(result)


# -- one of the group told before ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "who"),
    [
        (
            "Девятерых участников марша в 2020 году осудили на сроки от трёх до шести лет. Один из "
            "этой группы, 55-летний фермер Тимур Абаев, до сих пор в колонии.",
            "sentence",
            "Тимур Абаев",
        ),
        (
            "В апреле в Казани задержали семерых студентов. Одна из этих семерых, Диляра Хасанова, "
            "рассказала о допросе.",
            "arrest",
            "Диляра Хасанова",
        ),
        (
            "Летом на свободу вышли пятеро политзаключённых. Один из этих пятерых политзаключённых, "
            "пекарь Руслан Гайсин, уехал к семье.",
            "release",
            "Руслан Гайсин",
        ),
        (
            "В апреле в Казани задержали семерых студентов. Один из этих студентов, Марат Сафин, "
            "провёл ночь в отделе.",
            "arrest",
            "Марат Сафин",
        ),
    ],
)
def test_one_of_this_group_set_off(run, text, etype, who):
    assert (etype, who) in events(_ru(run, text))


def test_one_of_another_group_is_no_member(run):
    # «один из журналистов» is not «one of these»: no group told before is pointed back to
    result = _ru(
        run,
        "В апреле в Казани задержали семерых студентов. Кроме того, один из журналистов, Марат Сафин, уехал.",
    )
    assert ("arrest", "Марат Сафин") not in events(result)


# -- a pronoun stressed by «сам» --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "who"),
    [
        (
            "Блогер Фарид Юсупов давно живёт в Польше. В 2022 году суд заочно приговорил его самого к "
            "двенадцати годам.",
            "sentence",
            "Фарид Юсупов",
        ),
        (
            "Правозащитница Сабина Алиева уехала из страны. Её саму задержали ещё в 2021 году.",
            "arrest",
            "Сабина Алиева",
        ),
        (
            "Блогер Фарид Юсупов уехал. Его самого отпустили, а брата оставили под стражей.",
            "release",
            "Фарид Юсупов",
        ),
    ],
)
def test_pronoun_with_sam(run, text, etype, who):
    assert (etype, who) in events(_ru(run, text))


def test_possessive_before_sam_as_adjective(run):
    # «её самую близкую подругу»: «самый» describes the friend, whose arrest it is
    result = _ru(run, "Правозащитница Сабина Алиева уехала из страны. Её самую близкую подругу задержали.")
    assert ("arrest", "Сабина Алиева") not in events(result)


# -- ended up in custody ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "В Самаре задержали троих анархистов. Под стражей оказались 20-летний студент Ефим Жаров "
            "и его подруга Ярослава Лис.",
            {"Ефим Жаров", "Ярослава Лис"},
        ),
        ("Журналистка Ярослава Лис в марте оказалась под стражей.", {"Ярослава Лис"}),
        ("Под арестом на десять суток оказался и Ефим Жаров.", {"Ефим Жаров"}),
    ],
)
def test_ended_up_in_custody(run, text, who):
    assert {("arrest", n) for n in who} <= events(_ru(run, text))


def test_may_end_up_in_custody_is_no_arrest(run):
    assert not events(_ru(run, "Ефим Жаров может оказаться под стражей уже на этой неделе."))
