"""Groups and their named members across sentences (session 32, cohorts2).

GUIDELINES: named people are a group event's persons when the article says they are part of it;
deportation implies release; "Refusing to leave after release and being taken back: a release and
an arrest, no deportation". Three classes:
* a group whose stated count is already reached by its named members takes no more people (a
  later "Those freed: A, C, D" names the two's A, but C and D were freed, not expelled);
* a group told by a clause that describes it ("Twelve activists who were detained in May were
  released") is one group: "Among them was X" gives X every event of it;
* a refuser told after a group driven to the border keeps the group's release.
All sentences are written for these tests, in English, Russian and Belarusian."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs

_STORY = {
    "en": "Rights groups count more than a thousand political prisoners in the country. ",
    "ru": "Правозащитники насчитывают более тысячи политзаключенных в стране. ",
    "be": "Праваабаронцы налічваюць больш за тысячу палітвязняў у краіне. ",
}


def _named(run, text: str, language: str, etype: str) -> set[str]:
    result = run(_STORY[language] + text, language)
    return {name for kind, name in event_pairs(result) if kind == etype}


class TestAFullGroupTakesNoMore:
    """Two expelled, told as A and B: a later list of the freed adds its other names to the release only."""

    @pytest.mark.parametrize(
        ("text", "language", "expelled", "freed"),
        [
            (
                "Двое вызваленых — Алег Дубовік і Лявон Карповіч — былі прымусова вывезеныя ў Літву. "
                "Вядомыя першыя імёны вызваленых. Гэта Сьвятлана Мароз, Алег Дубовік і Лявон Карповіч.",
                "be",
                {"Алег Дубовік", "Лявон Карповіч"},
                {"Алег Дубовік", "Лявон Карповіч", "Сьвятлана Мароз"},
            ),
            (
                "Двое палітвязняў, Алег Дубовік і Лявон Карповіч, былі вывезеныя ў Літву. "
                "Вызваленыя: Сьвятлана Мароз, Ірына Жук і Пятро Лысы.",
                "be",
                {"Алег Дубовік", "Лявон Карповіч"},
                {"Алег Дубовік", "Лявон Карповіч", "Сьвятлана Мароз", "Ірына Жук", "Пятро Лысы"},
            ),
            (
                "Двое освобожденных — Олег Дубовик и Леонид Карпович — были вывезены в Литву. "
                "Освобождены: Светлана Мороз, Ирина Жук и Петр Лысый.",
                "ru",
                {"Олег Дубовик", "Леонид Карпович"},
                {"Олег Дубовик", "Леонид Карпович", "Светлана Мороз", "Ирина Жук", "Пётр Лысый"},
            ),
            (
                "Two of the freed men, Oleg Dubovik and Leon Karpovich, were expelled to Lithuania. "
                "Among those released were Svetlana Moroz and Irina Zhuk.",
                "en",
                {"Oleg Dubovik", "Leon Karpovich"},
                {"Svetlana Moroz", "Irina Zhuk"},
            ),
        ],
    )
    def test_the_others_are_freed_not_expelled(self, run, text, language, expelled, freed):
        assert _named(run, text, language, "deportation") == expelled
        assert freed <= _named(run, text, language, "release")


class TestADescribedGroupIsOneGroup:
    """'N people who were detained ... were released. Among them was X': X was detained and freed."""

    @pytest.mark.parametrize(
        ("text", "language", "name"),
        [
            (
                "In case you're just joining us: four journalists who were detained while covering the "
                "night's protests in the old town were released on Saturday morning, according to their "
                "union. Among them was the photographer Elif Naz Korkmaz, who said police had taken "
                "her memory cards.",
                "en",
                "Elif Naz Korkmaz",
            ),
            (
                "Twelve activists who were detained in May were released on Friday. "
                "Among them was Ales Kuts.",
                "en",
                "Ales Kuts",
            ),
            (
                "Двенадцать активистов, задержанных в мае, освободили в пятницу. Среди них Алесь Куц.",
                "ru",
                "Алесь Куц",
            ),
            (
                "Пятерых журналистов, задержанных на акции, отпустили утром. Среди них была Ирина Жук.",
                "ru",
                "Ирина Жук",
            ),
        ],
    )
    def test_the_member_gets_both_events(self, run, text, language, name):
        assert name in _named(run, text, language, "arrest")
        assert name in _named(run, text, language, "release")


class TestARefuserKeepsTheRelease:
    """A refuser of the group driven to the border was freed, not expelled."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            (
                "Fourteen prisoners were pardoned and expelled to Lithuania on Thursday. Ales Kuts "
                "refused to cross the border and was returned to prison.",
                "Ales Kuts",
            ),
            (
                "Twenty-six prisoners were released and driven to the Lithuanian border. One of them, Mikola "
                "Statkevich, refused to leave and was taken back.",
                "Mikola Statkevich",
            ),
            (
                "Ales Kuts was driven to the Lithuanian border on Thursday but refused to cross it and was "
                "returned to prison.",
                "Ales Kuts",
            ),
        ],
    )
    def test_release_and_no_deportation(self, run, text, name):
        assert name in _named(run, text, "en", "release")
        assert name not in _named(run, text, "en", "deportation")

    def test_a_refusal_of_something_else_takes_no_release(self, run):
        text = (
            "Fourteen prisoners were expelled to Lithuania on Thursday. In another case, Ales Kuts refused "
            "to testify and was detained."
        )
        assert "Ales Kuts" not in _named(run, text, "en", "release")
        assert "Ales Kuts" not in _named(run, text, "en", "deportation")
