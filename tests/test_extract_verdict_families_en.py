"""English verdicts, terms and pre-trial custody by family: a term handed to a name the tagger
mistook for a product, an age that is no term, a misparsed verb with an age set off, time spent
held before trial, and an aged man or woman who is the person just named. Every sentence was
written for these tests (names, places and wording of no evaluation set)."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs as _events


def _terms(result) -> set[tuple[str, int | None]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.type == "sentence" for p in e.persons}


# -- "gave X 11 years": the number after the name is a term, not a version ---------------------


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        ("The regional court gave Maxim Tarasenko 11 years for the fire.", "Maxim Tarasenko", 132),
        (
            "Judge Pavel Orlov gave 31-year-old Bogdan Yaremchuk 16 years, the first three of them to be "
            "served in a prison.",
            "Bogdan Yaremchuk",
            192,
        ),
        ("A tribunal handed Lidia Moroz 18 months in a penal colony.", "Lidia Moroz", 18),
    ],
)
def test_a_term_after_a_name_is_no_version(extract_text, text, name, months):
    result = extract_text(text)
    assert name in {p.name for p in result.persons}
    assert (name, months) in _terms(result)


def test_a_version_after_a_product_name_is_still_no_person(extract_text):
    result = extract_text("The firm shipped Service Desk 5 years after the first release.")
    assert not result.events


# -- an age told by "turned" or "aged" is no term ------------------------------------------------


def test_an_age_reached_in_custody_is_no_term(extract_text):
    result = extract_text(
        "Igor Belov, 22, received six years, and Oleg Vinnik, who turned 20 in custody, was given "
        "eight years in a general-regime colony."
    )
    terms = _terms(result)
    assert ("Igor Belov", 72) in terms
    assert ("Oleg Vinnik", 96) in terms
    assert ("Oleg Vinnik", 240) not in terms


# -- a sentencing verb the parser read as an adjective, with the age set off ---------------------


def test_misparsed_sentencing_verb_keeps_the_term_past_the_age(extract_text):
    result = extract_text(
        "In Lida, Judge Ivan Sokal of the Hrodna Regional Court sentenced railway worker Andrei "
        'Klimovich, 52, to four years in a general-security colony for "insulting a judge".'
    )
    assert ("Andrei Klimovich", 48) in _terms(result)
    assert ("Andrei Klimovich", 52 * 12) not in _terms(result)


# -- time spent held before the verdict is an arrest ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Marta Kuzmich, a retired teacher, spent five months in pre-trial detention before her trial.",
            "Marta Kuzmich",
        ),
        ("Tomas Reiter spent a year in custody awaiting trial.", "Tomas Reiter"),
        ("Yuliya Stasevich has spent 14 months on remand in a city jail.", "Yuliya Stasevich"),
        (
            "Pensioner Anna Rudak from Lida was fined for comments about officials. The 71-year-old "
            "woman had spent three months in the pre-trial detention centre before the hearing.",
            "Anna Rudak",
        ),
    ],
)
def test_time_held_before_trial_is_an_arrest(extract_text, text, name):
    assert ("arrest", name) in _events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Reiter spent two years in prison for the robbery.",  # time served: no new arrest
        "Tomas Reiter could spend two months in pretrial detention if the judge agrees.",
        "Tomas Reiter never spent a day in pre-trial detention.",
        "Tomas Reiter will spend two months in pre-trial detention, the court ruled.",
    ],
)
def test_time_not_held_before_trial_is_no_arrest(extract_text, text):
    assert ("arrest", "Tomas Reiter") not in _events(extract_text(text))


def test_future_pretrial_stay_is_no_sentence(extract_text):
    result = extract_text("Tomas Reiter will spend two months in pre-trial detention, the court ruled.")
    assert "sentence" not in {e.type for e in result.events}


def test_an_aged_woman_is_not_the_man_just_named(extract_text):
    result = extract_text(
        "Oleg Marek was fined for the banner. The 30-year-old woman who filmed him had spent a night "
        "in custody awaiting trial."
    )
    assert ("arrest", "Oleg Marek") not in _events(result)


# -- a capitalised role opening the sentence that the tagger read as a verb ------------------------


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        ("Co-defendant Pavel Zhuk, 29, was sentenced to eight months.", "Pavel Zhuk", 8),
        (
            "Co-defendant Ho Man-yee, 52, who translated the leaflets, was jailed for seven months.",
            "Ho Man-yee",
            7,
        ),
    ],
)
def test_a_role_read_as_a_verb_leaves_the_name_its_verdict(extract_text, text, name, months):
    assert (name, months) in _terms(extract_text(text))


# -- a lead that leaves the person unnamed, a long introduction the parser hangs elsewhere ----------


def test_a_long_introduction_names_the_leads_person(extract_text):
    result = extract_text(
        "MACAU — A former bus driver was jailed on Tuesday for 20 months for running a Telegram channel "
        "that mocked officials.\n\n"
        "Chan Wing-kei, 44, who once drove buses for the now-defunct Kowloon Motor Bus Company, had "
        "pleaded guilty at Eastern Magistrates' Courts to one count of uttering seditious words under "
        "the Crimes Ordinance, the colonial-era law revived in June 2023."
    )
    assert ("Chan Wing-kei", 20) in _terms(result)


def test_a_spokesman_introduced_after_the_lead_is_not_its_person(extract_text):
    result = extract_text(
        "MACAU — A former bus driver was jailed on Tuesday for 20 months for running a Telegram channel "
        "that mocked officials.\n\n"
        "Leung Ka-fai, 51, a police spokesman, said the channel had spread hatred."
    )
    assert ("sentence", "Leung Ka-fai") not in _events(result)


# -- "Both" after a story that has told events of exactly two people -----------------------------------


def test_both_are_the_two_people_told_of_so_far(extract_text):
    result = extract_text(
        "Chan Wing-kei was jailed for 20 months. His co-defendant Ho Man-yee was given a suspended "
        "term and released. Both were arrested by police at their flat in June last year."
    )
    events = _events(result)
    assert ("arrest", "Chan Wing-kei") in events
    assert ("arrest", "Ho Man-yee") in events


def test_both_after_three_people_is_no_one(extract_text):
    result = extract_text(
        "Chan Wing-kei was jailed for 20 months. Ho Man-yee was released. Li Wai was freed too. "
        "Both were arrested in June."
    )
    assert not any(t == "arrest" for t, _ in _events(result))


# -- a pronoun bound by the person's unnamed client or son -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Attorney Mark Feld, for the defence, told the court his client felt deep shame and had closed "
        "the account before his arrest.",
        "Mark Feld said his son had lost his job before his arrest.",
    ],
)
def test_a_pronoun_bound_by_an_unnamed_relative_is_not_the_speaker(extract_text, text):
    assert ("arrest", "Mark Feld") not in _events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Mark Feld said his lawyer filed an appeal a week before his release.",
        "Anna Rudak said her lawyer had filed a complaint before her arrest.",
    ],
)
def test_a_pronoun_past_a_lawyer_is_still_the_person(extract_text, text):
    result = extract_text(text)
    assert any(name in ("Mark Feld", "Anna Rudak") for _, name in _events(result))


# -- "charged and jailed artist X": the second verb read as an adjective of the role ----------------


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Authorities charged and jailed artist Lev Sorokin in April.", ("arrest", "Lev Sorokin")),
        ("Authorities have charged and jailed the artist Lev Sorokin.", ("arrest", "Lev Sorokin")),
        ("Lev Sorokin was charged and jailed in April.", ("arrest", "Lev Sorokin")),
        ("Authorities convicted and jailed artist Lev Sorokin in April.", ("sentence", "Lev Sorokin")),
        ("Police beat and detained activist Lev Sorokin at the rally.", ("arrest", "Lev Sorokin")),
    ],
)
def test_the_second_of_two_verbs_before_a_role(extract_text, text, event):
    assert event in _events(extract_text(text))


def test_charged_and_jailed_for_a_term_is_a_sentence(extract_text):
    result = extract_text("Authorities charged and jailed artist Lev Sorokin for three years.")
    assert ("Lev Sorokin", 36) in _terms(result)


@pytest.mark.parametrize(
    "text",
    [
        "Supporters of the detained and jailed artist Lev Sorokin marched on Sunday.",
        "Prosecutors want to charge and jail artist Lev Sorokin.",
    ],
)
def test_jailed_as_an_adjective_or_a_plan_is_no_event(extract_text, text):
    assert not _events(extract_text(text))


# -- wire fractions ---------------------------------------------------------------------------------


def test_a_wire_fraction_is_half_a_year(extract_text):
    result = extract_text("A Yerevan court sentenced blogger Aram Sargsyan to 3-1/2 years in prison.")
    assert ("Aram Sargsyan", 42) in _terms(result)


# -- a "who" clause the parser hung on a thing after a person's description -------------------------


def test_who_after_a_description_is_the_persons(extract_text):
    result = extract_text(
        "Among those convicted were film director Giorgi Beridze, 41, who received the longest term "
        "of 5-1/2 years, law student Nino Abashidze, 23, who was given three years, and Irakli "
        "Tsiklauri, a driver for a taxi app, who was jailed for four years."
    )
    terms = _terms(result)
    assert {("Giorgi Beridze", 66), ("Nino Abashidze", 36), ("Irakli Tsiklauri", 48)} <= terms


# -- words after "addressed the court:" ----------------------------------------------------------------


def _quotes(result) -> set[tuple[str, str]]:
    names = {p.id: p.name for p in result.persons}
    return {(names.get(q.speaker), q.text.split()[0]) for q in result.quotes}


def test_words_addressed_to_the_court_after_a_colon_are_a_quote(extract_text):
    result = extract_text(
        "Before the verdict was read out, Levan Gelovani addressed the court: I am not asking for "
        "forgiveness, I am asking you to read the file, every page of it."
    )
    assert ("Levan Gelovani", "I") in _quotes(result)


@pytest.mark.parametrize(
    "text",
    [
        "Levan Gelovani addressed the issue: the government did nothing.",
        "Levan Gelovani addressed the rally, thanking the crowd for coming.",
    ],
)
def test_addressing_a_topic_is_no_quote(extract_text, text):
    assert not extract_text(text).quotes


# -- "Both" once the lead's unnamed person has a name ----------------------------------------------


def test_both_counts_the_leads_person_once_named(extract_text):
    result = extract_text(
        "MACAU — A former bus driver was jailed on Tuesday for 20 months for running a Telegram channel "
        "that mocked officials.\n\n"
        "Chan Wing-kei, 44, who once drove buses for the city, had pleaded guilty to sedition.\n\n"
        "Co-defendant Ho Man-yee, 52, who translated the posts, was jailed for seven months, suspended "
        "for two years. She was granted bail in May and walked free from court.\n\n"
        "Both were arrested by police at their flat in June last year."
    )
    events = _events(result)
    assert ("arrest", "Chan Wing-kei") in events
    assert ("arrest", "Ho Man-yee") in events


# -- an acquittal of someone never held; a death after release -----------------------------------


def test_an_acquittal_of_someone_never_held_is_no_release(extract_text):
    result = extract_text(
        "Three reporters remain in detention in the capital. In a separate case, a Warsaw court on "
        "Friday acquitted the poet Anna Lis of defaming a minister. She had never been detained and "
        "attended the hearing as a free woman."
    )
    assert ("release", "Anna Lis") not in _events(result)


def test_an_acquittal_of_a_detainee_is_a_release(extract_text):
    result = extract_text(
        "Anna Lis was detained in March. A Warsaw court on Friday acquitted her of defaming a minister."
    )
    assert ("release", "Anna Lis") in _events(result)


def test_a_death_at_home_after_release_is_no_death_in_custody(extract_text):
    result = extract_text(
        "The dissident Pavel Rudzik died at home in Vilnius on Monday at the age of 66, two years after "
        "he was released from a Belarusian penal colony."
    )
    assert ("death", "Pavel Rudzik") not in _events(result)


@pytest.mark.parametrize(
    "text",
    [
        "Pavel Rudzik died in a prison hospital ten days after his transfer to a colony.",
        "Pavel Rudzik died in prison a week before he was due to be released.",
    ],
)
def test_a_death_in_custody_stays_one(extract_text, text):
    assert ("death", "Pavel Rudzik") in _events(extract_text(text))


# -- prisons named like people ------------------------------------------------------------------


def test_names_of_prisons_are_no_persons(extract_text):
    result = extract_text(
        "The 40 were taken from La Soledad and La Victoria prisons before dawn and expelled to Honduras. "
        "Pedro Ruiz Lara died in La Soledad prison in May."
    )
    names = {p.name for p in result.persons}
    assert "Pedro Ruiz Lara" in names
    assert not names & {"La Soledad", "La Victoria", "Soledad", "Victoria"}


def test_a_name_before_prison_terms_is_still_a_person(extract_text):
    result = extract_text(
        "The court handed Oleg Marek, Vera Sadovskaya and Ihar Tsimoshyk prison terms of 6, 5 and 4 "
        "years respectively."
    )
    assert {"Oleg Marek", "Vera Sadovskaya", "Ihar Tsimoshyk"} <= {p.name for p in result.persons}


# -- "whom a court had sentenced": an object relative in the past perfect, after a person noun -------


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Tomas Weber, whom a court had sentenced to nine years, was freed.", ("sentence", "Tomas Weber")),
        ("Tomas Weber, whom the court had jailed for nine years, was freed.", ("sentence", "Tomas Weber")),
        (
            "Also aboard was Tomas Weber, an Austrian nurse whom a Minsk court had sentenced to death.",
            ("sentence", "Tomas Weber"),
        ),
        ("Tomas Weber, a lawyer whom police have detained twice, spoke.", ("arrest", "Tomas Weber")),
    ],
)
def test_an_object_relative_with_an_auxiliary(extract_text, text, event):
    assert event in _events(extract_text(text))


def test_a_judge_who_sentenced_others_is_not_sentenced(extract_text):
    result = extract_text("Tomas Weber, a judge who had sentenced dozens of protesters, resigned.")
    assert ("sentence", "Tomas Weber") not in _events(result)


# -- "Y pardoned him": the object pronoun is not the pardoner -----------------------------------------


def test_an_object_pronoun_is_not_its_verbs_subject(extract_text):
    result = extract_text("Tomas Weber was sentenced to death. Viktor Orlov pardoned him in May.")
    events = _events(result)
    assert ("release", "Tomas Weber") in events
    assert ("release", "Viktor Orlov") not in events


# -- gapped terms: a hyphenated role, a name joined to the first verb --------------------------------


def test_a_gapped_term_after_a_hyphenated_role(extract_text):
    result = extract_text(
        "The court sentenced Anna Melnik to 8 years and her co-defendant Pavel Suhak to 7 years."
    )
    terms = _terms(result)
    assert ("Anna Melnik", 96) in terms
    assert ("Pavel Suhak", 84) in terms


def test_a_gapped_bare_term_is_not_also_the_first_term(extract_text):
    result = extract_text("Anna Melnik was sentenced to eight years; Pavel Suhak, to seven.")
    terms = _terms(result)
    assert ("Pavel Suhak", 84) in terms
    assert ("Pavel Suhak", 96) not in terms


# -- "Among them were the lawyer A and the poet B": the second member hung on the verb ----------------


@pytest.mark.parametrize(
    "members",
    [
        "the lawyer Farrukh Nazarov and the poet Jamshed Rahimov",
        "lawyer Farrukh Nazarov and poet Jamshed Rahimov",
        "the lawyer Farrukh Nazarov, who had served nine years of a 23-year sentence, and the poet "
        "Jamshed Rahimov",
    ],
)
def test_every_member_of_an_among_list(extract_text, members):
    result = extract_text(f"Tajikistan released 11 political prisoners on Monday. Among them were {members}.")
    events = _events(result)
    assert ("release", "Farrukh Nazarov") in events
    assert ("release", "Jamshed Rahimov") in events


def test_a_member_of_a_list_not_freed_stays_out(extract_text):
    result = extract_text(
        "Tajikistan released 11 political prisoners on Monday. Among them was the lawyer Farrukh "
        "Nazarov, and the poet Jamshed Rahimov remains in prison."
    )
    assert ("release", "Jamshed Rahimov") not in _events(result)


# -- "they" of two named people, each with a term ---------------------------------------------------


def test_they_received_respective_terms(extract_text):
    result = extract_text(
        "Anna Melnik and Pavel Suhak were convicted of treason on Monday. They received eight and "
        "seven years respectively."
    )
    terms = _terms(result)
    assert ("Anna Melnik", 96) in terms
    assert ("Pavel Suhak", 84) in terms
    assert ("Pavel Suhak", 96) not in terms


def test_the_court_gave_them_a_term_each(extract_text):
    result = extract_text(
        "Anna Melnik and Pavel Suhak were convicted of treason on Monday. The court gave them six years each."
    )
    terms = _terms(result)
    assert {("Anna Melnik", 72), ("Pavel Suhak", 72)} <= terms


def test_the_court_gave_them_no_term(extract_text):
    result = extract_text(
        "Anna Melnik and Pavel Suhak were convicted of treason on Monday. The court gave them a reprimand."
    )
    assert all(months is None for _, months in _terms(result))


# -- a lead's unnamed person named in the next paragraph: more introductions ---------------------------


_GEORGIA = (
    "Georgia detains opposition figure at border\n\n"
    "TBILISI — Georgian police on Friday detained an opposition politician at the border with Armenia, "
    "his party said.\n\n"
)
_AZERBAIJAN = (
    "Azerbaijan frees jailed economist\n\n"
    "BAKU — Azerbaijan on Monday released a prominent economist who had been jailed for more than a "
    "year on charges of smuggling, his lawyer said.\n\n"
)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            _GEORGIA + "Giorgi Vashadze, the leader of the Strategy Builder party, was taken to a police "
            "station in Sadakhlo and later transferred to Tbilisi, party members said.",
            ("arrest", "Giorgi Vashadze"),
        ),
        (
            _AZERBAIJAN + "Gubad Ibadoghlu, 53, a senior visiting fellow at a London university, was placed "
            "under house arrest instead, lawyer Zibeyda Sadigova told reporters.",
            ("release", "Gubad Ibadoghlu"),
        ),
        (
            "Russia sentences US citizen to 12 years\n\n"
            "MOSCOW — A Russian court on Thursday sentenced a dual US-Russian citizen to 12 years in prison "
            "on treason charges.\n\n"
            "Ksenia Karelina, 33, a Los Angeles resident, was detained in Yekaterinburg in January.",
            ("sentence", "Ksenia Karelina"),
        ),
    ],
)
def test_the_leads_person_introduced_next(extract_text, text, event):
    assert event in _events(extract_text(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            _GEORGIA + "Nino Vashadze, the politician's wife, was also questioned for several hours.",
            "Nino Vashadze",
        ),
        (
            _GEORGIA + "Levan Kiknadze, the head of the border police, said the man had forged papers.",
            "Levan Kiknadze",
        ),
        (
            _AZERBAIJAN + "Rauf Mirkadyrov, 53, had been the economist's cellmate, lawyer Zibeyda Sadigova "
            "told reporters.",
            "Rauf Mirkadyrov",
        ),
    ],
)
def test_someone_beside_the_leads_person_is_not_them(extract_text, text, name):
    assert not any(person == name for _, person in _events(extract_text(text)))


_JOURNALIST_LEAD = (
    "Belarus jails journalist for four years\n\n"
    "MINSK — A court in Minsk on Tuesday sentenced a freelance journalist to four years in a "
    "general-regime colony, rights groups said."
)


@pytest.mark.parametrize(
    "after",
    [
        "\n\nOn Tuesday, Ihar Iliyash, 39, stood in a metal cage as the verdict was read.",
        "\n\nThe Belarusian Association of Journalists identified him as Ihar Iliyash, 39, a contributor "
        "to several exiled outlets.",
        " Ihar Iliyash, 39, was arrested in October.",
    ],
)
def test_the_leads_journalist_named_after_an_adverbial_by_identify_or_with_an_age(extract_text, after):
    assert ("Ihar Iliyash", 48) in _terms(extract_text(_JOURNALIST_LEAD + after))


@pytest.mark.parametrize(
    "after",
    [
        " Anna Rudak, 39, another journalist, was fined.",
        "\n\nAnna Rudak, 39, a colleague of the journalist, was also fined.",
        " Anna Rudak was fined.",
    ],
)
def test_a_second_person_after_the_lead_is_not_its_person(extract_text, after):
    assert ("sentence", "Anna Rudak") not in _events(extract_text(_JOURNALIST_LEAD + after))


# -- "A and three other members ... All four were sentenced": the counted-back group's named part ------


@pytest.mark.parametrize(
    ("text", "names", "months"),
    [
        (
            "The Minsk City Court tried in absentia Pavel Latyk and three other members of a workers group "
            "who live abroad. All four were sentenced to 12 years each.",
            ["Pavel Latyk"],
            144,
        ),
        (
            "A court in Brest tried Oleg Marek, Vera Sadovskaya and two other activists. All four were "
            "jailed for three years.",
            ["Oleg Marek", "Vera Sadovskaya"],
            36,
        ),
    ],
)
def test_a_group_counted_back_holds_the_named_part(extract_text, text, names, months):
    terms = _terms(extract_text(text))
    assert all((name, months) in terms for name in names)


def test_a_group_of_another_size_is_not_the_named_part(extract_text):
    result = extract_text(
        "A court tried Oleg Marek and three other members of the group. All five were sentenced to 12 years."
    )
    assert ("sentence", "Oleg Marek") not in _events(result)


# -- a forced return to a country is a deportation (and frees no one) ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sok Dara was forcibly returned to Tajikistan, where he was jailed for seven years.",
        "Sok Dara was sent back to Russia by Kazakh authorities.",
    ],
)
def test_a_forced_return_is_a_deportation(extract_text, text):
    events = _events(extract_text(text))
    assert ("deportation", "Sok Dara") in events
    assert ("release", "Sok Dara") not in events


@pytest.mark.parametrize(
    "text",
    [
        "Sok Dara returned to Tajikistan in 2019 to visit his mother.",
        "Sok Dara could be returned to Tajikistan.",
        "Sok Dara was sent to Russia for medical treatment.",
        "The ministry returned the documents of Sok Dara to Russia.",
    ],
)
def test_a_return_of_ones_own_a_plan_or_a_thing_is_no_deportation(extract_text, text):
    assert ("deportation", "Sok Dara") not in _events(extract_text(text))


# -- "the border crossing of X": a place, not a person, and no new speaker ------------------------------


def test_a_crossing_of_a_place_keeps_the_speaker(extract_text):
    result = extract_text(
        'Envoy Mark Feld arrived on Monday. "This is a start," Feld told reporters at the border crossing '
        'of Kamenny Log, where the freed men were handed over. "We want more, and we have said so very '
        'plainly."'
    )
    assert "Kamenny Log" not in {p.name for p in result.persons}
    assert ("Mark Feld", "We") in _quotes(result)


def test_a_second_speaker_named_between_quotes_takes_the_floor(extract_text):
    result = extract_text(
        '"This is a start," Mark Feld told reporters. Then Anna Rudak spoke. "We want more."'
    )
    assert ("Mark Feld", "We") not in _quotes(result)


# -- an event noun whose clause's predicate is denied, not the event --------------------------------


def test_a_release_that_does_not_end_repression_happened(extract_text):
    result = extract_text("The release of Anna Melnik does not end the repression, Amnesty said.")
    assert ("release", "Anna Melnik") in _events(result)


def test_a_counted_release_that_does_not_end_repression_keeps_its_count(extract_text):
    result = extract_text("The release of 40 political prisoners does not end the repression, Amnesty said.")
    assert any(e.type == "release" and e.count == 40 for e in result.events)


@pytest.mark.parametrize(
    "text",
    [
        "The release of Anna Melnik did not happen.",
        "The release of Anna Melnik has not taken place.",
        "The release of Anna Melnik would not end the repression.",
    ],
)
def test_a_denied_or_hypothetical_release_is_none(extract_text, text):
    assert ("release", "Anna Melnik") not in _events(extract_text(text))
