"""English events, counts and terms across sentences (session 31), in wording invented for these
tests: a detention told as a participle of the counted whole a subject is part of is that whole's
arrest ("Three of the seven journalists detained last week were remanded"; the read sets' gold
counts it there, not in "103 people detained after the vote were released"), but not a
conviction or a jailing so told, not an object freed or jailed ("freed 11 students detained in
March": the release is the news), not an approximate or running count; a term in brackets after
a listed name is that person's own, never the whole group's ("Among those convicted were A (six
years) and B (three years)"); "X, who was among the eight" / "one of the eight" joins the
counted group told before; terms changed across clauses ("added two years ..., bringing it to
six years", "raised the punishment to six years", "cut that to 12"); a "respectively" list after
a semicolon and a gapped "B eight and a half"; "Among those expelled was A. Also on the bus was
B" (on board or on the list, not "also at the border")."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts, term_pairs

_STORY = "Rights groups count more than a thousand political prisoners in the country. "


def _run(extract_text, text: str):
    return extract_text(_STORY + text)


class TestCountedSubjectDetainedByParticiple:
    """A participle of detention on a counted subject tells that group's arrest."""

    @pytest.mark.parametrize(
        ("text", "count"),
        [
            ("Two of the nine reporters detained at the border on Sunday were charged with espionage.", 9),
            ("Four of the eleven students detained after the rally have been expelled from university.", 11),
            ("Five of the twelve miners arrested at the pit gate went on trial in Karaganda on Monday.", 12),
            ("Only one of the six nurses detained in the hospital raid was released on bail.", 6),
        ],
    )
    def test_group_arrest(self, extract_text, text, count) -> None:
        assert ("arrest", count) in group_counts(_run(extract_text, text))

    @pytest.mark.parametrize(
        ("text", "count"),
        [
            # the object of a release or a verdict: the detention is background, the release the news
            ("The court freed 23 villagers detained during the eviction, the lawyers said.", 23),
            ("A judge jailed eight dockers arrested at the strike for two years each.", 8),
            # the same group's background, not a part of it ("103 people detained ... were released")
            ("Twelve farmers arrested during the land protest in May were fined on Thursday.", 12),
            ("Thirty students detained at the rally were released on Sunday.", 30),
            # a conviction or a jailing told as a participle is the group's state
            ("Fifteen bloggers convicted of extremism were pardoned on Independence Day.", 15),
            ("Nineteen teachers jailed over a petition were moved to a colony in the north.", 19),
            # approximate, or a running statistic
            ("More than 40 protesters detained at the march were released on bail.", 40),
            ("Some 2,300 people arrested since the election remain in custody, the group said.", 2300),
        ],
    )
    def test_no_group_arrest(self, extract_text, text, count) -> None:
        assert ("arrest", count) not in group_counts(_run(extract_text, text))


class TestBracketedTermsOfListedMembers:
    """A term in brackets after a listed name is that person's alone."""

    @pytest.mark.parametrize(
        ("text", "terms"),
        [
            (
                "Among those convicted were Lavon Tsikhan (seven years) and Inna Sakalova (four years).",
                {("Lavon Tsikhan", 84), ("Inna Sakalova", 48)},
            ),
            (
                "Eleven activists were sentenced in Homel on Friday. Among those jailed were Zmitser "
                "Hrabko (five years), Alesia Ramanava (three years) and Piotr Zhuk (30 months).",
                {("Zmitser Hrabko", 60), ("Alesia Ramanava", 36), ("Piotr Zhuk", 30)},
            ),
            (
                "The court in Brest sentenced nine people. Those convicted included Uladzimir Kuts "
                "(six years) and Nadzeya Hrak (two years).",
                {("Uladzimir Kuts", 72), ("Nadzeya Hrak", 24)},
            ),
        ],
    )
    def test_each_keeps_own_term(self, extract_text, text, terms) -> None:
        found = term_pairs(_run(extract_text, text))
        assert terms <= found
        names = {name for name, _ in terms}
        own = {name: months for name, months in terms}
        assert not {(n, m) for n, m in found if n in names and m != own[n]}

    def test_members_still_join_the_counted_group(self, extract_text) -> None:
        result = _run(
            extract_text,
            "Eleven activists were sentenced in Homel on Friday. Among those jailed were Zmitser "
            "Hrabko (five years) and Alesia Ramanava (three years).",
        )
        assert ("sentence", 11) in group_counts(result)
        assert {("sentence", "Zmitser Hrabko"), ("sentence", "Alesia Ramanava")} <= event_pairs(result)


class TestRelativeMemberOfCountedGroup:
    """'X, who was among the eight': the relative pronoun is the name, the eight the group told."""

    @pytest.mark.parametrize(
        ("text", "etype", "name"),
        [
            (
                "Tehran freed six foreign prisoners on Tuesday. Marta Lindqvist, a Swedish engineer "
                "who was among the six, landed in Stockholm the next morning.",
                "release",
                "Marta Lindqvist",
            ),
            (
                "Police detained five journalists in Almaty on Friday. Dauren Seitkali, who was one of "
                "the five, said officers had taken his phone.",
                "arrest",
                "Dauren Seitkali",
            ),
            (
                "Minsk deported 14 prisoners to Lithuania on Thursday. The priest Viktar Sabaleuski, "
                "who was among the 14, celebrated mass in Vilnius on Sunday.",
                "deportation",
                "Viktar Sabaleuski",
            ),
        ],
    )
    def test_joins_group(self, extract_text, text, etype, name) -> None:
        assert (etype, name) in event_pairs(_run(extract_text, text))

    @pytest.mark.parametrize(
        "text",
        [
            # a group of no custody event
            "Tehran freed six foreign prisoners on Tuesday. Marta Lindqvist, who was among 20 "
            "delegates at the conference, praised the talks.",
            # denied
            "Tehran freed six foreign prisoners on Tuesday. Marta Lindqvist, who was not among the six, "
            "remains in Evin prison.",
        ],
    )
    def test_no_member(self, extract_text, text) -> None:
        assert ("release", "Marta Lindqvist") not in event_pairs(_run(extract_text, text))


class TestTermsChangedAcrossClauses:
    """An addition that states the total it makes gives the total, not the amount added; 'the
    punishment' a court changed is a term; 'that' can stand for the term just told."""

    @pytest.mark.parametrize(
        ("text", "terms", "not_terms"),
        [
            (
                "Siarhei Dubko was jailed for three years in 2021. A new case added two years to his "
                "sentence in 2023, bringing it to five years.",
                {("Siarhei Dubko", 36), ("Siarhei Dubko", 60)},
                {("Siarhei Dubko", 24)},
            ),
            (
                "Olga Marchenko received six years for her posts, and a colony court added another 18 "
                "months last spring, so her term is now seven and a half years.",
                {("Olga Marchenko", 72), ("Olga Marchenko", 90)},
                {("Olga Marchenko", 18)},
            ),
            (
                "Rauf Aliyev was given nine years in 2020. A second trial added a year to his term, "
                "taking it to ten years.",
                {("Rauf Aliyev", 108), ("Rauf Aliyev", 120)},
                {("Rauf Aliyev", 12)},
            ),
            (
                "Tomas Hrebik was convicted in March and given four years. The appeals court raised the "
                "punishment to six years at the prosecutor's request.",
                {("Tomas Hrebik", 48), ("Tomas Hrebik", 72)},
                set(),
            ),
            (
                "Nadia Rahimi was sentenced to 20 years in 2019; a pardon in 2023 cut that to 12.",
                {("Nadia Rahimi", 240), ("Nadia Rahimi", 144)},
                set(),
            ),
        ],
    )
    def test_changed_term(self, extract_text, text, terms, not_terms) -> None:
        found = term_pairs(_run(extract_text, text))
        assert terms <= found
        assert not (not_terms & found)

    @pytest.mark.parametrize(
        ("text", "terms"),
        [
            # a law's penalty, not a person's
            (
                "Tomas Hrebik was given four years. Parliament later raised the maximum penalty for "
                "sedition to ten years.",
                {("Tomas Hrebik", 48)},
            ),
            # a wish, not a change
            (
                "Nadia Rahimi was sentenced to 20 years. Her lawyers hope an appeal will cut that to 12.",
                {("Nadia Rahimi", 240)},
            ),
        ],
    )
    def test_no_changed_term(self, extract_text, text, terms) -> None:
        assert term_pairs(_run(extract_text, text)) == terms


class TestTermsListedAfterAnotherClause:
    """'gave A five years; B and C received four and three years respectively': the list pairs from
    the clause after the semicolon; a gapped list pairs a bare 'eight and a half' too."""

    @pytest.mark.parametrize(
        ("text", "terms"),
        [
            (
                "The judge gave Alena Krauchuk six years; her co-defendants Yury Paulau and Ira Shved "
                "received five years and four and a half years respectively.",
                {("Alena Krauchuk", 72), ("Yury Paulau", 60), ("Ira Shved", 54)},
            ),
            (
                "The court jailed Mirza Talibov for nine years; Aysel Huseynli and Rashad Gurbanov got "
                "seven and six years respectively.",
                {("Mirza Talibov", 108), ("Aysel Huseynli", 84), ("Rashad Gurbanov", 72)},
            ),
            (
                "The tribunal convicted Dana Omarova, Serik Bekov and Aru Tasova. Omarova received ten "
                "years, Bekov eight and a half, and Tasova six.",
                {("Dana Omarova", 120), ("Serik Bekov", 102), ("Aru Tasova", 72)},
            ),
        ],
    )
    def test_each_term(self, extract_text, text, terms) -> None:
        assert terms <= term_pairs(_run(extract_text, text))

    def test_an_age_is_no_half_term(self, extract_text) -> None:
        text = (
            "The tribunal sentenced Dana Omarova to ten years. Her son, who is eight and a half, "
            "now lives with his grandmother."
        )
        assert term_pairs(_run(extract_text, text)) == {("Dana Omarova", 120)}


class TestAlsoOnBoardAfterAMember:
    """'Among those expelled was A. Also on the bus was B': B is one more member of A's group."""

    @pytest.mark.parametrize(
        ("text", "etype", "name"),
        [
            (
                "Minsk freed 16 prisoners on Friday. Among those deported was the teacher Anton Kavaliou. "
                "Also on the bus was the nurse Iryna Zhuk, 41.",
                "deportation",
                "Iryna Zhuk",
            ),
            (
                "Managua expelled 30 political prisoners on Tuesday. Among those flown out was Bishop "
                "Rolando Mena. Also on the plane was the student leader Karla Ortez.",
                "deportation",
                "Karla Ortez",
            ),
            (
                "Baku pardoned 40 prisoners on Monday. Among those freed was the reporter Elchin Safarov. "
                "Also on the list was the economist Gulnar Mammadova.",
                "release",
                "Gulnar Mammadova",
            ),
        ],
    )
    def test_joins(self, extract_text, text, etype, name) -> None:
        assert (etype, name) in event_pairs(_run(extract_text, text))

    @pytest.mark.parametrize(
        "text",
        [
            "Minsk freed 16 prisoners on Friday. Among those deported was the teacher Anton Kavaliou. "
            "Also at the border was his lawyer, Iryna Zhuk.",
            "Minsk freed 16 prisoners on Friday. Among those deported was the teacher Anton Kavaliou. "
            "Also not on the bus was the nurse Iryna Zhuk.",
            "Minsk freed 16 prisoners on Friday. Also on the bus was the nurse Iryna Zhuk.",
        ],
    )
    def test_no_member(self, extract_text, text) -> None:
        assert not {p for p in event_pairs(_run(extract_text, text)) if p[1] == "Iryna Zhuk"}


class TestPronounOfAClauseOfTime:
    """'X, who shared a cell with Y until he was freed': the pronoun subject of a clause of time
    names the subject of the clause it modifies, not the name in its object."""

    @pytest.mark.parametrize(
        ("text", "etype", "name", "other"),
        [
            (
                "Pavel Sapeha died in the colony in May. Mikhail Baran, who shared a cell with Sapeha "
                "until he was released in March, said the guards refused him medicine.",
                "release",
                "Mikhail Baran",
                "Pavel Sapeha",
            ),
            (
                "Lidia Orlova is still in prison. Kseniya Volkava taught alongside Orlova for years "
                "before she was arrested in 2022.",
                "arrest",
                "Kseniya Volkava",
                "Lidia Orlova",
            ),
        ],
    )
    def test_subject_of_governing_clause(self, extract_text, text, etype, name, other) -> None:
        pairs = event_pairs(_run(extract_text, text))
        assert (etype, name) in pairs
        assert (etype, other) not in pairs

    def test_not_a_subject_of_another_sex(self, extract_text) -> None:
        text = (
            "Anna Lis visited her husband, Ihar Lis, in the colony before he was transferred to "
            "Navapolatsk, where he was arrested again for disobedience."
        )
        assert ("arrest", "Anna Lis") not in event_pairs(_run(extract_text, text))

    def test_a_state_body_as_subject_leaves_the_object(self, extract_text) -> None:
        text = "Police detained Yury Sokal after he posted a video of the march."
        assert ("arrest", "Yury Sokal") in event_pairs(_run(extract_text, text))


class TestCountedPartNamedInApposition:
    """'Two of them, A and B, work for ...': a counted part of the group just told, named in
    apposition, is of that group even when its own verb tells no event."""

    @pytest.mark.parametrize(
        ("text", "etype", "names"),
        [
            (
                "Security officers detained seven students in Hrodna on Monday. Two of them, Maksim "
                "Liavonau and Yana Kruk, study at the medical university.",
                "arrest",
                {"Maksim Liavonau", "Yana Kruk"},
            ),
            (
                "Tashkent pardoned 12 prisoners on the eve of the holiday. Three of the 12, Bobur "
                "Karimov, Aziz Rakhimov and Lola Yusupova, are bloggers.",
                "release",
                {"Bobur Karimov", "Aziz Rakhimov", "Lola Yusupova"},
            ),
        ],
    )
    def test_part_joins(self, extract_text, text, etype, names) -> None:
        assert {(etype, n) for n in names} <= event_pairs(_run(extract_text, text))

    def test_a_crowd_told_between_is_no_such_group(self, extract_text) -> None:
        text = (
            "Security officers detained seven students in Hrodna on Monday. Dozens of supporters "
            "gathered outside the court. Two of them, Maksim Liavonau and Yana Kruk, held banners."
        )
        assert not {
            p for p in event_pairs(_run(extract_text, text)) if p[1] in ("Maksim Liavonau", "Yana Kruk")
        }


class TestLiveBlogTimeStamp:
    """'1:30 pm — Forty-two prisoners have been released ...': a live blog's time stamp opens the
    entry, never its subject."""

    @pytest.mark.parametrize(
        ("text", "etype", "count", "name"),
        [
            (
                "2:45 pm — Thirty-one political prisoners have been freed from Insein prison, a lawyer "
                "said, among them the poet Ko Min Thu.",
                "release",
                31,
                "Ko Min Thu",
            ),
            (
                "09:10 — Nineteen protesters were detained outside the parliament overnight, among "
                "them the student leader Nino Gelashvili.",
                "arrest",
                19,
                "Nino Gelashvili",
            ),
            (
                "11:05 a.m. – Police arrested twelve activists at the rally, among them the teacher "
                "Saw Htoo Lay.",
                "arrest",
                12,
                "Saw Htoo Lay",
            ),
        ],
    )
    def test_entry_read_whole(self, extract_text, text, etype, count, name) -> None:
        result = extract_text("LIVE: Protests and releases\n\n" + text)
        assert (etype, count) in group_counts(result)
        assert (etype, name) in event_pairs(result)


_LINKED_STORY = (
    "Minsk court jails teacher\n\nA court in Minsk jailed the teacher Ales Dubrou for three years.\n\n"
)


class TestLinkLinesToOtherStories:
    """'Read more: Blogger X sentenced to seven years': a link line tells the events of the person
    it names (as the read sets' gold does), but not a group it only counts."""

    @pytest.mark.parametrize(
        ("line", "etype", "name"),
        [
            (
                "Read more: Kazakh poet Aidos Serikov jailed for six years over a verse",
                "sentence",
                "Aidos Serikov",
            ),
            (
                "READ ALSO: Tajik lawyer Dilshod Nazarov freed after serving his full term",
                "release",
                "Dilshod Nazarov",
            ),
        ],
    )
    def test_named_in_link(self, extract_text, line, etype, name) -> None:
        text = _LINKED_STORY + line
        assert (etype, name) in event_pairs(extract_text(text))

    def test_counted_group_in_link_is_no_event(self, extract_text) -> None:
        text = _LINKED_STORY + "Read more: Belarus frees 23 prisoners and drives them to the border"
        assert ("release", 23) not in group_counts(extract_text(text))
