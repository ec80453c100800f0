"""Quote speakers, in wording invented for these tests (session 25): a "she said" never goes to
a man the story has called "he" (nor "he said" to such a woman) when the name tells no sex, nor
to a man whose sex is known; 'read a letter she wrote: "..."' is the woman named in the
sentence; an office's name the parser made the subject ('said CPJ Europe ... Coordinator Anna Brodsky') does
not speak for the person named after it; "Ms X" among relatives is the one not known to be a
man; and an interview answer's own narration ('my lawyer came and could not speak') is no
second quote."""

from __future__ import annotations

import pytest

from tests.extract_views import quote_openings

_DETAINED = (
    "Rapper Teodoro Vasconcelos Prado, 31, was picked up outside his flat in the old town on "
    "Friday morning, according to a message posted by his girlfriend, Yarelis Fonseca Tamayo.\n\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "Teodoro Vasconcelos Prado performs under a stage name. He was questioned twice last year "
        "and his studio was searched in March.\n\n",
        "Teodoro Vasconcelos Prado has spent most of the year at home. He says his phone is tapped, "
        "and his neighbours report men watching the building.\n\n",
    ],
)
@pytest.mark.parametrize("verb", ["wrote", "said", "posted"])
def test_she_is_not_the_man_called_he(extract_text, opening, verb):
    result = extract_text(
        opening + _DETAINED + f'"Four police vans for one young man with a guitar," she {verb}.'
    )
    openings = quote_openings(result)
    assert ("Teodoro Vasconcelos Prado", "Four police vans") not in openings
    assert ("Yarelis Fonseca Tamayo", "Four police vans") in openings


def test_she_after_a_man_of_known_sex_gives_nobody(extract_text):
    result = extract_text(
        "Teodoro Vasconcelos Prado performs under a stage name. He was questioned twice last year "
        "and his studio was searched in March.\n\nHe was picked up again on Friday, his lawyer "
        'Orlando Pineda Ruiz said.\n\n"They will not let him sing," she said.'
    )
    assert not any(o[1] == "They will not" and o[0] != "?" for o in quote_openings(result))


def test_he_after_one_object_her_still_speaks(extract_text):
    result = extract_text(
        "Police confirmed that the opposition leader Agathe Nyirahabimana was held overnight.\n\n"
        "Her spokesman, Innocent Habimana, said officers stopped her car and took her away. "
        '"They want the hall empty before the vote," he said.'
    )
    assert ("Innocent Habimana", "They want the") in quote_openings(result)


@pytest.mark.parametrize("place", ["Stanley Prison", "a cell in Tai Lam Centre"])
def test_a_letter_she_wrote_is_the_woman_named_in_the_sentence(extract_text, place):
    result = extract_text(
        "Nineteen activists were sentenced in Hong Kong on Tuesday.\n\n"
        "Lawyers for Priscilla Cheung said she had served most of her term already.\n\n"
        f'A lawyer for Winifred Lau read a letter she wrote in {place}: "I stood for the council '
        'because I thought there was room for us. I still think so."'
    )
    assert ("Winifred Lau", "I stood for") in quote_openings(result)


@pytest.mark.parametrize(
    "sentence",
    [
        '"Four years ago the paper showed where the ministers kept their money. Now the whole '
        'staff faces prison," said CPJ Europe and Central Asia Program Coordinator Helga Lindqvist.',
        '"Four years ago the paper showed where the ministers kept their money," said RSF Eastern '
        "Europe and Central Asia Desk Head Helga Lindqvist.",
    ],
)
def test_an_office_before_the_name_does_not_speak(extract_text, sentence):
    result = extract_text(
        "A court in Baku jailed six reporters of an independent paper on Monday.\n\n" + sentence
    )
    assert ("Helga Lindqvist", "Four years ago") in quote_openings(result)


@pytest.mark.parametrize("honorific", ["Ms", "Ms.", "Mrs"])
def test_ms_among_relatives_is_the_one_not_known_a_man(extract_text, honorific):
    result = extract_text(
        "The detention of the rights campaigner Parwasha Gul Afridi outside a press club on Monday "
        "set off protests in four districts. Her father, Malik Gul Afridi, a retired teacher, "
        "had himself been held for a week in 2019.\n\n"
        f'"Every time they take one of us, ten more will speak," {honorific} Afridi said at the '
        "press conference, an hour before she was taken away."
    )
    assert ("Parwasha Gul Afridi", "Every time they") in quote_openings(result)


def test_ms_among_two_women_of_unknown_sex_stays_unsure(extract_text):
    result = extract_text(
        "The campaigners Parwasha Gul Afridi and Zarmina Gul Afridi, who are sisters, were held "
        "outside a press club on Monday.\n\n"
        '"Every time they take one of us, ten more will speak," Ms Afridi said.'
    )
    assert ("Parwasha Gul Afridi", "Every time they") not in quote_openings(result)
    assert ("Zarmina Gul Afridi", "Every time they") not in quote_openings(result)


def test_the_narration_of_an_interview_answer_is_no_quote_of_its_own(extract_text):
    result = extract_text(
        "The radio presenter Corazon Villanueva-Santos spent four years in jail before a court "
        "cleared her in May. We spoke to her in Manila.\n\n"
        "Q: When did you learn of the verdict?\n\n"
        "My lawyer, Atty. Benigno Salcedo Cruz, walked into the visiting room and he could not "
        "speak, he was only crying. So I understood. I did not feel happy at once.\n\n"
        "Q: Will you go back on air?\n\n"
        "If they will have me, yes. I am a broadcaster."
    )
    openings = quote_openings(result)
    assert not any(o[0] == "Benigno Salcedo Cruz" for o in openings)


_SURVIVED = (
    "The physicist Arkady Belousov died in a prison hospital in Omsk on Sunday at the age of 71. "
    "His daughter, Vera Belousova, said the family learned of his death from a prison letter.\n\n"
    "Belousov had served four years of a twelve-year term for treason.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        'In a message to friends after the funeral, his daughter wrote: "He kept his sense of humour '
        'until the very last visit."',
        '"He kept his sense of humour until the very last visit," his daughter said.',
        'Speaking outside the prison gates, his daughter said: "He kept his sense of humour until the '
        'very last visit."',
    ],
)
def test_his_daughter_is_the_daughter_introduced_before(extract_text, sentence):
    result = extract_text(_SURVIVED + sentence)
    assert ("Vera Belousova", "He kept his") in quote_openings(result)


def test_another_mans_daughter_is_nobody_introduced(extract_text):
    result = extract_text(
        _SURVIVED + "His cellmate, Pavel Ignatov, was freed in May and now lives in Riga.\n\n"
        'In a message to friends, his daughter wrote: "They never let us say goodbye to him."'
    )
    assert ("Vera Belousova", "They never let") not in quote_openings(result)


def test_a_son_of_unknown_name_is_nobody(extract_text):
    result = extract_text(
        "The physicist Arkady Belousov died in a prison hospital in Omsk on Sunday. His daughter, "
        'Vera Belousova, said the family learned of it from a letter.\n\n"He was never a spy," his son said.'
    )
    assert ("Vera Belousova", "He was never") not in quote_openings(result)


def test_a_name_inside_the_speakers_description_does_not_speak(extract_text):
    result = extract_text(
        "Voters in the county have drifted away from the party.\n\n"
        '"The young people here look at politics differently now," said Marcus Whitcombe, a Sanders '
        "volunteer from the east side."
    )
    assert ("Marcus Whitcombe", "The young people") in quote_openings(result)


def test_a_capitalised_she_after_the_quote_opens_the_next_sentence(extract_text):
    result = extract_text(
        "After the senator fell ill, Douglas Pemberton wrote to her, telling her, "
        '"you are the best we have and we need you back soon!" She answered him a week later.'
    )
    assert ("Douglas Pemberton", "you are the") in quote_openings(result)
