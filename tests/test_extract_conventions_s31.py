"""Gold conventions most blind writers chose independently (session 31), in wording invented for
these tests. A refusal to leave that follows the release tells the release as given ("refused to
leave the country after being released": release, then an arrest when taken back, GUIDELINES);
whoever refuses to cross in the deportation's own sentence was not deported ("freed and taken to
the border, but refused to cross it"); being under house arrest (the state) is no arrest in
Belarusian — only a stated detention is (Russian keeps it: a conjoined verdict needs its
subject); «посадили в автобус до Литвы» is a forced journey abroad; let go after a summons for
questioning («вызвали на допрос и отпустили») is no release.
Traps: a refusal still to come, a hope after a release, a bus inside the country, a stay under
house arrest after a stated detention (the detention stays the arrest)."""

from __future__ import annotations

from tests.extract_views import event_pairs

_STORY = "Rights groups count more than a thousand political prisoners in Belarus. "
_RU = "Правозащитники насчитывают в Беларуси более тысячи политзаключённых. "
_BE = "Праваабаронцы налічваюць у Беларусі больш за тысячу палітвязняў. "


class TestEnglishRefusalAfterRelease:
    def test_refused_to_leave_after_being_released(self, extract_text) -> None:
        pairs = event_pairs(
            extract_text(
                _STORY + "Pensioner Mikhas Brouka refused to leave Belarus after being released from "
                "the Navapolatsk colony, and border guards took him back into custody."
            )
        )
        assert {("release", "Mikhas Brouka"), ("arrest", "Mikhas Brouka")} <= pairs
        assert ("deportation", "Mikhas Brouka") not in pairs

    def test_declined_to_go_after_being_freed(self, extract_text) -> None:
        pairs = event_pairs(
            extract_text(
                _STORY + "The surgeon Alena Shybeka declined to go abroad after being freed under the "
                "pardon, her brother said."
            )
        )
        assert ("release", "Alena Shybeka") in pairs

    def test_trap_refusal_still_to_come(self, extract_text) -> None:
        pairs = event_pairs(
            extract_text(
                _STORY + "Lawyer Piotr Zhuk will refuse to leave the country after being released, "
                "his wife says."
            )
        )
        assert ("release", "Piotr Zhuk") not in pairs

    def test_trap_hope_after_a_release(self, extract_text) -> None:
        pairs = event_pairs(
            extract_text(_STORY + "Student Iryna Makei hopes to finish her degree after being released.")
        )
        assert ("release", "Iryna Makei") not in pairs


class TestEnglishRefusedCrossing:
    def test_taken_to_the_border_but_refused_to_cross(self, extract_text) -> None:
        pairs = event_pairs(
            extract_text(
                _STORY + "Opposition veteran Ryhor Lapko was freed and taken to the Lithuanian border, "
                "but refused to cross it."
            )
        )
        assert ("release", "Ryhor Lapko") in pairs
        assert ("deportation", "Ryhor Lapko") not in pairs

    def test_driven_to_the_border_and_refused_to_leave(self, extract_text) -> None:
        pairs = event_pairs(
            extract_text(
                _STORY + "Journalist Maryia Tsyrkun was released from prison and driven to the Polish "
                "border on Friday, but she refused to leave the country."
            )
        )
        assert ("release", "Maryia Tsyrkun") in pairs
        assert ("deportation", "Maryia Tsyrkun") not in pairs

    def test_control_driven_across_the_border(self, extract_text) -> None:
        pairs = event_pairs(
            extract_text(
                _STORY + "Blogger Andrei Hnedka was released from prison and driven across the border "
                "into Lithuania against his will."
            )
        )
        assert ("deportation", "Andrei Hnedka") in pairs


class TestRussianConventions:
    def test_house_arrest_after_a_stated_detention_keeps_the_arrest(self, run) -> None:
        pairs = event_pairs(
            run(
                _RU + "Студента Глеба Мартынова задержали в мае, "
                "с тех пор он находится под домашним арестом.",
                "ru",
            )
        )
        assert ("arrest", "Глеб Мартынов") in pairs

    def test_refused_to_leave_after_release(self, run) -> None:
        pairs = event_pairs(
            run(
                _RU + "Пенсионер Михаил Бровко после освобождения из колонии отказался уезжать из страны, "
                "и его снова задержали.",
                "ru",
            )
        )
        assert {("release", "Михаил Бровко"), ("arrest", "Михаил Бровко")} <= pairs

    def test_put_into_a_bus_abroad(self, run) -> None:
        pairs = event_pairs(
            run(_RU + "Журналистку Марию Цыркун освободили и посадили в автобус до Вильнюса.", "ru")
        )
        assert ("deportation", "Мария Цыркун") in pairs

    def test_trap_summoned_for_questioning_and_let_go(self, run) -> None:
        pairs = event_pairs(
            run(_RU + "Историка Олега Бельского вызвали на допрос в СК и отпустили через четыре часа.", "ru")
        )
        assert ("release", "Олег Бельский") not in pairs

    def test_detained_questioned_and_let_go_is_a_release(self, run) -> None:
        pairs = event_pairs(
            run(
                _RU + "Историка Олега Бельского задержали утром, вызвали на допрос и отпустили вечером.",
                "ru",
            )
        )
        assert ("release", "Олег Бельский") in pairs

    def test_trap_refusal_before_any_release(self, run) -> None:
        pairs = event_pairs(
            run(_RU + "Политзаключённый Андрей Гнедко отказался писать прошение о помиловании.", "ru")
        )
        assert ("release", "Андрей Гнедко") not in pairs


class TestBelarusianConventions:
    def test_under_house_arrest_state_is_no_arrest(self, be) -> None:
        pairs = event_pairs(be(_BE + "Пенсіянерка Валянціна Крэчат з вясны знаходзіцца пад хатнім арыштам."))
        assert not any(t == "arrest" for t, _ in pairs)

    def test_house_arrest_after_a_stated_detention_keeps_the_arrest(self, be) -> None:
        pairs = event_pairs(
            be(
                _BE + "Студэнта Глеба Мартынава затрымалі ў траўні, "
                "з таго часу ён знаходзіцца пад хатнім арыштам."
            )
        )
        assert ("arrest", "Глеб Мартынаў") in pairs

    def test_trap_summoned_for_questioning_and_let_go(self, be) -> None:
        text = _BE + "Гісторыка Алега Бельскага выклікалі на допыт у СК і адпусцілі праз чатыры гадзіны."
        pairs = event_pairs(be(text))
        assert ("release", "Алег Бельскі") not in pairs
