"""English events re-told (session 37, the `meta-en` probe): facts Vigil read in one wording must
survive another voice, clause, lexeme, way of giving the person and register. Wordings invented
for these tests. A photo label before the pictured person is a caption, not a credit ("Photo: X,
freed in May, at the march"); a live blog's time stamp or a line label ("Caption:", "Update:")
is no part of the sentence after it; a name that dies in custody, walks free or is the understood
subject of a participle of custody is a person's; a participle of picking up set after a person;
a stay in pre-trial custody however counted ("a month", "several weeks"); a headline participle
with a reporting tail ("X released, brother says"); sentence-case headline verbs ("Bahrain expels
cleric X"); a who-clause that shares its news out ("who received 18 years each") describes the
whole list; a pronoun after a semicolon; relatives shared by joined verbs ("whom police beat and
detained"); a capital for its state in a forced return; writing about a topic is no source's
speech."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, term_pairs


def _names(result) -> set[str]:
    return {p.name for p in result.persons}


class TestPhotoCaptionSubject:
    """A name after a line-opening photo label that the line goes on to describe is pictured."""

    @pytest.mark.parametrize(
        ("text", "pair"),
        [
            (
                "Photo: Giorgi Tsereteli, freed under an amnesty in April, at a rally in Batumi.",
                ("release", "Giorgi Tsereteli"),
            ),
            (
                "Photo: Marina Lisovskaya, who is serving nine years for treason, in a family picture.",
                ("sentence", "Marina Lisovskaya"),
            ),
            (
                "Photo: Rahim Qodirov, detained by border guards last week, at home in 2023.",
                ("arrest", "Rahim Qodirov"),
            ),
            (
                "Photograph: Elif Yılmaz, released on bail on Friday, outside the Istanbul courthouse.",
                ("release", "Elif Yılmaz"),
            ),
        ],
    )
    def test_pictured_person_keeps_the_event(self, extract_text, text, pair) -> None:
        assert pair in event_pairs(extract_text(text))

    @pytest.mark.parametrize(
        "credit",
        [
            "Photo: Andrei Kazakou",
            "Photo: Andrei Kazakou / Nasha Niva",
            "Photo: Andrei Kazakou for the Guardian",
        ],
    )
    def test_credit_line_stays_a_credit(self, extract_text, credit) -> None:
        result = extract_text(f"Police detained the poet Volha Zaitsava in Hrodna on Monday.\n{credit}")
        assert "Andrei Kazakou" in _names(result)
        assert not any(name == "Andrei Kazakou" for _, name in event_pairs(result))


class TestLineLabelsAndStamps:
    """A time stamp without a dash, or a label such as "Caption:" or "Update:", opens the entry."""

    @pytest.mark.parametrize(
        ("text", "pair"),
        [
            ("16:40 Selin Arslan walks free from the Izmir courthouse after the judges acquit her.",
             ("release", "Selin Arslan")),
            ("09:12 Photographer Kudzai Chirwa released without charge, his editor says.",
             ("release", "Kudzai Chirwa")),
            ("Caption: Nadzeya Kulik, given four years by the Brest court on Friday, in a 2021 photo.",
             ("sentence", "Nadzeya Kulik")),
            ("11:05 Update: Samir Haddad, who filmed the raid, has also been detained, the union says.",
             ("arrest", "Samir Haddad")),
        ],
    )  # fmt: skip
    def test_entry_after_the_stamp(self, extract_text, text, pair) -> None:
        assert pair in event_pairs(extract_text(text))

    def test_label_adds_no_event(self, extract_text) -> None:
        result = extract_text("Update: Lawyer Tamar Gelashvili says the hearing has been moved to Thursday.")
        assert event_pairs(result) == set()


class TestNamesThatUndergoCustody:
    """An unseen name that dies in custody, walks free, or opens the clause of a set-off participle
    of custody is a person's, whatever the NER called it."""

    @pytest.mark.parametrize(
        ("text", "pair"),
        [
            ("Chukwuemeka Obi died in police custody in Enugu on Saturday.", ("death", "Chukwuemeka Obi")),
            (
                "Babajide Okafor died in a police cell in Ibadan, his union said.",
                ("death", "Babajide Okafor"),
            ),
            (
                "Freed under a pardon on Sunday, Yacine Bouzid went home to Béjaïa.",
                ("release", "Yacine Bouzid"),
            ),
            ("Arrested at dawn, Chidi Nwosu has not seen a lawyer since.", ("arrest", "Chidi Nwosu")),
            ("10:20 Hakan Öztürk walks free after eleven months in jail.", ("release", "Hakan Öztürk")),
        ],
    )
    def test_person_and_event(self, extract_text, text, pair) -> None:
        assert pair in event_pairs(extract_text(text))

    @pytest.mark.parametrize(
        "text",
        [
            "Chukwuemeka Obi died at his home in Enugu on Saturday.",
            "Founded in 1990, Enyimba Stars won the league.",
        ],
    )
    def test_no_event_outside_custody(self, extract_text, text) -> None:
        assert event_pairs(extract_text(text)) == set()


class TestPickedUpParticiple:
    """A participle of picking up set after a person tells their detention."""

    @pytest.mark.parametrize(
        "text",
        [
            "Liudmila Kavalenka, a nurse picked up in March over a comment, is in the Homiel remand prison.",
            "Kamal Jafarov, a cameraman picked up at dawn outside his flat, has not been charged.",
            "Photo caption: Hanna Sidarenka, a teacher picked up in May, in a family photograph.",
            "Police have not charged Dmitri Lavrov, a driver picked up at the checkpoint on Sunday.",
        ],
    )
    def test_detention(self, extract_text, text) -> None:
        assert any(kind == "arrest" for kind, _ in event_pairs(extract_text(text)))

    @pytest.mark.parametrize(
        "text",
        [
            "The reporter Oleg Vasin picked up the story in March.",
            "The parcel picked up in November was lost, Oleg Vasin said.",
        ],
    )
    def test_no_detention(self, extract_text, text) -> None:
        assert not any(kind == "arrest" for kind, _ in event_pairs(extract_text(text)))


class TestStayInPretrialCustody:
    """Time spent in pre-trial custody tells a detention, however the time is counted."""

    @pytest.mark.parametrize(
        "text",
        [
            "Yury Zhuk spent a month in the Mahilyou pretrial detention centre before he was freed.",
            "Yury Zhuk spent several weeks in pre-trial detention before he was released.",
            "The engineer Yury Zhuk has spent months in pre-trial detention.",
            "After spending a week in pretrial detention, Yury Zhuk was released on bail.",
        ],
    )
    def test_arrest(self, extract_text, text) -> None:
        assert ("arrest", "Yury Zhuk") in event_pairs(extract_text(text))

    def test_after_a_stay_told_beyond_an_infinitive(self, extract_text) -> None:
        result = extract_text(
            "Yury Zhuk, freed on a promise not to leave Minsk after six weeks in pretrial detention, "
            "cannot travel."
        )
        assert {("release", "Yury Zhuk"), ("arrest", "Yury Zhuk")} <= event_pairs(result)

    def test_time_in_prison_after_an_infinitive_is_no_arrest(self, extract_text) -> None:
        result = extract_text(
            "Yury Zhuk was freed on a promise to return to Poland after two years in prison."
        )
        assert ("arrest", "Yury Zhuk") not in event_pairs(result)

    @pytest.mark.parametrize(
        "text",
        [
            "A judge granted Yury Zhuk bail, but he spent another night in the remand prison.",
            "Yury Zhuk will spend a month in pre-trial detention.",
            "Yury Zhuk spent a month in prison in 2019.",
        ],
    )
    def test_no_arrest(self, extract_text, text) -> None:
        assert ("arrest", "Yury Zhuk") not in event_pairs(extract_text(text))


class TestHeadlineWithReportingTail:
    """A headline's participle keeps its news when an attribution follows it."""

    @pytest.mark.parametrize(
        ("text", "pair"),
        [
            ("Kuwaiti blogger Fahad al-Mutairi released, brother says\n\nHe had posted about the budget.",
             ("release", "Fahad al-Mutairi")),
            ("Azerbaijani reporter Nigar Mammadova arrested, lawyer says\n\nShe covered the oil sector.",
             ("arrest", "Nigar Mammadova")),
            ("Kazakh activist Daulet Aliyev detained in Almaty, wife says\n\nHe led a small party.",
             ("arrest", "Daulet Aliyev")),
        ],
    )  # fmt: skip
    def test_event(self, extract_text, text, pair) -> None:
        assert pair in event_pairs(extract_text(text))

    def test_active_verb_in_body_is_no_release(self, extract_text) -> None:
        result = extract_text(
            "Fahad al-Mutairi released the video on Monday.\n\nIt was viewed a million times."
        )
        assert ("release", "Fahad al-Mutairi") not in event_pairs(result)


class TestSentenceCaseHeadlineVerb:
    """'Bahrain expels cleric X': a headline verb in sentence case, read as a plural noun."""

    @pytest.mark.parametrize(
        ("text", "pair"),
        [
            ("Oman expels preacher Salim al-Harthy to Cairo\n\nHe was given an hour to pack.",
             ("deportation", "Salim al-Harthy")),
            ("Gomel court jails blogger Pavel Sirko for six years\n\nHe ran a local channel.",
             ("sentence", "Pavel Sirko")),
            ("Police detain activist Ion Ceban in Balti\n\nHe was taken from his office.",
             ("arrest", "Ion Ceban")),
            ("Tajik authorities extradite blogger Sherzod Karimov\n\nHe had lived abroad for years.",
             ("deportation", "Sherzod Karimov")),
        ],
    )  # fmt: skip
    def test_event(self, extract_text, text, pair) -> None:
        assert pair in event_pairs(extract_text(text))

    @pytest.mark.parametrize(
        "text",
        [
            "Belarus releases footage of Pavel Sirko\n\nThe video was shown on state television.",
            "Pavel Sirko releases new album\n\nIt has eleven songs.",
        ],
    )
    def test_no_event(self, extract_text, text) -> None:
        assert event_pairs(extract_text(text)) == set()

    @pytest.mark.parametrize(
        "text",
        [
            "Cuba frees Ferrer 'accomplices'\n\nThree men accused of helping Jose Ferrer were let go.",
            "Russia frees Bialiatski ally\n\nAn ally of Ales Bialiatski was freed on Monday.",
        ],
    )
    def test_name_modifying_the_object_is_not_freed(self, extract_text, text) -> None:
        assert not any(
            name in ("Jose Ferrer", "Ales Bialiatski") for _, name in event_pairs(extract_text(text))
        )


class TestWhoClauseSharedOut:
    """A who-clause that shares its news out ('each', 'both') describes the whole list."""

    @pytest.mark.parametrize(
        "text",
        [
            "The longest terms went to teachers Aziza Nurova, Bakhtiyor Rasulov and Malika Yusupova, "
            "who received nine years each.",
            "Among the accused were Aziza Nurova, Bakhtiyor Rasulov and Malika Yusupova, who were each "
            "given nine years.",
            "Aziza Nurova, Bakhtiyor Rasulov and Malika Yusupova, who each received nine years, teach.",
        ],
    )
    def test_every_name(self, extract_text, text) -> None:
        terms = term_pairs(extract_text(text))
        assert {("Aziza Nurova", 108), ("Bakhtiyor Rasulov", 108), ("Malika Yusupova", 108)} <= terms

    def test_each_as_a_determiner_shares_nothing(self, extract_text) -> None:
        result = extract_text(
            "The lawyers named were Aziza Nurova, Bakhtiyor Rasulov and Malika Yusupova, who was jailed "
            "for nine years over each post."
        )
        assert ("sentence", "Malika Yusupova") in event_pairs(result)
        assert ("sentence", "Aziza Nurova") not in event_pairs(result)


class TestPronounAfterSemicolon:
    """'A and B ... ; the court sentenced them': the names of the clause before."""

    @pytest.mark.parametrize(
        "text",
        [
            "Police detained Artur Melnik and Oksana Bilyk in March; a court jailed them for four years.",
            "Artur Melnik and Oksana Bilyk spent a year in a Kherson remand prison; in May a court sentenced "
            "them to four years each.",
        ],
    )
    def test_both(self, extract_text, text) -> None:
        assert {("Artur Melnik", 48), ("Oksana Bilyk", 48)} <= term_pairs(extract_text(text))

    def test_no_event_from_the_pronoun(self, extract_text) -> None:
        result = extract_text(
            "Police detained Artur Melnik and Oksana Bilyk in March; their lawyers said they would appeal."
        )
        assert not any(kind == "sentence" for kind, _ in event_pairs(result))


class TestObjectRelativeOfJoinedVerbs:
    """'X, whom police beat and detained': the relative pronoun is the object of both verbs."""

    @pytest.mark.parametrize(
        ("text", "pair"),
        [
            ("The imam Yusuf al-Jabri, whom Kuwait stripped of his citizenship and deported to Amman, "
             "said he would appeal.", ("deportation", "Yusuf al-Jabri")),
            ("The blogger Elvin Huseynov, whom police beat and detained on Monday, is in hospital.",
             ("arrest", "Elvin Huseynov")),
            ("The blogger Elvin Huseynov, whom police questioned and released on Monday, is at home.",
             ("release", "Elvin Huseynov")),
            ("The blogger Elvin Huseynov, whom police detained on Monday, is in hospital.",
             ("arrest", "Elvin Huseynov")),
        ],
    )  # fmt: skip
    def test_event(self, extract_text, text, pair) -> None:
        assert pair in event_pairs(extract_text(text))

    def test_someone_elses_detention(self, extract_text) -> None:
        result = extract_text(
            "The blogger Elvin Huseynov, whom police questioned on Monday, said they detained his brother."
        )
        assert ("arrest", "Elvin Huseynov") not in event_pairs(result)


class TestCapitalForItsState:
    """'sent back to Dushanbe': a forced return to a capital is one to its state."""

    @pytest.mark.parametrize(
        "text",
        [
            "Parviz Sharipov was detained in Istanbul on May 2 and sent back to Dushanbe a week later.",
            "Kazakh police sent the blogger Parviz Sharipov back to Tashkent.",
            "Parviz Sharipov was sent back to Ashgabat by Russian police.",
        ],
    )
    def test_deportation(self, extract_text, text) -> None:
        assert ("deportation", "Parviz Sharipov") in event_pairs(extract_text(text))

    def test_back_to_prison_is_no_deportation(self, extract_text) -> None:
        result = extract_text("The court sent Parviz Sharipov back to prison.")
        assert ("deportation", "Parviz Sharipov") not in event_pairs(result)


class TestWritingAboutIsNoSource:
    """'X wrote about the harvest. The 61-year-old was freed': writing on a topic is no speech,
    so the description after it may be that person; one who said something stays the source."""

    @pytest.mark.parametrize(
        "text",
        [
            "Ulugbek Sattorov had written about fraud in the harvest. The 61-year-old was freed on Friday.",
            "Dilorom Saidova often spoke about torture in the colonies. The 45-year-old was detained in May.",
        ],
    )
    def test_description_refers_back(self, extract_text, text) -> None:
        assert len(event_pairs(extract_text(text))) == 1

    def test_speaker_is_not_the_description(self, extract_text) -> None:
        result = extract_text(
            "Spokesman Rustam Aliev said charges were filed. The 45-year-old was detained in May."
        )
        assert ("arrest", "Rustam Aliev") not in event_pairs(result)


class TestTradesArePersonNouns:
    """'cook X', 'the baker X': a trade before a name is the person's role, not part of the name."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Cook Lam Ka-fai was jailed for two years.", "Lam Ka-fai"),
            ("The baker Ion Rusu was detained on Monday.", "Ion Rusu"),
            ("Police released the tailor Gulnara Sadykova on Friday.", "Gulnara Sadykova"),
            ("Nurse Ho Mei-ling, teacher Ng Chun-kit and cook Lam Ka-fai were handed terms of 30, 28 and "
             "24 months respectively.", "Lam Ka-fai"),
        ],
    )  # fmt: skip
    def test_name_without_the_trade(self, extract_text, text, name) -> None:
        result = extract_text(text)
        assert name in _names(result)
        assert any(person == name for _, person in event_pairs(result))
