"""Russian structure of whole articles, session 31, in wordings written for these tests (not
sentences of the read sets): a group counted in one clause and one member named in the next
(«Один из задержанных — X», «…; одним из них оказался X»); a list of members followed by a
clause of the unnamed («…; ещё двое просили не называть имён»); a pronoun among a counted group
(«она оказалась среди 16 помилованных»); a second verb sharing the fronted object of the first
(«Операторов X и Y суд оправдал и освободил»); «сидит шесть лет за …» as a sentence; a smaller
counted part of a group, which takes none of the names told of the whole."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events, terms


class TestOneOfTheGroupNamedAfter:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Ночью в Самаре полицейские задержали троих студентов у здания администрации. "
                "Один из задержанных — 20-летний Павел Орлов, сообщили его друзья.",
                {("arrest", "Павел Орлов")},
            ),
            (
                "В Омске силовики задержали четверых активистов после обысков; одним из них "
                "оказался 41-летний журналист Игорь Седов.",
                {("arrest", "Игорь Седов")},
            ),
            (
                "Ночью в Самаре полицейские задержали троих студентов. Одним из задержанных был Павел Орлов.",
                {("arrest", "Павел Орлов")},
            ),
        ],
    )
    def test_the_one_named_is_a_member(self, run, text, expected) -> None:
        result = run(text, "ru")
        assert events(result) == expected
        assert len(counts(result)) == 1

    @pytest.mark.parametrize(
        "text",
        [
            "Вчера задержали двоих активистов. "
            "Одним из них мог оказаться Павел Орлов, но это не подтвердилось.",
            "В колониях остаются 30 политзаключённых. Один из них — Игорь Седов.",
            "Одним из основателей движения был Павел Орлов.",
        ],
    )
    def test_no_member_of_no_event(self, run, text) -> None:
        """Traps: a possibility, a running total, a group of no event."""
        assert events(run(text, "ru")) == set()


class TestListThenTheUnnamed:
    @pytest.mark.parametrize(
        "rest",
        ["ещё двое просили не называть их имён", "остальные просили не называть их имён"],
    )
    def test_names_before_the_semicolon_are_members(self, run, rest) -> None:
        text = (
            "Утром в Перми задержали пятерых человек у памятника. "
            f"Среди задержанных — Анна Кротова и Олег Ивлев; {rest}."
        )
        assert events(run(text, "ru")) == {("arrest", "Анна Кротова"), ("arrest", "Олег Ивлев")}

    def test_a_name_said_absent_after_the_semicolon_is_not(self, run) -> None:
        """Trap: the negated clause keeps its own name out."""
        text = (
            "В пятницу помиловали 18 политзаключённых. "
            "Среди помилованных — Анна Кротова; Олега Ивлева в списке нет."
        )
        assert events(run(text, "ru")) == {("release", "Анна Кротова")}


class TestPronounAmongCountedGroup:
    @pytest.mark.parametrize(
        ("text", "name", "size"),
        [
            (
                "Учительница Мария Лебедева провела в колонии три года. "
                "В сентябре она оказалась среди 16 политзаключённых, помилованных одним указом.",
                "Мария Лебедева",
                16,
            ),
            (
                "Фермер Олег Ивлев отбывал срок в Новополоцке. "
                "Весной он оказался среди 12 осуждённых, освобождённых досрочно.",
                "Олег Ивлев",
                12,
            ),
        ],
    )
    def test_the_pronoun_is_a_member(self, run, text, name, size) -> None:
        result = run(text, "ru")
        assert ("release", name) in events(result)
        assert ("release", size) in counts(result)

    def test_a_group_of_no_event(self, run) -> None:
        """Trap: those invited to a trial went through no event."""
        text = (
            "Правозащитник Игорь Седов давно следит за делом. "
            "В сентябре он оказался среди 16 журналистов, приглашённых на суд."
        )
        assert events(run(text, "ru")) == set()


class TestSecondVerbSharesFrontedObject:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Операторов Эрлана Садыкова и Бекзата Жумабаева суд оправдал и освободил из-под стражи.",
                {("release", "Эрлан Садыков"), ("release", "Бекзат Жумабаев")},
            ),
            (
                "Журналистов Павла Орлова и Игоря Седова суд оправдал и освободил в зале суда.",
                {("release", "Павел Орлов"), ("release", "Игорь Седов")},
            ),
            (
                "Студентку Анну Кротову полиция избила и задержала у входа в метро.",
                {("arrest", "Анна Кротова")},
            ),
        ],
    )
    def test_both_verbs_object(self, run, text, expected) -> None:
        assert events(run(text, "ru")) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "Полиция избила Павла Орлова и задержала его брата.",
            "Активиста Олега Ивлева суд оправдал, а прокурор потребовал его ареста.",
        ],
    )
    def test_a_verb_with_its_own_object_or_none(self, run, text) -> None:
        """Traps: the second verb's own object; a demand, no event."""
        assert events(run(text, "ru")) == set()


class TestSitsForATerm:
    @pytest.mark.parametrize(
        "text",
        [
            "Наталья Гулевич сидит шесть лет за комментарии.",
            "Её соседка, Наталья Гулевич, сидит шесть лет за комментарии, у неё двое детей.",
        ],
    )
    def test_serving_a_term_for_an_offence(self, run, text) -> None:
        result = run(text, "ru")
        assert events(result) == {("sentence", "Наталья Гулевич")}
        assert terms(result) == {"Наталья Гулевич": 72}
        assert counts(result) == set()  # «у неё двое детей»: what she has

    @pytest.mark.parametrize(
        "text",
        [
            "Игорь Седов сидел в СИЗО два месяца за репост.",
            "Игорь Седов сидит дома уже три года за границей.",
            "Павел Орлов сидит за решёткой с 2021 года.",
        ],
    )
    def test_no_verdict(self, run, text) -> None:
        """Traps: custody before trial, a place, no term."""
        assert ("sentence", "Игорь Седов") not in events(run(text, "ru"))
        assert ("sentence", "Павел Орлов") not in events(run(text, "ru"))


class TestCountedPartOfAGroup:
    @pytest.mark.parametrize("part", ["Двоих задержанных", "Двоих из них", "Троих"])
    def test_the_part_takes_no_names_of_the_whole(self, run, part) -> None:
        text = (
            "Утром полиция задержала семерых человек у памятника. "
            "Среди задержанных — пенсионерка Анна Кротова и студент Олег Ивлев. "
            f"{part} отпустили через три часа."
        )
        result = run(text, "ru")
        assert events(result) == {("arrest", "Анна Кротова"), ("arrest", "Олег Ивлев")}
        assert ("arrest", 7) in counts(result)

    def test_the_part_named_in_its_own_sentence(self, run) -> None:
        """Trap: names of the part's own sentence stay its members."""
        text = (
            "Утром полиция задержала пятерых человек у памятника. "
            "Через шесть часов четверых отпустили — в их числе Анну Кротову и Олега Ивлева."
        )
        found = events(run(text, "ru"))
        assert {("release", "Анна Кротова"), ("release", "Олег Ивлев")} <= found


class TestNewTermToldShort:
    @pytest.mark.parametrize(
        ("text", "name", "old", "new"),
        [
            (
                "В прошлом году этот суд ужесточил наказание Игорю Седову: вместо 14 лет ему назначили 16.",
                "Игорь Седов",
                168,
                192,
            ),
            (
                "Апелляция ужесточила наказание Олегу Ивлеву: вместо девяти лет ему назначили одиннадцать.",
                "Олег Ивлев",
                108,
                132,
            ),
        ],
    )
    def test_both_terms_and_no_count(self, run, text, name, old, new) -> None:
        result = run(text, "ru")
        got = {e.term_months for e in result.events if e.term_months}
        assert {old, new} <= got
        assert counts(result) == set()


class TestWomansSurnameInOblique:
    @pytest.mark.parametrize(
        "text",
        [
            "Суд вынес приговор Анне Кротовой.",
            "Суд вынес приговор журналистке Анне Кротовой.",
        ],
    )
    def test_ova_not_an_adjective(self, run, text) -> None:
        assert events(run(text, "ru")) == {("sentence", "Анна Кротова")}


class TestTownAfterOriginNoun:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Россия экстрадировала в Таджикистан уроженца Исфары Джамшеда Кодирова.",
                {("deportation", "Джамшед Кодиров")},
            ),
            ("Суд арестовал жительницу Кулоба Зарину Саидову.", {("arrest", "Зарина Саидова")}),
        ],
    )
    def test_the_town_is_no_person(self, run, text, expected) -> None:
        assert events(run(text, "ru")) == expected


class TestCustodyPlaceBeforeTheVerb:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Вместе с ним в управление увезли его коллегу Никиту Белова.",
                {("arrest", "Никита Белов")},
            ),
            ("В отдел полиции доставили активиста Игоря Седова.", {("arrest", "Игорь Седов")}),
            ("В управление ФСБ увезли журналиста Павла Орлова.", {("arrest", "Павел Орлов")}),
        ],
    )
    def test_taken_in(self, run, text, expected) -> None:
        assert events(run(text, "ru")) == expected

    def test_an_office_visited(self, run) -> None:
        """Trap: coming to an office is no custody."""
        assert events(run("В управление культуры пришла Анна Кротова.", "ru")) == set()


class TestExtraditedFrom:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            (
                "Верховный суд рассматривал похожее дело 45-летнего Бахриддина Саидова, "
                "которого выдали из Турции.",
                "Бахриддин Саидов",
            ),
            ("Активиста Олега Ивлева выдали из Казахстана в прошлом году.", "Олег Ивлев"),
        ],
    )
    def test_handed_over_from_a_state(self, run, text, name) -> None:
        assert ("deportation", name) in events(run(text, "ru"))

    def test_documents_handed_out(self, run) -> None:
        """Trap: papers handed out of an archive."""
        assert events(run("Из архива выдали документы Олега Ивлева.", "ru")) == set()


class TestStillHeldCountsNoGroup:
    def test_the_rest_remain(self, run) -> None:
        text = (
            "В июне задержали семерых мужчин, среди них был Павел Орлов. "
            "В августе Орлова отпустили; остальные шестеро оставались под стражей."
        )
        assert ("arrest", 6) not in counts(run(text, "ru"))


class TestCountedPartWithANounOfItsOwn:
    def test_a_part_picked_out_by_its_noun_keeps_the_names(self, run) -> None:
        """Six named defendants, then «Пяцёх мужчын затрымалі …»: the five men are named."""
        text = (
            "Суд приговорил шестерых жителей Гродно. Иван Лосев получил шесть лет, "
            "Пётр Жуков и Олег Рябов — по пять лет, Сергей Котов — четыре года, "
            "Андрей Лисин — три года, а единственная женщина, Мария Лосева, — два года.\n\n"
            "Пятерых мужчин задержали в ноябре 2023 года."
        )
        found = events(run(text, "ru"))
        men = ["Иван Лосев", "Пётр Жуков", "Олег Рябов", "Сергей Котов", "Андрей Лисин"]
        assert {("arrest", m) for m in men} <= found
        assert ("arrest", "Мария Лосева") not in found
