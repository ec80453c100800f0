"""English event precision (session 30): wordings that tell an event did NOT happen, or only might,
from a trap matrix of event type x trap frame (git-ignored `.cache/matrix/`), each family with its
positive twins. Traps: 'neither charged nor released'; 'no confirmation / evidence / sign / news that
X was freed' (but 'made no mention of his arrest' is silence, not denial); 'in case of her arrest',
'in the event of his deportation'; a rank a modal only foresees ('would be the first to be
deported'); the trigger's own if-clause and a hedging verb the tagger reads as a plural noun after a
name ('X risks arrest if he returns', 'X risks being deported'); near misses ('almost arrested');
'instead of being released', 'rather than releasing X'; a sentence-opening imperative of request or
supposition ('Let X go home', 'Suppose X were released'); an unsettled state ('whose deportation is
pending', 'it is possible that X was released'); 'wish'; 'according to unconfirmed reports'; a
present passive in a clause of time under a future sentence ('by the time X is freed, ... will');
'found not guilty'; 'impending / supposed / purported / threatened' event nouns; a confirmation
withheld ('declined to confirm', 'unable to verify', 'have yet to confirm', 'nobody has confirmed');
an infinitive under a noun ('an order to deport X') or a causative one ('a request to have him
released'); an event noun something only makes possible ('opens the door to the deportation of X').
Every test sentence comes with a true arrest of another person, which must stay."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs

TRUE = " The blogger Oleksiy Tkachuk was detained on Monday."
KEPT = ("arrest", "Oleksiy Tkachuk")


def _events_of(extract_text, text: str, name: str) -> set[str]:
    """The event types the text gives the named person; the true arrest beside the trap must stay."""
    pairs = event_pairs(extract_text(text + TRUE))
    assert KEPT in pairs
    return {t for t, n in pairs if n == name}


def _check(extract_text, text: str, name: str, wanted: set[str]) -> None:
    assert _events_of(extract_text, text, name) == wanted


class TestNeitherNor:
    @pytest.mark.parametrize(
        ("text", "name", "wanted"),
        [
            (
                "Valery Tarasov has been neither charged nor released since his detention in June.",
                "Valery Tarasov",
                {"arrest"},
            ),
            ("Anna Kovalenko was neither tried nor sentenced.", "Anna Kovalenko", set()),
            ("Omar Farouk has neither been released nor allowed to see a lawyer.", "Omar Farouk", set()),
            ("Sergei Pavlov was not charged, nor was he released.", "Sergei Pavlov", set()),
            # twin
            ("Valery Tarasov was charged and released on bail in June.", "Valery Tarasov", {"release"}),
        ],
    )
    def test_neither_nor(self, extract_text, text, name, wanted) -> None:
        _check(extract_text, text, name, wanted)


class TestNoConfirmation:
    @pytest.mark.parametrize(
        ("text", "name", "wanted"),
        [
            ("There was no confirmation that Afsaneh Bahrami had been freed.", "Afsaneh Bahrami", set()),
            ("There is no indication that Lyudmila Savchuk was released.", "Lyudmila Savchuk", set()),
            (
                "Her family has had no word that Zarina Tokhtarova had been deported.",
                "Zarina Tokhtarova",
                set(),
            ),
            ("Officials offered no evidence that Karim Haddad had been arrested.", "Karim Haddad", set()),
            ("Three years on, there is no sign of Elnur Majidli being released.", "Elnur Majidli", set()),
            ("There has been no news of Nasrin Sotoudeh's release.", "Nasrin Sotoudeh", set()),
            # twins: a report there is; silence about an event is no denial of it
            ("News of Nasrin Sotoudeh's release spread quickly.", "Nasrin Sotoudeh", {"release"}),
            ("State media made no mention of Alexei Navalny's arrest.", "Alexei Navalny", {"arrest"}),
            (
                "There was confirmation on Tuesday that Afsaneh Bahrami had been freed.",
                "Afsaneh Bahrami",
                {"release"},
            ),
            (
                "Her family received news that Zarina Tokhtarova had been deported.",
                "Zarina Tokhtarova",
                {"deportation"},
            ),
        ],
    )
    def test_no_confirmation(self, extract_text, text, name, wanted) -> None:
        _check(extract_text, text, name, wanted)


class TestInCaseOf:
    @pytest.mark.parametrize(
        ("text", "name", "wanted"),
        [
            ("Alina Kuzmina left instructions for her family in case of her arrest.", "Alina Kuzmina", set()),
            (
                "In the event of his deportation, Rustam Yuldashev faces torture in Uzbekistan.",
                "Rustam Yuldashev",
                set(),
            ),
            ("The activist Mariam Aliyeva lives under constant threat of arrest.", "Mariam Aliyeva", set()),
            # twin
            (
                "Farid Guliyev was released on bail after the court considered his health.",
                "Farid Guliyev",
                {"release"},
            ),
        ],
    )
    def test_in_case_of(self, extract_text, text, name, wanted) -> None:
        _check(extract_text, text, name, wanted)


class TestRankUnderModal:
    @pytest.mark.parametrize(
        ("text", "name", "wanted"),
        [
            ("Ahmed Said would be the first person to be deported under the new law.", "Ahmed Said", set()),
            ("Lev Ponomarev may be the last of the group to be freed.", "Lev Ponomarev", set()),
            (
                "Nadia Karimi could become the first journalist to be jailed under the law.",
                "Nadia Karimi",
                set(),
            ),
            # twin
            (
                "Ahmed Said was the first person to be deported under the new law.",
                "Ahmed Said",
                {"deportation"},
            ),
        ],
    )
    def test_rank_under_modal(self, extract_text, text, name, wanted) -> None:
        _check(extract_text, text, name, wanted)


class TestConditionAndNearMiss:
    @pytest.mark.parametrize(
        ("text", "name", "wanted"),
        [
            ("The exiled activist Reza Karimi risks arrest if he returns to Iran.", "Reza Karimi", set()),
            ("Reza Karimi faces arrest if he returns to Iran.", "Reza Karimi", set()),
            ("The activist Timur Aliev risks deportation to Russia.", "Timur Aliev", set()),
            (
                "Doctors say Ali Reza Tavakoli risks dying in custody without treatment.",
                "Ali Reza Tavakoli",
                set(),
            ),
            ("Ali Reza Tavakoli risks being deported to Afghanistan.", "Ali Reza Tavakoli", set()),
            ("Ali Reza Tavakoli died in custody on Monday.", "Ali Reza Tavakoli", {"death"}),
            ("Marina Kozlova was almost arrested at the rally.", "Marina Kozlova", set()),
            ("The student Pavel Orekhov was nearly detained outside the court.", "Pavel Orekhov", set()),
            # twins
            ("Marina Kozlova was arrested at the rally.", "Marina Kozlova", {"arrest"}),
            (
                "Nearly two years after his arrest, Pavel Orekhov was released.",
                "Pavel Orekhov",
                {"arrest", "release"},
            ),
        ],
    )
    def test_condition_and_near_miss(self, extract_text, text, name, wanted) -> None:
        _check(extract_text, text, name, wanted)


class TestCounterfactual:
    @pytest.mark.parametrize(
        ("text", "name", "wanted"),
        [
            (
                "Instead of being released, Mikhail Rybak was transferred to another prison.",
                "Mikhail Rybak",
                set(),
            ),
            ("Rather than releasing Oleg Grechko, the authorities charged him again.", "Oleg Grechko", set()),
            ("Instead of his release, Ilya Rogov got a new charge.", "Ilya Rogov", set()),
            ("Let Kirill Pavlov go home, his mother pleaded.", "Kirill Pavlov", set()),
            (
                "Suppose Gubad Ibadoghlu were released tomorrow: he still could not leave.",
                "Gubad Ibadoghlu",
                set(),
            ),
            ("I wish Oleg Kulik had been freed with the others, his wife said.", "Oleg Kulik", set()),
            # twins
            (
                "Mikhail Rybak was released instead of being transferred to another prison.",
                "Mikhail Rybak",
                {"release"},
            ),
            ("His wife said Oleg Kulik had been freed with the others.", "Oleg Kulik", {"release"}),
            # a name the tagger reads as a bare verb opening the sentence is no imperative
            (
                "Nguyễn Thị Thu Hà, a teacher who campaigned for his release, was herself detained in 2021.",
                "Nguyễn Thị Thu Hà",
                {"arrest"},
            ),
        ],
    )
    def test_counterfactual(self, extract_text, text, name, wanted) -> None:
        _check(extract_text, text, name, wanted)


class TestUnsettledState:
    @pytest.mark.parametrize(
        ("text", "name", "wanted"),
        [
            (
                "Shukhrat Mirzaev, whose deportation is pending, remains in a detention centre in Moscow.",
                "Shukhrat Mirzaev",
                set(),
            ),
            ("The release of Ruth Kamau is imminent, diplomats said.", "Ruth Kamau", set()),
            ("It is possible that Artyom Kamardin was transferred and released.", "Artyom Kamardin", set()),
            ("It is likely that Dilya Sadykova was deported last week.", "Dilya Sadykova", set()),
            # twins
            ("It is clear that Artyom Kamardin was released.", "Artyom Kamardin", {"release"}),
            ("It is unclear why Dilya Sadykova was deported last week.", "Dilya Sadykova", {"deportation"}),
            (
                "In June, a court sentenced the journalist Habtamu Kassa to seven years in prison; his "
                "appeal is pending before the Supreme Court.",
                "Habtamu Kassa",
                {"sentence"},
            ),
        ],
    )
    def test_unsettled_state(self, extract_text, text, name, wanted) -> None:
        _check(extract_text, text, name, wanted)


class TestRumouredSourceAndFutureTime:
    @pytest.mark.parametrize(
        ("text", "name", "wanted"),
        [
            ("According to unconfirmed reports, Ahmad Zahir was detained on Friday.", "Ahmad Zahir", set()),
            ("According to rumours, Rana Ahmadi was released last week.", "Rana Ahmadi", set()),
            ("By the time Elena Volkova is freed, her children will be adults.", "Elena Volkova", set()),
            ("The day Anton Rudak is released, his friends will hold a concert.", "Anton Rudak", set()),
            # twins
            ("According to his lawyer, Ahmad Zahir was detained on Friday.", "Ahmad Zahir", {"arrest"}),
            ("By the time Elena Volkova was freed, her children were adults.", "Elena Volkova", {"release"}),
        ],
    )
    def test_rumoured_source_and_future_time(self, extract_text, text, name, wanted) -> None:
        _check(extract_text, text, name, wanted)


class TestFoundNotGuilty:
    @pytest.mark.parametrize(
        ("text", "name", "wanted"),
        [
            ("Leila Shams was found not guilty of espionage.", "Leila Shams", set()),
            ("A court in Tehran found Leila Shams not guilty.", "Leila Shams", set()),
            # twins
            (
                "Leila Shams was found guilty of espionage and sentenced to six years.",
                "Leila Shams",
                {"sentence"},
            ),
            ("A court in Tehran found Leila Shams guilty on Monday.", "Leila Shams", {"sentence"}),
        ],
    )
    def test_found_not_guilty(self, extract_text, text, name, wanted) -> None:
        _check(extract_text, text, name, wanted)


class TestUnrealEventNoun:
    @pytest.mark.parametrize(
        ("text", "name", "wanted"),
        [
            ("Oleg Orlov's impending deportation has alarmed his family.", "Oleg Orlov", set()),
            ("Yusuf Kemal's supposed release turned out to be a transfer.", "Yusuf Kemal", set()),
            ("The threatened deportation of Faisal Bakri drew protests.", "Faisal Bakri", set()),
            ("The purported arrest of Tariq Aziz was denied by the police.", "Tariq Aziz", set()),
            # twins
            ("Yevgeny Roizman's early release was a surprise.", "Yevgeny Roizman", {"release"}),
            ("The sudden arrest of Lilia Chanysheva shocked her colleagues.", "Lilia Chanysheva", {"arrest"}),
        ],
    )
    def test_unreal_event_noun(self, extract_text, text, name, wanted) -> None:
        _check(extract_text, text, name, wanted)


class TestConfirmationWithheld:
    @pytest.mark.parametrize(
        ("text", "name", "wanted"),
        [
            (
                "The ministry declined to confirm that Yerzhan Akhmetov had been deported.",
                "Yerzhan Akhmetov",
                set(),
            ),
            ("Reporters were unable to verify that Karim Bakr had been freed.", "Karim Bakr", set()),
            ("Police have yet to confirm the arrest of Salma Idris.", "Salma Idris", set()),
            ("Nobody has confirmed Jamal Haidar's release.", "Jamal Haidar", set()),
            ("No one has confirmed that Jamal Haidar was released.", "Jamal Haidar", set()),
            # twins
            (
                "The ministry confirmed that Yerzhan Akhmetov had been deported.",
                "Yerzhan Akhmetov",
                {"deportation"},
            ),
            ("Officials confirmed the arrest of Salma Idris on Tuesday.", "Salma Idris", {"arrest"}),
            ("Police declined to say where Salma Idris was detained.", "Salma Idris", {"arrest"}),
        ],
    )
    def test_confirmation_withheld(self, extract_text, text, name, wanted) -> None:
        _check(extract_text, text, name, wanted)


class TestOrderNoun:
    @pytest.mark.parametrize(
        ("text", "name", "wanted"),
        [
            ("An order to deport Ravshan Kodirov was issued on Friday.", "Ravshan Kodirov", set()),
            (
                "The court issued an order to release Maksim Lypkan, but he is still in jail.",
                "Maksim Lypkan",
                set(),
            ),
            # twin
            (
                "Ravshan Kodirov was deported on Friday under a court order.",
                "Ravshan Kodirov",
                {"deportation"},
            ),
        ],
    )
    def test_order_noun(self, extract_text, text, name, wanted) -> None:
        _check(extract_text, text, name, wanted)


class TestEnabledOnly:
    @pytest.mark.parametrize(
        ("text", "name", "wanted"),
        [
            ("The verdict opens the door to the deportation of Kamal Sharifov.", "Kamal Sharifov", set()),
            ("The amnesty law paves the way for the release of Ales Zaleski.", "Ales Zaleski", set()),
            ("The talks were a first step towards the release of Ihar Losik.", "Ihar Losik", set()),
            # twin
            ("The ruling led to the release of Narges Hosseini on Monday.", "Narges Hosseini", {"release"}),
        ],
    )
    def test_enabled_only(self, extract_text, text, name, wanted) -> None:
        _check(extract_text, text, name, wanted)


class TestCausativeGoal:
    @pytest.mark.parametrize(
        ("text", "name", "wanted"),
        [
            (
                "Vladislav Kolesov died in the prison hospital two weeks after his lawyer filed a request "
                "to have him released on medical grounds.",
                "Vladislav Kolesov",
                {"death"},
            ),
            (
                "The family of Maria Lapina applied to have her transferred and released.",
                "Maria Lapina",
                set(),
            ),
            (
                "A petition to have Yuri Dmitriev freed gathered thousands of signatures.",
                "Yuri Dmitriev",
                set(),
            ),
            # twin: a causative told as done
            ("His lawyers had Yuri Dmitriev released on bail in May.", "Yuri Dmitriev", {"release"}),
        ],
    )
    def test_causative_goal(self, extract_text, text, name, wanted) -> None:
        _check(extract_text, text, name, wanted)
