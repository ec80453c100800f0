"""English quotes, session 53 (`polnear`), in wordings invented for these tests:

* a Q&A whose byline names its interviewer ('Interview by Tomas Reyes') and whose asking voice
  is labelled with another name of several words ('Sada Vatan: ...?', which the tagger
  reads as a person's name) is the outlet asking,
  its masthead as the label: those turns are nobody's quotes (GUIDELINES: direct speech of a
  named person), the answers stay the interviewee's.
* traps: the byline names the asking voice itself ('Interview by Lina Oberg' / 'Oberg: ...?',
  'Asked by Rhys Vaughan (Cardiff North)' / 'Rhys Vaughan: ...?'), or there is no byline and the
  host is named in the prose: the asker's turns stay their quotes.
* unmarked speech closed by `..., she said` runs back over sentences that read as speech, but
  not over one that writes the speaker's name: that one is the narrator bringing them in
  ('X's son, Pablo X, spoke to our correspondent.'). Traps: speech-like sentences after the
  naming one, and speech in a paragraph that does not name the speaker, stay quotes.
"""

from __future__ import annotations

from tests.extract_views import quote_openings
from vigil.extract.en.quotes import _bylined_interviewer, _masthead_asker
from vigil.extract.findings import Person

_OUTLET_ASKS = (
    '"They counted us twice a night": a printer on three years in Tacumbu prison\n\n'
    "Interview by Tomas Reyes\n\n"
    "Hugo Arzamendia, 52, who ran a small print shop in Asuncion, was arrested in March 2021 and "
    "freed in June under an amnesty. He talked to us at his sister's house.\n\n"
    "Sada Vatan: Why were you arrested?\n\n"
    "Arzamendia: For printing leaflets for a protest. They called it incitement.\n\n"
    "Sada Vatan: How were you treated in Tacumbu?\n\n"
    "Arzamendia: The guards counted us twice a night. Sleep was a luxury.\n\n"
    "Sada Vatan: Will you open the shop again?\n\n"
    "Arzamendia: Not yet. My machines are still sealed as evidence.\n"
)


def test_an_outlet_label_beside_a_bylined_interviewer_asks_for_nobody(extract_text) -> None:
    said = quote_openings(extract_text(_OUTLET_ASKS))
    assert said == {
        ("Hugo Arzamendia", "For printing leaflets"),
        ("Hugo Arzamendia", "The guards counted"),
        ("Hugo Arzamendia", "Not yet. My"),
    }


def test_the_bylined_interviewer_as_the_label_keeps_their_questions(extract_text) -> None:
    """Trap: the byline names the very voice that asks."""
    text = (
        "Three years for a poem: a conversation with a freed student\n\n"
        "Interview by Lina Oberg\n\n"
        "Selim Kaya, a literature student, was sentenced to three years in 2022 for a poem he "
        "read at a rally. He was released on parole last week.\n\n"
        "Oberg: What did the poem say?\n\n"
        "Kaya: That the river remembers. Nothing more than that.\n\n"
        "Oberg: Do you regret reading it?\n\n"
        "Kaya: No. I would read it again tomorrow.\n"
    )
    said = quote_openings(extract_text(text))
    assert ("Lina Oberg", "What did the") in said
    assert ("Lina Oberg", "Do you regret") in said
    assert ("Selim Kaya", "That the river") in said


def test_a_host_named_in_the_prose_without_byline_keeps_their_questions(extract_text) -> None:
    """Trap: no byline names anyone else as the one asking."""
    text = (
        "Podcast transcript: after the verdict\n\n"
        "In this episode host Marta Vidal talks with Emil Dragan, whose brother was jailed for "
        "five years in May.\n\n"
        "Marta Vidal: When did you last see him?\n\n"
        "Emil Dragan: In court, for four minutes. He looked thin.\n\n"
        "Marta Vidal: What will you do now?\n\n"
        "Emil Dragan: Appeal, and keep writing to him every week.\n"
    )
    said = quote_openings(extract_text(text))
    assert ("Marta Vidal", "When did you") in said
    assert ("Emil Dragan", "In court, for") in said


def test_bylines_name_the_interviewer_only_on_a_line_of_their_own() -> None:
    assert _bylined_interviewer("Title\n\nInterview by Tomas Reyes\n\nText.") == "Tomas Reyes"
    assert _bylined_interviewer("Title\n\n**Interviewed by Ana Pop**\n\nText.") == "Ana Pop"
    assert _bylined_interviewer("Asked by Rhys Vaughan (Cardiff North)\n") == "Rhys Vaughan (Cardiff North)"
    # the outlet after a comma is not the interviewer
    assert _bylined_interviewer("Interview by Ilse Maas, Radio Noord\n") == "Ilse Maas"
    # an interview told in the prose is no byline
    assert _bylined_interviewer("He was interviewed by police in May and released.\n") is None


def test_the_masthead_is_judged_against_the_byline() -> None:
    outlet = Person("Radio Libertad", ["Radio", "Libertad"])
    vaughan = Person("Rhys Vaughan", ["Rhys", "Vaughan"])
    answerer = Person("Hugo Arzamendia", ["Hugo", "Arzamendia"])
    for asker, byline, expected in (
        (outlet, "Tomas Reyes", outlet),
        (outlet, _bylined_interviewer("Interview by Tomas Reyes, Radio Libertad\n"), outlet),
        (outlet, None, None),  # no byline: a voice of two words may be a person
        (vaughan, "Rhys Vaughan (Cardiff North)", None),
    ):
        turns = [
            ("a", asker, 0, "Why were you arrested?"),
            ("b", answerer, 10, "For printing leaflets."),
            ("a", asker, 20, "How were you treated?"),
            ("b", answerer, 30, "Badly. They counted us at night."),
        ]
        assert _masthead_asker(turns, byline) is expected


def test_unmarked_speech_does_not_run_back_over_the_sentence_naming_its_speaker(extract_text) -> None:
    text = (
        "Live: strike in Cusco, day 3\n\n"
        "09:10 - Ana Quispe's son, Pablo Quispe, spoke to our correspondent outside the prison. "
        "His mother, 61, already spent a year in jail in 2019 and was acquitted, he said. "
        '"She is not afraid of the cell. She is afraid of the cold."\n'
    )
    assert quote_openings(extract_text(text)) == {("Pablo Quispe", "She is not")}


def test_unmarked_speech_after_the_naming_sentence_stays(extract_text) -> None:
    """Traps: the naming sentence stops the run back, it does not drop the speech after it."""
    result = extract_text(
        "Minsk (dpa) - A court jailed teacher Ihar Lis for three years on Monday.\n\n"
        "His wife, Lena Lis, stayed in Minsk with their two sons. Where would I go? My whole "
        "family is here, she said.\n"
    )
    assert quote_openings(result) == {("Lena Lis", "Where would I")}
    result = extract_text(
        "Minsk (dpa) - A court jailed teacher Ihar Lis for three years on Monday.\n\n"
        "Lena Lis said she had not been allowed into the courtroom.\n\n"
        "We waited outside all day. Nobody told us anything, she said.\n"
    )
    assert quote_openings(result) == {("Lena Lis", "We waited outside")}
