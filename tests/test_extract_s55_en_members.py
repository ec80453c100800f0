"""English, session 55 (`en-members`): members of a counted arrest, release or removal group named
away from the group's own sentence (wordings invented for these tests, none copied from a set):

* a naming lead-in whose list stands in bullets on the lines after it ("published the names of
  three of those on board:" / "- A, ...");
* a bare number closing the naming sentence, the list in a "They are ..." sentence after it, also
  past a sentence that names no one;
* "the two" / "both" counting back the names joined by "and" earlier in its own sentence;
* "The four others freed are A, B, C and D": a counted rest named by a copula, members of the
  larger group told before;
* "Among them were A, who ..., and B": the names after a relative clause the parser cut off;
* a named refuser of the removal ("refused to step off the bus at the border") was freed with
  the group driven off, and is not removed;
* a dateline of places and a date ("Baku/London, 12 May -") counts no one.
"""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts

# --- a naming lead-in, its list in bullets ---------------------------------------------------------

_BULLETED = [
    (
        "Tajikistan released nine activists on Monday and flew them to Istanbul the same night.\n\n"
        "Their lawyers published the names of three of those on board:\n\n"
        "- Sukhrob Nazarov, a poet;\n"
        "- Malika Rahimova, a nurse from Khujand;\n"
        "- Parviz Odinaev, 24.\n",
        {("release", "Sukhrob Nazarov"), ("release", "Malika Rahimova"), ("release", "Parviz Odinaev")},
    ),
    (
        "Police detained 15 students at a sit-in outside the ministry on Thursday.\n\n"
        "The students' union identified four of the detained:\n\n"
        "- Nurlan Abdrakhmanov\n"
        "- Dana Serikova\n"
        "- Timur Abenov\n"
        "- Aliya Nurlanova\n",
        {
            ("arrest", "Nurlan Abdrakhmanov"),
            ("arrest", "Dana Serikova"),
            ("arrest", "Timur Abenov"),
            ("arrest", "Aliya Nurlanova"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), _BULLETED)
def test_a_naming_lead_in_reads_its_bulleted_list(extract_text, text, expected):
    assert expected <= event_pairs(extract_text(text))


def test_bullets_of_another_size_are_no_members(extract_text):
    pairs = event_pairs(
        extract_text(
            "Tajikistan released nine activists on Monday and flew them to Istanbul.\n\n"
            "Their lawyers published the names of three of those on board:\n\n"
            "- Sukhrob Nazarov, a poet;\n"
            "- Malika Rahimova, a nurse.\n"
        )
    )
    assert ("release", "Sukhrob Nazarov") not in pairs


def test_bullets_of_those_still_held_are_not_freed(extract_text):
    pairs = event_pairs(
        extract_text(
            "Belarus pardoned 12 prisoners on Friday.\n\n"
            "Viasna published the names of two of those still held:\n\n"
            "- Ihar Salauyou, a welder;\n"
            "- Nina Kryvaya, a teacher.\n"
        )
    )
    assert ("release", "Ihar Salauyou") not in pairs
    assert ("release", "Nina Kryvaya") not in pairs


# --- a bare number closing the naming sentence ------------------------------------------------------

_BARE = [
    (
        "Azerbaijan pardoned 21 prisoners on Tuesday. By the evening, relatives had confirmed the "
        "identities of three. They are Elvin Aliyev, a blogger from Ganja; the economist Samira "
        "Qasimova; and Rauf Hasanli, 67.",
        {("release", "Elvin Aliyev"), ("release", "Samira Qasimova"), ("release", "Rauf Hasanli")},
    ),
    (
        "Police in Almaty detained 14 people at a rally on Sunday. The ministry gave no names and "
        "said only that all 14 had broken the law on gatherings. Activists have verified the "
        "names of two. They are Ruslan Tokayev and Gaukhar Amanova.",
        {("arrest", "Ruslan Tokayev"), ("arrest", "Gaukhar Amanova")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), _BARE)
def test_a_bare_number_before_they_are_names_members(extract_text, text, expected):
    assert expected <= event_pairs(extract_text(text))


def test_a_bare_number_past_a_named_sentence_is_no_naming(extract_text):
    pairs = event_pairs(
        extract_text(
            "Police in Almaty detained 14 people at a rally on Sunday. Their lawyer Bolat Seitov "
            "spoke to reporters outside the station. Activists have verified the names of two. "
            "They are Ruslan Tokayev and Gaukhar Amanova."
        )
    )
    assert ("arrest", "Ruslan Tokayev") not in pairs


def test_a_bare_number_with_a_list_of_another_size_is_no_naming(extract_text):
    pairs = event_pairs(
        extract_text(
            "Azerbaijan pardoned 21 prisoners on Tuesday. Relatives had confirmed the identities of "
            "three. They are Elvin Aliyev and Samira Qasimova."
        )
    )
    assert ("release", "Elvin Aliyev") not in pairs


# --- "the two" counting back names joined in its own sentence ----------------------------------------

_JOINED = [
    (
        "Police detained nine people at the vigil. Lidia Orlova and Pyotr Kuzin were fined and let "
        "go. Yegor Belov and Marina Tsoi, both volunteers at the shelter, were kept overnight; the "
        "two were released on Sunday morning.",
        {("release", "Yegor Belov"), ("release", "Marina Tsoi")},
        {("release", 2)},
    ),
    (
        "Oksana Hlib and Taras Melnyk filmed the protest from a balcony; both were detained an hour later.",
        {("arrest", "Oksana Hlib"), ("arrest", "Taras Melnyk")},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected", "counts"), _JOINED)
def test_the_two_count_back_names_joined_in_their_sentence(extract_text, text, expected, counts):
    result = extract_text(text)
    assert expected <= event_pairs(result)
    assert counts <= group_counts(result)


def test_the_two_of_the_sentence_before_are_not_taken_for_the_joined(extract_text):
    pairs = event_pairs(
        extract_text(
            "Police detained nine people at the vigil. Lidia Orlova and Pyotr Kuzin were fined and let "
            "go. Yegor Belov and Marina Tsoi, both volunteers at the shelter, were kept overnight; the "
            "two were released on Sunday morning."
        )
    )
    # Orlova and Kuzin were let go in their own sentence; the two of the last one are not them twice
    assert ("release", "Lidia Orlova") in pairs
    assert ("release", "Marina Tsoi") in pairs


def test_names_set_apart_by_another_clause_are_no_joined_set(extract_text):
    pairs = event_pairs(
        extract_text(
            "Police detained five people on Friday. A court freed Anna Lebedeva and Ivan Gorsky. "
            "Lebedeva's lawyer, Oleg Zverev, said the two were released on Sunday."
        )
    )
    assert ("release", "Oleg Zverev") not in pairs


def test_the_two_after_three_joined_names_is_no_one_of_them(extract_text):
    pairs = event_pairs(
        extract_text(
            "Anna Lebedeva, Ivan Gorsky and Oleg Zverev went to the square; the two were detained at noon."
        )
    )
    assert ("arrest", "Oleg Zverev") not in pairs


# --- a counted rest named by its participle and a copula ---------------------------------------------


def test_the_others_freed_are_members_of_the_larger_group(extract_text):
    result = extract_text(
        "A court in Osh released eight of the 30 defendants on Wednesday. Bakyt Usenov, a former "
        "mayor, walked out first and thanked his lawyers.\n\n"
        "The three others freed are Aizhan Toktosunova, Marat Ryskulov and Elmira Sadykova."
    )
    pairs = event_pairs(result)
    assert {
        ("release", "Aizhan Toktosunova"),
        ("release", "Marat Ryskulov"),
        ("release", "Elmira Sadykova"),
    } <= pairs
    assert ("release", 3) not in group_counts(result)
    assert ("release", 8) in group_counts(result)


def test_the_others_named_in_another_number_are_no_members(extract_text):
    result = extract_text(
        "A court in Osh released eight of the 30 defendants on Wednesday.\n\n"
        "The three others freed are Aizhan Toktosunova and Marat Ryskulov, their lawyer said."
    )
    # (two names for three: the rest is not named in full; the number stays its own count)
    assert ("release", 3) in group_counts(result)


# --- "Among them were A, who ..., and B" ---------------------------------------------------------------


def test_a_name_after_a_relative_clause_is_listed_too(extract_text):
    pairs = event_pairs(
        extract_text(
            "Prosecutors in Cairo released 40 people held in pretrial detention on Monday. Among them "
            "were the poet Karim Adel, who had been held since a raid on his flat in 2021, and the "
            "engineer Salma Nabil."
        )
    )
    assert {("release", "Karim Adel"), ("release", "Salma Nabil")} <= pairs


def test_the_speaker_of_a_tag_after_the_list_is_no_member(extract_text):
    pairs = event_pairs(
        extract_text(
            "Prosecutors in Cairo released 40 people on Monday. Among them were the poet Karim Adel, "
            "who had been held since 2021, and the engineer Salma Nabil, their lawyer Hany Mostafa said."
        )
    )
    assert ("release", "Hany Mostafa") not in pairs


def test_a_name_with_a_verb_of_its_own_ends_the_list(extract_text):
    pairs = event_pairs(
        extract_text(
            "Prosecutors in Cairo released 40 people on Monday. Among them were the poet Karim Adel, "
            "who had been held since 2021, and the engineer Salma Nabil stays in Tora prison."
        )
    )
    assert ("release", "Salma Nabil") not in pairs


def test_a_name_after_a_preposition_is_no_item(extract_text):
    result = extract_text(
        "A court in Phnom Penh released 12 activists on bail on Friday. Among them was Sok Dara, 45, "
        "a farmer from Kampong Speu, who had been held since March."
    )
    names = {p.name for p in result.persons}
    pairs = event_pairs(result)
    assert ("release", "Sok Dara") in pairs
    assert not any(person in names and person != "Sok Dara" for _, person in pairs)


# --- a named refuser of the removal --------------------------------------------------------------------


def test_a_refuser_of_the_removal_was_freed_but_not_removed(extract_text):
    pairs = event_pairs(
        extract_text(
            "Belarus freed 20 prisoners on Thursday and drove them to the Lithuanian border against "
            "their will. Most of them crossed at the Medininkai checkpoint.\n\n"
            "The pensioner Mikhail Shauchuk refused to get off the bus at the border, his daughter said."
        )
    )
    assert ("release", "Mikhail Shauchuk") in pairs
    assert ("deportation", "Mikhail Shauchuk") not in pairs


def test_a_refusal_with_no_removal_told_is_no_membership(extract_text):
    pairs = event_pairs(
        extract_text(
            "Belarus freed 20 prisoners on Thursday; all of them went home to their families.\n\n"
            "The pensioner Mikhail Shauchuk refused to leave the country last year, his daughter said."
        )
    )
    assert ("release", "Mikhail Shauchuk") not in pairs


def test_a_refusal_of_another_thing_is_no_membership(extract_text):
    pairs = event_pairs(
        extract_text(
            "Belarus freed 20 prisoners on Thursday and drove them to the Lithuanian border.\n\n"
            "The pensioner Mikhail Shauchuk refused to write a petition for clemency and stays in "
            "the colony in Navapolatsk."
        )
    )
    assert ("release", "Mikhail Shauchuk") not in pairs


# --- a dateline of places and a date -------------------------------------------------------------------


def test_a_dated_dateline_counts_no_one(extract_text):
    result = extract_text(
        "Statement\n\nTbilisi/Berlin, 14 March - Seven reporters were detained at a protest in Tbilisi "
        "on Thursday, the press union said."
    )
    assert ("arrest", 7) in group_counts(result)
    assert ("arrest", 14) not in group_counts(result)


# --- a finite verb joined to an infinitive: "refused to step off ... and was taken back" ------------


def test_taken_back_after_refusing_is_an_arrest(extract_text):
    pairs = event_pairs(
        extract_text(
            "Belarus freed 20 prisoners on Thursday and drove them to the Lithuanian border.\n\n"
            "The pensioner Mikhail Shauchuk refused to get off the bus at the border and was taken "
            "back to the colony in Navapolatsk the same night."
        )
    )
    assert ("arrest", "Mikhail Shauchuk") in pairs
    assert ("release", "Mikhail Shauchuk") in pairs
    assert ("deportation", "Mikhail Shauchuk") not in pairs


def test_a_modal_refusal_and_return_is_no_arrest(extract_text):
    pairs = event_pairs(
        extract_text(
            "Lawyers fear that Mikhail Shauchuk may refuse to leave the bus and be taken back to prison."
        )
    )
    assert ("arrest", "Mikhail Shauchuk") not in pairs


def test_a_finite_verb_after_an_infinitive_keeps_its_own_negation(extract_text):
    pairs = event_pairs(
        extract_text(
            "Mikhail Shauchuk refused to get off the bus at the border and was not taken back to prison, "
            "his daughter said."
        )
    )
    assert ("arrest", "Mikhail Shauchuk") not in pairs


def test_returned_after_refusing_to_sign_is_no_arrest(extract_text):
    pairs = event_pairs(
        extract_text(
            "Belarus pardoned 14 prisoners on Wednesday. The teacher Mikhail Shauchuk refused to "
            "write to the president and was sent back to his cell in Hlybokaye."
        )
    )
    assert ("arrest", "Mikhail Shauchuk") not in pairs
