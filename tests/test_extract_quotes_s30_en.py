"""English quotes (session 30), in wording invented for these tests.

Families found by a matrix of speech verbs x attribution frames (and by reading real US news):

* A he/she that speaks is never the one its own verb addresses or speaks of ('"...," he told
  Kline', '"...," she said of Weiss'): that would be "himself". Nobody else named: no speaker;
  the subject of the sentence before, if of that sex, is still found.
* A source named in the middle of a sentence ('because, in her words, "..."', 'in Santos's
  words') speaks quoted words that hold a clause of their own; a fragment that finishes the
  narrator's clause ('The charges, according to X, "are absurd"') stays no quote.
* 'Y, X said, has turned the trial into a show.' / '"...," he said.': the one who goes on
  speaking is the reporter of the aside, not the one reported on (as for 'X said Y was ...').
* (Kept as it was: a quote that closes a paragraph right after a narrative sentence about a named
  person ('X was defiant. "..."') is nobody's; it may as well go on from the speaker before, see
  test_extract_quotes_speakers_en.py. Only a quote that is a paragraph of its own is given to
  the subject before.)
* A lone pair of British single marks is speech before any form of a speech verb: irregular
  and doubled pasts ('admitted', 'quipped') and phrasal verbs ('went on', 'shot back'); the
  first word of a phrasal verb alone ('which went on sale') is no sign of speech.
* A paragraph opened by a dialogue dash ('— The trial is a farce, Petrenko said.') is direct
  speech, as marks are; the dash is not part of the words.
* An indefinite description in a main clause between a name and a he/she ('A woman who gave
  only her first name stood at the gate. "...," she said') is someone new: not the name.
Traps: 'said that "..."' stays indirect speech (dev2 convention); unnamed sources, verdicts,
titles, slogans and scare quotes give no quote.
"""

from __future__ import annotations

import pytest

from tests.extract_views import quote_openings

_HEAD = "Activist speaks after court hearing\n\n"


def _story(intro: str, body: str) -> str:
    return f"{_HEAD}{intro}\n\n{body}"


class TestPronounIsNotItsAddressee:
    @pytest.mark.parametrize(
        "body",
        [
            '"We will never stop fighting for the truth," he told Kline.',
            '"We will never stop fighting for the truth," he said to Kline.',
            '"We will never stop fighting for the truth," he said of Kline.',
            '"We will never stop fighting for the truth," he shouted at Kline.',
        ],
    )
    def test_an_unnamed_voter_is_not_the_candidate(self, extract_text, body):
        intro = "Robert Kline met voters on Monday. One of them, a retired teacher, stood up."
        openings = quote_openings(extract_text(_story(intro, body)))
        assert all(name != "Robert Kline" for name, _ in openings)

    @pytest.mark.parametrize("verb", ["told", "said to"])
    def test_the_subject_before_still_speaks(self, extract_text, verb):
        intro = "Tomas Adeyemi, a lawyer, spoke on Tuesday."
        body = f'Adeyemi met Robert Kline. "Nobody in this room believes the charges," he {verb} Kline.'
        assert ("Tomas Adeyemi", "Nobody in this") in quote_openings(extract_text(_story(intro, body)))


class TestSourceNamedMidSentence:
    @pytest.mark.parametrize(
        "body",
        [
            'Santos faulted the court as, in her words, "this trial is a farce from start to end."',
            'Santos faulted the court as, in her own words, "this trial is a farce from start to end."',
            'Santos faulted the court as, in Santos\'s words, "this trial is a farce from start to end."',
        ],
    )
    def test_in_her_words(self, extract_text, body):
        intro = "Maria Santos, an opposition activist, spoke on Tuesday after a hearing."
        assert ("Maria Santos", "this trial is") in quote_openings(extract_text(_story(intro, body)))

    @pytest.mark.parametrize(
        "body",
        [
            'The charges, according to Santos, "are absurd and politically motivated."',
            'The verdict was, in her words, "a disgrace to the whole court system."',
        ],
    )
    def test_a_fragment_finishing_the_narrators_clause_is_no_quote(self, extract_text, body):
        intro = "Maria Santos, an opposition activist, spoke on Tuesday after a hearing."
        assert not extract_text(_story(intro, body)).quotes


class TestReporterOfAnAside:
    @pytest.mark.parametrize("verb", ["said", "says", "added", "argued"])
    def test_the_aside_speaker_goes_on(self, extract_text, verb):
        intro = "Maria Santos, an opposition activist, spoke on Tuesday after a hearing."
        body = (
            f"Anna Weiss, Santos {verb}, has turned the trial into a show.\n\n"
            '"We will never stop fighting for the truth," she said.'
        )
        openings = quote_openings(extract_text(_story(intro, body)))
        assert ("Maria Santos", "We will never") in openings


class TestQuoteClosingAParagraphAboutAPerson:
    def test_a_passive_subject_does_not_speak(self, extract_text):
        intro = "Daniel Okafor, a former MP, spoke on Tuesday after a hearing in the capital."
        body = 'Okafor was charged with treason in May. "The defendant poses a danger to society."'
        openings = quote_openings(extract_text(_story(intro, body)))
        assert ("Daniel Okafor", "The defendant poses") not in openings

    def test_a_paragraph_of_its_own_goes_to_the_subject_before(self, extract_text):
        intro = "Daniel Okafor, a former MP, spoke on Tuesday after a hearing in the capital."
        body = 'Okafor was defiant.\n\n"They want us to be silent but we will not be."'
        assert ("Daniel Okafor", "They want us") in quote_openings(extract_text(_story(intro, body)))


class TestTraps:
    @pytest.mark.parametrize(
        "body",
        [
            'Santos said that "we will never stop fighting for the truth."',
            '"She is being held in a punishment cell," a source close to the family said.',
            '"The defendant poses a danger to society," the verdict said.',
            'Santos is the author of "Letters From the Colony," a memoir published in 2021.',
            'Supporters of Santos held banners reading "Freedom for all political prisoners now."',
            'The authorities have labelled Santos an "extremist" and a "foreign agent."',
            'Santos is accused of "organising actions that grossly violate public order."',
        ],
    )
    def test_no_quote_of_santos(self, extract_text, body):
        intro = "Maria Santos, an opposition activist, spoke on Tuesday after a hearing in the capital."
        openings = quote_openings(extract_text(_story(intro, body)))
        assert all(name != "Maria Santos" for name, _ in openings)


class TestBritishSingleMarksBeforeAnyVerbForm:
    @pytest.mark.parametrize(
        "verb",
        ["admitted", "quipped", "went on", "shot back", "hit back", "chimed in", "broke in", "snapped"],
    )
    def test_a_lone_single_pair_is_speech(self, extract_text, verb):
        intro = "Maria Santos, a campaigner, spoke on Tuesday after a hearing in the capital."
        body = f"\u2018Nobody in this room believes the charges,\u2019 Santos {verb}."
        assert ("Maria Santos", "Nobody in this") in quote_openings(extract_text(_story(intro, body)))

    def test_a_title_before_went_on_sale_is_no_quote(self, extract_text):
        text = "Book launch\n\nMaria Santos presented \u2018The Long Road Home,\u2019 which went on sale."
        assert not extract_text(text).quotes


class TestDialogueDash:
    @pytest.mark.parametrize(
        "body",
        [
            "\u2014 This trial is a farce from beginning to end, Petrenko said.",
            "\u2014 Nobody in this room believes the charges, Petrenko told reporters.",
        ],
    )
    def test_the_dashed_paragraph_is_speech(self, extract_text, body):
        intro = "Olga Petrenko, a journalist, spoke on Tuesday after a hearing in the capital."
        result = extract_text(_story(intro, body))
        assert [q.text[:4] for q in result.quotes] in (["This"], ["Nobo"])  # the dash left out
        assert {name for name, _ in quote_openings(result)} == {"Olga Petrenko"}

    def test_without_the_dash_a_third_person_clause_is_a_paraphrase(self, extract_text):
        intro = "Olga Petrenko, a journalist, spoke on Tuesday after a hearing in the capital."
        body = "The trial was a farce from beginning to end, Petrenko said."
        assert not extract_text(_story(intro, body)).quotes


class TestIndefiniteNewcomer:
    @pytest.mark.parametrize(
        "lead",
        [
            "A woman who gave only her first name stood at the gate.",
            "A woman stood at the gate.",
            "An elderly woman waited at the gate.",
        ],
    )
    def test_she_is_the_newcomer(self, extract_text, lead):
        intro = "Maria Santos, an opposition activist, appeared in court on Tuesday."
        body = f'Santos left the court. {lead} "Shame on this court and its judges," she said.'
        openings = quote_openings(extract_text(_story(intro, body)))
        assert all(name != "Maria Santos" for name, _ in openings)

    def test_the_named_speaker_goes_on_after_a_definite_description(self, extract_text):
        intro = "Maria Santos, an opposition activist, appeared in court on Tuesday."
        body = 'Santos left the court. The woman smiled at the cameras. "Shame on this court," she said.'
        assert ("Maria Santos", "Shame on this") in quote_openings(extract_text(_story(intro, body)))
