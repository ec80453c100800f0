"""English events told in passing about a person whose other event the article gives (session 39),
in wording invented for these tests: a short stay in police custody ("spent ten days in a police
cell", "freed after nine hours in custody") is a detention; a participle coordinated after a
passive shares its auxiliary ("was summoned ... and held for two days"); a defendant who walks
out of the courtroom after a verdict with no prison term is released; a colony left by its number
("left penal colony No. 3"); a clause set off after a definite description of the person is told
as fact whatever the sentence's verb says, while an official's role never names the defendant."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs

# -- a short stay in police custody is a detention --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kiril Dobrev was given four years in a penal colony on Tuesday. Back in 2018 he spent "
            "twelve days in a police cell after a protest outside parliament.",
            "Kiril Dobrev",
        ),
        (
            "Oksana Melnyk, who in 2017 had spent 10 days in a temporary detention facility over a "
            "picket, was jailed for three years on Friday.",
            "Oksana Melnyk",
        ),
        (
            "The reporter Arman Seitkali was freed late on Sunday after eleven hours in police custody.",
            "Arman Seitkali",
        ),
        (
            "After two nights in a detention centre, the blogger Tamara Lisitsa was let go without charge.",
            "Tamara Lisitsa",
        ),
        (
            "Vusi Dlamini was released on bail on Monday after spending two weeks in detention on a "
            "charge of incitement.",
            "Vusi Dlamini",
        ),
        (
            "Hamid Nouri, who had spent six weeks in custody, was set free by the appeals court.",
            "Hamid Nouri",
        ),
    ],
)
def test_short_stay_in_custody_is_a_detention(extract_text, text, name) -> None:
    assert ("arrest", name) in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        # a cell inside the prison: already serving
        "Kiril Dobrev was given four years in 2019. In the colony he spent ten days in a punishment cell.",
        # a long stay is as often a term served
        "Kiril Dobrev was given four years in 2019. He has spent 200 days in a cell since then.",
        # no place of custody
        "Kiril Dobrev was given four years on Tuesday. He spent two days in the court archive "
        "reading the file.",
        "Kiril Dobrev was given four years on Tuesday. He spent ten days in a hospital after the verdict.",
        # still to come
        "Kiril Dobrev was given four years on Tuesday. He will spend the next ten days in a detention "
        "centre before his transfer.",
    ],
)
def test_no_detention_from_other_stays(extract_text, text) -> None:
    assert ("arrest", "Kiril Dobrev") not in event_pairs(extract_text(text))


def test_someone_elses_stay_is_theirs(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Kiril Dobrev was given four years on Tuesday. His brother, Anton Dobrev, spent eight "
            "days in a police cell in 2020."
        )
    )
    assert ("arrest", "Kiril Dobrev") not in pairs


# -- a participle coordinated after a passive shares its auxiliary ---------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Olena Bondar was called in to the security service on Monday and held for three days.",
            "Olena Bondar",
        ),
        (
            "Rustam Nazarov was stopped at the airport and held for ten hours before he could leave.",
            "Rustam Nazarov",
        ),
        (
            "Olena Bondar was jailed for six years in March. In 2019 she was questioned by officers "
            "and kept overnight at a station.",
            "Olena Bondar",
        ),
    ],
)
def test_coordinated_holding_shares_the_passive(extract_text, text, name) -> None:
    assert ("arrest", name) in event_pairs(extract_text(text))


def test_a_meeting_held_for_days_is_no_detention(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Olena Bondar was sentenced to six years. The hearing was postponed and held for two days in May."
        )
    )
    assert ("arrest", "Olena Bondar") not in pairs


# -- walking out of the court after a verdict with no prison term ----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Bakyt Osmonov was handed a two-year suspended sentence and walked out of the courtroom "
            "with his wife.",
            "Bakyt Osmonov",
        ),
        (
            "On Thursday Ainura Tokteeva received a three-year probationary term. She walked out of "
            "the court "
            "building to cheers from supporters.",
            "Ainura Tokteeva",
        ),
    ],
)
def test_walk_out_after_a_verdict_without_prison(extract_text, text, name) -> None:
    pairs = event_pairs(extract_text(text))
    assert ("release", name) in pairs
    assert ("sentence", name) in pairs


@pytest.mark.parametrize(
    "text",
    [
        # counsel walks out, not the defendant
        "Bakyt Osmonov was handed a two-year suspended sentence. His lawyer walked out of the "
        "courtroom in protest.",
        # a walk-out in protest
        "Bakyt Osmonov was handed a two-year suspended sentence after he walked out of the court in protest.",
        # a prison term: led out, not freed
        "Bakyt Osmonov was jailed for seven years and was led out of the courtroom in handcuffs.",
    ],
)
def test_no_release_from_other_walkouts(extract_text, text) -> None:
    assert ("release", "Bakyt Osmonov") not in event_pairs(extract_text(text))


# -- a colony left by its number ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Siarhei Hlushko was sentenced to three years in 2022. He left penal colony No. 9 in "
        "Babruisk on Monday.",
        "The blogger Siarhei Hlushko, jailed for three years in 2022, left Correctional Colony No. "
        "15 at dawn.",
    ],
)
def test_leaving_a_numbered_colony_is_a_release(extract_text, text) -> None:
    assert ("release", "Siarhei Hlushko") in event_pairs(extract_text(text))


def test_leaving_a_numbered_office_is_no_release(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Siarhei Hlushko was sentenced to three years in 2022. His wife left Office No. 4 at noon."
        )
    )
    assert ("release", "Siarhei Hlushko") not in pairs


# -- a set-off clause on a definite description is told as fact ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Marko Petrovic was jailed for five years on Wednesday. The journalist, who was arrested at a "
        "border crossing in 2022, denied every charge.",
        "Marko Petrovic was jailed for five years on Wednesday. The 52-year-old, who had been detained "
        "in 2022, rejected the accusations.",
        "Marko Petrovic was jailed for five years on Wednesday. The journalist, detained at a border "
        "crossing in 2022, denies wrongdoing.",
    ],
)
def test_set_off_clause_of_a_description(extract_text, text) -> None:
    assert ("arrest", "Marko Petrovic") in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        # an official's role names no defendant
        "Marko Petrovic was jailed for five years on Wednesday. The prosecutor was detained in 2019 "
        "for bribery.",
        "Marko Petrovic was jailed for five years on Wednesday. The judge, who was arrested in 2020, "
        "denied it.",
        # a relative's clause is the relative's
        "Marko Petrovic was jailed for five years on Wednesday. His cousin, who was detained in "
        "2022, denied it.",
        # a clause with no comma tells which one is meant: someone else
        "Marko Petrovic was jailed for five years on Wednesday. The man who was arrested with him has not "
        "been charged.",
        # the clause's own hedge
        "Marko Petrovic was jailed for five years on Wednesday. The journalist, who could be detained again, "
        "denied every charge.",
    ],
)
def test_no_arrest_from_others_or_hedged_clauses(extract_text, text) -> None:
    assert ("arrest", "Marko Petrovic") not in event_pairs(extract_text(text))


def test_a_former_officer_is_the_person_named(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Thomas Brandt was left off the list, his sister said. The former army officer is serving "
            "a nine-year sentence for sabotage."
        )
    )
    assert ("sentence", "Thomas Brandt") in pairs


# -- a family told by its surname in the plural ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "Taras Hnatiuk was given eleven years on Monday and his wife, Iryna Hnatiuk, seven. The "
            "Hnatiuks had been abducted from their home in Nova Kakhovka in 2023.",
            "arrest",
        ),
        (
            "Taras Hnatiuk and Iryna Hnatiuk ran a pharmacy in Berdiansk. Officers detained the "
            "Hnatiuks in the spring of 2022.",
            "arrest",
        ),
        (
            "Taras Hnatiuk and Iryna Hnatiuk were convicted of espionage in 2023. The Hnatiuks were "
            "freed in an exchange on Friday.",
            "release",
        ),
    ],
)
def test_family_plural_names_every_member(extract_text, text, etype) -> None:
    pairs = event_pairs(extract_text(text))
    assert {(etype, "Taras Hnatiuk"), (etype, "Iryna Hnatiuk")} <= pairs


# -- a time phrase set off after a name, with no verb of its own -----------------------------------


def test_after_being_removed_set_off_after_the_name(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "VILNIUS — The Belarusian poet Andrei Kozel, now in exile after being expelled to Lithuania, "
            "was pardoned in June."
        )
    )
    assert ("deportation", "Andrei Kozel") in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Andrei Kozel, the nephew of a man who died after being detained in 1999, was jailed for "
        "three years.",
        "Andrei Kozel, a lawyer for the woman who was arrested with the leaflets, was jailed for "
        "three years.",
        "Andrei Kozel, a friend of the students who were detained in May, was jailed for three years.",
    ],
)
@pytest.mark.xfail(
    reason="session 39: the rule that passed these (a person-noun phrase object stops the walk up to the"
    " described name) cost the judge syn32b a verdict with its two terms and a group member's release;"
    " reverted at the merge, family open",
    strict=True,
)
def test_someone_in_the_description_is_another_person(extract_text, text) -> None:
    assert ("arrest", "Andrei Kozel") not in event_pairs(extract_text(text))


# -- taken by a force from a hospital: the hospital is the place left -------------------------------


def test_taken_from_a_hospital_bed_by_investigators(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "The physicist Oleg Lazarev, who had cancer, was taken from a hospital bed by FSB investigators "
            "in May and died in a pre-trial detention centre a week later."
        )
    )
    assert ("arrest", "Oleg Lazarev") in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Oleg Lazarev was sentenced to six years. In May he was taken to hospital by guards after "
        "collapsing in his cell.",
        "Oleg Lazarev was sentenced to six years. Guards took him from the colony to a hospital in Tver.",
    ],
)
def test_taken_to_hospital_is_no_arrest(extract_text, text) -> None:
    assert ("arrest", "Oleg Lazarev") not in event_pairs(extract_text(text))
