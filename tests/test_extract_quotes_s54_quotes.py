"""English quotes, session 54 (`quotes`), in wordings invented for these tests:

* the second pair of marks after a tag (`"A," X told reporters. "B."`) goes on with X's words
  when the only other names between the two are words of the tag itself: the club or office
  before X's name, the outlet told, the place or medium of the speaking, the group X belongs
  to. Traps: a second subject in the tag ('and Y agreed', 'but Y disagreed') and a narrative
  sentence naming someone else between the two quotes hand the floor to nobody.
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
            extract_text(f'Court news\n\n"The verdict was written in advance," {tag} "Nobody here believes otherwise."\n')
        )
        assert ("Pavel Hrynko", "The verdict was") in said
        assert ("Pavel Hrynko", "Nobody here believes") not in said


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
