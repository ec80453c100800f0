"""English quotes, session 54 (`quotes`), in wordings invented for these tests:

* the second pair of marks after a tag (`"A," X told reporters. "B."`) goes on with X's words
  when the only other names between the two are words of the tag itself: the club or office
  before X's name, the outlet told, the place or medium of the speaking, the group X belongs
  to. Traps: a second subject in the tag ('and Y agreed', 'but Y disagreed') and a narrative
  sentence naming someone else between the two quotes hand the floor to nobody.
* a text that someone else reads out, posts or publishes ('A letter he dictated to a cellmate
  was read out by his lawyer:', 'Her closing words were addressed to ...:') is its author's
  quote: the possessor of the words, or the subject of a relative clause that writes or sends
  them. Trap: 'a letter she received' names the receiver.
* a paragraph that only labels the next one with a person and their seat or office ('Asked by
  X (Cardiff North)', 'Answered on ... by Y, Minister for Europe', 'Z (Bristol East, Labour)')
  gives that paragraph to the person, in a layout of two voices at least. Traps: a profile's
  heading over a paragraph that names its subject, a list of names with roles.
"""

from __future__ import annotations

import pytest

from tests.extract_views import quote_openings

_TAGS = [
    (
        "Anatol Sadouski",
        '"We lost the game in the first ten minutes," Dynamo Brest coach Anatol Sadouski told '
        'reporters. "The second half was better."',
    ),
    (
        "Lidia Moreno",
        "Lidia Moreno, 48, was freed on Monday.\n\n"
        '"Nothing has changed for us," Lidia Moreno told the BBC by phone from her brother\'s flat '
        'in Maracaibo. "We are still afraid to go out."',
    ),
    (
        "Tomas Ruiz",
        '"It is a deportation dressed up as a release," said Tomas Ruiz of the exile group Voces '
        'Libres, speaking from Madrid. "The second half was decided in Managua."',
    ),
    (
        "Mirela Kovac",
        "Mirela Kovac, the head of the Zagreb rights office Civitas, followed the hearing.\n\n"
        '"We lost the argument, not the case," Kovac wrote on Telegram from the Palace of Justice '
        'in Zagreb. "The second round starts next week."',
    ),
    (
        "Yuri Dantsou",
        "Yuri Dantsou, 61, spent four years in a penal colony near Mahiliou.\n\n"
        '"I kept every letter," the 61-year-old engineer says, pointing to a box his sister carried '
        'across the border. "The second box went missing."',
    ),
]


@pytest.mark.parametrize(("speaker", "text"), _TAGS, ids=[s for s, _ in _TAGS])
def test_the_second_pair_after_a_tag_with_a_setting_keeps_its_speaker(extract_text, speaker, text) -> None:
    said = quote_openings(extract_text("Court news\n\n" + text + "\n"))
    assert any(name == speaker and words.split()[:2] == ["The", "second"] for name, words in said) or any(
        name == speaker and words.startswith("We are still") for name, words in said
    ), said


def test_a_second_subject_in_the_tag_hands_the_floor_to_nobody(extract_text) -> None:
    """Trap: 'and Y agreed', 'but Y disagreed': someone else is a subject in the tag; the next
    quote is not given to the first speaker by the tag."""
    for tag in (
        "Pavel Hrynko told reporters, and Ivan Lutsenko agreed.",
        "Pavel Hrynko told the court, but Ivan Lutsenko disagreed.",
    ):
        said = quote_openings(
            extract_text(
                f'Court news\n\n"The verdict was written in advance," {tag} "Nobody believes otherwise."\n'
            )
        )
        assert ("Pavel Hrynko", "The verdict was") in said
        assert ("Pavel Hrynko", "Nobody believes otherwise.") not in said


def test_a_narrative_sentence_naming_someone_else_breaks_the_run(extract_text) -> None:
    """Trap: the tag's setting is one sentence; a sentence of narrative about someone else
    between the two quotes is not part of it."""
    said = quote_openings(
        extract_text(
            "Court news\n\n"
            '"We will appeal," Olena Marchuk said outside the court in Lutsk. Judge Viktor Semenko '
            'refused to comment. "The decision was political."\n'
        )
    )
    assert ("Olena Marchuk", "We will appeal") in said
    assert ("Olena Marchuk", "The decision was") not in said


# --- the author of a text that someone else reads out, posts or passes on --------------------

_AUTHORED = [
    (
        "Natallia Orlova",
        "Natallia Orlova spoke for forty minutes in her final plea. Her closing words were addressed "
        'to the women in the public gallery: "Do not be afraid of them. They are afraid of you."',
        "Do not be",
    ),
    (
        "Ramil Zakirov",
        "Ramil Zakirov, 64, has been held in the Vladimir prison since March. A letter he had dictated "
        'to a cellmate was read out by his lawyer outside the court: "I am not sorry. I would write '
        'every word again."',
        "I am not",
    ),
    (
        "Dilbar Yusupova",
        "Dilbar Yusupova was moved to a punishment cell in May. A note she smuggled out of the colony "
        'was published by her brother on Facebook: "They take our letters, but they cannot take our '
        'voices."',
        "They take our",
    ),
    (
        "Hamid Rezaei",
        "Hamid Rezaei was sentenced to eight years in January. A statement he wrote in his cell "
        'was posted by his family on Instagram: "This court has already decided, so I will speak to '
        'history instead."',
        "This court has",
    ),
    (
        "Oksana Bilyk",
        "Oksana Bilyk did not attend the hearing. Her last message from the detention centre was "
        'shared by friends on Telegram: "Tell my mother I am eating and sleeping. Tell her nothing '
        'else."',
        "Tell my mother",
    ),
]


@pytest.mark.parametrize(("speaker", "text", "opening"), _AUTHORED, ids=[s for s, _, _ in _AUTHORED])
def test_a_text_passed_on_by_someone_else_is_its_authors_quote(extract_text, speaker, text, opening) -> None:
    said = quote_openings(extract_text("Prison letters\n\n" + text + "\n"))
    assert (speaker, opening) in said, said


def test_a_text_received_is_not_the_receivers_quote(extract_text) -> None:
    """Trap: 'a letter she received' — the relative clause names who got the text, not who wrote it."""
    said = quote_openings(
        extract_text(
            "Prison letters\n\n"
            "Dilbar Yusupova was moved to a punishment cell in May. A letter she received from the "
            'prosecutor was read out by her brother: "Your appeal is rejected and no further appeal '
            'is possible."\n'
        )
    )
    assert ("Dilbar Yusupova", "Your appeal is") not in said


# --- a label paragraph above the words of the one it names ------------------------------------

_WRITTEN_QUESTION = (
    "Written question: Georgia, detained journalists\n\n"
    "Question for the Foreign Office, tabled on 4 March 2026\n\n"
    "Asked by Eleanor Whitfield (Cardiff North)\n\n"
    "To ask the Foreign Secretary, what representations the Government has made to the Georgian "
    "authorities about the detention of the journalist Nino Kapanadze since January.\n\n"
    "Answered on 12 March 2026 by Oliver Brandt, Minister for Europe\n\n"
    "Our Ambassador in Tbilisi raised the case of Ms Kapanadze with the Georgian Foreign Ministry "
    "on 2 March. We will continue to follow her case closely and to call for a fair trial.\n"
)


def test_a_written_question_gives_asker_and_minister_their_words(extract_text) -> None:
    said = quote_openings(extract_text(_WRITTEN_QUESTION))
    assert ("Eleanor Whitfield", "To ask the") in said
    assert ("Oliver Brandt", "Our Ambassador in") in said


def test_labels_with_a_seat_in_brackets_give_each_voice_its_paragraph(extract_text) -> None:
    said = quote_openings(
        extract_text(
            "Committee exchange on political prisoners in Azerbaijan\n\n"
            "Session of 9 April 2026, written record\n\n"
            "Margaret Hollis (Bristol East, Labour)\n\n"
            "I have read the reports from Baku with growing alarm, and I would like to know what "
            "the Government intends to do for the detained reporters.\n\n"
            "Daniel Forsythe (Minister for Eastern Europe)\n\n"
            "We have raised every one of these cases with the authorities in Baku and will keep "
            "doing so until the reporters are free.\n"
        )
    )
    assert ("Margaret Hollis", "I have read") in said
    assert ("Daniel Forsythe", "We have raised") in said


def test_profile_headings_and_lists_of_roles_are_no_labels(extract_text) -> None:
    """Traps: a heading over a paragraph that names its subject tells about them; a list of
    names with roles is a list (the line under a name is another name)."""
    said = quote_openings(
        extract_text(
            "The missing: four portraits\n\n"
            "Those still held, as listed by their families:\n\n"
            "Karim Haddad (Beirut)\n\n"
            "Haddad, a civil engineer and father of three, was stopped at a checkpoint in 2023 and "
            "has not been seen since then by anyone.\n\n"
            "Leila Mansour (Tripoli)\n\n"
            "Mansour, a nurse, was taken from her hospital ward in front of her colleagues and her "
            "patients that same winter.\n\n"
            "Samir Aoun, teacher\n\n"
            "Rami Khoury, student\n\n"
            "Both were detained in the same raid, according to relatives who spoke to this paper.\n"
        )
    )
    assert not {name for name, _ in said} & {"Karim Haddad", "Leila Mansour", "Samir Aoun", "Rami Khoury"}


# --- "according to X" right after the closing mark ---------------------------------------------

_ACCORDING = [
    (
        "Rustam Aliyev",
        '"The file contains no evidence at all," according to Rustam Aliyev, who defended Farid '
        "Guliyev. During the appeal, he asked the court to call the witnesses again.",
    ),
    (
        "Leyla Karimova",
        '"Nobody told us where he was for a week," according to Leyla Karimova, the mother of the '
        "detained student Orkhan Karimov. The ministry later said he had been questioned.",
    ),
    (
        "Elchin Sadigov",
        "Orkhan Karimov was sentenced to six years.\n\n"
        '"The trial lasted ten minutes," according to lawyer Elchin Sadigov, who was present. Karimov '
        "told the court he would appeal.",
    ),
    (
        "Nargiz Huseynova",
        '"He could barely walk when they brought him in," according to Nargiz Huseynova, a former '
        "cellmate of Tofig Yagublu. She said guards refused to call a doctor.",
    ),
    (
        "Ilkin Rustamov",
        '"We have done nothing but report the news," according to the editor, Ilkin Rustamov, whose '
        "reporter Sevinj Abbasova is still held.",
    ),
]


@pytest.mark.parametrize(("speaker", "text"), _ACCORDING, ids=[s for s, _ in _ACCORDING])
def test_according_to_right_after_the_marks_names_the_speaker(extract_text, speaker, text) -> None:
    said = quote_openings(extract_text("Baku court news\n\n" + text + "\n"))
    assert any(name == speaker for name, _ in said), said
    assert all(name == speaker for name, _ in said), said  # not the one the source's clause names


def test_profiles_in_the_third_person_under_name_labels_are_no_quotes(extract_text) -> None:
    """Trap: a list of prisoners' profiles, each under a line with the name and a role, tells
    about them in the third person (words in marks aside); nobody speaks."""
    result = extract_text(
        "Faces of the verdict: who was jailed in Homel\n\n"
        "Maryna Sadouskaya, journalist (Homel Today)\n\n"
        "Detained in March 2021, she spent a year in the pre-trial prison before the court gave her "
        'eleven years. Her colleagues call her "the conscience of the newsroom".\n\n'
        "Ihar Lasitski, blogger (Radio Svaboda)\n\n"
        "Arrested in June 2020 at his flat in Homel, he was sentenced to fifteen years for organising "
        "mass riots and has been held in solitary confinement since last May.\n"
    )
    said = quote_openings(result)
    assert not {name for name, _ in said} & {"Maryna Sadouskaya", "Ihar Lasitski"}, said


def test_according_to_opening_the_next_paragraph_is_no_tag(extract_text) -> None:
    """Trap (and no crash): a paragraph that ends with a quote and the next one that opens with
    'According to ...' — the phrase belongs to the next paragraph's own sentence."""
    result = extract_text(
        "Baku court news\n\n"
        "Orkhan Karimov was the last to speak at the hearing.\n\n"
        '"I have nothing to add, your honour"\n\n'
        "According to Leyla Karimova, his mother, the hearing lasted ten minutes.\n"
    )
    said = quote_openings(result)
    assert ("Leyla Karimova", "I have nothing") not in said


def test_an_agent_who_speaks_keeps_the_words_after_a_passive(extract_text) -> None:
    """Trap: 'X's speech was interrupted by a protester — "..."': the one who interrupts speaks
    (or holds up) the words, not the author of the speech."""
    said = quote_openings(
        extract_text(
            "Rally news\n\n"
            "Mikhail Orlov spoke to supporters in Tver on Sunday.\n\n"
            "Orlov's speech was interrupted by a protester wearing a shirt with the movement's slogan "
            '\u2014 "Free all political prisoners now.\n\n'
            "Orlov joked that he agreed with the shirt.\n"
        )
    )
    assert ("Mikhail Orlov", "Free all political") not in said
