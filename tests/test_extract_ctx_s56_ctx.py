"""Session 56 (helper ctx): facts read in a sentence alone but lost inside the whole article,
interactions between rules (docs/extract.md, "Session 56 — context interactions (ctx)").
Wordings are our own, none copied from a set; each class has traps.

* a reporting aside inside a relative clause ("for a chat in which, prosecutors said, they
  discussed ...") makes the parser take the relative's verb for the root: the main verdict is
  not hedged by it; a modal or a negation of the verdict itself still is;
* so a headline "jails N" over such a lead is no remand, though the body tells the arrest of
  all N (the lead's verdict of N, once read, keeps it); over a body of a remand it still is one;
* Belarusian «Яна» ('she') is no mention of a person named Яна X (a byline's author);
* "brothers from Barysau" is no spelling of a surname Barysenka (a place after 'from', 'in');
* a name whose first word the tagger left out after a headline is the full name, so a son named
  by the name's last words stays someone else;
* a kicker line above the headline ("Weekly digest | CENTRAL ASIA") or a time stamp line under it
  ("Updated 14:20, 5 January 2026") leaves the lead in reach;
* "On 3 March X, 58, ..., died": the name after a fronted date is the subject the parser lost;
  the date's day is no count.
"""

from __future__ import annotations

from tests.extract_views import event_pairs, group_counts, term_pairs
from tests.test_extract_ru import events as be_events

# --- a reporting aside inside a relative clause ------------------------------------------------


def test_a_verdict_with_an_aside_in_its_relative_clause_is_asserted(extract_text):
    result = extract_text(
        "Brest Regional Court on Tuesday sentenced four postal workers to between six and nine years "
        "in prison for a group chat in which, investigators said, they discussed blocking army convoys."
    )
    assert ("sentence", 4) in group_counts(result)


def test_a_single_term_with_an_aside_in_its_relative_clause(extract_text):
    result = extract_text(
        "The Supreme Court sentenced Ihar Koval to nine years for letters in which, prosecutors "
        "said, he discussed a boycott."
    )
    assert ("sentence", "Ihar Koval") in event_pairs(result)
    assert ("Ihar Koval", 108) in term_pairs(result)


def test_a_modal_verdict_stays_hedged_despite_the_aside(extract_text):
    result = extract_text(
        "Brest Regional Court may sentence four postal workers to between six and nine years in "
        "prison for a group chat in which, investigators said, they discussed blocking army convoys."
    )
    assert not [e for e in result.events if e.type == "sentence"]


def test_a_denied_verdict_stays_denied_despite_the_aside(extract_text):
    result = extract_text(
        "The Supreme Court did not sentence Ihar Koval for letters in which, prosecutors said, he "
        "discussed a boycott."
    )
    assert ("sentence", "Ihar Koval") not in event_pairs(result)


# --- a headline "jails N" over the lead's verdict ---------------------------------------------------


def test_a_headline_jailing_over_a_lead_verdict_with_an_aside_stays_the_verdict(extract_text):
    result = extract_text(
        "Brest judge jails four postmen over chat\n\n"
        "Brest Regional Court on Tuesday sentenced four postal workers to between six and nine years "
        "in prison for a group chat in which, investigators said, they discussed blocking army "
        "convoys.\n\n"
        "All four were detained in May 2023 at the sorting office.\n"
    )
    assert {("sentence", 4), ("arrest", 4)} <= group_counts(result)


def test_a_headline_jailing_over_a_remand_is_the_arrest(extract_text):
    result = extract_text(
        "Court jails three protesters\n\n"
        "All three were detained on Sunday and ordered held in pre-trial detention for two months.\n"
    )
    assert ("arrest", 3) in group_counts(result)
    assert ("sentence", 3) not in group_counts(result)


# --- Belarusian «Яна» ---------------------------------------------------------------------------


def test_be_pronoun_yana_is_no_byline_author(be):
    result = be(
        "Агляд тыдня. Падрыхтавала Яна Крывец\n\n"
        "З калоніі № 24 вызвалена Алена Марчук. Яна адбывала тры гады за каментар.\n"
    )
    assert ("sentence", "Яна Крывец") not in be_events(result)
    assert ("release", "Алена Марчук") in be_events(result)


def test_be_a_first_name_alone_still_names_its_person(be):
    result = be(
        "Агляд тыдня. Падрыхтавала Вольга Крывец\n\n"
        "На мінулым тыдні Ганна Марчук выйшла на волю. Ганну затрымалі ў 2022 годзе.\n"
    )
    assert ("arrest", "Ганна Марчук") in be_events(result)


# --- a place spelled like a surname ------------------------------------------------------------


def test_a_town_after_from_is_no_spelling_of_a_surname(extract_text):
    result = extract_text(
        "Mikalai and Stsiapan Hrodka, brothers from Barysau. The two were arrested in June and "
        "were each given three years in November.\n\n"
        '"Nothing changes," said Ulad Barysenka of a rights group.\n'
    )
    pairs = event_pairs(result)
    assert {("arrest", "Mikalai Hrodka"), ("arrest", "Stsiapan Hrodka")} <= pairs
    assert not any(name == "Ulad Barysenka" for _, name in pairs)


def test_the_surname_itself_after_from_still_names_the_person(extract_text):
    result = extract_text(
        "Ulad Barysenka was detained on Monday. A letter from Barysenka reached his wife on Friday."
    )
    person = next(p for p in result.persons if p.name == "Ulad Barysenka")
    assert len(person.mentions) >= 2


# --- a name the tagger cut after a headline ----------------------------------------------------


def test_a_son_named_by_the_fathers_last_words_stays_apart(extract_text):
    result = extract_text(
        "Obituary: Mahdi Ali al-Sharif, schoolteacher and activist, 1959-2025\n\n"
        "Mahdi Ali al-Sharif, a physics teacher who led the 2011 protests, has died in Jau prison "
        "at the age of 66.\n\n"
        "His son, Ali al-Sharif, was arrested in 2016 and is serving a 10-year sentence.\n"
    )
    pairs = event_pairs(result)
    assert ("death", "Mahdi Ali al-Sharif") in pairs
    assert ("arrest", "Ali al-Sharif") in pairs
    assert ("arrest", "Mahdi Ali al-Sharif") not in pairs


# --- a kicker above the headline ----------------------------------------------------------------


def test_a_kicker_line_leaves_the_lead_in_reach(extract_text):
    result = extract_text(
        "Weekly digest | CENTRAL ASIA\n\n"
        "Family learns Uyghur teacher was given 15 years, five years after she vanished\n\n"
        "By Aziz Erkin | 2026.03.02\n\n"
        "A Uyghur history teacher from Kashgar who disappeared in 2021 is serving a 15-year prison "
        "sentence, her brother said.\n\n"
        "Gulnara Tursun, 51, was taken from her school by police in May 2021.\n"
    )
    assert ("Gulnara Tursun", 180) in term_pairs(result)


# --- a name after a fronted date -------------------------------------------------------------------


def test_a_name_after_a_fronted_date_under_a_heading_dies(extract_text):
    result = extract_text(
        "Deaths behind bars\n\n"
        "On 9 February Uladzimir Kruk, 71, a pensioner serving four years for a comment about "
        "the war, died in Penal Colony No. 9 in Horki.\n"
    )
    assert ("death", "Uladzimir Kruk") in event_pairs(result)
    assert not [c for c in group_counts(result) if c[0] == "death"]


def test_a_count_after_a_fronted_date_stays(extract_text):
    result = extract_text("On 3 March police detained five activists outside the court in Minsk.")
    assert ("arrest", 5) in group_counts(result)


# --- an age standing for the person a paragraph just introduced -----------------------------------


def test_a_bare_age_is_the_person_just_introduced(extract_text):
    result = extract_text(
        "Singer Taras Mełnik, who writes all the songs, played for two hours. Mełnik thanked the "
        "crowd. Mełnik sang the old hits.\n\n"
        "Midway through, Mełnik dedicated a song to the band's former drummer, Paval Sidarau, who "
        "is still in prison. The 31-year-old was sentenced to six years in 2022 for a comment.\n"
    )
    pairs = event_pairs(result)
    assert ("sentence", "Paval Sidarau") in pairs
    assert ("sentence", "Taras Mełnik") not in pairs


def test_a_bare_age_after_two_newcomers_is_left_to_the_resolver(extract_text):
    result = extract_text(
        "Judge Ivan Kovalenko questioned the activist Olha Marchuk on Monday. "
        "The 45-year-old was sentenced to three years.\n"
    )
    assert ("sentence", "Ivan Kovalenko") not in event_pairs(result)


def test_a_stamp_line_under_the_headline_is_no_lead(extract_text):
    result = extract_text(
        "Family learns Kyrgyz teacher was given 12 years, three years after she vanished\n\n"
        "Updated 14:20, 5 January 2026\n\n"
        "By Aibek Toktogulov | Osh\n\n"
        "A history teacher from Osh who disappeared in 2022 is serving a 12-year prison sentence, "
        "her sister said.\n\n"
        "Gulnara Asanova, 51, was taken from her school by police in May 2022.\n"
    )
    assert ("Gulnara Asanova", 144) in term_pairs(result)


def test_a_lead_opening_with_a_stamp_word_inside_a_line_is_read(extract_text):
    # (the stamp is a line of its own; "updated" inside a sentence is no stamp)
    result = extract_text(
        "Court jails blogger\n\n"
        "A court in Osh jailed blogger Temir Usenov for five years on Monday, his lawyer said, "
        "and updated the charge sheet.\n"
    )
    assert ("Temir Usenov", 60) in term_pairs(result)
