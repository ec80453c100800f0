"""Role nouns and speakers, in wording invented for these tests (session 23): 'the judge said' is
the person named before as 'Justice X' as well as 'Judge X'; the description set beside that
name ('Judge X, one of the judges picked to hear such cases,') is no second judge who takes the
role over; and a rank before a name ('Brigadier X') is a role, not part of the speaker's name."""

from __future__ import annotations

import pytest

from tests.extract_views import quote_openings

_VERDICT = "The court in Lahore ordered the release of the blogger Imran Qadir on Tuesday.\n\n"


@pytest.mark.parametrize(
    "paragraphs",
    [
        "Justice Saleem Akhtar Rana ruled that the arrest had no basis. "
        '"No citizen may be held for asking questions of the state," the judge wrote.',
        "In a short order, Justice Saleem Akhtar Rana quashed the detention.\n\n"
        '"No citizen may be held for asking questions of the state," the judge said.',
        "Judge Saleem Akhtar Rana, one of the judges named to the anti-terrorism bench, freed him. "
        '"No citizen may be held for asking questions of the state," the judge said.',
        "Judge Saleem Akhtar Rana, who is one of three judges on the bench, read the order aloud.\n\n"
        '"No citizen may be held for asking questions of the state," the judge added.',
    ],
)
def test_the_judge_is_the_justice_or_judge_named_before(extract_text, paragraphs):
    assert ("Saleem Akhtar Rana", "No citizen may") in quote_openings(extract_text(_VERDICT + paragraphs))


def test_another_unnamed_judge_since_gives_nobody(extract_text):
    result = extract_text(
        _VERDICT + "Justice Saleem Akhtar Rana quashed the detention. A second judge, who sat with him, "
        'disagreed.\n\n"No citizen may be held for asking questions of the state," the judge wrote.'
    )
    assert ("Saleem Akhtar Rana", "No citizen may") not in quote_openings(result)


def test_a_justice_minister_is_no_judge(extract_text):
    result = extract_text(
        "Justice Minister Karim Haddad defended the new law on Monday.\n\n"
        '"The courts will decide each case on its merits," the judge said.'
    )
    assert ("Karim Haddad", "The courts will") not in quote_openings(result)


@pytest.mark.parametrize(
    "paragraph",
    [
        '"Those freed will get help finding work," Brigadier Yusuf al-Mansoori, a spokesman for the '
        "ministry, told a news conference.",
        'Brigadier Yusuf al-Mansoori, a spokesman for the ministry, said: "Those freed will get help '
        'finding work."',
        '"Those freed will get help finding work," said Brigadier Yusuf al-Mansoori.',
    ],
)
def test_a_rank_before_the_name_is_no_part_of_it(extract_text, paragraph):
    result = extract_text("The kingdom pardoned 400 prisoners on Sunday.\n\n" + paragraph)
    assert ("Yusuf al-Mansoori", "Those freed will") in quote_openings(result)
