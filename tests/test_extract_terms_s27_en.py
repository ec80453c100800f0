"""English terms, counts and persons (session 27), on sentences written for these tests: a Turkic
or Arabic surname in -in ('Yasin', 'Hussein') tells no man, so 'she' may stand for its bearer; a
release and a deportation told by joined verbs share the companions counted on one of them; people
counted as colleagues beside the named one join the count; a term that 'ended' or 'expired' in a
clause of time on a release is the freed person's; a companion's own term in a relative clause
is not the main verb's; a gapped clause after a possessive role ('and the outlet's producer, B,
to five years'); a recipient the parser reads as a second object of 'handed'; bylines and photo
credits in mixed case ('By X', 'X | Published ...', '(AP Photo/X)'). Traps: another's term that
ended, a clause with a verb of its own after the first term, a release and an arrest joined, a
Russian man's surname in -in, the victim named after 'the killer of', a date after a byline, a
line opening with 'By' and a date."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, term_pairs
from vigil.extract.en.persons import guess_gender


def _counts(result, etype: str) -> set[int | None]:
    return {e.count for e in result.events if e.type == etype}


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Mehriban Yasin", None),
        ("Z. Hussein", None),  # an initial: the surname alone must not tell a man
        ("Zainab Hussein", "f"),  # a given name the list knows (session 58) tells the gender first
        ("Ayten Shahin", None),
        ("Dilorom Nuriddin", None),
        ("Pavel Kalinin", "m"),
        ("Sergei Ilyin", "m"),
        ("Dmitry Borodin", "m"),
    ],
)
def test_a_surname_in_in_needs_a_slavic_stem_to_tell_a_man(name, gender) -> None:
    assert guess_gender(name.split()) == gender


def test_a_woman_with_a_turkic_surname_in_in_is_she(extract_text):
    text = (
        "Ablimit Tursun, a retired teacher, was detained in Kashgar in 2018 and later sentenced to 12 "
        "years.\n\n"
        "Mehriban Yasin, an embroidery artist from the same town, was jailed for nine years in 2019. "
        "Relatives learned last month that she had died in a prison clinic in Aksu."
    )
    result = extract_text(text)
    assert ("death", "Mehriban Yasin") in event_pairs(result)
    assert ("death", "Ablimit Tursun") not in event_pairs(result)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May he was pardoned and taken to the Polish border with 9 other political prisoners.",
        "On 3 May he was freed and driven to the Polish border together with 9 other detainees.",
        "On 3 May he was released and deported to Latvia along with 9 other prisoners.",
    ],
)
def test_a_release_and_a_deportation_of_joined_verbs_share_the_count(extract_text, text):
    result = extract_text("Former union organiser Viktar Lahun spent four years in a colony. " + text)
    assert ("release", "Viktar Lahun") in event_pairs(result)
    assert _counts(result, "release") == {10}
    assert _counts(result, "deportation") == {10}


def test_an_arrest_joined_to_a_counted_release_keeps_no_count(extract_text):
    text = "Blogger Artem Shulga was detained in March and released in June with 9 other activists."
    result = extract_text(text)
    assert 10 in _counts(result, "release")
    assert 10 not in _counts(result, "arrest")


@pytest.mark.parametrize(
    "text",
    [
        "Miner Davud Rostami, 41, was seized by security agents in Kerman on 2 March along with three "
        "colleagues.",
        "Miner Davud Rostami, 41, and three colleagues were detained by security agents in Kerman on 2 "
        "March.",
        "Security agents arrested miner Davud Rostami, 41, together with three comrades in Kerman on 2 "
        "March.",
    ],
)
def test_colleagues_counted_beside_the_named_one_join_the_count(extract_text, text):
    result = extract_text(text)
    assert ("arrest", "Davud Rostami") in event_pairs(result)
    assert 4 in _counts(result, "arrest")


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Lawyer Hanna Rudak was released last spring when her term of two years ended.", 24),
        (
            "Pavel Ivanov, a bus driver from Orsha, was freed from the penal colony in March after his "
            "sentence of three years expired.",
            36,
        ),
        ("Olga Petrova walked out of the women's prison once her 18-month term ran out.", 18),
    ],
)
def test_a_term_that_ended_in_a_clause_of_time_on_a_release(extract_text, text, months):
    result = extract_text(text)
    name = next(p.name for p in result.persons)
    assert ("release", name) in event_pairs(result)
    assert (name, months) in term_pairs(result)


def test_another_persons_term_that_ended_is_not_the_freed_ones(extract_text):
    text = "Anna Kolesova was released from jail when her husband's five-year term ended."
    result = extract_text(text)
    assert ("release", "Anna Kolesova") in event_pairs(result)
    assert not term_pairs(result)


def test_a_companions_term_in_a_relative_clause_is_not_the_main_verbs(extract_text):
    text = (
        "Former councillor Edwin Tam Ka-lok, 52, was sentenced on Friday alongside his campaign "
        "manager, Joyce Yip Wing-man, 30, who received one year and eight months."
    )
    result = extract_text(text)
    assert ("Joyce Yip Wing-man", 20) in term_pairs(result)
    assert ("Edwin Tam Ka-lok", 20) not in term_pairs(result)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Blogger Timur Aliyev was jailed for seven years on Monday, and the newspaper's editor, "
            "Ruslan Ismailov, for four years.",
            ("Timur Aliyev", 84),
            ("Ruslan Ismailov", 48),
        ),
        (
            "A court sentenced activist Oksana Demchenko to three years in a colony and the group's "
            "treasurer, Ihor Kravets, to two years.",
            ("Oksana Demchenko", 36),
            ("Ihor Kravets", 24),
        ),
        (
            "Reporter Aliya Nurlanova was sentenced to six years in prison, and the channel's camera "
            "operator, Daniyar Beisenov, to five years.",
            ("Aliya Nurlanova", 72),
            ("Daniyar Beisenov", 60),
        ),
    ],
)
def test_a_gapped_clause_after_a_possessive_role(extract_text, text, first, second):
    pairs = term_pairs(extract_text(text))
    assert {first, second} <= pairs


def test_a_clause_with_its_own_verb_after_the_first_term_is_no_gap(extract_text):
    text = (
        "Maria Orlova was jailed for eight years in March, and the prosecutor's deputy, Igor Belov, "
        "demanded ten years at her retrial."
    )
    pairs = term_pairs(extract_text(text))
    assert ("Maria Orlova", 96) in pairs
    assert not any(name == "Igor Belov" for name, _ in pairs)


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "A court in Omsk handed retired nurse and blogger Tamara Gusewa a three-year suspended "
            "sentence on Monday.",
            "Tamara Gusewa",
            36,
        ),
        (
            "In May a district court handed local farmer and activist Bolat Serikov an 18-month suspended "
            "sentence for a post about the mine.",
            "Bolat Serikov",
            18,
        ),
    ],
)
def test_a_recipient_read_as_a_second_object_of_handed(extract_text, text, name, months):
    assert (name, months) in term_pairs(extract_text(text))


def test_the_victim_after_the_killer_of_gets_no_term(extract_text):
    text = "The judge gave the killer of journalist Pavel Orlov a 12-year sentence."
    assert not term_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Court jails teacher\n\nBy Layla Haddadin\n\nA teacher was jailed in Sitra.", "Layla Haddadin"),
        (
            "Reporter freed\n\nBy Tomas Weller | Nairobi\n\nA reporter was freed on bail on Monday.",
            "Tomas Weller",
        ),
        (
            "Activist remanded\n\nNadia Qureshi | Published March 3, 2026\n\nA court remanded an activist.",
            "Nadia Qureshi",
        ),
        (
            "Three fishermen were freed on Friday. (AP Photo/Mateo Ruiz Ortega)\n\nThey had spent a "
            "year in jail.",
            "Mateo Ruiz Ortega",
        ),
        (
            "The courthouse in Bishkek on Monday. (RFE/RL/Aida Temirova)\n\nA reporter was sentenced there.",
            "Aida Temirova",
        ),
        (
            "Editor jailed\n\nBy Andrea Villalobos Nov. 30, 2025\n\nAn editor was jailed on Friday.",
            "Andrea Villalobos",
        ),
        (
            "Editor jailed\n\nBy TERESA QUINTANILLA Associated Press\n\nAn editor was jailed on Friday.",
            "Teresa Quintanilla",
        ),
    ],
)
def test_a_byline_or_a_photo_credit_names_a_person(extract_text, text, author):
    result = extract_text(text)
    assert author in {p.name for p in result.persons}
    assert not any(author in {p.name for p in result.persons if p.id in e.persons} for e in result.events)


def test_a_line_opening_with_by_and_a_date_names_no_one(extract_text):
    text = (
        "By March 2024 the court had jailed 12 reporters.\n\nBy Monday Evening the list had grown.\n\n"
        "By The Yangon Herald\n\nThe blast site on Friday. Photograph: Police National/Handout/EPA"
    )
    assert not extract_text(text).persons


def test_a_photo_credit_is_no_speaker_of_a_description(extract_text):
    text = (
        "Editor Rustam Nabiyev, 41, was jailed for nine years on Friday.\n\n"
        "Nabiyev in the dock on Friday. Photo: Kamran Aliyev/AFP via Getty Images\n\n"
        'In his last address to the court, the 41-year-old said: "I wrote about money that went '
        'missing, nothing more."'
    )
    result = extract_text(text)
    names = {p.id: p.name for p in result.persons}
    assert "Kamran Aliyev" in names.values()
    assert [names[q.speaker] for q in result.quotes] == ["Rustam Nabiyev"]
