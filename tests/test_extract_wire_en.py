"""Families of real news prose: speech in single quotation marks (British and Commonwealth
style), a name the parser hangs on the verb after its role-noun object, gapped term lists,
dates run into names, deaths in the custody place a where-clause describes, and title-case
headline participles, each beside its traps. The sentences are written here, not taken from
any yardstick."""

from __future__ import annotations

import pytest

from vigil.model import Extraction


def names(result: Extraction) -> set[str]:
    return {p.name for p in result.persons}


def events(result: Extraction) -> set[tuple[str, str]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(e.type, by_id[pid]) for e in result.events for pid in e.persons}


def terms(result: Extraction) -> set[tuple[str, int | None]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.type == "sentence" for pid in e.persons}


def quotes(result: Extraction) -> list[tuple[str, str]]:
    by_id = {p.id: p.name for p in result.persons}
    return [(by_id[q.speaker], q.text) for q in result.quotes]


# --- single quotation marks ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "\u2018She never gave up on her friends,\u2019 said her neighbour Olena Marchuk.",
        "'She never gave up on her friends,' Olena Marchuk told the newspaper.",
        "Olena Marchuk, a neighbour, spoke outside the court.\n\n"
        "'She never gave up on her friends,' she said.",
    ],
)
def test_single_marks_quote_speech(extract_text, text):
    said = quotes(extract_text(text))
    assert said == [("Olena Marchuk", "She never gave up on her friends")]


def test_single_marks_in_a_document_of_single_marks_pair_each_quote(extract_text):
    result = extract_text(
        "Rights lawyer Petro Savchuk was detained in the morning.\n\n"
        "'They came at six and took his laptop,' his wife Iryna Savchuk said. "
        "'We have not heard from him since.'"
    )
    said = quotes(result)
    assert ("Iryna Savchuk", "They came at six and took his laptop") in said
    assert ("Iryna Savchuk", "We have not heard from him since.") in said


def test_apostrophes_are_no_quote_marks(extract_text):
    result = extract_text(
        "'We were told it's over,' said Dmytro Kovalenko. The activists' lawyers said the band's"
        " rock 'n' roll from the '80s was banned, and Kovalenko's brother agreed."
    )
    assert quotes(result) == [("Dmytro Kovalenko", "We were told it's over")]


def test_single_marks_inside_double_marks_stay_a_quote_within_the_quote(extract_text):
    result = extract_text(
        "\"The guard told us 'nobody leaves today' and locked the door,\" said Halyna Tkachenko."
    )
    assert quotes(result) == [
        ("Halyna Tkachenko", "The guard told us 'nobody leaves today' and locked the door")
    ]


def test_double_marks_inside_single_marks_keep_their_words(extract_text):
    result = extract_text(
        "Roman Bondar spoke to reporters.\n\n"
        "'The judge called it \u201cjust a formality\u201d, but he is still in a cell,' Bondar said."
    )
    assert quotes(result) == [
        ("Roman Bondar", 'The judge called it "just a formality", but he is still in a cell')
    ]


def test_a_single_quoted_label_is_no_quote(extract_text):
    result = extract_text("Marta Hnatiuk called the charges 'absurd' after the hearing on Monday.")
    assert quotes(result) == []


# --- a name hung on the verb after its role noun --------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "name"),
    [
        (
            "Police in Armenia detained opposition politician Levon Sargsyan on Monday.",
            "arrest",
            "Levon Sargsyan",
        ),
        ("Officers in Tbilisi arrested journalist Nino Beridze at her home.", "arrest", "Nino Beridze"),
        (
            "A court in Yerevan on Friday sentenced activist Levon Sargsyan to four years.",
            "sentence",
            "Levon Sargsyan",
        ),
        ("Guards in Baku detained economist Rauf Mammadli, his daughter said.", "arrest", "Rauf Mammadli"),
    ],
)
def test_the_name_after_a_role_object_is_the_one_the_event_befalls(extract_text, text, etype, name):
    assert (etype, name) in events(extract_text(text))


def test_a_name_in_a_clause_after_the_object_is_not_its_patient(extract_text):
    result = extract_text("Police in Armenia seized the car Levon Sargsyan was driving.")
    assert events(result) == set()


# --- gapped term lists ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The tribunal gave Karim Nasser seven years, Omar Haddad five years and Samir Aziz three years.",
        "The judge sentenced Karim Nasser to seven years, Omar Haddad to five and Samir Aziz to three years.",
        "Karim Nasser received seven years, Omar Haddad five years and Samir Aziz three years.",
    ],
)  # fmt: skip
def test_each_name_takes_the_term_after_it(extract_text, text):
    got = terms(extract_text(text))
    assert {("Karim Nasser", 84), ("Omar Haddad", 60), ("Samir Aziz", 36)} <= got
    assert ("Omar Haddad", 84) not in got


def test_a_time_ago_after_a_name_is_no_term(extract_text):
    got = terms(extract_text("Karim Nasser was sentenced to seven years, Omar Haddad said five years ago."))
    assert not any(name == "Omar Haddad" for name, _ in got)


# --- a date run into a name -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["On Thursday Ales Karpovich was detained.", "In April Ales Karpovich was detained."]
)
def test_a_date_before_a_name_is_no_part_of_it(extract_text, text):
    result = extract_text(text)
    assert names(result) == {"Ales Karpovich"}
    assert ("arrest", "Ales Karpovich") in events(result)


# --- death in the custody place a where-clause describes ------------------------------------


def test_dying_in_the_prison_a_where_clause_describes_is_a_death_in_custody(extract_text):
    result = extract_text("It was the same colony where poet Yuri Danko died of pneumonia in 2011.")
    assert ("death", "Yuri Danko") in events(result)


def test_a_where_clause_of_no_custody_place_is_no_death_in_custody(extract_text):
    result = extract_text("It was the same village where poet Yuri Danko died of pneumonia in 2011.")
    assert events(result) == set()


# --- title-case headline participles --------------------------------------------------------


BODY = "\n\nKYIV (Wire) - A court ruled on the case on Monday, a lawyer said."


@pytest.mark.parametrize(
    ("headline", "etype", "term"),
    [
        ("Blogger Taras Hnatyuk Jailed for Nine Years", "sentence", 108),
        ("Blogger Taras Hnatyuk Freed After Three Years", "release", None),
        ("Blogger Taras Hnatyuk Dies in Prison", "death", None),
    ],
)
def test_a_title_case_participle_after_a_name_is_the_headline_verb(extract_text, headline, etype, term):
    result = extract_text(headline + BODY)
    assert (etype, "Taras Hnatyuk") in events(result)
    if term is not None:
        assert ("Taras Hnatyuk", term) in terms(result)


@pytest.mark.parametrize(
    "headline", ["Blogger Taras Hnatyuk Dies at 90", "Will Blogger Taras Hnatyuk Be Freed?"]
)
def test_title_case_headlines_of_no_event(extract_text, headline):
    assert events(extract_text(headline + BODY)) == set()


# --- a term handed to a pronoun, and durations that are no term -----------------------------


def test_a_term_handed_to_a_pronoun_in_a_court_sentence(extract_text):
    result = extract_text(
        "Viktor Melnyk was arrested in May. The judge found him guilty and handed him 11 years."
    )
    assert ("Viktor Melnyk", 132) in terms(result)


@pytest.mark.parametrize(
    "text",
    [
        "Viktor Melnyk joined the company. The owner gave him three years to repay the loan.",
        "Viktor Melnyk joined the company. The owner gave him three years of training.",
    ],
)
def test_a_duration_given_for_a_purpose_is_no_term(extract_text, text):
    assert events(extract_text(text)) == set()


def test_a_duration_of_punishment_is_a_term(extract_text):
    result = extract_text("The court gave Viktor Melnyk three years of hard labour.")
    assert ("Viktor Melnyk", 36) in terms(result)


def test_a_title_case_hanging_of_a_named_person_is_a_death(extract_text):
    result = extract_text("Regime Hangs Dissident Farid Rahimi" + BODY)
    assert ("death", "Farid Rahimi") in events(result)


def test_a_title_case_verb_before_a_possessed_thing_is_no_death(extract_text):
    assert events(extract_text("Museum Hangs Painter Farid Rahimi's Canvases" + BODY)) == set()


# --- snatched by the state's forces ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Masked officers snatched Oksana Levchuk outside her flat.",
        "Oksana Levchuk was grabbed on the street by plainclothes police.",
    ],
)
def test_snatched_by_security_forces_is_an_arrest(extract_text, text):
    assert ("arrest", "Oksana Levchuk") in events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    ["Oksana Levchuk was snatched by a gang of robbers.", "Oksana Levchuk grabbed the last ticket."],
)
def test_snatching_by_others_is_no_arrest(extract_text, text):
    assert events(extract_text(text)) == set()


def test_a_single_marked_quote_that_runs_over_paragraphs_is_one_quote(extract_text):
    result = extract_text(
        "Bohdan Shevchuk, her lawyer, spoke after the hearing.\n\n"
        "'The appeal was rejected in ten minutes,' Shevchuk said. 'We will go to the supreme court.\n\n"
        "'She is ready for a long fight.'\n\n"
        "The court declined to comment."
    )
    assert quotes(result) == [
        ("Bohdan Shevchuk", "The appeal was rejected in ten minutes"),
        ("Bohdan Shevchuk", "We will go to the supreme court."),
    ]


def test_doubled_apostrophes_are_no_single_marks(extract_text):
    result = extract_text(
        "''Voters will not settle for 'we will bomb them,''' said Senator Roy Denton of Ohio."
    )
    assert not any("''" in text for _speaker, text in quotes(result))


def test_a_name_set_off_after_a_fronted_adverb_is_the_subject(extract_text):
    result = extract_text(
        'Dmitri Orlov ran from the car. There, Orlov, known to officers as "the Fox," was'
        " eventually handcuffed and taken into custody."
    )
    assert ("arrest", "Dmitri Orlov") in events(result)


# --- a sentencing told as done --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups condemned the sentencing of six activists, including Marat Ziyadov.",
        "Marat Ziyadov was moved to a penal colony after his sentencing in March.",
    ],
)
def test_a_sentencing_told_as_done_is_a_sentence(extract_text, text):
    assert ("sentence", "Marat Ziyadov") in events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Marat Ziyadov is awaiting sentencing.",
        "Marat Ziyadov's sentencing is set for March.",
        "Marat Ziyadov spoke at his sentencing hearing.",
    ],
)
def test_a_sentencing_to_come_is_no_sentence(extract_text, text):
    assert events(extract_text(text)) == set()


def test_a_single_pair_right_inside_an_unpaired_double_mark_stays(extract_text):
    result = extract_text(
        "Lena Brook recalled the visit.\n\n"
        '"He looked at me. "And then he said, \'Nobody will help you here,\'" Brook said.'
    )
    assert not any(text.startswith("Nobody will help") for _speaker, text in quotes(result))


# --- two verbs sharing the object after the second -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Officers arrested and charged blogger Danylo Kravets on Sunday.",
        "Officers detained and questioned Danylo Kravets for hours.",
    ],
)
def test_the_first_of_two_verbs_shares_the_object_after_the_second(extract_text, text):
    assert ("arrest", "Danylo Kravets") in events(extract_text(text))


def test_a_second_clause_with_its_own_subject_shares_no_object(extract_text):
    result = extract_text("Officers arrested two men and Danylo Kravets filmed the scene.")
    assert ("arrest", "Danylo Kravets") not in events(result)
