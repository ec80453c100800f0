"""English event families seen in a third atoms set (court pages, live blogs, Central Asia, the
Gulf, Latin America, Southeast Asia), each beside its precision traps. Every sentence was written
for these tests (names, places and wording of no evaluation set)."""

from __future__ import annotations

import pytest

from tests.test_extract_english import events


def _terms(result) -> set[tuple[str, int | None]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.type == "sentence" for p in e.persons}


@pytest.mark.parametrize(
    "text",
    [
        "LUSAKA — Union organiser Chanda Mwale walked out of Mukobeko Maximum Security Prison on Friday.",
        "Reporter Chanda Mwale walked out of Hollowmere Central Jail a day after a judge granted her bail.",
    ],
)
def test_walking_out_of_a_named_prison_is_a_release(extract_text, text):
    assert ("release", "Chanda Mwale") in events(extract_text(text))


def test_walking_out_of_a_meeting_is_no_release(extract_text):
    result = extract_text("Senator Chanda Mwale walked out of the Central Committee meeting on Friday.")
    assert not result.events


def test_a_plural_set_off_after_listed_names_is_theirs(extract_text):
    result = extract_text(
        "Petr Novak and Ana Kis, the students detained after the rally, were freed on Sunday."
    )
    assert {("arrest", "Petr Novak"), ("arrest", "Ana Kis"), ("release", "Ana Kis")} <= events(result)


def test_a_plural_described_without_names_is_no_one(extract_text):
    result = extract_text("The students detained after the rally were freed on Sunday.")
    assert not [e for e in result.events if e.type == "arrest"]


def test_operatives_whisking_someone_away_is_an_arrest(extract_text):
    result = extract_text(
        "ABUJA — Operatives of the State Security Service on Monday whisked away blogger Tunde Okafor "
        "from his office in Garki, his lawyer said."
    )
    assert ("arrest", "Tunde Okafor") in events(result)


def test_handed_over_to_a_state_is_a_deportation_without_release(extract_text):
    result = extract_text(
        "KHUJAND — Blogger Rustam Nazirov, whom Kazakh police handed over to Uzbekistan in May, "
        "was jailed for six years on Monday."
    )
    assert ("deportation", "Rustam Nazirov") in events(result)
    assert ("release", "Rustam Nazirov") not in events(result)


@pytest.mark.parametrize(
    "text",
    [
        "TASHKENT — Officials handed over the documents to Uzbekistan in May.",
        "TASHKENT — Rustam Nazirov was handed over to police in May.",
    ],
)
def test_things_or_a_handover_to_police_are_no_deportation(extract_text, text):
    assert not [e for e in extract_text(text).events if e.type == "deportation"]


def test_put_on_a_plane_to_a_foreign_capital_is_a_deportation(extract_text):
    result = extract_text(
        "MUSCAT — Nepali cleaner Sita Gurung, detained in May over a video about unpaid wages, was put "
        "on a plane to Kathmandu against her will on Friday."
    )
    assert ("deportation", "Sita Gurung") in events(result)


def test_names_after_a_closing_among_them_join_the_counted_group(extract_text):
    result = extract_text(
        "HAVANA — Cuba freed 14 dissidents on Monday after a church deal, among them lay preacher "
        "Jose Ortega and poet Ana Ruiz."
    )
    assert {("release", "Jose Ortega"), ("release", "Ana Ruiz")} <= events(result)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry on Tuesday gave three teachers two weeks to appeal the court ruling.",
        "The judge gave the four defendants 30 days to pay the fine.",
    ],
)
def test_a_group_given_time_to_act_is_no_sentence(extract_text, text):
    assert not extract_text(text).events


def test_bail_pending_appeal_leaves_the_term_a_sentence(extract_text):
    result = extract_text(
        "Activist Nadia Srisuk walked out of the women's prison on Monday on bail pending appeal, ten "
        "months after she was jailed for four years for sedition."
    )
    assert ("Nadia Srisuk", 48) in _terms(result)
    assert ("release", "Nadia Srisuk") in events(result)


def test_jailed_pending_trial_stays_an_arrest(extract_text):
    result = extract_text("Nadia Srisuk was jailed on Monday pending trial, and could face five years.")
    assert events(result) == {("arrest", "Nadia Srisuk")}


def test_locked_up_since_a_date_is_an_arrest(extract_text):
    result = extract_text(
        "Pavlo Danko had been locked up since March 2021; a year later a court gave him six years."
    )
    assert {("arrest", "Pavlo Danko"), ("sentence", "Pavlo Danko")} <= events(result)


def test_released_without_warning_and_driven_to_the_border(extract_text):
    result = extract_text(
        "VILNIUS — Political prisoner Ales Bely was released without warning on Friday and driven to the "
        "border with Lithuania, the centre said."
    )
    assert {("release", "Ales Bely"), ("deportation", "Ales Bely")} <= events(result)


def test_held_without_being_charged_or_tried_is_no_sentence(extract_text):
    result = extract_text("Ales Bely was held for two years without being charged or tried.")
    assert ("sentence", "Ales Bely") not in events(result)


def test_a_court_placing_someone_under_house_arrest_after_a_date(extract_text):
    result = extract_text(
        "ALMATY — A district court on Monday placed blogger Aidos Serikov under house arrest for a month, "
        "his lawyer said."
    )
    assert ("arrest", "Aidos Serikov") in events(result)


def test_placed_on_a_list_is_no_arrest(extract_text):
    result = extract_text(
        "ALMATY — The court on Monday placed blogger Aidos Serikov on a list of extremists."
    )
    assert not result.events


def test_a_timeline_entry_let_out_of_a_named_jail_and_flown_abroad(extract_text):
    result = extract_text(
        "Key dates in the case of Elena Varga\n"
        "- March 3: Detained by state security agents at her flat in Valencia.\n"
        "- June 9: Sentenced to 12 years by a special court in Caracas.\n"
        "- Oct. 2: Let out of Tocoron and flown to Lisbon the same night against her will, her family says.\n"
    )
    assert {("release", "Elena Varga"), ("deportation", "Elena Varga")} <= events(result)


def test_let_out_of_a_named_hospital_is_no_release(extract_text):
    result = extract_text("Ines Moro was let out of Saint Luke's hospital on Monday after a knee operation.")
    assert not [e for e in result.events if e.type == "release"]


def test_not_among_a_counted_pardoned_group_frees_the_group_only(extract_text):
    result = extract_text(
        "ASTANA — Poet Erlan Dosov was not among the 27 prisoners amnestied by the president on Friday, "
        "his son said."
    )
    releases = [e for e in result.events if e.type == "release"]
    assert [e.count for e in releases] == [27]
    assert not releases[0].persons


def test_leaving_a_correctional_institution_is_a_release(extract_text):
    result = extract_text(
        "Former lawmaker Wendy Cheng left Pik Uk Correctional Institution on Monday, her husband said."
    )
    assert ("release", "Wendy Cheng") in events(result)


def test_leaving_an_institution_of_engineers_is_no_release(extract_text):
    result = extract_text("Wendy Cheng left the Institution of Civil Engineers on Monday after a dispute.")
    assert not result.events


def test_put_behind_bars_as_the_police_tell_it_is_an_arrest(extract_text):
    result = extract_text(
        "Activist Omar Dani was put behind bars on Monday, a day after he spoke at a rally, police said."
    )
    assert events(result) == {("arrest", "Omar Dani")}


@pytest.mark.parametrize(
    "text",
    [
        "Activist Omar Dani was put behind bars on Monday after a court trial, police said.",
        "Police say Omar Dani should be put behind bars.",
    ],
)
def test_put_behind_bars_after_a_trial_or_as_a_wish_is_no_arrest(extract_text, text):
    assert ("arrest", "Omar Dani") not in events(extract_text(text))


def test_striding_out_of_a_named_prison_is_a_release(extract_text):
    result = extract_text("Activist Lena Oduya strode out of Kamiti Prison on Friday.")
    assert ("release", "Lena Oduya") in events(result)


def test_striding_out_of_a_courtroom_is_no_release(extract_text):
    assert not extract_text("Activist Lena Oduya strode out of the courtroom.").events


def test_turned_over_to_a_state_is_a_deportation(extract_text):
    result = extract_text(
        "OSH — Imam Rustam Aliev, whom Russian police turned over to Kyrgyzstan in April, was jailed "
        "for five years."
    )
    assert ("deportation", "Rustam Aliev") in events(result)
    assert ("release", "Rustam Aliev") not in events(result)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers spirited away opposition youth leader Kofi Mensah from his hostel on Sunday night.",
        "Plain-clothes agents hustled lawyer Kofi Mensah into an unmarked car outside the court.",
    ],
)
def test_a_security_force_spiriting_or_hustling_someone_away_is_an_arrest(extract_text, text):
    assert ("arrest", "Kofi Mensah") in events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen whisked away businessman Kofi Mensah for ransom.",
        "Kidnappers bundled Kofi Mensah into a van.",
        "Aides hustled the minister Kofi Mensah out of the hall.",
    ],
)
def test_hostage_takers_or_aides_taking_someone_away_is_no_arrest(extract_text, text):
    assert not extract_text(text).events
