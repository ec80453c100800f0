"""Russian article forms of session 35, in wording written for these tests (the forms come from
the newly read blind sets): a clause set beside a counted verb keeps its own names («пятерых
отпустили, а X и Y суд арестовал»); «Один из них, X, …» opening the sentence after a counted
group names a member of it; a participle after a counted plural noun counts that noun, a part
of the larger group its sentence counts; «N-м в списке значится X» is the group of N's member;
a release heading over «В Вильнюсе оказался X» / «Вместе с ним границу перешёл Y»; a kin noun
(«отца вернули в колонию» after «его дочь X»); a court's subject gapped into «а X ужесточил
срок»; a total term («итоговый срок составил»); a conjoined verb sharing its subject
(«женщина признала вину и получила …»); «Все они были задержаны» after a sentence counting N
people; «до ареста» as a fact; a passive right before its counted noun. Traps: a verb of
their own for the named, no group counted before, a heading of those not freed, the one of
them who stayed, a span of time after a passive."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events
from vigil.model import Extraction


def _terms(result: Extraction) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


@pytest.mark.parametrize(
    "text",
    [
        "Утром полиция задержала девять человек. Позже семерых отпустили, а Игоря Белова и "
        "Сергея Тихонова суд арестовал на два месяца.",
        "В Перми задержали восьмерых студентов. Шестерых вечером отпустили, а Игоря Белова и "
        "Сергея Тихонова Ленинский суд отправил в СИЗО.",
    ],
)
def test_names_of_the_clause_beside_stay_its_own(run, text):
    result = _ru(run, text)
    found = events(result)
    assert {("arrest", "Игорь Белов"), ("arrest", "Сергей Тихонов")} <= found
    assert not {name for kind, name in found if kind == "release"}
    assert {kind for kind, _ in counts(result)} >= {"release"}


@pytest.mark.parametrize(
    ("text", "etype", "name"),
    [
        (
            "В мае из колонии освободили 12 заключённых. Один из них, механик Павел Смирнов, "
            "провёл за решёткой больше двух лет.",
            "release",
            "Павел Смирнов",
        ),
        (
            "В Омске задержали шестерых волонтёров. Одна из них, медсестра Ольга Крылова, "
            "рассказала о допросе.",
            "arrest",
            "Ольга Крылова",
        ),
        (
            "Осенью Лукашенко помиловал 18 политзаключённых. Один из них, бывший учитель "
            "Анатолий Гринь, вернулся в Гродно.",
            "release",
            "Анатолий Гринь",
        ),
    ],
)
def test_one_of_them_opening_the_next_sentence_is_a_member(run, text, etype, name):
    assert (etype, name) in events(_ru(run, text))


def test_one_of_them_with_no_group_before_is_nobody(run):
    """Trap: no counted group of an event before «Один из них»."""
    result = _ru(run, "В суд пришли журналисты. Один из них, фотограф Павел Смирнов, снимал у входа.")
    assert not events(result)


@pytest.mark.parametrize(
    "text",
    [
        "Летом в ходе обмена Россия освободила 40 украинцев, среди них — трое херсонцев, "
        "задержанных в первые недели оккупации. Один из них, рыбак Антон Лебедев, потерял "
        "двадцать килограммов.",
        "Весной в ходе обмена Россия освободила 52 украинца, среди них — трое бердянцев, "
        "похищенных в 2022 году. Один из них, учитель Антон Лебедев, провёл в плену два года.",
    ],
)
def test_counted_part_described_by_a_participle(run, text):
    result = _ru(run, text)
    assert ("arrest", 3) in counts(result)
    found = events(result)
    assert {("arrest", "Антон Лебедев"), ("release", "Антон Лебедев")} <= found


_LIST = (
    "Власти освободили 12 политзаключённых, их вывезли в Литву.\n\n"
    "Родственники ждали новостей весь день.\n\n"
    "Правозащитники опубликовали список освобождённых.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Двенадцатым в списке значится 61-летний Леонид Сыч из Бреста.",
        "Двенадцатой в списке значится журналистка Дарья Мороз.",
    ],
)
def test_ordinal_in_the_list_is_a_member(run, line):
    found = events(_ru(run, _LIST + line))
    assert {kind for kind, _ in found} >= {"release"}


def test_ordinal_in_the_list_of_another_size_is_nobody(run):
    """Trap: the ordinal is not the size of any group counted before."""
    found = events(_ru(run, _LIST + "Пятым в списке значится Леонид Сыч."))
    assert not found


@pytest.mark.parametrize(
    "section",
    [
        "Кто вышел\n\nВ Варшаве оказался 44-летний Виктор Рябов, электрик из Лиды.",
        "Вышли на свободу\n\nВ Вильнюсе оказалась 30-летняя Анна Левчук, бывший бухгалтер.",
    ],
)
def test_release_heading_over_ended_up_abroad(run, section):
    text = "Пятнадцать политзаключённых освободили и вывезли в Литву.\n\n" + section
    found = events(_ru(run, text))
    name = "Виктор Рябов" if "Рябов" in section else "Анна Левчук"
    assert ("deportation", name) in found
    assert ("release", name) in found


def test_heading_of_those_not_freed_tells_nothing(run):
    """Trap: a heading that negates the release («Кого не отпустили»)."""
    text = (
        "Двенадцать политзаключённых освободили и вывезли в Литву.\n\n"
        "Кого не отпустили\n\n"
        "В Гродно остался 44-летний Виктор Рябов, электрик из Лиды."
    )
    assert not {name for _, name in events(_ru(run, text))}


def test_together_with_him_across_the_border(run):
    text = (
        "Девять политзаключённых освободили и вывезли к границе.\n\n"
        "Кто вышел\n\n"
        "В Вильнюсе оказался 44-летний Виктор Рябов, электрик из Лиды.\n\n"
        "Вместе с ним границу перешла учительница из Пинска Анна Левчук."
    )
    found = events(_ru(run, text))
    assert {("deportation", "Анна Левчук"), ("release", "Анна Левчук")} <= found


def test_refused_to_get_out_and_taken_back(run):
    text = (
        "Власти освободили 12 политзаключённых и вывезли к литовской границе.\n\n"
        "По данным правозащитников, Павла Гринько тоже вывезли, но на границе он отказался "
        "выходить из автобуса. Вечером, как рассказала его дочь Мария Гринько, отца вернули в "
        "исправительную колонию в Гродно."
    )
    found = events(_ru(run, text))
    assert ("deportation", "Павел Гринько") not in found
    assert {("release", "Павел Гринько"), ("arrest", "Павел Гринько")} <= found
    assert not {kind for kind, name in found if name == "Мария Гринько"}


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "Суд приговорил Теймура Алиева и Эльнура Гусейнли к восьми годам. Апелляционный суд "
            "оставил приговор Алиеву без изменений, а Гусейнли ужесточил срок до девяти лет.",
            "Эльнур Гусейнли",
            108,
        ),
        (
            "Суд приговорил Павла Рудина к четырём годам колонии. Позднее к сроку добавили ещё "
            "год — итоговый срок составил пять лет.",
            "Павел Рудин",
            60,
        ),
        (
            "По делу проходила его бывшая коллега Ольга Седова. Её суд осудил ещё в марте: "
            "34-летняя женщина признала вину и получила три с половиной года колонии.",
            "Ольга Седова",
            42,
        ),
    ],
)
def test_terms_told_across_clauses(run, text, name, months):
    assert (name, months) in _terms(_ru(run, text))


def test_the_named_who_pleaded_is_not_the_court(run):
    """Trap: a person's own subject («а Петров подал жалобу») gives no term to anyone."""
    result = _ru(run, "Суд приговорил Ивана Котова к шести годам, а Олег Петров подал жалобу.")
    assert ("Олег Петров", 72) not in _terms(result)


@pytest.mark.parametrize(
    "second",
    [
        "Все они были задержаны в марте.",
        "Все они были арестованы весной прошлого года.",
    ],
)
def test_all_of_them_after_a_sentence_counting_them(run, second):
    text = (
        "Четверо мужчин обвинялись в участии в беспорядках. "
        + second
        + " Судья читал приговор час. Всех четверых признали виновными. Строитель Олег Рябов "
        "получил пять лет, его брат Иван Рябов — четыре года. Тракторист Глеб Сомов получил "
        "шесть лет, студент Павел Ильин — три года."
    )
    found = events(_ru(run, text))
    assert {
        ("arrest", "Олег Рябов"),
        ("arrest", "Иван Рябов"),
        ("arrest", "Глеб Сомов"),
        ("arrest", "Павел Ильин"),
    } <= found


def test_all_of_them_with_no_count_before(run):
    """Trap: no sentence before «Все они» counts the people."""
    text = (
        "Мужчины обвинялись в участии в беспорядках. Все они были задержаны в марте. Олег Рябов "
        "получил пять лет, Иван Рябов — четыре года."
    )
    assert ("arrest", "Олег Рябов") not in events(_ru(run, text))


@pytest.mark.parametrize(
    "text",
    [
        "Суд приговорил соседа к 15 годам. Сергей Гнатюк, который до ареста работал на "
        "подстанции, вину не признал.",
        "Сергей Гнатюк до ареста преподавал историю в колледже.",
        "До задержания Сергей Гнатюк двадцать лет работал электриком.",
    ],
)
def test_before_the_arrest_tells_the_arrest(run, text):
    assert ("arrest", "Сергей Гнатюк") in events(_ru(run, text))


def test_before_the_release_tells_no_release(run):
    """Trap: «до освобождения» is time still to come, no release."""
    text = "Сергею Гнатюку до освобождения оставалось полгода."
    assert ("release", "Сергей Гнатюк") not in events(_ru(run, text))


@pytest.mark.parametrize(
    ("text", "size"),
    [
        (
            "ГКНБ сообщил, что по делу о «призывах к беспорядкам» задержаны 11 нынешних и бывших "
            "сотрудников редакции.",
            11,
        ),
        ("Полиция сообщила, что по делу о «фейках» об армии задержаны 6 бывших студентов.", 6),
    ],
)
def test_passive_before_its_counted_noun(run, text, size):
    assert ("arrest", size) in counts(_ru(run, text))


def test_passive_before_a_span_of_time_counts_no_one(run):
    """Trap: a number of weeks after the verb is no group."""
    result = _ru(run, "Олег Котов и Игорь Белов задержаны 2 недели назад по делу о «фейках».")
    assert not counts(result)
