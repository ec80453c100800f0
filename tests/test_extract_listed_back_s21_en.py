"""A group counted back ("All five defendants were arrested ...") names the people of the last
bulleted list before it when they are exactly that many, even with a live blog's other entries
or an unrelated case between (session 21). Invented wording."""

from __future__ import annotations

from tests.extract_views import event_pairs

_BLOG = """LIVE: Verdicts in the Lagos union sedition case

14:10
In an unrelated hearing in the same court, Chidi Okafor, 29, got a two-year prison term for stealing a car.

13:45
How the judge ruled:
• Ngozi Adeyemi was given seven years.
• Tunde Bakare was given six years.
• Emeka Nwosu was given five years.
• Folake Ojo was given four years.
• Bisi Lawal was given four years.

12:30
The judge has entered the courtroom.

11:00
Some background for readers joining now.
All five defendants were detained in night raids in June 2023 and charged with sedition.
"""


def test_the_counted_group_takes_the_listed_people(extract_text):
    pairs = event_pairs(extract_text(_BLOG))
    for name in ("Ngozi Adeyemi", "Tunde Bakare", "Emeka Nwosu", "Folake Ojo", "Bisi Lawal"):
        assert ("arrest", name) in pairs
    assert ("arrest", "Chidi Okafor") not in pairs
