"""English quote attribution through the words of speech kept as data (`patterns/speech.json`):
a statement put out introduces its words ('issued a statement, "..."'). Sentences written for
these tests (none copied from an evaluation set)."""

from __future__ import annotations


def _quotes(result) -> set[tuple[str, str]]:
    names = {p.id: p.name for p in result.persons}
    return {(names.get(q.speaker or "", "?"), " ".join(q.text.split()[:3])) for q in result.quotes}


def test_a_statement_put_out_introduces_its_words(extract_text):
    result = extract_text(
        "The exiled opposition leader Svetlana Marchuk followed the trial from Vilnius.\n\n"
        'Hours after the verdict, Marchuk issued a statement, "Today a court punished a '
        'teacher for a poem, and every teacher in the country heard the sentence."'
    )
    assert _quotes(result) == {("Svetlana Marchuk", "Today a court")}


def test_a_statement_released_to_the_press_names_its_author(extract_text):
    result = extract_text(
        "Defence lawyer Olga Bystrova visited the colony on Friday.\n\n"
        'Bystrova later released a short statement: "He has lost weight, but he asked me to '
        'tell his students that he is not afraid."'
    )
    assert _quotes(result) == {("Olga Bystrova", "He has lost")}


def test_issuing_a_decree_is_no_speech(extract_text):
    result = extract_text(
        "President Arkady Volkov spoke to the cabinet on Monday.\n\n"
        'Volkov issued a decree on what officials called "measures to protect the information space".'
    )
    assert _quotes(result) == set()


def test_what_a_statement_condemned_in_the_narrators_words_is_no_quote(extract_text):
    result = extract_text(
        "Foreign Minister Ingrid Halvorsen followed the trial from Oslo.\n\n"
        'Halvorsen released a statement on Friday condemning "what can only be called a show trial '
        'of a peaceful poet." She said her ministry had summoned the ambassador.'
    )
    assert _quotes(result) == set()
