"""Russian counts and groups of whole articles, session 32, in wordings written for these tests
(not sentences of the read sets): «Вместе с X … ещё N» counts the N (the companion apart), «вместе
с ещё N» counts N and the patient; the names listed after «Двое других —» are the two; «оба,
обоих» (Russian gold) carries no count; a counted participle («Двое освобождённых остались…»)
retelling a part of a group counted before has no count of its own; a number of people still
held («остальные шестеро остаются под стражей») is no arrest group; numbers of a term range
with «с половиной» count nobody; a counted object fronted before its verb takes the dash list
that follows it («троих из них — A, B и C — задержали»); release wordings with a long gap or a
shared subject («Из колонии № 3 после отбытия срока вышел X», «отбыл их и вышел»)."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events, terms
from vigil.model import Extraction


def term_pairs(result: Extraction) -> set[tuple[str, int]]:
    """Every (person, term) pair: a changed term gives one person two terms."""
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


class TestCompanionAndMore:
    @pytest.mark.parametrize(
        ("text", "size"),
        [
            ("Вместе с Ильёй Зориным в тот же день были задержаны ещё трое студентов.", 3),
            (
                "Суд вынес приговор Марату Юсупову. Вместе с ним осуждены ещё двое активистов: "
                "Пётр Климов получил шесть лет, Денис Шаров — пять.",
                2,
            ),
            ("Вместе с Анной Беловой из Минска были высланы ещё пятеро граждан Литвы.", 5),
        ],
    )
    def test_the_clause_counts_its_own_n(self, run, text, size) -> None:
        found = counts(run(text, "ru"))
        assert {n for _, n in found} == {size}

    def test_with_n_more_counts_the_patient_too(self, run) -> None:
        """Trap: the number inside «вместе с ещё N» goes with the patient."""
        assert counts(run("Олега Ивлева освободили вместе с ещё 9 политзаключёнными.", "ru")) == {
            ("release", 10)
        }

    def test_two_others_listed_are_the_two(self, run) -> None:
        result = run(
            "Ещё двое фигурантов — Пётр Климов и Денис Шаров — получили по четыре года колонии.", "ru"
        )
        assert counts(result) == {("sentence", 2)}
        assert terms(result) == {"Пётр Климов": 48, "Денис Шаров": 48}


class TestBothIsNoCount:
    @pytest.mark.parametrize(
        "text",
        [
            "Суд рассмотрел дело Анны Беловой и Олега Ивлева. Обоих признали виновными и приговорили "
            "к двум годам колонии.",
            "Полиция пришла к Анне Беловой и Олегу Ивлеву в шесть утра. Обоих задержали и увезли в отдел.",
        ],
    )
    def test_both_names_without_count(self, run, text) -> None:
        result = run(text, "ru")
        assert counts(result) == set()
        assert {p for _, p in events(result)} == {"Анна Белова", "Олег Ивлев"}

    def test_two_counted_keeps_count(self, run) -> None:
        """Trap: «двоих» is a count."""
        assert counts(run("Утром в Гомеле задержали двоих студентов.", "ru")) == {("arrest", 2)}


class TestCountedParticiplePart:
    @pytest.mark.parametrize(
        ("text", "whole"),
        [
            (
                "В понедельник помиловали 20 политзаключённых. Трое помилованных решили остаться в стране.",
                ("release", 20),
            ),
            (
                "Ночью задержали 12 человек. Пятеро задержанных до сих пор находятся в отделе полиции.",
                ("arrest", 12),
            ),
            (
                "Вечером освободили 16 заключённых. Двое освобождённых остались в Беларуси по своей воле.",
                ("release", 16),
            ),
        ],
    )
    def test_the_part_has_no_count(self, run, text, whole) -> None:
        assert counts(run(text, "ru")) == {whole}

    def test_their_own_event_takes_the_count(self, run) -> None:
        """«их» after the counted part, in its sentence, is that part: the deportation counts it."""
        found = counts(
            run(
                "В пятницу помиловали 18 политзаключённых. Четверо помилованных, в том числе Олег Ивлев, "
                "домой так и не попали: их довезли до пункта пропуска и велели идти пешком в Литву.",
                "ru",
            )
        )
        assert found == {("release", 18), ("deportation", 4)}

    def test_the_verb_of_the_part_keeps_its_count(self, run) -> None:
        """Trap: «Двоих задержанных отпустили» is a release of two."""
        found = counts(run("Ночью задержали 12 человек. Двоих задержанных отпустили через три часа.", "ru"))
        assert found == {("arrest", 12), ("release", 2)}


class TestStillHeldIsNoGroup:
    @pytest.mark.parametrize(
        "text",
        [
            "Суд перевёл Ивана Курова под домашний арест; остальные шестеро оставались под стражей.",
            "Ещё двое сотрудников редакции остаются под стражей: их дело выделено.",
        ],
    )
    def test_no_count(self, run, text) -> None:
        assert counts(run(text, "ru")) == set()

    def test_a_participle_group_still_held_is_counted(self, run) -> None:
        """Trap: «арестованных тогда же» makes the held three an arrest group."""
        text = (
            "Журналистку Анну Белову освободили в зале суда, а четверо её коллег, арестованных "
            "тогда же, остаются в СИЗО."
        )
        assert ("arrest", 4) in counts(run(text, "ru"))


class TestTermRangeIsNoCount:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Областной суд в среду увеличил срок активисту Павлу Орлову "
                "с четырёх до пяти с половиной лет колонии.",
                {("Павел Орлов", 48), ("Павел Орлов", 66)},
            ),
            (
                "Краевой суд смягчил наказание блогеру Илье Зорину с шести до трёх с половиной лет.",
                {("Илья Зорин", 72), ("Илья Зорин", 42)},
            ),
        ],
    )
    def test_the_change_gives_terms_not_counts(self, run, text, expected) -> None:
        result = run(text, "ru")
        assert counts(result) == set()
        assert term_pairs(result) == expected

    def test_a_range_of_many_is_no_count(self, run) -> None:
        assert (
            counts(run("Журналистам канала «Гюндем» дали от семи с половиной до девяти лет.", "ru")) == set()
        )


class TestFrontedCountedList:
    @pytest.mark.parametrize(
        "text",
        [
            "Суд оправдал корреспондентку Анну Белову и редактора Олега Ивлева. Девять человек доставили "
            "в отдел, троих из них — Белову, Ивлева и Марину Сорокину — в тот же день задержали.",
            "Суд оправдал корреспондентку Анну Белову и редактора Олега Ивлева. Троих сотрудников редакции "
            "— Белову, Ивлева и Марину Сорокину — задержали прямо на работе.",
            "Суд оправдал корреспондентку Анну Белову и редактора Олега Ивлева. В редакцию пришли с обыском, "
            "и троих из них — Белову, Ивлева и Марину Сорокину — задержали.",
            "Суд оправдал корреспондентку Анну Белову. Редактора Олега Ивлева приговорили к трём годам. "
            "Марину Сорокину освободили. Восемь человек тогда вызвали на допросы, троих из них — Ивлева, "
            "Белову и Сорокину — в тот же вечер задержали.",
        ],
    )
    def test_the_dash_list_names_the_counted(self, run, text) -> None:
        found = {p for t, p in events(run(text, "ru")) if t == "arrest"}
        assert found == {"Анна Белова", "Олег Ивлев", "Марина Сорокина"}

    def test_a_dashed_aside_names_nobody(self, run) -> None:
        """Trap: the dashes hold a clause about who told it, not a list of the counted."""
        result = run("Троих сотрудников редакции — как рассказала Анна Белова — задержали ночью.", "ru")
        assert events(result) == set()
        assert counts(result) == {("arrest", 3)}


class TestReleaseAfterServing:
    @pytest.mark.parametrize(
        "text",
        [
            "Из исправительной колонии № 3 после полного отбытия срока вышел Сергей Рогов.",
            "Из брестской тюрьмы в пятницу утром вышел Сергей Рогов.",
            "Активист Сергей Рогов получил два года «химии», отбыл их и вышел прошлой весной.",
        ],
    )
    def test_release(self, run, text) -> None:
        assert ("release", "Сергей Рогов") in events(run(text, "ru"))

    @pytest.mark.parametrize(
        "text",
        [
            "Из колонии № 3 Сергей Рогов так и не вышел: он умер в больнице.",
            "Сергей Рогов отбыл год в колонии и вышел из партии ещё до суда.",
        ],
    )
    def test_no_release(self, run, text) -> None:
        """Traps: a negation; leaving a party is no release."""
        assert ("release", "Сергей Рогов") not in events(run(text, "ru"))


class TestUpheldVerdictOfTheCaseOwner:
    @pytest.mark.parametrize(
        "text",
        [
            "Областной суд рассмотрел апелляцию Ирины Соболь. "
            "Приговор оставлен без изменений: три года колонии.",
            "Областной суд рассмотрел жалобу Ирины Соболь и оставил приговор в силе: три года колонии.",
            "Кассационный суд изучил дело Ирины Соболь. Приговор оставили в силе — три года колонии.",
        ],
    )
    def test_the_owner_gets_the_term(self, run, text) -> None:
        result = run(text, "ru")
        assert events(result) == {("sentence", "Ирина Соболь")}
        assert terms(result) == {"Ирина Соболь": 36}

    @pytest.mark.parametrize(
        "text",
        [
            "Суд рассмотрел дело Ирины Соболь. Ей грозит до пяти лет колонии.",
            "Суд начал рассматривать дело Ирины Соболь и Олега Ивлева. Приговор оставлен без изменений: "
            "три года колонии.",
            "Суд рассмотрел апелляцию Ирины Соболь.\n\nПриговор оставлен без изменений: три года колонии.",
        ],
    )
    def test_no_owner(self, run, text) -> None:
        """Traps: a threat; two owners; another paragraph."""
        assert events(run(text, "ru")) == set()


class TestPluralPronounAfterAPair:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Журналисты Анна Белова и Олег Ивлев вели расследование о коррупции. Их задержали в марте.",
                {("arrest", "Анна Белова"), ("arrest", "Олег Ивлев")},
            ),
            (
                "Анна Белова и Олег Ивлев работали в местной газете. В марте их задержали у редакции, "
                "а в июне обоих приговорили к двум годам колонии.",
                {
                    ("arrest", "Анна Белова"),
                    ("arrest", "Олег Ивлев"),
                    ("sentence", "Анна Белова"),
                    ("sentence", "Олег Ивлев"),
                },
            ),
            (
                "Блогеры Анна Белова, Олег Ивлев и Марина Сорокина снимали видео о выборах. "
                "Всех их задержали на следующий день.",
                {("arrest", "Анна Белова"), ("arrest", "Олег Ивлев"), ("arrest", "Марина Сорокина")},
            ),
        ],
    )
    def test_the_pair_is_the_patient(self, run, text, expected) -> None:
        assert events(run(text, "ru")) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "Анна Белова и Олег Ивлев рассказали о задержании студентов. Их задержали в марте.",
            "Анна Белова рассказала о деле Олега Ивлева. Их задержали в марте.",
            "Анна Белова и Олег Ивлев вели расследование о коррупции.\n\nИх задержали в марте.",
        ],
    )
    def test_no_pair(self, run, text) -> None:
        """Traps: a plural noun between; two names not coordinated; another paragraph."""
        assert events(run(text, "ru")) == set()


class TestAllOfTheUnnamedOthers:
    def test_all_n_after_n_more_names_nobody(self, run) -> None:
        """Trap: «Всех троих» after «ещё трое жителей» are those three, not the people named before."""
        text = (
            "Задержан пенсионер Иван Куров. Суд оставил в силе приговор Анне Беловой — два года колонии. "
            "Из колонии вышел Олег Ивлев. Теперь известно, что вместе с Куровым по делу проходят ещё трое "
            "жителей города. Всех троих задержали в четверг."
        )
        result = run(text, "ru")
        assert ("arrest", 3) in counts(result)
        assert ("arrest", "Анна Белова") not in events(result)
        assert ("arrest", "Олег Ивлев") not in events(result)

    def test_a_colon_list_keeps_to_its_own_verb(self, run) -> None:
        """«ещё двоих коллег: A и B назначили …»: the colon's list keeps its names and terms."""
        result = run(
            "Суд приговорил Ивана Курова к пяти годам. По тому же делу судили ещё двоих его коллег: "
            "Анне Беловой и Олегу Ивлеву назначили по три года ограничения свободы.",
            "ru",
        )
        assert {("sentence", "Анна Белова"), ("sentence", "Олег Ивлев")} <= events(result)
        assert terms(result)["Анна Белова"] == 36
