"""Russian precision family of session 23: a verdict under the administrative offences code
(«осудили по ст. 19.3 КоАП»), with no criminal code and no term of months or years, is days
of arrest or a fine, no sentence; a prison term beside the administrative code stays. Sentences
written for these tests."""

from __future__ import annotations

from tests.test_extract_ru import events, terms


def test_an_administrative_verdict_is_no_sentence(run):
    text = (
        "Пенсионерку Галину Сырцову задержали у здания суда в Твери. "
        "Её осудили по ст. 19.3 КоАП и назначили штраф."
    )
    found = events(run(text, "ru"))
    assert ("arrest", "Галина Сырцова") in found
    assert ("sentence", "Галина Сырцова") not in found


def test_a_prison_term_beside_the_administrative_code_stays(run):
    text = "Галину Сырцову, которую раньше штрафовали по КоАП, осудили на два года колонии по статье 280 УК."
    result = run(text, "ru")
    assert ("sentence", "Галина Сырцова") in events(result)
    assert terms(result) == {"Галина Сырцова": 24}
