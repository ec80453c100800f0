"""Session 17 English quotes and persons: a transcript's labelled turns are quotes once each,
whatever the label's length, and the words a speaker quotes inside their own turn stay part of
it; a title set beside its noun is no speech; relatives who share a surname (Spanish double
surnames, a relative introduced just before she speaks). Sentences written for these tests
(none copied from an evaluation set), with precision traps."""

from __future__ import annotations

from tests.extract_views import quote_openings as _quotes


def test_an_answer_under_a_full_name_label_is_one_quote(extract_text):
    result = extract_text(
        "Bruno Salcedo, 41, a union organiser, was freed from Tocorón prison in March after two "
        "years. He spoke to Radio Sur in Caracas. The interview has been condensed.\n\n"
        "Radio Sur: When did you hear that you would be released?\n\n"
        "Bruno Salcedo: Nobody told me anything until the morning. I packed in five minutes.\n\n"
        "Radio Sur: How is your health?\n\n"
        "Bruno Salcedo: My back is bad. I lost twelve kilos inside, but I can walk."
    )
    assert _quotes(result) == {("Bruno Salcedo", "Nobody told me"), ("Bruno Salcedo", "My back is")}
    assert len(result.quotes) == 2


def test_words_quoted_inside_a_turn_are_part_of_the_turn(extract_text):
    result = extract_text(
        "Radio host Ines Kraal spoke with the freed journalist Mateo Ferrand on Sunday.\n\n"
        "KRAAL: When did you know?\n\n"
        'FERRAND: A warden opened the door at night and said, "Take your bag, you are going." '
        "I did not believe him.\n\n"
        "KRAAL: Who helped you?\n\n"
        'FERRAND: My lawyer, Aurelio Brandt, told the judges, "This tribunal has no power over a '
        'civilian." After that, things moved.'
    )
    # the unnamed warden's words stay inside the turn; a named person's words quoted inside it
    # are that person's quote too (session 55: GUIDELINES, and the gold of syn28b, syn36b,
    # syn42b, syn43b, syn44b and syn45b; only syn11a read them otherwise)
    assert _quotes(result) == {
        ("Ines Kraal", "When did you"),
        ("Mateo Ferrand", "A warden opened"),
        ("Ines Kraal", "Who helped you?"),
        ("Mateo Ferrand", "My lawyer, Aurelio"),
        ("Aurelio Brandt", "This tribunal has"),
    }


def test_a_quote_in_the_narrative_after_an_interview_keeps_its_own_speaker(extract_text):
    result = extract_text(
        "Radio host Ines Kraal spoke with the freed journalist Mateo Ferrand on Sunday.\n\n"
        "KRAAL: When did you know?\n\n"
        "FERRAND: Only at the gate. I did not believe it.\n\n"
        "KRAAL: And now?\n\n"
        "FERRAND: Now I rest.\n\n"
        'Interior Minister Aurelio Brandt told reporters, "Every release was lawful."'
    )
    assert ("Aurelio Brandt", "Every release was") in _quotes(result)


def test_a_title_set_beside_its_noun_is_no_quote(extract_text):
    result = extract_text(
        'The poet Ida Vogel spent her exile writing a novel, "Three Winters," which appears in '
        'May.\n\nVogel told reporters, "Free Them All," before the hearing. '
        'Her lawyer, Piet Roos, told the radio, "We Will Win."'
    )
    assert _quotes(result) == {("Ida Vogel", "Free Them All"), ("Piet Roos", "We Will Win.")}


def test_mr_and_ms_with_a_spanish_double_surname_name_the_right_relative(extract_text):
    result = extract_text(
        "Ramiro Castaño Velasco, a former union leader who spent two years in prison, died on "
        "Monday in Madrid.\n\n"
        "His daughter, Lucía Castaño Ruiz, said the cause was a heart attack. He lived with his "
        "wife, Elena Ruiz de Castaño.\n\n"
        '"My father never stopped talking about home," Ms. Castaño said by phone.\n\n'
        "His brother, Tomás Castaño Velasco, died in custody in 1977.\n\n"
        'In 2019 Mr. Castaño told a rally, "No prison will silence us."'
    )
    assert _quotes(result) == {
        ("Lucía Castaño Ruiz", "My father never"),
        ("Ramiro Castaño Velasco", "No prison will"),
    }


def test_a_relative_introduced_just_before_she_speaks_is_the_speaker(extract_text):
    result = extract_text(
        "A court in Kutaisi jailed Levani Abashidze, a 27-year-old cook, for three years.\n\n"
        "Abashidze was led away in handcuffs.\n\n"
        "Nana Abashidze, his aunt, waited outside the court. "
        '"He only carried a flag," Abashidze told reporters. "A flag."\n\n'
        "Abashidze, the court said, would serve the term in Rustavi. "
        '"I will appeal," Abashidze said through his lawyer.'
    )
    assert _quotes(result) == {
        ("Nana Abashidze", "He only carried"),
        ("Nana Abashidze", "A flag."),
        ("Levani Abashidze", "I will appeal"),
    }


def test_a_pull_quote_repeating_earlier_words_is_no_second_quote(extract_text):
    result = extract_text(
        "Activist Rosa Pineda was freed on Monday.\n\n"
        '"Nobody explained a thing. I was sure the van was heading for the coast," she said.\n\n'
        '"I was sure the van was heading for the coast"\n\n'
        "Pineda, 30, was held for a year.\n\n"
        '"I was sure the van was heading for the coast, and then it stopped," Pineda added.'
    )
    assert _quotes(result) == {("Rosa Pineda", "Nobody explained a"), ("Rosa Pineda", "I was sure")}
    assert len(result.quotes) == 2


def test_he_after_an_office_holder_the_finder_cannot_name_is_not_an_earlier_person(extract_text):
    result = extract_text(
        "Two Peruvian students, Mario Quispe Rojas and Lucas Apaza Mamani, were expelled on "
        "Monday.\n\n"
        'Vice-Minister of Security Yeferson Benavides Ochoa told state radio: "Justice has been '
        'done." He added: "Those who break the law will go back to prison."'
    )
    assert ("Mario Quispe Rojas", "Those who break") not in _quotes(result)
    assert ("Lucas Apaza Mamani", "Those who break") not in _quotes(result)


def test_a_quote_glued_to_the_colon_after_a_party_label_is_the_members(extract_text):
    result = extract_text(
        "The committee questioned the minister for five hours.\n\n"
        'Rep. Dana Whitcomb (D-Ore.):"Nobody on this panel has seen that figure. Who gave it to you?"'
    )
    assert _quotes(result) == {("Dana Whitcomb", "Nobody on this")}


def test_a_quoted_charge_in_a_clause_joined_to_a_speech_verb_is_no_quote(extract_text):
    result = extract_text(
        "Lucia Ferro, who was detained in June after she posted a song online and was serving a "
        'term of four years for "insulting the nation", told the radio that guards woke them at dawn. '
        'Senator Ana Pires spoke for an hour and "called the budget a disgrace to every family."'
    )
    assert _quotes(result) == {("Ana Pires", "called the budget")}


def test_the_words_came_from_x_attributes_the_quote_before(extract_text):
    result = extract_text(
        "Three teachers were jailed in Batumi on Monday.\n\n"
        '"This court has no shame." The words came from Ekaterine Lomtadze, who defends one of '
        'them, speaking outside. "We will appeal," she said.\n\n'
        '"It is a fair verdict." The comment came from a court spokesman.'
    )
    assert _quotes(result) == {
        ("Ekaterine Lomtadze", "This court has"),
        ("Ekaterine Lomtadze", "We will appeal"),
    }


def test_being_told_something_does_not_make_the_teller_the_speaker(extract_text):
    result = extract_text(
        "The authorities freed 40 prisoners on Sunday, among them the singer Ko Min Thura.\n\n"
        "Min Thura, 28, who was jailed in 2022 for a protest song, said he had been told by guards on "
        "Saturday night that he would be let out.\n\n"
        '"I walked out with a guitar case and nothing in it," he told a local radio station.'
    )
    assert _quotes(result) == {("Ko Min Thura", "I walked out")}


def test_she_said_after_a_paragraph_that_goes_on_with_her_pronouns_is_hers(extract_text):
    result = extract_text(
        "Tamara Vecher, 71, taught chemistry in Barysau for forty years.\n\n"
        "Judge Ihar Lys of the Barysau court sentenced her in 2022 to three years.\n\n"
        "She spent most of it in a colony near Homel. She was to be freed in 2025. Instead, in "
        "June 2024, she was pardoned, after she wrote a petition.\n\n"
        '"I wrote it. I do not regret it. I wanted to hold my grandson while my hands still '
        'worked," she said.'
    )
    assert _quotes(result) == {("Tamara Vecher", "I wrote it.")}
