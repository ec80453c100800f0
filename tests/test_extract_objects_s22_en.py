"""English arrests, releases and deportations whose object the small parser lost, in wording
invented for these tests (session 22): a nationality or role before an unknown name ("seized
Shia preacher X", "have let out the translator X", "arrested reporters A and B") read by word
order after the active verb; and a security force that locks someone up or puts them behind
bars, with no verdict told (an arrest, not a sentence)."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs

# -- the object by word order: article, role words, name -------------------------------------


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Revolutionary guards seized Sufi teacher Abdolrasoul Dehvari at a roadblock near Saravan on "
            "Tuesday and drove him away, a local rights group said.",
            {("arrest", "Abdolrasoul Dehvari")},
        ),
        (
            "Federal police detained bloggers Tsegaye Wolde and Mulu Haileselassie in Adama on Thursday, "
            "a press group said.",
            {("arrest", "Tsegaye Wolde"), ("arrest", "Mulu Haileselassie")},
        ),
        (
            "Egyptian prosecutors have let out the cartoonist Yasmine Abdelkader after 19 months in "
            "custody without trial, her cousin said.",
            {("release", "Yasmine Abdelkader")},
        ),
        (
            "Intelligence agents seized Sunni teacher Abdolghafar Baluchzehi outside Iranshahr on Sunday, a "
            "rights group reported.",
            {("arrest", "Abdolghafar Baluchzehi")},
        ),
    ],
)
def test_the_object_after_an_active_verb_is_read_by_word_order(extract_text, text, pairs):
    assert pairs <= event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the role belongs to someone else: a relation, a possessive, a relative clause
        ("Police arrested the brother of Olumide Bakare on Monday.", ("arrest", "Olumide Bakare")),
        ("Police detained Farid Qasemi's son at the airport in Mashhad.", ("arrest", "Farid Qasemi")),
        ("Officers arrested the driver who hit Lucia Ferrando on Sunday.", ("arrest", "Lucia Ferrando")),
        # calls, hopes and negations give nothing, whatever the word order
        ("Activists urged the government to free jailed blogger Samir Khouri.", ("release", "Samir Khouri")),
        ("Police did not arrest opposition leader Juan Arteaga.", ("arrest", "Juan Arteaga")),
        ("Officials hope to release journalist Marisol Quintero next week.", ("release", "Marisol Quintero")),
        # a thing released is no person's release
        ("The ministry released a statement on Friday, Olga Vetrova said.", ("release", "Olga Vetrova")),
    ],
)
def test_word_order_gives_no_one_outside_the_object_phrase(extract_text, text, absent):
    assert absent not in event_pairs(extract_text(text))


# -- a security force that locks someone up holds them untried ---------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Honduran police have locked up Father Tomas Irigoyen, a parish priest from Olancho, two days "
            "after a sermon about land seizures, church sources said.",
            ("arrest", "Tomas Irigoyen"),
        ),
        (
            "Police in Bulawayo locked up the union organiser Tapiwa Ncube on Saturday night, his lawyer "
            "said.",
            ("arrest", "Tapiwa Ncube"),
        ),
        (
            "Iranian authorities have put nurses' union leader Parvin Ghaffari behind bars again, three "
            "weeks after she was let go, the union said.",
            ("arrest", "Parvin Ghaffari"),
        ),
        (
            "Security agents put the singer Arash Moradi behind bars after a concert in Tabriz.",
            ("arrest", "Arash Moradi"),
        ),
    ],
)
def test_a_force_that_locks_someone_up_arrests_them(extract_text, text, pair):
    assert pair in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a court with a term is a sentence; a plan or a possibility is nothing
        ("The court locked up Moussa Traore for six years.", ("arrest", "Moussa Traore")),
        (
            "Prosecutors asked the judge to put Keiko Tanabe behind bars for ten years.",
            ("arrest", "Keiko Tanabe"),
        ),
        ("Police could lock up Daniel Ferris if he comes back.", ("arrest", "Daniel Ferris")),
    ],
)
def test_no_arrest_from_a_court_a_request_or_a_possibility(extract_text, text, absent):
    assert absent not in event_pairs(extract_text(text))


# -- a counted group, an attribution, a colon, then the names ----------------------------------


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Security agents took three reporters of the weekly into custody on Friday, their editor said: "
            "the columnist Samuel Otieno, the photographer Peter Njoroge and an intern, Faith Wanjiru.",
            {("arrest", "Samuel Otieno"), ("arrest", "Peter Njoroge"), ("arrest", "Faith Wanjiru")},
        ),
        (
            "Police detained four students near the campus on Monday, the university said: Daniel Kiprop, "
            "Joseph Mwangi, Lucy Achieng and Ruth Nyambura.",
            {("arrest", "Daniel Kiprop"), ("arrest", "Ruth Nyambura")},
        ),
        (
            "The authorities released two activists on Tuesday, their lawyers confirmed: the teacher Grace "
            "Atieno and the farmer James Ouma.",
            {("release", "Grace Atieno"), ("release", "James Ouma")},
        ),
    ],
)
def test_names_after_an_attribution_colon_are_the_counted_group(extract_text, text, pairs):
    assert pairs <= event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        # another verb between the group and the colon; a questioning; a possibility
        "Police detained three students on Monday, the university said, and warned others: Ali Musa, "
        "Omar Said and Hassan Idris were not among them.",
        "Police questioned three students on Monday, the university said: Ali Musa, Omar Said and "
        "Hassan Idris.",
        "Police may detain three students on Monday, the university said: Ali Musa, Omar Said and "
        "Hassan Idris.",
    ],
)
def test_no_names_for_a_group_after_another_clause_or_no_event(extract_text, text):
    named = {"Ali Musa", "Omar Said", "Hassan Idris"}
    assert not {p for p in event_pairs(extract_text(text)) if p[1] in named}


# -- a title-case headline: a security force, the plain verb, a role and a name -----------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Kyrgyz Police Detain Blogger Aibek Osmonov\n\nBISHKEK -- Relatives of Aibek Osmonov say they "
            "have had no word of him since.",
            ("arrest", "Aibek Osmonov"),
        ),
        (
            "Tajik Authorities Release Poet Gulnora Saidova\n\nDUSHANBE -- Gulnora Saidova, a poet, spoke "
            "to reporters.",
            ("release", "Gulnora Saidova"),
        ),
    ],
)
def test_a_title_case_headline_force_verb_name(extract_text, text, pair):
    assert pair in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Police Chiefs Release Report On Officer Dan Lee\n\nThe report runs to 90 pages.",
        "Police Release Video Of John Smith Arrest\n\nThe video was filmed in May.",
    ],
)
def test_a_title_case_headline_releasing_a_thing_frees_no_one(extract_text, text):
    assert not {p for p in event_pairs(extract_text(text)) if p[0] == "release"}
