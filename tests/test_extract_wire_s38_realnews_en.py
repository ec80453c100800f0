"""Wire-copy families of session 38 (English real news), in wording written for these tests: a
suspect booked on a charge; a verdict told by a passive verb joined to the plea before it
("pleaded guilty and was given 18 months"); a headline's role ("Ex-Aide Arrested") that the lead
introduces by name; someone in jail awaiting trial; title-case headlines that the tagger breaks
("X Held in London", "X Found Guilty", "X in Custody", "Pakistan Detains X"). Each family has
traps that must not fire."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


def terms(result) -> set[tuple[str, int | None]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.type == "sentence" for p in e.persons}


# -- booked on a charge ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sheriff's deputies booked Jason Fields on charges of arson early on Sunday.", "Jason Fields"),
        (
            "Megan Alvarez was booked on suspicion of drunken driving, the highway patrol said.",
            "Megan Alvarez",
        ),
        ("Carl Jensen, 27, was booked on three counts of burglary and held on $20,000 bond.", "Carl Jensen"),
        ("Officers booked Linda Harper on a charge of assault after the fight.", "Linda Harper"),
    ],
)
def test_booked_on_a_charge_is_an_arrest(extract_text, text, name) -> None:
    assert ("arrest", name) in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Jason Fields booked a flight to Denver on Sunday.",
        "Megan Alvarez was booked on a morning flight to Lima.",
        "Carl Jensen was booked for dissent in the 80th minute of the derby.",
        "Linda Harper booked the band on the strength of one demo tape.",
    ],
)
def test_flights_bands_and_yellow_cards_are_no_booking(extract_text, text) -> None:
    assert not [e for e in extract_text(text).events if e.type == "arrest"]


# -- a passive verdict verb joined to an active verb before it -------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        ("Gordon Pike pleaded guilty to tax fraud on Monday and was given 30 months.", "Gordon Pike", 30),
        ("Rosa Quint admitted the thefts and was handed two years in jail.", "Rosa Quint", 24),
        ("Henrik Solberg lost his appeal in March and was given four years.", "Henrik Solberg", 48),
        (
            "Laura Bennett admitted the bribery in a Lagos court and was ordered to serve five years.",
            "Laura Bennett",
            60,
        ),
        ("Paul Brandt confessed in May and on Friday was handed three years in prison.", "Paul Brandt", 36),
    ],
)
def test_a_verdict_joined_to_a_plea_is_the_pleaders(extract_text, text, name, months) -> None:
    result = extract_text(text)
    assert ("sentence", name) in event_pairs(result)
    assert (name, months) in terms(result)


@pytest.mark.parametrize(
    "text",
    [
        "Gordon Pike joined the club in 2001 and was given a two-year contract.",
        "Rosa Quint applied for asylum and was given six months to leave the country.",
        "Henrik Solberg won the race and was given two weeks of rest.",
        "The judge, Laura Bennett, heard the plea and was given ten days to rule.",
    ],
)
def test_time_given_after_another_deed_is_no_verdict(extract_text, text) -> None:
    assert not [e for e in extract_text(text).events if e.type == "sentence"]


# -- a headline's role, named in the lead ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Ex-Aide Arrested in Kickback Case\n\nBOSTON (Reuters) - A former aide to the mayor, Owen"
            " Kettering, faces kickback charges, prosecutors said on Tuesday.",
            ("arrest", "Owen Kettering"),
        ),
        (
            "Ex-aide arrested in kickback case\n\nBOSTON - Former mayoral aide Owen Kettering was"
            " charged with taking kickbacks on Tuesday, prosecutors said.",
            ("arrest", "Owen Kettering"),
        ),
        (
            "Opposition Leader Detained in Harare\n\nHARARE (Reuters) - Zimbabwean police stopped"
            " opposition leader Tendai Moyo at a roadblock on Sunday, his party said.",
            ("arrest", "Tendai Moyo"),
        ),
        (
            "Rapper Arrested After Club Brawl\n\nMIAMI - Jalen Brooks, a local rapper, will appear in court"
            " on Monday after a fight at a nightclub, police said.",
            ("arrest", "Jalen Brooks"),
        ),
        (
            "Rights Activist Jailed in Baku\n\nBAKU (Reuters) - Leyla Aliyeva, a prominent rights"
            " activist, will spend six years behind bars, a court ruled on Tuesday.",
            ("sentence", "Leyla Aliyeva"),
        ),
        (
            "Gabon Frees Opposition Leader\n\nLIBREVILLE (Reuters) - Gabonese opposition leader Marc"
            " Ondo walked out of a Libreville court on Tuesday.",
            ("release", "Marc Ondo"),
        ),
    ],
)
def test_a_headlines_role_is_the_lead_person_of_that_role(extract_text, text, pair) -> None:
    assert pair in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        # someone beside the person of the role
        "Rapper Arrested After Club Brawl\n\nMIAMI - Police arrested the bodyguard of rapper Jalen"
        " Brooks after a fight at a nightclub.",
        "Rapper Arrested After Club Brawl\n\nMIAMI - The manager of rapper Jalen Brooks said on"
        " Monday that he had hired a lawyer.",
        # another role, a victim, a plain noun of anyone
        "Rapper Arrested After Fight\n\nMIAMI - Pop singer Jalen Brooks was beaten outside a club on"
        " Sunday, police said.",
        "Man Held Over Stabbing\n\nLEEDS - Colin Hart, a 34-year-old man, was found dead in his flat"
        " on Sunday.",
        # two of the role, or the lead telling the event of someone unnamed
        "Opposition Leader Detained in Harare\n\nHARARE (Reuters) - Opposition leaders Tendai Moyo and"
        " Grace Dube condemned the arrest of a party official on Sunday.",
        "Opposition Leader Detained in Harare\n\nHARARE (Reuters) - Police detained a senior opposition"
        " leader on Sunday, said party spokesman Tendai Moyo.",
        "Ex-Aide Arrested in Kickback Case\n\nBOSTON - Owen Kettering, a former aide to the mayor, said"
        " police had arrested a colleague.",
        # a headline of something else
        "Mayor Held Talks With Rebels\n\nBOGOTA - Mayor Lucia Ortiz met rebel commanders on Sunday.",
    ],
)
def test_no_one_of_the_headlines_role_is_named_in_the_lead(extract_text, text) -> None:
    assert not extract_text(text).events


# -- in jail awaiting trial ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dwayne Carver was in jail on Thursday after being charged with arson.", "Dwayne Carver"),
        ("Sofia Marin is in jail awaiting trial on fraud charges.", "Sofia Marin"),
        ("Hector Ruiz sits in a Nevada jail awaiting extradition to Mexico.", "Hector Ruiz"),
        ("Ngozi Eze, 41, was languishing in an Abuja prison awaiting trial.", "Ngozi Eze"),
        ("Piotr Zielinski remains behind bars pending trial on spying charges.", "Piotr Zielinski"),
    ],
)
def test_in_jail_awaiting_trial_is_an_arrest(extract_text, text, name) -> None:
    assert ("arrest", name) in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Dwayne Carver has been in jail for three years awaiting a retrial.",
        "Sofia Marin is in prison awaiting a visit from her daughter.",
        "Hector Ruiz is in jail.",
        "Ngozi Eze is in the hospital awaiting surgery.",
        "Piotr Zielinski waited in the courthouse for the trial to start.",
    ],
)
def test_a_stay_or_a_wait_for_something_else_is_no_arrest(extract_text, text) -> None:
    assert not [e for e in extract_text(text).events if e.type == "arrest"]


# -- title-case headlines the tagger breaks --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Kaplan Held in Madrid\n\nAP - Michael Kaplan, the financier, appeared in a Madrid court.",
            ("arrest", "Michael Kaplan"),
        ),
        (
            "Kaplan Found Guilty of Fraud\n\nAP - Michael Kaplan showed no emotion.",
            ("sentence", "Michael Kaplan"),
        ),
        (
            "Kaplan in Custody After Car Chase\n\nAP - Michael Kaplan appeared in court.",
            ("arrest", "Michael Kaplan"),
        ),
        (
            "Kaplan Nabbed at Border\n\nAP - Michael Kaplan appeared in court on Monday.",
            ("arrest", "Michael Kaplan"),
        ),
        (
            "Turkey Detains Kaplan\n\nAP - Michael Kaplan appeared in court on Monday.",
            ("arrest", "Michael Kaplan"),
        ),
        (
            "Kaplan Executed in Texas\n\nAP - Michael Kaplan was put to death on Monday.",
            ("death", "Michael Kaplan"),
        ),
    ],
)
def test_a_title_case_headline_tells_the_names_event(extract_text, text, pair) -> None:
    assert pair in event_pairs(extract_text(text))


def test_an_extradition_headline_is_no_release(extract_text) -> None:
    pairs = event_pairs(extract_text("Kaplan Extradited to Israel\n\nAP - Michael Kaplan appeared in court."))
    assert ("deportation", "Michael Kaplan") in pairs
    assert ("release", "Michael Kaplan") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Kaplan Held Talks With Unions\n\nAP - Michael Kaplan met union leaders on Monday.",
        "Kaplan Found Dead in Flat\n\nAP - Michael Kaplan, 58, lived alone.",
        "Kaplan Held in Contempt\n\nAP - Michael Kaplan refused to testify on Monday.",
        "Kaplan Held Up in Traffic\n\nAP - Michael Kaplan missed the vote on Monday.",
        "Kaplan Held by Kidnappers in Iraq\n\nAP - Michael Kaplan spoke on a video on Monday.",
        "Kaplan Held Hostage in Iraq\n\nAP - Michael Kaplan spoke on a video on Monday.",
        "Kaplan in Custody Battle With Ex-Wife\n\nAP - Michael Kaplan appeared in a family court.",
        "Turkey Hosts Kaplan\n\nAP - Michael Kaplan arrived in Ankara on Monday.",
    ],
)
def test_title_case_words_of_something_else_tell_no_event(extract_text, text) -> None:
    assert not extract_text(text).events


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Kaplan Gets Life for Killings\n\nAP - Michael Kaplan showed no emotion.",
            ("sentence", "Michael Kaplan"),
        ),
        (
            "Kaplan Gets Death Sentence\n\nAP - Michael Kaplan showed no emotion.",
            ("sentence", "Michael Kaplan"),
        ),
        (
            "Kaplan Gets Jail Term in Bribery Case\n\nAP - Michael Kaplan showed no emotion.",
            ("sentence", "Michael Kaplan"),
        ),
        (
            "Kaplan Surrenders to FBI\n\nAP - Michael Kaplan appeared in court on Monday.",
            ("arrest", "Michael Kaplan"),
        ),
        (
            "Police Nab Kaplan\n\nAP - Michael Kaplan appeared in court on Monday.",
            ("arrest", "Michael Kaplan"),
        ),
        (
            "Kaplan Busted in Miami\n\nAP - Michael Kaplan appeared in court on Monday.",
            ("arrest", "Michael Kaplan"),
        ),
    ],
)
def test_title_case_verbs_of_a_verdict_or_a_surrender(extract_text, text, pair) -> None:
    assert pair in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kaplan Gets Life Back on Track\n\nAP - Michael Kaplan won the race on Monday.",
        "Kaplan Gets Death Threats\n\nAP - Michael Kaplan spoke on Monday.",
        "Kaplan Gets Prison Visit From Wife\n\nAP - Michael Kaplan spoke on Monday.",
        "Kaplan Surrenders to Rebels\n\nAP - Michael Kaplan spoke on Monday.",
        "Kaplan Surrenders Passport\n\nAP - Michael Kaplan spoke on Monday.",
    ],
)
def test_title_case_gets_and_surrenders_of_something_else(extract_text, text) -> None:
    assert not extract_text(text).events


# -- a counted arrest, the suspects named in the next sentence as accused ---------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Police arrested two men on Tuesday. Colm Murphy, 32, and Declan Ryan, 28, will appear in court"
            " on Friday.",
            {"Colm Murphy", "Declan Ryan"},
        ),
        (
            "Detectives detained three teenagers after the raid. Kevin Byrne, Sean Duffy and Liam Nolan"
            " are accused of arson.",
            {"Kevin Byrne", "Sean Duffy", "Liam Nolan"},
        ),
        (
            "Two women were arrested at the port on Sunday.\n\nAnna Fischer and Eva Braun were charged with"
            " smuggling heroin.",
            {"Anna Fischer", "Eva Braun"},
        ),
        (
            "Police picked up two brothers in a dawn raid. Omar Haddad and Sami Haddad were remanded in"
            " custody by magistrates.",
            {"Omar Haddad", "Sami Haddad"},
        ),
        (
            "Coast guards detained two sailors on Friday. The sailors, Ivan Petrenko and Oleg Marchuk,"
            " were later freed on bail.",
            {"Ivan Petrenko", "Oleg Marchuk"},
        ),
        (
            "Police in Porto arrested three men. The suspects, Rui Costa, Nuno Gomes and Tiago Mendes,"
            " are due before a judge on Monday.",
            {"Rui Costa", "Nuno Gomes", "Tiago Mendes"},
        ),
    ],
)
def test_counted_suspects_named_next_as_accused_were_arrested(extract_text, text, names) -> None:
    pairs = event_pairs(extract_text(text))
    assert {("arrest", n) for n in names} <= pairs


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested two men on Tuesday. Colm Murphy and Declan Ryan were stabbed in the attack.",
        "Police arrested two men on Tuesday. Colm Murphy and Declan Ryan told reporters it was unfair.",
        "Police arrested two men on Tuesday. The lawyers of Colm Murphy and Declan Ryan said the charges"
        " were false.",
        "Police arrested three men on Tuesday. Colm Murphy and Declan Ryan were charged with murder.",
        "Police arrested two men on Tuesday. Judge Colm Murphy and prosecutor Declan Ryan heard the case.",
        "Police arrested two men on Tuesday. Colm Murphy and Declan Ryan, who saw the attack, testified in"
        " court.",
        "Police arrested two women on Tuesday. The men, Colm Murphy and Declan Ryan, were not charged.",
        "Police arrested two men on Tuesday. The victims, Colm Murphy and Declan Ryan, were treated in"
        " hospital.",
    ],
)
def test_others_named_after_a_counted_arrest_were_not_arrested(extract_text, text) -> None:
    assert not [e for e in extract_text(text).events if e.type == "arrest" and e.persons]
