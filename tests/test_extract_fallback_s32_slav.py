"""The last-resort patient of an asserted trigger every rule left without one (session 32,
`ru/events/fallback.py`), in wordings written for these tests. An asserted past verb
(«был задержан», «вывезлі ў Літву») whose clause names exactly one person takes that person
when the parse links none: a subject set off from its passive verb by a relative clause,
a second impersonal verb after «разам з іншымі …» sharing the first verb's object. Traps: the
clause's name is a speaker, a judge, an official, a relative or the agent of an active verb,
or the trigger is hedged or negated: no event."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events


class TestRussianSubjectBeyondARelativeClause:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Это история Вадима Кораблёва. Кораблёв, которого в городе знали как тихого пенсионера, "
                "в марте был задержан.",
                {("arrest", "Вадим Кораблёв")},
            ),
            (
                "Об Олеге Пчёлкине мы писали. Пчёлкин, которого в школе знали как строгого учителя, "
                "был арестован в мае.",
                {("arrest", "Олег Пчёлкин")},
            ),
            (
                "Речь о Зое Крапивиной. Крапивина, которую в деревне знали как тихую библиотекаршу, "
                "в июне была задержана.",
                {("arrest", "Зоя Крапивина")},
            ),
            (
                "Мы рассказывали о Марине Ветровой. Ветрова, которую коллеги называли душой редакции, "
                "в пятницу была арестована.",
                {("arrest", "Марина Ветрова")},
            ),
            (
                "Журналист Роман Дёмин вёл блог. Дёмин, которому в мае исполнилось 60 лет, был освобождён "
                "из колонии.",
                {("release", "Роман Дёмин")},
            ),
        ],
    )
    def test_the_passive_takes_the_subject(self, run, text, expected) -> None:
        assert events(run(text, "ru")) == expected


class TestBelarusianSecondVerbWithTheOthers:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Гісторыя Паўла Лісоўскага. Лісоўскага памілавалі ў жніўні, а потым разам з іншымі "
                "вызваленымі вывезлі ў Літву.",
                {("release", "Павел Лісоўскі"), ("deportation", "Павел Лісоўскі")},
            ),
            (
                "Пра Алега Шуляка. Шуляка вызвалілі з калоніі ў Горках, але замест дому разам з яшчэ "
                "трыма вязнямі вывезлі ў Польшчу.",
                {("release", "Алег Шуляк"), ("deportation", "Алег Шуляк")},
            ),
            (
                "Мастак Тарас Лойка. Лойку памілавалі ў студзені і разам з астатнімі вывезлі на "
                "літоўскую мяжу.",
                {("release", "Тарас Лойка"), ("deportation", "Тарас Лойка")},
            ),
        ],
    )
    def test_the_second_verb_shares_the_object(self, run, text, expected) -> None:
        assert events(run(text, "be")) == expected


class TestNoFallbackPatient:
    @pytest.mark.parametrize(
        "text",
        [
            "Выставку открыл Семён Лаптев. Лаптев, организатор выставки, заявил, что задержан был его "
            "помощник.",
            "Судья Ирина Белова арестовала журналиста на два месяца.",
            "Лукашенко помиловал 16 человек.",
            "По словам адвоката Марата Сулейманова, его подзащитного задержали в аэропорту.",
            "Тимур Ахмедов может быть задержан в любой момент.",
            "Игорь Сорокин не был задержан, хотя полиция приходила к нему.",
            "Рассказывает Вадим Кораблёв. Кораблёв, которого соседи знали как тихого пенсионера, "
            "утверждает, что задержаний не было.",
        ],
    )
    def test_russian(self, run, text) -> None:
        assert events(run(text, "ru")) == set()

    @pytest.mark.parametrize(
        "text",
        [
            "Суддзя Андрэй Клімовіч у сераду асудзіў журналіста на тры гады.",
            "Лукашэнка памілаваў 18 чалавек.",
            "Сяргей Жук можа быць затрыманы ў любы момант.",
            "Прэс-сакратар Васіль Жук заявіў, што затрыманых адпусцілі.",
        ],
    )
    def test_belarusian(self, run, text) -> None:
        assert events(run(text, "be")) == set()

    def test_the_rest_is_not_the_one_named(self, run) -> None:
        """«астатніх змясцілі ў ізалятар»: the others were taken to custody, not the one freed."""
        text = (
            "Пра Ірыну Пятровіч. Ірыну пасля некалькіх гадзін допыту адпусцілі дадому, астатніх "
            "змясцілі ў ізалятар часовага ўтрымання."
        )
        assert events(run(text, "be")) == {("release", "Ірына Пятровіч")}
