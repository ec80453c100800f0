"""English, session 62 (helper enpronoun, led by the events a he/she gave to a person of the other
sex whose name the given-name lists do not know), in wordings invented for these tests:

* a spouse noun after a name's possessive ("Tan Wai-lam's husband") tells that name's sex, so a
  "he" after it is not hers;
* a he/she/his/her in a relative clause on a name ("Ketema, who ... since he dissolved ...") tells
  the name's sex, so a "she" later in the story does not fall on him;
* traps: a pronoun after a person noun inside the clause ("whose lawyer said he would appeal"), and
  a possessive where the clause's subject acts on another ("who campaigned for his release"), tell
  nothing of the name's sex.
"""

from __future__ import annotations

from tests.extract_views import event_pairs


def test_spouse_noun_tells_the_owner_is_a_woman(extract_text) -> None:
    """'X's husband': X is a woman, so the "he" after it is the (unnamed) husband, not X."""
    result = extract_text(
        "Editor detained\n\n"
        "Police in Kowloon detained the editor Tan Wai-lam on Monday. Her lawyer said Tan "
        "Wai-lam's husband had been jailed in 2021. He was released in March."
    )
    pairs = event_pairs(result)
    assert ("arrest", "Tan Wai-lam") in pairs
    assert ("release", "Tan Wai-lam") not in pairs


def test_pronoun_in_own_relative_clause_tells_the_sex(extract_text) -> None:
    result = extract_text(
        "Broadcaster held\n\n"
        "Police detained a radio host who had mocked Prime Minister Ketema Woldu on air, her "
        "producers said. Ketema, who took office in 2019 and has ruled by decree since he "
        "dissolved the assembly, denies that critics are jailed. A judge ordered that she be "
        "held in pre-trial detention."
    )
    assert not any(p == "Ketema Woldu" for _t, p in event_pairs(result))


def test_pronoun_after_a_person_noun_in_the_clause_tells_nothing(extract_text) -> None:
    """Trap: "whose lawyer said he ...": the he is the lawyer's, not the name's."""
    result = extract_text(
        "Blogger sentenced\n\n"
        "A court in Bahir Dar sentenced the blogger Tsegereda Alemu, whose lawyer said he would "
        "appeal, to four years on Monday. She was arrested in May."
    )
    assert ("arrest", "Tsegereda Alemu") in event_pairs(result)


def test_possessive_in_an_active_clause_tells_nothing(extract_text) -> None:
    """Trap: "who campaigned for his release": the his is the one she campaigned for."""
    result = extract_text(
        "Teacher freed\n\n"
        "The blogger Abebe Kidane was jailed in 2020. The teacher Tsehay Worku, who campaigned for "
        "his release, was detained in 2021. She was freed in May."
    )
    pairs = event_pairs(result)
    assert ("release", "Tsehay Worku") in pairs
    assert ("release", "Abebe Kidane") not in pairs
