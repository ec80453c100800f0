"""English, session 55 (`en-second`: a person's second event told in passing), in wordings
invented for these tests:

* a custody aside set off after a name by dashes or brackets, not only commas ("X — in custody
  since last November — got four years", "X (behind bars since 2021) was freed"): the arrest;
* "died there" after a stay in a remand prison told by its code ("had been in SIZO-2 since his
  arrest, and he died there"), or in a place the article names as a prison elsewhere ("You were in
  Obo with X, who died there" beside "Obo Prison"): a death in custody. Not a town left for after
  release ("lived in Obo after his release, and died there");
* time spent on remand or in a remand prison told by its code ("had spent 20 months on remand",
  "who has spent a year in SIZO-4"): the detention. Not a colony's code (a term served), not the
  stay still to come;
* "taken in" whose particle the parser reads as a preposition before a time ("was taken in that
  night, but let go after four days"): a detention, as "taken in" is. Not "taken in May" alone,
  nor a family taking someone in;
* "let go" with the people after it or heading it ("Russia let go 16 people", "one of the 16
  people Russia let go"), where the parser makes "let" the auxiliary of "go": a release when the
  state, its forces or courts let people go. Not a company letting workers go, not "never let go".
"""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


@pytest.mark.parametrize(
    ("text", "etype", "name"),
    [
        (
            "A court in Vitsebsk sentenced two bloggers on Friday. The younger, Yahor Shchadrin — in "
            "custody since last December — received three years.",
            "arrest",
            "Yahor Shchadrin",
        ),
        (
            "Lidziya Karaliova (in pre-trial detention since March) was given four years.",
            "arrest",
            "Lidziya Karaliova",
        ),
        (
            "The engineer Mikhail Tsyhanou – behind bars since 2021 – was pardoned by Belarus on Tuesday.",
            "arrest",
            "Mikhail Tsyhanou",
        ),
        (
            "Artur Lebedzeu was sentenced to eight years in 2023. He had been in SIZO-2 in Vitsebsk since "
            "his arrest in May 2022, and he died there on Sunday.",
            "death",
            "Artur Lebedzeu",
        ),
        (
            "Hnin Wai served three years in Obo Prison. A former cellmate told us: we were in Obo with "
            "Hnin Wai, the teacher who died there in the spring.",
            "death",
            "Hnin Wai",
        ),
        (
            "Prosecutors dropped the case against Ho Ka-lok after he had spent 20 months on remand, and he "
            "was released on Monday.",
            "arrest",
            "Ho Ka-lok",
        ),
        (
            "Tamara Volkova, who has spent a year in SIZO-4 in Kaliningrad, was freed in the courtroom.",
            "arrest",
            "Tamara Volkova",
        ),
        (
            "Ruslan Guliyev got five years. His cousin, Elchin Guliyev, was also taken in that night, but "
            "was let go after two days.",
            "arrest",
            "Elchin Guliyev",
        ),
        (
            "Olga Serova was jailed for seven years in Russia in 2023. In June she was one of the 12 "
            "people Russia let go in the swap and put on a plane to Ankara.",
            "release",
            "Olga Serova",
        ),
        (
            "Olga Serova was jailed for seven years in Russia in 2023. In June Russia let go 12 prisoners "
            "in the swap, among them Olga Serova.",
            "release",
            "Olga Serova",
        ),
    ],
)
def test_a_second_event_told_in_passing(extract_text, text: str, etype: str, name: str) -> None:
    pairs = event_pairs(extract_text(text))
    assert (etype, name) in pairs, pairs


@pytest.mark.parametrize(
    ("text", "etype", "name"),
    [
        # a town the prison is named after, lived in after release: no death in custody
        (
            "Zaw Lin served four years in Obo Prison. After his release he lived in Obo with his sister, "
            "and he died there in 2023.",
            "death",
            "Zaw Lin",
        ),
        # a colony's code: a term served, no detention of its own
        ("Pavel Sych spent four years in IK-3 before his release in June.", "arrest", "Pavel Sych"),
        # the stay still to come
        ("Pavel Sych will spend the next two months on remand.", "arrest", "Pavel Sych"),
        # "taken in" a month: when, not taken in; nothing else says a detention
        ("Rufat Aliyev was taken in May to a clinic in Baku.", "arrest", "Rufat Aliyev"),
        # a family that takes someone in
        (
            "After her release, Lala Aliyeva was taken in that night by relatives in Ganja.",
            "arrest",
            "Lala Aliyeva",
        ),
        # staff laid off, not prisoners freed
        ("The factory let go 300 workers in March, among them Olga Serova.", "release", "Olga Serova"),
        # holding on, not a release
        ("Olga Serova hugged her son at the station and would never let go.", "release", "Olga Serova"),
        # an aside that is no custody: a wanted list, not a detention
        (
            "The blogger Kiryl Astrou — on a wanted list since 2021 — was tried in absentia.",
            "arrest",
            "Kiryl Astrou",
        ),
    ],
)
def test_no_second_event_from_these(extract_text, text: str, etype: str, name: str) -> None:
    pairs = event_pairs(extract_text(text))
    assert (etype, name) not in pairs, pairs
