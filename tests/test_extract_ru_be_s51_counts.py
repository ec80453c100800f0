"""Russian and Belarusian counts of session 51 (helper counts), in wordings invented for these tests.

* a verb conjoined to a count told as a named person's membership («X помиловали в числе 52 … и
  вывезли», «X апынуўся сярод 52 …, якіх вызвалілі …, і быў вывезены») goes on with the person,
  not with the group: it takes no count (`PatientRules._counted_as_membership`). The group's own
  relative clause and a counted object with the member named inside it keep sharing the count
  (traps).
"""

from __future__ import annotations

from tests.test_extract_ru import counts, events
from vigil.model import Extraction


def _ru(run, text: str, lang: str = "ru") -> Extraction:
    return run("Новости\n\n" + text, lang)


def test_ru_a_verb_conjoined_to_a_membership_count_takes_no_count(run) -> None:
    # «в числе N» tells the named woman's group; the removal goes on with her alone
    result = _ru(
        run,
        "Ольгу Симонову помиловали в октябре в числе 26 политзаключённых и в тот же день, не дав "
        "попрощаться с родными, вывезли в Польшу.",
    )
    assert ("release", 26) in counts(result)
    assert ("deportation", 26) not in counts(result)
    assert ("deportation", "Ольга Симонова") in events(result)


def test_ru_a_counted_object_shares_its_count_with_the_conjoined_verb(run) -> None:
    # trap: the group is the verbs' own object; the member is named inside it
    result = _ru(
        run,
        "Власти освободили 26 политзаключённых, в том числе Ольгу Симонову, и в тот же день "
        "вывезли их в Польшу.",
    )
    assert {("release", 26), ("deportation", 26)} <= counts(result)


def test_be_a_singular_predicate_after_the_groups_relative_clause_takes_no_count(run) -> None:
    result = _ru(
        run,
        "У кастрычніку Ігар Лапко апынуўся сярод 26 палітвязняў, якіх вызвалілі пасля перамоваў, і "
        "ў той жа дзень быў вывезены ў Польшчу.",
        "be",
    )
    assert ("release", 26) in counts(result)
    assert ("deportation", 26) not in counts(result)


def test_be_verbs_of_the_groups_relative_clause_share_its_count(run) -> None:
    # trap: both verbs tell of «якіх», the group the man was among
    result = _ru(
        run,
        "У кастрычніку Ігар Лапко быў сярод 26 палітвязняў, якіх вызвалілі і ў той жа дзень "
        "вывезлі ў Польшчу.",
        "be",
    )
    assert {("release", 26), ("deportation", 26)} <= counts(result)
