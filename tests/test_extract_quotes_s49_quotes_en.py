"""English quotes of session 49 (helper quotes, the census of every English read set).

* words in marks that finish the narrator's own sentence — opening in lower case inside it,
  with no subject of their own, the narrator's full stop after the closing mark ('taking into
  account, he said, "his age and his positive character references".') — are a fragment, no
  quote (GUIDELINES: scare-quoted fragments without their own clause are not quotes).

Sentences written for these tests."""

from __future__ import annotations


def _en(extract_text, text: str) -> set[tuple[str, str]]:
    result = extract_text(text)
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[q.speaker], " ".join(q.text.split()[:3])) for q in result.quotes if q.speaker}


_EN_TRIAL = (
    "Homiel court jails student\n\n"
    "HOMIEL — A court sentenced Yahor Slabko, 19, to four years in a general-regime colony on "
    "Tuesday. {sentence}\n\n"
    "His mother, Ina Slabko, waited by the steps. "
    '"He was a child when they took him," she said, "and he will be 23 when he comes out".\n'
)


def test_en_a_fragment_after_an_aside_finishing_the_narrators_sentence_is_no_quote(extract_text):
    text = _EN_TRIAL.format(
        sentence='The judge gave him four years, taking into account, he said, "his age and his positive '
        'character references".'
    )
    assert _en(extract_text, text) == {("Ina Slabko", "He was a"), ("Ina Slabko", "and he will")}


def test_en_an_infinitive_finishing_the_narrators_sentence_is_no_quote(extract_text):
    text = _EN_TRIAL.format(
        sentence='Prosecutor Ivan Sidorov said the custody was sought "to prevent interference with '
        'witnesses".'
    )
    assert _en(extract_text, text) == {("Ina Slabko", "He was a"), ("Ina Slabko", "and he will")}


def test_en_a_predicate_after_an_aside_is_no_quote(extract_text):
    text = _EN_TRIAL.format(
        sentence='He was taken from his dormitory by men who, his friend Pavel Dranko remembers, "did not '
        'even let him put his shoes on".'
    )
    assert _en(extract_text, text) == {("Ina Slabko", "He was a"), ("Ina Slabko", "and he will")}


def test_en_words_with_a_subject_of_their_own_stay_a_quote(extract_text):
    # precision trap: a clause with its own subject may be the speaker's own words
    text = _EN_TRIAL.format(
        sentence='His sister, Maria Slabko, said the family would appeal although "nobody expects anything '
        'from the Supreme Court".'
    )
    assert ("Maria Slabko", "nobody expects anything") in _en(extract_text, text)


def test_en_the_second_part_of_a_quote_broken_by_its_tag_stays_a_quote(extract_text):
    # precision trap: '"…," she said, "and he will be 23 …".' goes on with words in marks before it
    text = _EN_TRIAL.format(sentence="He denied the charges.")
    assert ("Ina Slabko", "and he will") in _en(extract_text, text)


def test_en_a_fragment_with_the_stop_inside_the_marks_is_left_alone(extract_text):
    # precision trap: American punctuation puts every stop inside the marks; nothing tells there
    # whether the words are a fragment, so the older reading stands
    text = _EN_TRIAL.format(
        sentence='Prosecutor Ivan Sidorov said the custody was sought "to prevent interference with '
        'witnesses."'
    )
    assert ("Ivan Sidorov", "to prevent interference") in _en(extract_text, text)
