"""English, session 53 (`en-read`, a census of the missed events of every English read set), in
wordings invented for these tests:

* the causative "have" + object pronoun + past participle ("had them driven to the border", "has
  them escorted to the border" in a headline, "had him arrested"): the pronoun is the one the
  participle befalls, though the parser makes it the participle's subject. Not a causing only
  asked for, planned or denied ("a request to have him released", "will have them deported",
  "did not have him released").
* one person taken in the company of someone just taken ("his deputy Y was taken in alongside
  him", also after a fronted time the parser makes a second subject: "The second time, ...") is
  arrested; not one taken with someone to a place, from a court, nor a thing "taken with a grain
  of salt".
* a link to another story ("Read more: ...", "READ MORE: ...") is a headline: its participle
  without an auxiliary, in sentence case or title case, is the news of the name before it
  ("Read more: Ex-union leader X freed after three years in prison"). Not a question, a group
  only counted, or a participle that describes no one named.
"""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts


@pytest.mark.parametrize(
    ("text", "etype", "count"),
    [
        (
            "Minsk pardoned 12 prisoners on Monday and had them driven to the Polish border at Terespol, "
            "Warsaw said.",
            "deportation",
            12,
        ),
        (
            "Managua freed 31 opponents overnight and had them flown to Madrid on a chartered jet, the "
            "Spanish foreign ministry said.",
            "deportation",
            31,
        ),
        (
            "Belarus pardons 9 convicts, has them escorted to Latvian border\n\nMore text follows here.",
            "deportation",
            9,
        ),
    ],
)
def test_a_causative_have_moves_the_group_abroad(extract_text, text, etype, count) -> None:
    assert (etype, count) in group_counts(extract_text(text))


def test_a_causative_have_names_the_one_it_befalls(extract_text) -> None:
    text = "Ruslan Kavaleu ran a small print shop in Homel. In 2022 the local KGB chief had him arrested."
    assert ("arrest", "Ruslan Kavaleu") in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ruslan Kavaleu fell ill in the colony. His lawyer filed a request to have him released on "
        "health grounds.",
        "Ruslan Kavaleu fell ill in the colony. The warden did not have him released.",
        "Ruslan Kavaleu fell ill in the colony. Officials say they will have him deported to Poland.",
        "Ruslan Kavaleu fell ill in the colony. The court wants to have him moved to Lithuania.",
    ],
)
def test_a_causing_asked_planned_or_denied_is_no_event(extract_text, text) -> None:
    pairs = event_pairs(extract_text(text))
    assert not {(t, n) for t, n in pairs if n == "Ruslan Kavaleu" and t in ("release", "deportation")}


_BODY = "The court in Minsk heard the case of a teacher on Tuesday; the hearing was closed.\n\n"


@pytest.mark.parametrize(
    ("teaser", "etype", "name"),
    [
        (
            "Read more: Ex-union leader Taisa Miranchuk freed after three years in prison",
            "release",
            "Taisa Miranchuk",
        ),
        (
            "READ MORE: Uzbek Poet Dilshod Rakhmonov Detained Over Verses About Water",
            "arrest",
            "Dilshod Rakhmonov",
        ),
        (
            "Read also: Belarusian Drummer Andrei Pashkou Freed After Serving Four Years",
            "release",
            "Andrei Pashkou",
        ),
    ],
)
def test_a_link_headline_tells_its_named_event(extract_text, teaser, etype, name) -> None:
    assert (etype, name) in event_pairs(extract_text(_BODY + teaser))


@pytest.mark.parametrize(
    "teaser",
    [
        "Read more: Will Taisa Miranchuk Be Freed?",
        "Read more: Who is Taisa Miranchuk, the teacher the court would not hear?",
        "Read more: Freed Prisoners Describe Years Of Isolation In Navapolatsk",
    ],
)
def test_a_link_without_a_named_event_gives_none(extract_text, teaser) -> None:
    result = extract_text(_BODY + teaser)
    assert not event_pairs(result)
    assert not group_counts(result)


def test_a_link_counting_a_group_gives_no_count(extract_text) -> None:
    assert not group_counts(extract_text(_BODY + "Read more: Belarus Frees 16 Prisoners Ahead Of Holiday"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Police detained Pavel Lisich at dawn; his deputy Olga Rak was taken in alongside him.",
            "Olga Rak",
        ),
        (
            "Officers took Ivan Bury away in his pyjamas. His friend, Maksim Lis, was taken with him.",
            "Maksim Lis",
        ),
        (
            "Police held the mayor Ivan Bury twice that month. The second time, in Lida, his deputy "
            "Maksim Lis was taken in alongside him.",
            "Maksim Lis",
        ),
    ],
)
def test_one_taken_with_someone_just_taken_is_arrested(extract_text, text, name) -> None:
    assert ("arrest", name) in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ivan Bury fell in the dock. His friend, Maksim Lis, was taken with him to hospital.",
        "Ivan Bury was sentenced to five years. His friend, Maksim Lis, was taken with him from the court.",
        "The claims of Maksim Lis should be taken with a grain of salt, Ivan Bury said.",
    ],
)
def test_a_taking_along_to_a_place_or_of_a_thing_is_no_arrest(extract_text, text) -> None:
    assert ("arrest", "Maksim Lis") not in event_pairs(extract_text(text))
