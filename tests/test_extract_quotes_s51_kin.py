"""English speakers of session 51 (helper quotes): a relative named by a possessive.

Feature stories name a prisoner's mother or wife in full by the family name ("Tamara Karpovich")
and then call her only "his mother" in a speech tag, or let a "she says" follow a sentence whose
subject is "his mother". Neither sets the name beside the relation, so no apposition ties them.
The one person of the relation's sex the story names in full with the possessor's family name
(and gives no other relation) is that relative; two such persons give nobody.

Sentences written for these tests."""

from __future__ import annotations


def _quotes(extract_text, text: str) -> set[tuple[str | None, str]]:
    result = extract_text(text)
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id.get(q.speaker), " ".join(q.text.split()[:3])) for q in result.quotes}


_OPENING = (
    "The mother who writes every night\n\n"
    "Five years after police took Andrei Karpovich from his flat in Babruysk, Tamara Karpovich has "
    "written him more than 1,800 letters.\n\n"
    "Every evening she takes out a sheet of squared paper and writes about the weather.\n\n"
    "Andrei Karpovich was sentenced to eight years in 2021 for comments in a chat.\n\n"
)


def test_en_his_mother_says_is_the_woman_named_by_the_family_name(extract_text):
    text = _OPENING + '"They add years the way other people add salt," his mother says.\n'
    assert _quotes(extract_text, text) == {("Tamara Karpovich", "They add years")}


def test_en_a_she_says_after_his_mother_as_subject_is_that_mother(extract_text):
    text = (
        _OPENING + "Officials have said he could be freed if he asks for a pardon. He has refused, and "
        "his mother has refused to write one on his behalf.\n\n"
        '"I asked him once, in a letter, in the softest words I could find," she says.\n'
    )
    assert _quotes(extract_text, text) == {("Tamara Karpovich", "I asked him")}


def test_en_a_relative_set_beside_another_relation_is_not_the_mother(extract_text):
    # Hanna, "his wife", shares the family name: the mother is the other woman who does
    text = (
        "Couple jailed\n\n"
        "On the fridge in Liudmila Valadzko's flat in Hrodna there are two calendars.\n\n"
        "Andrei Valadzko, a software tester, and his wife, Hanna Valadzko, a teacher, were detained in "
        "2021. Andrei Valadzko was given seven years.\n\n"
        "He has refused to write a petition for clemency, and his mother does not expect him to.\n\n"
        '"He is stubborn, like his father was," she says.\n'
    )
    assert _quotes(extract_text, text) == {("Liudmila Valadzko", "He is stubborn,")}


def test_en_two_women_of_the_family_name_give_his_mother_nobody(extract_text):
    # precision trap: the mother or the aunt? The story does not say which is which
    text = (
        "The family waits\n\n"
        "Andrei Karpovich was sentenced to eight years in 2021. Tamara Karpovich and Olga Karpovich "
        "visit the colony in turn.\n\n"
        '"They add years the way other people add salt," his mother says.\n'
    )
    assert not {speaker for speaker, _ in _quotes(extract_text, text) if speaker is not None}


def test_en_his_sister_named_in_full_is_not_his_mother(extract_text):
    # precision trap: the only woman of the family name is set beside another relation
    text = (
        "The family waits\n\n"
        "Andrei Karpovich was sentenced to eight years in 2021. His sister, Olga Karpovich, lives in "
        "Warsaw.\n\n"
        '"They add years the way other people add salt," his mother says.\n'
    )
    assert not {speaker for speaker, _ in _quotes(extract_text, text) if speaker is not None}


# A description between a she/he and its name that acts on a him/her of the pronoun's sex ("The
# judge interrupted her", "A lawyer told her that ...") is someone else: the pronoun still goes on
# about the one that him/her stands for.


def test_en_a_judge_who_interrupted_her_does_not_take_her_words(extract_text):
    text = (
        "Journalist jailed\n\n"
        "Iryna Shostak, a reporter from Hrodna, was sentenced to four years on Friday. The judge "
        "interrupted her twice. When the verdict had been read, she turned to the benches.\n\n"
        "\"Don't cry, I'll be fine,\" she said.\n"
    )
    assert _quotes(extract_text, text) == {("Iryna Shostak", "Don't cry, I'll")}


def test_en_a_lawyer_who_told_her_does_not_take_her_words(extract_text):
    text = (
        "Waiting for a pardon\n\n"
        "Maryna Dabryian keeps a folder of documents about her husband's case. A lawyer in Warsaw told "
        "her that he could in theory apply for parole.\n\n"
        '"Every time there is a pardon, I read the lists at night," she says.\n'
    )
    assert _quotes(extract_text, text) == {("Maryna Dabryian", "Every time there")}


def test_en_a_description_acting_on_someone_of_the_other_sex_still_speaks(extract_text):
    # precision trap: the mother hugged "him", not "her": she is the one who speaks, and the
    # story does not name her, so the lawyer named before gets no words
    text = (
        "Student jailed\n\n"
        "Olga Barysava, a lawyer, spoke to reporters after the hearing. The defendant's mother hugged "
        "him through the bars of the cage.\n\n"
        '"He is a child, he did nothing wrong," she said.\n'
    )
    assert ("Olga Barysava", "He is a") not in _quotes(extract_text, text)
