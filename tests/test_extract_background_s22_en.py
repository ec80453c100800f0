"""English releases and deportations told in the background of a sentence, in wording invented
for these tests (session 22): a possessed event noun in a phrase put before the subject of a
report ("Since her release ..., X has been barred from travel, the guild said": the pronoun looks
ahead to X though the sentence's root is the reporting verb); and a list of names closing the
second of two verbs, whose "them" is the first verb's group ("released 30 inmates and flew them
out, including X": X was among those freed)."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs

# -- a fronted "since her release" looks ahead to the subject of the report ------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Since her release from Insein prison in March, the poet Khin Aye Mon has been barred from "
            "travel, the Myanmar Writers' Union said on Monday.",
            ("release", "Khin Aye Mon"),
        ),
        (
            "Since his release from Qezel Hesar prison last spring, the cartoonist Behrouz Tavakoli has "
            "been banned from publishing, his publisher told reporters.",
            ("release", "Behrouz Tavakoli"),
        ),
        (
            "Shortly after her arrest in Baku, the researcher Leyla Ahmadova was moved to a pre-trial "
            "prison, her lawyer reported.",
            ("arrest", "Leyla Ahmadova"),
        ),
    ],
)
def test_a_fronted_event_noun_looks_ahead_to_the_reported_subject(extract_text, text, pair):
    assert pair in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the subject is no name: the pronoun stays with nobody in this sentence
        (
            "Since her release in April, her brother Ali Rahimi has campaigned for other prisoners, the "
            "group said.",
            ("release", "Ali Rahimi"),
        ),
        # a release still sought is no release, whoever the pronoun is
        (
            "Since calling for her release in April, the lawyer Sofia Marquez has been followed by police, "
            "her colleagues said.",
            ("release", "Sofia Marquez"),
        ),
    ],
)
def test_no_look_ahead_to_a_relative_or_to_a_release_sought(extract_text, text, absent):
    assert absent not in event_pairs(extract_text(text))


# -- "released N inmates and flew them out, including X" ------------------------------------


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "The regime released 40 inmates and flew them to the United States, including Rosa Campos, "
            "a teacher from Leon.",
            {("release", "Rosa Campos"), ("deportation", "Rosa Campos")},
        ),
        (
            "In May 2024, the government freed 40 prisoners and sent them to Panama, including Julio "
            "Ernesto Rivas Membreño, a lay preacher from Esteli.",
            {("release", "Julio Ernesto Rivas Membreño")},
        ),
        (
            "Last year the junta released 300 detainees and sent them home, including the student Ko Min "
            "Thu.",
            {("release", "Ko Min Thu")},
        ),
    ],
)
def test_a_list_closing_the_next_verb_names_the_first_verbs_group(extract_text, text, pairs):
    assert pairs <= event_pairs(extract_text(text))


def test_a_list_after_a_verb_about_other_people_is_not_the_groups(extract_text):
    told = extract_text(
        "The government freed 40 prisoners and thanked the mediators, including the diplomat Hugo Berg."
    )
    assert ("release", "Hugo Berg") not in event_pairs(told)
