"""English quote speakers of session 47 (helper quotes).

* a he/she speaker after a sentence that reports the pronoun's antecedent with a closing
  reporting clause the parser hung under it ('Y was let go, his son X told AFP.') or a list
  after a colon ('X told us that two were let out: A and B.') is the reporter.
* words in the first person that close a paragraph, after a sentence whose subject is a
  relative or role set beside one name ('His wife, Aksana L., had been sitting …. "We
  expected it."'), are that person's.

Sentences written for these tests."""

from __future__ import annotations

# -- English: the reporter of the sentence before speaks on -----------------------------------------


def _en(extract_text, text: str) -> set[tuple[str, str]]:
    result = extract_text(text)
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[q.speaker], " ".join(q.text.split()[:3])) for q in result.quotes}


def test_en_a_closing_report_hung_under_its_clause_names_the_speaker(extract_text):
    text = (
        "Niger junta detains former ministers\n\n"
        "Those held include former oil minister Abdoulaye Hamani Koré, according to their families.\n\n"
        'Koré was allowed to go home late on Wednesday "for health reasons" but must report to the '
        "gendarmerie every Monday, his son Hamza Koré told AFP.\n\n"
        '"My father is 71 and diabetic. They kept him on a mattress for two days," he said.\n'
    )
    assert _en(extract_text, text) == {("Hamza Koré", "My father is")}


def test_en_the_one_reported_on_without_a_reporter_still_speaks(extract_text):
    text = (
        "Niger junta detains former ministers\n\n"
        "Those held include former oil minister Abdoulaye Hamani Koré, according to their families.\n\n"
        "Koré was allowed to go home late on Wednesday but must report to the gendarmerie every Monday.\n\n"
        '"I am 71 and diabetic. They kept me on a mattress for two days," he said.\n'
    )
    assert _en(extract_text, text) == {("Abdoulaye Hamani Koré", "I am 71")}


def test_en_a_list_after_a_colon_is_what_the_reporter_before_it_told(extract_text):
    text = (
        "Election day in Uganda\n\n"
        "Lawyer Timothy Kabuye Mwesigwa has just told us that two of the polling agents were let out "
        "on police bond this evening: Ivan Ssentongo and Harriet Nakato. "
        '"They were held in a container at the back of the station for nine hours," he said.\n'
    )
    assert _en(extract_text, text) == {("Timothy Kabuye Mwesigwa", "They were held")}


# -- English: first-person words after a relative or role introduced by name ------------------------

_EN_COURT = (
    "Blogger jailed in Homiel\n\n"
    "A court in Homiel sentenced blogger Dzmitry Lahvinovich to four years in a colony on Tuesday.\n\n"
    "{subject} had been sitting in the second row since eight in the morning. {words}\n"
)


def test_en_first_person_words_after_a_wife_introduced_by_name_are_hers(extract_text):
    text = _EN_COURT.format(
        subject="His wife, Aksana Lahvinovich,",
        words='"We expected it. Nobody in this room expected anything else."',
    )
    assert _en(extract_text, text) == {("Aksana Lahvinovich", "We expected it.")}


def test_en_words_not_in_the_first_person_after_the_wife_give_nobody(extract_text):
    text = _EN_COURT.format(
        subject="His wife, Aksana Lahvinovich,", words='"The verdict was read in twenty minutes."'
    )
    assert _en(extract_text, text) == set()


def test_en_first_person_words_after_a_bare_name_subject_are_not_read_so(extract_text):
    text = _EN_COURT.format(subject="Aksana Lahvinovich", words='"We will appeal against every word of it."')
    assert _en(extract_text, text) == set()
