"""Russian subjects carried to a conjoined verb (session 31), in wordings written for these tests:
a trigger conjoined by «а», «и», «но» to a verb that is no trigger («жила», «работал»,
«скрывался») has no subject of its own; the first verb's pronoun subject is its patient too
(«С мая она жила в Хабаровске, а в июле получила два года условно»). Traps: a second clause
with a subject or a person object of its own («а её брат получил …», «а его брата задержали»)
keeps the pronoun's person out of the event. A group listed between dashes and «доставили в
СИЗО» («Всех пятерых — X, Y … — доставили в СИЗО») is custody of the group."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events


class TestPronounSubjectOfTheFirstVerb:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Анна Петрова живёт во Владивостоке. С мая она жила в Хабаровске, а в июле получила "
                "два года условно.",
                {("sentence", "Анна Петрова")},
            ),
            (
                "Журналист Иван Смирнов работал в Казани. "
                "Он долго скрывался, но в марте был задержан в Москве.",
                {("arrest", "Иван Смирнов")},
            ),
            (
                "Правозащитница Елена Орлова вернулась в Петербург. Весной она переехала в Тверь и в апреле "
                "была арестована.",
                {("arrest", "Елена Орлова")},
            ),
            (
                "Инженер Павел Рябов из Самары. "
                "Осенью он вернулся в Россию, но вскоре получил пять лет колонии.",
                {("sentence", "Павел Рябов")},
            ),
            (
                "Студентка Дарья Кошкина из Уфы. Она училась на юриста, а в декабре получила полтора года "
                "колонии.",
                {("sentence", "Дарья Кошкина")},
            ),
        ],
    )
    def test_the_conjoined_trigger_takes_the_pronoun(self, run, text, expected) -> None:
        assert events(run(text, "ru")) == expected

    def test_a_shared_object_across_a(self, run) -> None:
        """The object pronoun of the first trigger is the patient of the second."""
        text = "Учитель Андрей Лосев из Курска. Его задержали в марте, а в мае осудили на три года."
        found = events(run(text, "ru"))
        assert found == {("arrest", "Андрей Лосев"), ("sentence", "Андрей Лосев")}


class TestSecondClauseWithItsOwnPatient:
    @pytest.mark.parametrize(
        "text",
        [
            "Поэт Глеб Мухин из Перми. Он писал стихи, а в марте его соседа задержали.",
            "Певица Алла Рыбкина из Омска. Она пела в хоре, а в мае её мужа приговорили к трём годам.",
            "Врач Нина Зорина из Твери. Она лечила детей, а её коллеги получили по два года.",
            "Фермер Виктор Гусев жил в Омске. "
            "Он работал на ферме, а в мае его сосед получил три года колонии.",
        ],
    )
    def test_no_event_for_the_pronouns_person(self, run, text) -> None:
        assert events(run(text, "ru")) == set()

    def test_a_named_brother_is_the_patient(self, run) -> None:
        """Trap: «а его брата X задержали»: the brother named, not the pronoun's person."""
        text = "Блогер Сергей Ильин уехал в Грузию. Он жил в Тбилиси, а его брата Олега Ильина задержали."
        found = events(run(text, "ru"))
        assert found == {("arrest", "Олег Ильин")}


class TestBroughtToAJail:
    """«доставили в СИЗО / изолятор» is custody, as «поместили в СИЗО»; a group named by its
    count and listed between dashes takes the names; a hospital or a parcel is no custody."""

    def test_a_listed_group_brought_to_a_jail(self, run) -> None:
        text = (
            "В Самаре силовики пришли к трём активистам. Всех троих — Олега Ветрова, Павла Зуева "
            "и Юрия Котова — доставили в СИЗО."
        )
        assert events(run(text, "ru")) == {
            ("arrest", "Олег Ветров"),
            ("arrest", "Павел Зуев"),
            ("arrest", "Юрий Котов"),
        }

    def test_a_pronoun_brought_to_a_jail(self, run) -> None:
        text = "Блогер Тимур Ахмедов выступил на митинге. Вечером его доставили в изолятор."
        assert events(run(text, "ru")) == {("arrest", "Тимур Ахмедов")}

    @pytest.mark.parametrize(
        "text",
        [
            "Раненого протестующего Максима Титова доставили в больницу.",
            "Адвокат Илья Фомин доставил в СИЗО передачу для подзащитного.",
        ],
    )
    def test_no_custody(self, run, text) -> None:
        assert events(run(text, "ru")) == set()
