"""Counts of session 62 (helper counts): the traps of the shapes the census measured and left
without a rule, in wordings invented for these tests (docs/extract.md, "Session 62 — group counts
in three languages: a census, no rule").

* A part of a freed group taken abroad ("Eleven of the freed prisoners were driven to the
  border"): the deportation counts the part, the release keeps the whole; the part's number is no
  release count (96 of 121 such copies over the read sets would be false).
* A person told as one of a counted pardoned group, then deported on her own ("was one of 30
  prisoners pardoned ..., and the same day she was driven to the border"): the release counts the
  group; the deportation's own clause has no number (GUIDELINES), so no count.
* An arrest verb joined to the stay that followed ("were arrested in June and have spent the
  months since in pre-trial detention") keeps its count.
"""

from __future__ import annotations

from tests.extract_views import event_pairs, group_counts


def test_part_of_the_freed_taken_abroad_counts_the_deportation_only(extract_text, be) -> None:
    result = extract_text(
        "Minsk pardoned 20 prisoners on Monday. Eleven of the freed prisoners were driven to the "
        "border with Poland and told to walk across."
    )
    counts = group_counts(result)
    assert ("deportation", 11) in counts
    assert ("release", 20) in counts
    assert ("release", 11) not in counts
    counts = group_counts(
        be(
            "Улады вызвалілі 20 палітвязняў. Адзінаццаць з вызваленых у той жа дзень вывезлі да "
            "мяжы з Польшчай."
        )
    )
    assert ("deportation", 11) in counts
    assert ("release", 11) not in counts


def test_one_of_a_counted_pardon_then_deported_alone(extract_text, run) -> None:
    result = extract_text(
        "In March the teacher Olga Brel was one of 30 prisoners pardoned by decree, and the same "
        "day she was driven to the Latvian border."
    )
    assert ("release", 30) in group_counts(result)
    assert ("deportation", 30) not in group_counts(result)
    assert ("deportation", "Olga Brel") in event_pairs(result)
    for text, language in (
        (
            "В марте учительница Ольга Брель оказалась среди 30 заключённых, помилованных одним "
            "указом, и в тот же день её вывезли в Латвию.",
            "ru",
        ),
        (
            "У сакавіку настаўніца Вольга Брэль апынулася сярод 30 вязняў, памілаваных адным "
            "указам, і ў той жа дзень яе вывезлі ў Латвію.",
            "be",
        ),
    ):
        counts = group_counts(run(text, language))
        assert ("release", 30) in counts
        assert ("deportation", 30) not in counts


def test_arrest_joined_to_the_stay_after_it_keeps_its_count(extract_text) -> None:
    result = extract_text(
        "All six were arrested in June and have spent the months since in pre-trial detention in Vitsebsk."
    )
    assert ("arrest", 6) in group_counts(result)
