"""English, session 52 (`en-precision`, led by the census of the false events of every English
read set), in wordings invented for these tests:

* a him/her object is never the person its own verb's he/she subject points at (nor that of the
  verb it is joined to): "she convicted X and sentenced her" is not the judge "she" is;
* a transcript's speaker says "I": a he/she/him/her in her own turn is somebody else;
* the bench of a verdict, named in the verdict's own sentence, is not its patient even when no
  one else is named near it (the pronoun looks further back); a judge named before is still a
  possible patient;
* a bulleted list after a lead-in whose participle describes an exactly counted group ("the 16
  people freed this morning. Among them:") is of the group of that number, not of the latest
  group freed or driven abroad.
"""

from __future__ import annotations

from tests.extract_views import event_pairs

# --- a him/her is not its own verb's he/she ---------------------------------------------------------


def test_her_of_a_verdict_is_not_the_judge_she_is(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Ana Reyes, a community organiser, was arrested in 2022. Judge Maria Santos presided over "
            "the trial. She convicted the organiser of sedition and sentenced her to eight years in prison."
        )
    )
    assert ("sentence", "Ana Reyes") in pairs
    assert ("sentence", "Maria Santos") not in pairs


def test_they_detained_her_still_finds_her(extract_text) -> None:
    """Trap: a plural subject binds no one; "her" is the woman named before."""
    pairs = event_pairs(
        extract_text("Border guards stopped Olga Petrenko at the airport. They detained her for six hours.")
    )
    assert ("arrest", "Olga Petrenko") in pairs


def test_her_is_not_the_he_of_her_verb_whose_sex_was_not_told(extract_text) -> None:
    """'he sentenced her': the judge "he" points at is not "her", though the text never said
    which sex the judge's name is."""
    pairs = event_pairs(
        extract_text(
            "Lina Haddad, a blogger, stood trial in Tunis in May. Judge Sami Ferchichi found the "
            "blogger guilty, and he sentenced her to two years in prison."
        )
    )
    assert ("sentence", "Lina Haddad") in pairs
    assert ("sentence", "Sami Ferchichi") not in pairs


# --- a transcript's speaker is "I" ------------------------------------------------------------------

_TRANSCRIPT = (
    "Prison Voices, episode 12 (transcript)\n\n"
    "PEDRO SALAS: My guest is Elena Quiroga Ruiz, a teacher from Holguín. Her son, Dariel Quiroga, "
    "was 19 when the protests began. Elena, what happened?\n\n"
    "ELENA QUIROGA RUIZ: They came for him at dawn, two days after the march. Three officers and a dog.\n\n"
    "PEDRO SALAS: And the trial?\n\n"
    "ELENA QUIROGA RUIZ: In May. The municipal court gave him nine years for public disorder.\n"
)


def test_a_speakers_he_and_him_are_someone_else(extract_text) -> None:
    pairs = event_pairs(extract_text(_TRANSCRIPT))
    assert ("sentence", "Dariel Quiroga") in pairs
    assert not {pair for pair in pairs if pair[1] == "Elena Quiroga Ruiz"}


def test_a_guest_named_in_the_hosts_turn_is_her_she(extract_text) -> None:
    """Trap: a she/her in the host's turn of the guest the host names is the guest."""
    pairs = event_pairs(
        extract_text(
            "Voices from Minsk (transcript)\n\n"
            "IRYNA SALEI: Good evening. My guest is Hanna Tsitova, a teacher from Hrodna. Police "
            "detained her at a bus stop in March 2021.\n\n"
            "HANNA TSITOVA: Yes, at a bus stop.\n"
        )
    )
    assert ("arrest", "Hanna Tsitova") in pairs
    assert ("arrest", "Iryna Salei") not in pairs


def test_a_he_in_another_speakers_turn_can_be_the_one_named_there(extract_text) -> None:
    """Trap: the host's "him" of someone the host names in the same turn is that person."""
    pairs = event_pairs(
        extract_text(
            "Radio Vilnius (transcript)\n\n"
            "IRYNA SALEI: Our colleague Pavel Mazheika was detained on Friday. Police took him from his "
            "flat at six in the morning.\n\n"
            "HANNA TSITOVA: It is always at six.\n"
        )
    )
    assert ("arrest", "Pavel Mazheika") in pairs
    assert not {pair for pair in pairs if pair[1] == "Iryna Salei"}


# --- the bench of a verdict is not its patient ------------------------------------------------------


def test_the_presiding_judge_of_the_verdict_is_not_sentenced(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Karim Zandi, a teacher, was picked up at his school in May. He spent two months in solitary "
            "confinement. In July, Branch 2 of the Revolutionary Court, presided over by Judge Reza Amini, "
            "sentenced him to six years."
        )
    )
    assert ("sentence", "Karim Zandi") in pairs
    assert ("sentence", "Reza Amini") not in pairs


def test_a_judge_named_before_can_be_arrested(extract_text) -> None:
    """Trap: a judge named in an earlier sentence, not on the bench of this arrest, is its patient."""
    pairs = event_pairs(
        extract_text(
            "Judge Omar Haddad was dismissed from the bench in March. Police arrested him at his home "
            "a week later."
        )
    )
    assert ("arrest", "Omar Haddad") in pairs


# --- a list of a counted group joins the group of that number --------------------------------------


_COUNTED_LIST = (
    "Earlier today, the authorities freed 16 prisoners from the Yare prison.\n\n"
    "Officials said three foreign nationals were expelled across the border this afternoon after "
    "months in custody.\n\n"
    "The monitoring group Alerta has published the names of the 16 people freed from Yare this "
    "morning. Among them:\n"
    "- Yamil Ortega, a student who spent five months in custody;\n"
    "- Carmen Brito, a nurse.\n"
)


def test_a_list_after_a_counted_group_joins_that_group(extract_text) -> None:
    pairs = event_pairs(extract_text(_COUNTED_LIST))
    assert {("release", "Yamil Ortega"), ("release", "Carmen Brito")} <= pairs
    assert ("deportation", "Yamil Ortega") not in pairs
    assert ("deportation", "Carmen Brito") not in pairs


def test_a_list_of_those_freed_and_driven_abroad_still_joins_them(extract_text) -> None:
    """Trap: with no number in the lead-in, the list still joins the latest group freed and expelled."""
    pairs = event_pairs(
        extract_text(
            "On Friday 14 prisoners were freed and driven across the border into Lithuania.\n\n"
            "Those freed include:\n"
            "- Ales Pushkin, a painter;\n"
            "- Maryna Zolatava, an editor.\n"
        )
    )
    assert {("release", "Ales Pushkin"), ("deportation", "Ales Pushkin")} <= pairs


# --- going home after a summons is no release ------------------------------------------------------


def test_going_home_after_a_summons_is_no_release(extract_text) -> None:
    """In a story of a prisoner, his wife summoned and questioned, then allowed home: never held."""
    pairs = event_pairs(
        extract_text(
            "Her husband, Taras Marchuk, is serving seven years in a penal colony. In March, Olena "
            "Marchuk was summoned by the KGB and questioned for three hours about his letters, before "
            "being allowed to go home."
        )
    )
    assert ("release", "Olena Marchuk") not in pairs
    assert ("arrest", "Olena Marchuk") not in pairs


def test_going_home_after_detention_and_questioning_is_a_release(extract_text) -> None:
    """Trap: detained, then questioned, then allowed home: held, so freed."""
    pairs = event_pairs(
        extract_text(
            "Her husband, Taras Marchuk, is serving seven years in a penal colony. In March, Olena "
            "Marchuk was detained by the KGB and questioned for three hours about his letters, before "
            "being allowed to go home."
        )
    )
    assert {("arrest", "Olena Marchuk"), ("release", "Olena Marchuk")} <= pairs
