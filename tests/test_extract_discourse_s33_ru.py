"""Russian events, counts and terms told across the sentences of an article, session 33, in
wordings written for these tests (not sentences of the read sets): a member named apart from the
group counted before («Одним из этих пятерых был X», «Один из шестерых, X, …», an ordinal closing
the group: «Четверых отпустили. Пятый, X, …»); a bare plural noun opening a sentence that tells
again the people just named («Ребят задержали в октябре»); a role noun with a relative clause
that repeats the role a person was named with («Блогер, чьи ролики …, был задержан»), also when
someone else was named after that person; a term changed to a bare number («снизила срок до двух
с половиной») in the unit of the term before; a kin or neighbour noun's genitive owner set before
the apposition that names the patient («соседа Ивановых, электрика X»); a count is the numerals
beside its noun, not a numeral of another clause the parse hung on it."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events
from vigil.model import Extraction


def term_pairs(result: Extraction) -> set[tuple[str, int]]:
    """Every (person, term) pair: a changed term gives one person two terms."""
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


def counted_with(result: Extraction, etype: str, size: int) -> set[str]:
    """The names of the event of `etype` that carries the count `size`."""
    by_id = {p.id: p.name for p in result.persons}
    return {by_id[pid] for e in result.events if e.type == etype and e.count == size for pid in e.persons}


class TestMemberOfCountedGroup:
    @pytest.mark.parametrize(
        ("text", "etype", "size", "name"),
        [
            (
                "На рассвете в Джанкое силовики задержали шестерых мужчин. Одним из этих шестерых был "
                "45-летний фермер Арсен Сейтумеров.",
                "arrest",
                6,
                "Арсен Сейтумеров",
            ),
            (
                "В Гродно суд приговорил четверых студентов. Одной из четверых была Дарья Лисовская.",
                "sentence",
                4,
                "Дарья Лисовская",
            ),
            (
                "Утром в Казани задержали семерых активистов. Один из семерых, Булат Хайруллин, позже "
                "рассказал об избиениях.",
                "arrest",
                7,
                "Булат Хайруллин",
            ),
            (
                "Ночью в Херсоне военные задержали троих рыбаков. Двоих через неделю отпустили. Третий, "
                "42-летний Олег Бондарь, до сих пор не вернулся.",
                "arrest",
                3,
                "Олег Бондарь",
            ),
            (
                "В марте по делу о листовках задержали четверых школьных учителей. Троих вскоре отпустили. "
                "Четвёртый — учитель истории Павел Гринько — остаётся под стражей.",
                "arrest",
                4,
                "Павел Гринько",
            ),
        ],
    )
    def test_member_joins_the_group_of_that_size(self, run, text, etype, size, name) -> None:
        result = run(text, "ru")
        assert name in counted_with(result, etype, size)

    def test_one_of_another_size_is_no_member(self, run) -> None:
        """Trap: «одним из трёх судей» is of no group the article counted for an event."""
        result = run(
            "Утром в Казани задержали семерых активистов. Одним из трёх судей по их делу был Ринат "
            "Гайнуллин.",
            "ru",
        )
        assert ("arrest", "Ринат Гайнуллин") not in events(result)

    def test_ordinal_without_counted_group_is_no_member(self, run) -> None:
        """Trap: «Пятый, X» with no group of five told before."""
        result = run(
            "В Казани задержали двух активистов. Пятый, Ринат Гайнуллин, был свидетелем по их делу.",
            "ru",
        )
        assert ("arrest", "Ринат Гайнуллин") not in events(result)


class TestBareGroupNounTellsBack:
    @pytest.mark.parametrize(
        ("text", "names"),
        [
            (
                "Суд приговорил Глеба Сомова, Илью Ершова и Марка Лунина к срокам от трёх до шести лет. "
                "Ребят задержали весной прошлого года.",
                {"Глеб Сомов", "Илья Ершов", "Марк Лунин"},
            ),
            (
                "Полиция пришла к Алле Чернецкой и Роману Гусеву в пять утра. Активистов задержали и "
                "увезли в отдел.",
                {"Алла Чернецкая", "Роман Гусев"},
            ),
        ],
    )
    def test_group_noun_opening_a_sentence_is_the_people_just_named(self, run, text, names) -> None:
        result = run(text, "ru")
        assert {p for e, p in events(result) if e == "arrest"} == names

    def test_group_noun_after_one_person_is_another_group(self, run) -> None:
        """Trap: one person named before; «журналистов» are others (no arrest for her)."""
        text = "Алла Чернецкая вышла на свободу в мае. Журналистов задержали в Гомеле в тот же день."
        result = run(text, "ru")
        assert ("arrest", "Алла Чернецкая") not in events(result)


class TestRoleNounWithRelativeClause:
    @pytest.mark.parametrize(
        "text",
        [
            "Суд приговорил блогера Нодира Каримова к пяти годам. Об этом сообщил его брат Улугбек "
            "Каримов. Блогер, чьи ролики о взятках смотрели тысячи людей, был задержан в мае.",
            "Суд приговорил журналиста Нодира Каримова к пяти годам. Журналиста, который вёл канал о "
            "коррупции, задержали в мае у подъезда.",
        ],
    )
    def test_role_with_relative_clause_points_back(self, run, text) -> None:
        assert ("arrest", "Нодир Каримов") in events(run(text, "ru"))

    @pytest.mark.parametrize(
        "text",
        [
            "Суд приговорил блогера Нодира Каримова к пяти годам. Журналист, который писал о нём, был "
            "задержан в мае.",
            "Суд приговорил Нодира Каримова к пяти годам. Блогер, который снимал его процесс, был задержан "
            "в мае.",
        ],
    )
    def test_another_role_or_no_role_is_someone_else(self, run, text) -> None:
        """Traps: a role the named person was not given is a new, unnamed person."""
        assert ("arrest", "Нодир Каримов") not in events(run(text, "ru"))


class TestBareChangedTerm:
    @pytest.mark.parametrize(
        ("text", "name", "old", "new"),
        [
            (
                "Марата Исаева в прошлом году приговорили к шести годам, но апелляция снизила срок до "
                "четырёх с половиной.",
                "Марат Исаев",
                72,
                54,
            ),
            (
                "Инну Седову осудили на три года колонии, затем областной суд увеличил срок до пяти.",
                "Инна Седова",
                36,
                60,
            ),
            (
                "Инну Седову приговорили к восьми месяцам колонии-поселения. Позже апелляционный суд "
                "сократил срок до шести.",
                "Инна Седова",
                8,
                6,
            ),
        ],
    )
    def test_bare_number_takes_the_earlier_unit(self, run, text, name, old, new) -> None:
        assert {(name, old), (name, new)} <= term_pairs(run(text, "ru"))

    @pytest.mark.parametrize(
        "text",
        [
            "Марата Исаева приговорили к шести годам. Адвокат просит снизить срок до четырёх.",
            "Марата Исаева приговорили к шести годам. Суд может сократить срок до четырёх.",
            "Марата Исаева арестовали на два месяца, затем срок ареста продлили до 20 января.",
        ],
    )
    def test_asked_possible_or_dated_is_no_term(self, run, text) -> None:
        pairs = term_pairs(run(text, "ru"))
        assert all(term not in (48, 20, 240) for _, term in pairs)

    def test_change_for_another_person_is_not_the_first(self, run) -> None:
        """Trap: the bare change is told of Инна; Марат keeps his one term."""
        result = run("Марата Исаева приговорили к шести годам, а Инне Седовой суд снизил срок до трёх.", "ru")
        assert ("Марат Исаев", 36) not in term_pairs(result)


class TestOwnerBeforeApposition:
    @pytest.mark.parametrize(
        ("text", "etype", "name"),
        [
            (
                "Военный суд приговорил к 14 годам колонии соседа Мельниковых, 50-летнего сварщика Ивана "
                "Остапчука.",
                "sentence",
                "Иван Остапчук",
            ),
            (
                "В Бердянске силовики задержали коллегу Гавриловых, учительницу Ольгу Савчук.",
                "arrest",
                "Ольга Савчук",
            ),
        ],
    )
    def test_apposition_after_the_owner_is_the_patient(self, run, text, etype, name) -> None:
        assert (etype, name) in events(run(text, "ru"))


class TestCountIsContiguous:
    def test_numeral_of_another_clause_is_no_count(self, run) -> None:
        """«Ещё одного парня … до двух с половиной»: no group of seven, or of any size."""
        result = run(
            "Ещё одного парня из нашей группы, Марата Исаева, в прошлом году приговорили к шести годам, "
            "но потом апелляция снизила срок до двух с половиной.",
            "ru",
        )
        assert counts(result) == set()


class TestTakenFromAPlace:
    @pytest.mark.parametrize(
        "text",
        [
            "Пенсионер Григорий Лозовой умер в изоляторе через две недели после того, как его забрали с "
            "рынка.",
            "Григория Лозового забрали прямо с блокпоста на въезде в город, сообщила его дочь.",
        ],
    )
    def test_taken_from_a_public_place_is_an_arrest(self, run, text) -> None:
        assert ("arrest", "Григорий Лозовой") in events(run(text, "ru"))

    def test_taking_goods_is_no_arrest(self, run) -> None:
        """Trap: what was taken from the market is no person."""
        text = "Григорий Лозовой забрал с рынка два мешка картошки."
        assert ("arrest", "Григорий Лозовой") not in events(run(text, "ru"))
