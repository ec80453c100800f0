"""English events and terms of session 47 (en-read, the `syn37b` census), in wordings invented
for these tests:

* a term stated apart from the verdict: "The punishment is two years", "The sentence — 20 years
  with hard labour — was the longest", "for X, the term is nine years", "learned his punishment:
  three and a half years" — owned by the noun's owner, a fronted "for X", or the one defendant of
  the verdict the paragraph told just before ("delivered the verdict in the case of X");
* a clause before a semicolon that the parser hangs on the verb after it ("...serving a
  seven-year term; according to his family, he had been refused insulin");
* a time served told as the whole of it after the time ("serving her two years in full");
* members of a group freed and sent abroad named apart from its verb: "The oldest of the group
  was X", "The oldest of those expelled, 71-year-old X, ...", "X was also in the group", and "X,
  sentenced ... in what his church says was retaliation, was also on board".

Each with traps that must stay without the event."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


def _terms(result) -> set[tuple[str, int]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.term_months for p in e.persons}


# --- a term stated apart from the verdict ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        (
            "In Barysau, Judge Ihar Lobach of the district court delivered the verdict in the case of Volha "
            "Maroz, a librarian charged under Article 342. The librarian, 47, came to the hearing with a "
            "packed bag. The punishment is three years in a general-regime penal colony.",
            36,
        ),
        (
            "On Tuesday a court inside the prison handed down a verdict in the case of photographer Volha "
            "Maroz, who was detained in May. The sentence — 12 years with hard labour — was the longest "
            "given to a journalist this year, the press council said.",
            144,
        ),
        (
            "A week later Volha Maroz, a former teacher from Barysau, learned her punishment: four and a "
            "half years of general-regime colony.",
            54,
        ),
        (
            "Pavel Lis was sentenced to 14 years, Ihar Bely to 12; for Volha Maroz, whom the court found "
            'to have played "a minor role", the term is nine years.',
            108,
        ),
    ],
)
def test_term_stated_apart_from_the_verdict(extract_text, text, months) -> None:
    result = extract_text(text)
    assert ("sentence", "Volha Maroz") in event_pairs(result)
    assert ("Volha Maroz", months) in _terms(result)


@pytest.mark.parametrize(
    "text",
    [
        # a law's penalty, a maximum, a term to come, a request, two defendants
        "Volha Maroz goes on trial on Monday. The penalty for treason is 15 years.",
        "Volha Maroz goes on trial on Monday. The maximum punishment is ten years in a colony.",
        "The court will deliver its verdict in the case of Volha Maroz next week. The sentence could "
        "be six years, her lawyer said.",
        "The judge delivered the verdict in the case of Volha Maroz. Prosecutors had asked for eight "
        "years. The requested punishment is eight years.",
        "The judge delivered the verdict in the case of Volha Maroz and Pavel Lis. The punishment is "
        "two years in a colony.",
    ],
)
def test_term_noun_without_a_given_term_stays_without_a_sentence(extract_text, text) -> None:
    result = extract_text(text)
    assert ("sentence", "Volha Maroz") not in event_pairs(result)
    assert _terms(result) == set()


# --- a clause before a semicolon governs nothing of the clause after it ----------------------


def test_clause_before_semicolon_keeps_its_term(extract_text) -> None:
    result = extract_text(
        "Political prisoner Ihar Bely has died in Penal Colony No. 3. The 52-year-old was serving a "
        'six-year term for "insulting the president"; according to his family, he had been refused '
        "medicine for weeks."
    )
    assert {("death", "Ihar Bely"), ("sentence", "Ihar Bely")} <= event_pairs(result)
    assert _terms(result) == {("Ihar Bely", 72)}


def test_clause_before_semicolon_is_still_its_own_hedge(extract_text) -> None:
    result = extract_text(
        "Political prisoner Ihar Bely has died in Penal Colony No. 3. The 52-year-old may have been "
        "serving a six-year term; according to his family, he had been refused medicine for weeks."
    )
    assert ("sentence", "Ihar Bely") not in event_pairs(result)


# --- "after serving her two years in full" ---------------------------------------------------


def test_time_served_in_full_is_the_term(extract_text) -> None:
    result = extract_text(
        "Activist Hanna Volak walked out of the women's colony in Homel after serving her two years in full."
    )
    assert {("release", "Hanna Volak"), ("sentence", "Hanna Volak")} <= event_pairs(result)
    assert _terms(result) == {("Hanna Volak", 24)}


@pytest.mark.parametrize(
    "text",
    [
        "Activist Hanna Volak walked out of the women's colony in Homel after serving two years.",
        "Her sister, Hanna Volak, spent her two years in full at a university in Vilnius.",
        "Hanna Volak could be freed after serving her two years in full.",
    ],
)
def test_time_served_not_in_full_is_no_term(extract_text, text) -> None:
    result = extract_text(text)
    assert ("sentence", "Hanna Volak") not in event_pairs(result)
    assert _terms(result) == set()


# --- members of a group freed and sent abroad, named apart from its verb ----------------------

_GROUP = (
    "Belarus on Friday freed 14 political prisoners, the exiled opposition said. All 14 were driven "
    "to the Lithuanian border on a bus and ordered to walk across.\n\n"
)


@pytest.mark.parametrize(
    "member",
    [
        "The oldest of the group was Ales Kruk, 74, a retired engineer from Pinsk.",
        "The oldest of those expelled, 71-year-old Ales Kruk, a retired teacher from Pinsk, had to be "
        "helped off the bus.",
        "Freelance journalist Ales Kruk, 33, was also in the group.",
        "Pastor Ales Kruk, sentenced in 2024 to 12 years in what his church says was retaliation for "
        "his sermons, was also on board.",
    ],
)
def test_member_named_apart_from_the_groups_verb(extract_text, member) -> None:
    result = extract_text(_GROUP + member)
    assert {("release", "Ales Kruk"), ("deportation", "Ales Kruk")} <= event_pairs(result)


@pytest.mark.parametrize(
    "member",
    [
        "The oldest of those still inside is Ales Kruk, 74, a retired engineer from Pinsk.",
        "Freelance journalist Ales Kruk was also in the group that organised the protest.",
        "Freelance journalist Ales Kruk was not in the group.",
        "Freelance journalist Ales Kruk may also have been in the group.",
        "Pastor Ales Kruk, sentenced in 2024 to 12 years in what his church says was retaliation for "
        "his sermons, was not on board.",
    ],
)
def test_one_outside_the_group_stays_without_its_events(extract_text, member) -> None:
    result = extract_text(_GROUP + member)
    pairs = event_pairs(result)
    assert ("release", "Ales Kruk") not in pairs
    assert ("deportation", "Ales Kruk") not in pairs


# --- a counted group named next in a list set apart by semicolons ----------------------------

_SIX = (
    "On 18 November, Viasna recognised six residents of Hrodna as political prisoners. All six were "
    "detained in mid-September over comments in a local chat. They are retired railway worker Ales "
    "Kruk, 61; his neighbour Alena Hryb; the brothers Artsiom and Pavel Sauk; nurse Volha Miak; and "
    "{last}, a student at the university."
)


def test_group_named_next_in_a_semicolon_list(extract_text) -> None:
    result = extract_text(_SIX.format(last="Ruslan Tsikh"))
    named = {"Ales Kruk", "Alena Hryb", "Artsiom Sauk", "Pavel Sauk", "Volha Miak", "Ruslan Tsikh"}
    assert {("arrest", n) for n in named} <= event_pairs(result)


def test_semicolon_list_of_another_size_names_no_member(extract_text) -> None:
    # five names for a group of six: the list is not the group's
    result = extract_text(
        _SIX.replace("the brothers Artsiom and Pavel Sauk", "teacher Pavel Sauk").format(last="Ruslan Tsikh")
    )
    assert not {p for t, p in event_pairs(result) if t == "arrest"}


# --- "died there": past a companion and a place of origin, back to the custody place ----------


def test_died_there_looks_past_a_companion_and_an_origin(extract_text) -> None:
    result = extract_text(
        "In the colony, Pavel Lis shared a barracks with Ales Kruk, a 64-year-old former lorry driver "
        "from Barysau who had been jailed for a comment online. Kruk died there in February 2023 after "
        "a stroke."
    )
    assert ("death", "Ales Kruk") in event_pairs(result)


def test_died_there_after_moving_abroad_is_no_death_in_custody(extract_text) -> None:
    result = extract_text(
        "In the colony, Pavel Lis shared a barracks with Ales Kruk, a former lorry driver from Barysau. "
        "After his release Kruk moved to Vilnius with his wife and died there in February 2023."
    )
    assert ("death", "Ales Kruk") not in event_pairs(result)


# --- a removal that ends in an arrest where it ends frees no one -------------------------------

_HELD_STORY = "Activist Zarina Nazar had been held in a Moscow detention centre since August. "


def test_removal_to_an_arrest_where_it_ends_is_no_release(extract_text) -> None:
    result = extract_text(
        _HELD_STORY + "On Tuesday Russian authorities deported Zarina Nazar to Tajikistan, where she was "
        "taken into custody as soon as her plane landed in Dushanbe, relatives said."
    )
    pairs = event_pairs(result)
    assert {("deportation", "Zarina Nazar"), ("arrest", "Zarina Nazar")} <= pairs
    assert ("release", "Zarina Nazar") not in pairs


def test_removal_to_a_place_where_she_was_met_still_frees(extract_text) -> None:
    result = extract_text(
        "Belarus on Friday pardoned political prisoner Zarina Nazar and deported her to Lithuania, where "
        "she was met by her husband at the border."
    )
    assert {("release", "Zarina Nazar"), ("deportation", "Zarina Nazar")} <= event_pairs(result)


def test_a_term_of_office_stated_by_a_copula_is_no_sentence(extract_text) -> None:
    result = extract_text("Volha Maroz was elected chair of the union in May. Her term is five years.")
    assert ("sentence", "Volha Maroz") not in event_pairs(result)
    assert _terms(result) == set()
