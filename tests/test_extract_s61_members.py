"""A counted part of a group told just before ("two of them", "three of the nine") that goes
through another event than the group, its members named in a later sentence: they went through
the group's event too (session 61, `membership.earlier_wholes`). Invented wording."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


@pytest.mark.parametrize(
    ("text", "whole", "part", "names"),
    [
        (
            "Soldiers rounded up five herders near the border on Sunday. On Thursday a military court "
            "let two of them go on bail. They are the elder, Dawit Mengistu, and his nephew, Samuel Haile.",
            "arrest",
            "release",
            ["Dawit Mengistu", "Samuel Haile"],
        ),
        (
            "Police detained nine members of a chess club in Grodno last week. A magistrate granted bail "
            "to three of them on Monday. Those granted bail are Lidia Varona, Piotr Sobal and Ilya Drozd.",
            "arrest",
            "release",
            ["Lidia Varona", "Piotr Sobal", "Ilya Drozd"],
        ),
        (
            "The regional court convicted eleven farmers of sabotage in March. The governor pardoned "
            "three of the eleven on Friday. They are Ruslan Amirov, Tamara Usenova and Bolot Kasymov.",
            "sentence",
            "release",
            ["Ruslan Amirov", "Tamara Usenova", "Bolot Kasymov"],
        ),
    ],
)
def test_members_of_a_part_named_later_went_through_the_whole(extract_text, text, whole, part, names):
    pairs = event_pairs(extract_text(text))
    assert all((part, name) in pairs for name in names)
    assert all((whole, name) in pairs for name in names)


def test_a_part_of_another_number_is_no_part_of_the_group(extract_text):
    # "two of the twelve" is not a part of the nine detained: no arrest for the two
    pairs = event_pairs(
        extract_text(
            "Police detained nine members of a chess club in Grodno last week. A magistrate freed two of "
            "the twelve defendants of an older case on Monday. They are Lidia Varona and Piotr Sobal."
        )
    )
    assert ("arrest", "Lidia Varona") not in pairs
    assert ("arrest", "Piotr Sobal") not in pairs


def test_people_named_after_the_part_who_are_not_its_members_get_nothing(extract_text):
    # the lawyers named after the part are no members of it, nor of the group
    pairs = event_pairs(
        extract_text(
            "Soldiers rounded up five herders near the border on Sunday. On Thursday a military court let "
            "two of them go on bail. Their lawyers, Selam Bekele and Yonas Tadesse, welcomed the ruling."
        )
    )
    assert not any(name in ("Selam Bekele", "Yonas Tadesse") for _, name in pairs)


def test_a_group_told_further_back_is_not_them(extract_text):
    # "them" points back one sentence at most: a group three sentences back is not the whole
    pairs = event_pairs(
        extract_text(
            "Police detained nine members of a chess club in Grodno in May. The club had met in a "
            "library for twenty years. Its founder died in 2019. The city council debated the budget "
            "for weeks. On Monday a magistrate freed two of them. They are Lidia Varona and Piotr Sobal."
        )
    )
    assert ("arrest", "Lidia Varona") not in pairs


def test_a_later_counted_telling_of_the_part_event_does_not_join_the_whole(extract_text):
    # the three freed in June are another telling with a count of its own: not the two freed after
    # questioning, so not of the seven detained
    pairs = event_pairs(
        extract_text(
            "Police detained seven men in a raid on a mosque in Bakhchysarai in March. Two of them were "
            "released after questioning the same day. Human rights groups say dozens of others have been "
            "prosecuted since. Some prisoners have been freed in exchanges. In June, three political "
            "prisoners, among them Rustem Aliev, who had been serving a ten-year term, were released in an "
            "exchange."
        )
    )
    assert ("release", "Rustem Aliev") in pairs
    assert ("arrest", "Rustem Aliev") not in pairs


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Police came for six retired teachers in Pinsk on Tuesday. All six were detained. Two of them, "
            "Vera Karpenko and Petr Lobanov, were later placed under house arrest. The others - Ivan "
            "Sushkov, Galina Marchenko, Oleg Vitkin and Nina Zueva - remain in the remand prison.",
            ["Ivan Sushkov", "Galina Marchenko", "Oleg Vitkin", "Nina Zueva"],
        ),
        (
            "In April police in Lida detained 9 readers of a banned local channel. Seven of them were "
            "fined and let go within days; the two others - among them the retired pilot Anatol Siamionau, "
            "70 - remained in custody.",
            ["Anatol Siamionau"],
        ),
    ],
)
def test_the_rest_named_apart_are_of_the_group_the_part_was_taken_from(extract_text, text, names):
    pairs = event_pairs(extract_text(text))
    assert all(("arrest", name) in pairs for name in names)


def test_the_rest_of_a_part_with_no_group_told_of_its_size_gets_nothing(extract_text):
    # no group of nine was told: "the others" of the nine are not of the four freed
    pairs = event_pairs(
        extract_text(
            "A court in Lida freed four of the nine defendants on Monday. The others - Ivan Sushkov and "
            "Galina Marchenko - asked for a retrial."
        )
    )
    assert ("release", "Ivan Sushkov") not in pairs
    assert ("release", "Galina Marchenko") not in pairs


def test_the_rest_that_do_not_make_up_the_group_get_nothing(extract_text):
    # two freed and two named make four, not the five detained: the list is not the rest
    pairs = event_pairs(
        extract_text(
            "Police detained five pensioners in Brest on Sunday. Two of them were released on Monday. The "
            "others, Ivan Sushkov and Galina Marchenko, are pensioners too."
        )
    )
    assert ("release", "Ivan Sushkov") not in pairs
