"""English speakers of session 50 (helper quotes, the census of every read set).

* relatives named as often by the surname they share: the bare surname of a speech tag goes to
  the one named last by a full name; a given name alone ("Olga") tells a relative apart from the
  bare surname and is no naming by it, so it does not make her the one named last.
* a relative by marriage ("Her brother-in-law, Ihar X") is introduced as kin like any relative.
* a name that opens a longer name of the article (two words at least, no generation such as
  "Sr") is that person without the last words ("Marta Elena" / "Marta Elena Ruiz").

Sentences written for these tests."""

from __future__ import annotations


def _en(extract_text, text: str) -> set[tuple[str, str]]:
    result = extract_text(text)
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[q.speaker], " ".join(q.text.split()[:3])) for q in result.quotes if q.speaker}


def test_en_a_bare_surname_goes_to_the_relative_named_last_in_full(extract_text):
    text = (
        "Brest couple jailed again\n\n"
        "Pavel and Olga Kazlou were detained together in 2022. Their daughter, now 9, lives with her "
        "grandmother.\n\n"
        "On the wall of Nina Kazlou's kitchen in Brest there is a calendar with crossed-out days.\n\n"
        '"The first time Olga came home, I burned the calendar," says Kazlou, 70, a retired nurse. '
        '"A month later I bought a new one."\n'
    )
    assert _en(extract_text, text) == {("Nina Kazlou", "The first time"), ("Nina Kazlou", "A month later")}


def test_en_namesakes_named_as_often_the_one_named_last_still_speaks(extract_text):
    # trap: two namesakes, no kin; the one named last in full keeps the bare surname, her given
    # name alone after it changes nothing
    text = (
        "Brest activists jailed\n\n"
        "Olga Kazlou, a teacher, was detained in 2022. In March the court also jailed Nina Kazlou, "
        "a nurse from the same street. Nina served a year.\n\n"
        '"I never met her before the trial," says Kazlou. "Now we write to each other."\n'
    )
    assert _en(extract_text, text) == {("Nina Kazlou", "I never met"), ("Nina Kazlou", "Now we write")}


def test_en_a_double_given_name_without_the_surname_is_the_same_person(extract_text):
    result = extract_text(
        "Havana mother waits\n\n"
        "Marta Elena Ruiz, 58, has visited her son in prison every month since 2021.\n\n"
        '"They took him at dawn," Marta Elena says. "He had no shoes on."\n'
    )
    names = sorted(p.name for p in result.persons)
    assert names == ["Marta Elena Ruiz"]
    by_id = {p.id: p.name for p in result.persons}
    assert {by_id[q.speaker] for q in result.quotes} == {"Marta Elena Ruiz"}


def test_en_a_name_with_a_generation_is_another_person(extract_text):
    # precision trap: "Duncan Hunter Sr" is the father of "Duncan Hunter"
    result = extract_text(
        "Congressman pleads\n\n"
        "Duncan Hunter was charged with misusing campaign funds. His father, Duncan Hunter Sr, "
        "said the case was political.\n"
    )
    names = sorted(p.name for p in result.persons)
    assert len(names) == 2 and "Duncan Hunter" in names


def test_en_a_relative_by_marriage_is_introduced_as_kin(extract_text):
    # trap for the first rule: "Her brother-in-law, Ihar X" is a relative, so the bare surname
    # stays with the story's subject, named first, not with the relative named last in full
    text = (
        "Miner's wife waits\n\n"
        "Natallia Shylava sets the table for four. The fourth plate belongs to Viktar Shylau, an "
        "electrician at the potash mines, sentenced to nine years in 2022.\n\n"
        "Her brother-in-law, Ihar Shylau, a lorry driver, was detained for a day in 2023.\n\n"
        'Viktar writes every week. "I am fine, do not send money," Shylau wrote in his last letter.\n'
    )
    assert _en(extract_text, text) == {("Viktar Shylau", "I am fine,")}
