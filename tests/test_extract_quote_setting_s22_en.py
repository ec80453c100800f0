"""The second pair of marks after an attribution whose verb has a prepositional phrase naming
somebody else, in wording invented for these tests (session 22): the name is the setting of the
speaking ('spoke to the press outside the trial of blogger Y', 'said at a vigil for Y', 'told a
rally in support of Y'), not a new voice, so '"A," X said ... "B."' gives both to X. A new
subject in between still takes the floor."""

from __future__ import annotations

import pytest

from tests.extract_views import quote_openings

_LEAD = "Rustam Ergashev, a blogger, was sentenced on Monday in Tashkent.\n\n"


@pytest.mark.parametrize(
    ("paragraph", "second"),
    [
        (
            '"They gave my client five years over one video," lawyer Omar Saidov told journalists '
            'outside the trial of blogger Rustam Ergashev in Tashkent on Monday. "We will appeal."',
            ("Omar Saidov", "We will appeal."),
        ),
        (
            '"He did nothing wrong," Lina Karimova said at a vigil for Rustam Ergashev on Tuesday. '
            '"He wrote a poem."',
            ("Lina Karimova", "He wrote a"),
        ),
        (
            '"They beat him," Lina Karimova told a rally in support of Rustam Ergashev. '
            '"Nobody was punished."',
            ("Lina Karimova", "Nobody was punished."),
        ),
        (
            '"We are not giving up," Omar Saidov wrote in a letter to Rustam Ergashev\'s mother. '
            '"The appeal is ready."',
            ("Omar Saidov", "The appeal is"),
        ),
    ],
)
def test_a_name_in_the_setting_hands_no_floor(extract_text, paragraph, second):
    assert second in quote_openings(extract_text(_LEAD + paragraph))


def test_a_new_subject_in_between_still_speaks(extract_text):
    result = extract_text(
        _LEAD
        + '"They beat him," Lina Karimova said. Rustam Ergashev\'s mother, Dilnoza Ergasheva, disagreed. '
        '"He was not beaten."'
    )
    assert ("Lina Karimova", "He was not") not in quote_openings(result)


def test_a_subject_inside_the_setting_may_be_the_next_voice(extract_text):
    result = extract_text(
        _LEAD + '"The verdict shames us all," Omar Saidov said at a dinner in Tashkent, where Lina Karimova '
        'also spoke. "The appeal will fail."'
    )
    assert ("Omar Saidov", "The appeal will") not in quote_openings(result)
