"""A counted group that names nobody ("Two were released", «Двоих отпустили», «Двух вызвалілі»)
takes the names told before it only when they were told as that group (session 32, cohorts).

GUIDELINES: named people are a group event's persons when the article says they are part of it.
The names told before are the part's when the article introduced them as the group of that number
("Three students were detained: A, B and C. All three were released"; "A, B and C were detained.
Three were released"), not when they are some of a larger group ("seven detained, among them A and
B ... Two were released"), members of another group counted in between, people of separate
stories ("A was sentenced in 2021. B was detained. Two journalists were freed") or officials.
All sentences are written for these tests, in English, Russian and Belarusian."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts

_STORY = "Rights groups count more than a thousand political prisoners in the country. "


def _en(extract_text, text: str):
    return extract_text(_STORY + text)


def _named(result, etype: str) -> set[str]:
    return {name for kind, name in event_pairs(result) if kind == etype}


class TestTheGroupToldAgainTakesItsNames:
    """The names were told as the group: the part that tells it again (same number, "all") is them."""

    @pytest.mark.parametrize(
        ("text", "etype", "names"),
        [
            (
                "A court in Homel sentenced six activists on Friday. Zmitser Hrabko and Alesia Ramanava "
                "received five years each, Piotr Zhuk and Inna Bely four years, and Ales Kuts and Vera "
                "Sauchuk three years. All six were arrested in May.",
                "arrest",
                {"Zmitser Hrabko", "Alesia Ramanava", "Piotr Zhuk", "Inna Bely", "Ales Kuts", "Vera Sauchuk"},
            ),
            (
                "A court in Homel sentenced three students on Friday: Zmitser Hrabko, Alesia Ramanava and "
                "Piotr Zhuk. The three were detained in March.",
                "arrest",
                {"Zmitser Hrabko", "Alesia Ramanava", "Piotr Zhuk"},
            ),
            (
                "Three students were detained in Hrodna on Monday: Zmitser Hrabko, Alesia Ramanava and "
                "Piotr Zhuk. All three were released on Thursday.",
                "release",
                {"Zmitser Hrabko", "Alesia Ramanava", "Piotr Zhuk"},
            ),
            (
                "Zmitser Hrabko, Alesia Ramanava and Piotr Zhuk were detained in Hrodna on Monday. Three "
                "were released on Thursday.",
                "release",
                {"Zmitser Hrabko", "Alesia Ramanava", "Piotr Zhuk"},
            ),
            (
                # a smaller group named before is a part of the group told again by "the five"
                "A court in Brest convicted three of the five defendants on Tuesday. Zmitser Hrabko got six "
                "years and Alesia Ramanava and Piotr Zhuk four years each. Two defendants, Inna Bely and "
                "Ales Kuts, were acquitted and freed in the courtroom. The five were detained in January.",
                "arrest",
                {"Zmitser Hrabko", "Alesia Ramanava", "Piotr Zhuk", "Inna Bely", "Ales Kuts"},
            ),
            (
                "Two journalists were detained in Minsk on Monday: Hanna Lisouskaya and Pavel Krot. The two "
                "were released on Wednesday.",
                "release",
                {"Hanna Lisouskaya", "Pavel Krot"},
            ),
        ],
    )
    def test_en(self, extract_text, text, etype, names) -> None:
        assert names <= _named(_en(extract_text, text), etype)

    @pytest.mark.parametrize(
        ("text", "lang", "etype", "names"),
        [
            (
                "Суд в Гомеле приговорил троих студентов: Андрея Жука, Олега Ивлева и Анну Кротову. "
                "Всех троих задержали в марте.",
                "ru",
                "arrest",
                {"Андрей Жук", "Олег Ивлев", "Анна Кротова"},
            ),
            (
                "В Гродно в понедельник задержали троих студентов — Андрея Жука, Олега Ивлева и Анну "
                "Кротову. В четверг всех троих отпустили.",
                "ru",
                "release",
                {"Андрей Жук", "Олег Ивлев", "Анна Кротова"},
            ),
            (
                "В понедельник в Минске задержали двух журналистов — Анну Кротову и Олега Ивлева. "
                "Двоих отпустили в среду.",
                "ru",
                "release",
                {"Анна Кротова", "Олег Ивлев"},
            ),
            (
                "Суд у Гомелі асудзіў траіх студэнтаў: Андрэя Жука, Алега Іўлева і Ганну Кротаву. "
                "Усіх траіх затрымалі ў сакавіку.",
                "be",
                "arrest",
                {"Андрэй Жук", "Алег Іўлеў", "Ганна Кротава"},
            ),
            (
                "У Гродне ў панядзелак затрымалі траіх студэнтаў — Андрэя Жука, Алега Іўлева і Ганну "
                "Кротаву. У чацвер усіх траіх вызвалілі.",
                "be",
                "release",
                {"Андрэй Жук", "Алег Іўлеў", "Ганна Кротава"},
            ),
        ],
    )
    def test_ru_be(self, run, text, lang, etype, names) -> None:
        assert names <= _named(run(text, lang), etype)


class TestAPartOfALargerGroupTakesNoNames:
    """Traps: the names are some of a larger group; a part of the same number is not them."""

    @pytest.mark.parametrize(
        ("text", "count"),
        [
            (
                "Police detained seven activists outside the court on Monday. Among them were Hanna "
                "Lisouskaya and Pavel Krot. Two were released the next morning.",
                2,
            ),
            (
                "Police detained seven activists outside the court on Monday. Among them were Hanna "
                "Lisouskaya and Pavel Krot. Two of them were released the next morning.",
                2,
            ),
            (
                "Police detained eight people at the vigil, including Hanna Lisouskaya and Pavel Krot. Two "
                "were released without charge.",
                2,
            ),
            (
                "Officers detained 12 demonstrators near the embassy. Among those held were Hanna "
                "Lisouskaya, Pavel Krot and Piotr Zhuk. Three of them were later freed.",
                3,
            ),
        ],
    )
    def test_en(self, extract_text, text, count) -> None:
        result = _en(extract_text, text)
        assert _named(result, "release") == set()
        assert ("release", count) in group_counts(result)
        assert {"Hanna Lisouskaya", "Pavel Krot"} <= _named(result, "arrest")

    @pytest.mark.parametrize(
        ("text", "lang", "names"),
        [
            (
                "Утром полиция задержала семерых человек у памятника. Среди задержанных — пенсионерка "
                "Анна Кротова и студент Олег Ивлев. Двоих отпустили через три часа.",
                "ru",
                {"Анна Кротова", "Олег Ивлев"},
            ),
            (
                "Полиция задержала восьмерых участников акции, в том числе Андрея Жука и Анну Кротову. "
                "Двоих отпустили без протокола.",
                "ru",
                {"Андрей Жук", "Анна Кротова"},
            ),
            (
                "Раніцай міліцыя затрымала сямёх чалавек каля помніка. Сярод затрыманых — пенсіянерка "
                "Ганна Кротава і студэнт Алег Іўлеў. Двух з іх вызвалілі праз тры гадзіны.",
                "be",
                {"Ганна Кротава", "Алег Іўлеў"},
            ),
            (
                "Міліцыя затрымала васьмярых удзельнікаў акцыі, у тым ліку Андрэя Жука і Ганну Кротаву. "
                "Двух вызвалілі без пратакола.",
                "be",
                {"Андрэй Жук", "Ганна Кротава"},
            ),
        ],
    )
    def test_ru_be(self, run, text, lang, names) -> None:
        result = run(text, lang)
        assert _named(result, "release") == set()
        assert names <= _named(result, "arrest")


class TestAnotherGroupBetweenTakesNoNames:
    """Traps: another group counted between the names and the part; the part is of that group,
    or of neither, but not the people named before it."""

    @pytest.mark.parametrize(
        "text",
        [
            "Hanna Lisouskaya and Pavel Krot were detained outside the court on Monday. Police also "
            "detained five students in Hrodna. Two were released the next morning.",
            "Hanna Lisouskaya and Pavel Krot were detained in Homel on Monday. In a separate case, a court "
            "in Brest sentenced four farmers. Two were released on bail.",
            "Two journalists were detained in Minsk on Monday: Hanna Lisouskaya and Pavel Krot. On Tuesday "
            "police held seven activists in Brest, among them Ales Zhuk and Inna Bely. Two were released "
            "later that day.",
        ],
    )
    def test_en(self, extract_text, text) -> None:
        result = _en(extract_text, text)
        assert _named(result, "release") == set()
        assert ("release", 2) in group_counts(result)

    @pytest.mark.parametrize(
        ("text", "lang"),
        [
            (
                "Утром полиция задержала Анну Кротову и Олега Ивлева у памятника. Днём в Бресте задержали "
                "ещё пятерых студентов. Двоих отпустили через три часа.",
                "ru",
            ),
            (
                "Андрея Жука и Анну Кротову задержали в Гомеле в понедельник. По другому делу суд в Бресте "
                "приговорил четверых фермеров. Двоих отпустили под залог.",
                "ru",
            ),
            (
                "Андрэя Жука і Ганну Кротаву затрымалі ў Гомелі ў панядзелак. Па іншай справе суд у Брэсце "
                "асудзіў чатырох фермераў. Двух вызвалілі пад заклад.",
                "be",
            ),
        ],
    )
    def test_ru_be(self, run, text, lang) -> None:
        assert _named(run(text, lang), "release") == set()


class TestNamesOfSeparateStoriesAreNoGroup:
    """Traps: the names were told one by one, of other events, never as a group; a counted part
    after them is a group the article does not name."""

    def test_en(self, extract_text) -> None:
        result = _en(
            extract_text,
            "Hanna Lisouskaya was sentenced to four years in 2021. Pavel Krot was detained in Brest last "
            "week. Two journalists were released in Minsk on Friday.",
        )
        assert _named(result, "release") == set()
        assert ("release", 2) in group_counts(result)
        assert {("sentence", "Hanna Lisouskaya"), ("arrest", "Pavel Krot")} <= event_pairs(result)

    @pytest.mark.parametrize(
        ("text", "lang", "pairs"),
        [
            (
                "Анну Кротову приговорили к четырём годам в 2021 году. Олега Ивлева задержали в Бресте на "
                "прошлой неделе. Двоих журналистов освободили в пятницу.",
                "ru",
                {("sentence", "Анна Кротова"), ("arrest", "Олег Ивлев")},
            ),
            (
                "Ганну Кротаву асудзілі на чатыры гады ў 2021 годзе. Алега Іўлева затрымалі ў Брэсце на "
                "мінулым тыдні. Двух журналістаў вызвалілі ў пятніцу.",
                "be",
                {("sentence", "Ганна Кротава"), ("arrest", "Алег Іўлеў")},
            ),
        ],
    )
    def test_ru_be(self, run, text, lang, pairs) -> None:
        result = run(text, lang)
        assert _named(result, "release") == set()
        assert pairs <= event_pairs(result)


class TestOfficialsAreNoGroup:
    """Traps: a judge and a prosecutor named before a counted part are not its members."""

    @pytest.mark.parametrize(
        "text",
        [
            "Judge Ihar Liubovich and prosecutor Vera Dzenisava ran the trial. Two defendants were released "
            "on bail.",
            "Judge Ihar Liubovich sentenced Zmitser Hrabko to five years. Prosecutor Vera Dzenisava had "
            "asked for six. Two other defendants were released in the courtroom.",
        ],
    )
    def test_en(self, extract_text, text) -> None:
        result = _en(extract_text, text)
        assert _named(result, "release") == set()
        assert ("release", 2) in group_counts(result)

    @pytest.mark.parametrize(
        ("text", "lang"),
        [
            (
                "Судья Игорь Любович и прокурор Вера Денисова вели процесс. Двоих подсудимых освободили в "
                "зале суда.",
                "ru",
            ),
            (
                "Судья Игорь Любович приговорил Андрея Жука к пяти годам. Прокурор Вера Денисова просила "
                "шесть. Ещё двоих подсудимых освободили в зале суда.",
                "ru",
            ),
            (
                "Суддзя Ігар Любовіч і пракурор Вера Дзянісава вялі працэс. Двух абвінавачаных вызвалілі ў "
                "зале суда.",
                "be",
            ),
        ],
    )
    def test_ru_be(self, run, text, lang) -> None:
        result = run(text, lang)
        assert _named(result, "release") == set()
        assert ("release", 2) in group_counts(result)


class TestTheGroupCountedThenNamedThenToldAgain:
    """A group counted first, its people named one by one after it, then told again by its number
    ("All five were arrested", "The four had been detained"): the named are its members and went
    through that event too. Traps: people of another group named in between, officials."""

    @pytest.mark.parametrize(
        ("text", "names"),
        [
            (
                "A court in Tashkent sentenced five bloggers on Tuesday. Editor Rustam Nazarov received "
                "eight years, Dilnoza Karimova and Bekzod Aliev seven years each, and Sherzod Umarov six "
                "years. All five were arrested in March.",
                {"Rustam Nazarov", "Dilnoza Karimova", "Bekzod Aliev", "Sherzod Umarov"},
            ),
            (
                "The regional court convicted four students of treason on Monday. Timur Saidov was given "
                "nine years; Aziz Rakhimov, Laylo Yusupova and Jasur Tursunov eight years each. The four "
                "had been detained at a rally in 2023.",
                {"Timur Saidov", "Aziz Rakhimov", "Laylo Yusupova", "Jasur Tursunov"},
            ),
            (
                "A court in Homel sentenced six activists on Friday. Zmitser Hrabko got five years; Alesia "
                "Ramanava and Piotr Zhuk got three years each. All six were arrested in May.",
                {"Zmitser Hrabko", "Alesia Ramanava", "Piotr Zhuk"},
            ),
        ],
    )
    def test_named_between_are_members(self, extract_text, text, names) -> None:
        result = _en(extract_text, text)
        assert names <= _named(result, "arrest")
        assert names <= _named(result, "sentence")

    @pytest.mark.parametrize(
        ("text", "others"),
        [
            (
                "A court in Tashkent sentenced five bloggers on Tuesday. Separately, police detained two "
                "activists, Anvar Tursunov and Malika Saidova, outside the court. All five bloggers were "
                "arrested in March.",
                {"Anvar Tursunov", "Malika Saidova"},
            ),
            (
                "A court in Tashkent sentenced five bloggers on Tuesday. Judge Akmal Sobirov read the "
                "verdict while prosecutor Nodira Umarova watched. All five were arrested in March.",
                {"Akmal Sobirov", "Nodira Umarova"},
            ),
        ],
    )
    def test_others_named_between_are_not(self, extract_text, text, others) -> None:
        result = _en(extract_text, text)
        assert not others & _named(result, "sentence")
        assert ("arrest", 5) in group_counts(result)
