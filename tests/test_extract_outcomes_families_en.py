"""Recall of English sentences, releases and deaths in custody by family (session 13): the
verbs, idioms and frames news uses beyond the ones the rules first learned, each beside its
precision traps. Every sentence was written for these tests (names, places and wording of no
evaluation set)."""

from __future__ import annotations

import pytest

from tests.test_extract_english import events


def _terms(result) -> set[tuple[str, int | None]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.type == "sentence" for p in e.persons}


# -- death in custody told by other verbs than "died" -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Opposition activist Omar Sadikov perished in a penal colony near Navoi in May.",
        "The jailed trade unionist Omar Sadikov passed away behind bars on Friday, aged 68.",
        "Omar Sadikov lost his life in police custody two days after the raid, his brother said.",
        "Omar Sadikov succumbed to his injuries in a detention centre cell on Sunday.",
        "Omar Sadikov was found hanged in his cell at the remand prison on Tuesday.",
        "Omar Sadikov took his own life in pre-trial detention, the investigators said.",
        "Omar Sadikov committed suicide in prison three weeks after the verdict.",
        "Omar Sadikov was put to death at Ghezel Hesar prison at dawn on Thursday.",
        "Omar Sadikov died on Monday while serving an eleven-year sentence for treason.",
        "Omar Sadikov died in March while imprisoned on the island, his party said.",
        "The prison service said inmate Omar Sadikov had died after a football match.",
    ],
)
def test_death_in_custody_by_other_verbs(extract_text, text):
    assert ("death", "Omar Sadikov") in events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Omar Sadikov passed the prison gates on his way to the courthouse on Friday.",
        "Omar Sadikov lost his job after two years in prison and now drives a taxi.",
        "Omar Sadikov, who spent six years in prison in the 1990s, passed away at home on Friday.",
        "Omar Sadikov could perish in the colony unless he is treated, his wife warned.",
        "Omar Sadikov took his own life at home in 2019, years after leaving politics.",
        "Omar Sadikov committed suicide at home a year after his release from prison.",
        "Omar Sadikov died on Monday while serving as ambassador to Chile.",
        "Omar Sadikov died while holding a rally in the main square.",
        "Former inmate Omar Sadikov died at home in May.",
    ],
)
def test_no_death_in_custody_without_custody(extract_text, text):
    assert "death" not in {e.type for e in extract_text(text).events}


# -- a verdict told by "condemned to" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("A military tribunal in Khartoum condemned the engineer Salma Idris to death last week.", None),
        ("Salma Idris was condemned to nine years in a penal colony on Tuesday.", 108),
        ("The court condemned Salma Idris to life imprisonment for treason.", None),
    ],
)
def test_condemned_to_a_penalty_is_a_sentence(extract_text, text, term):
    result = extract_text(text)
    assert ("sentence", "Salma Idris") in events(result)
    assert ("Salma Idris", term) in _terms(result)


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups condemned the sentencing of Salma Idris's colleagues as a sham.",
        "Salma Idris was condemned to oblivion by the party she founded.",
        "Prosecutors want Salma Idris condemned to death, her lawyer said.",
    ],
)
def test_condemned_without_a_verdict_on_her(extract_text, text):
    assert ("sentence", "Salma Idris") not in events(extract_text(text))


# -- a profession before a name is the prisoner's, not a visitor's -------------------------


def test_a_lawyer_named_by_title_leaves_prison(extract_text):
    result = extract_text(
        "Human rights lawyer Galym Ospanov left prison in Oral on Tuesday after five years."
    )
    assert ("release", "Galym Ospanov") in events(result)


@pytest.mark.parametrize(
    "text",
    [
        "His lawyer Galym Ospanov left the prison on Tuesday without being allowed to see him.",
        "Prison guard Galym Ospanov left the prison at six in the evening.",
        "The poet's lawyer, Galym Ospanov, left the detention centre after a short meeting.",
    ],
)
def test_a_visitor_leaving_prison_is_no_release(extract_text, text):
    assert "release" not in {e.type for e in extract_text(text).events}


# -- a noun's content clause is what the noun says: a report or rumour hedges it ------------


@pytest.mark.parametrize(
    "text",
    [
        "Rumours that the poet Kamil Rashidov had been released spread on Monday, but his wife denied them.",
        "Reports that Kamil Rashidov was freed overnight could not be verified by his lawyers.",
        "Speculation that Kamil Rashidov would be pardoned grew after the summit.",
    ],
)
def test_a_reported_release_is_no_release(extract_text, text):
    assert "release" not in {e.type for e in extract_text(text).events}


def test_news_that_tells_a_release_asserts_it(extract_text):
    result = extract_text("News that Kamil Rashidov had been freed reached his village on Monday.")
    assert ("release", "Kamil Rashidov") in events(result)


def test_a_surname_spelt_as_a_function_word_opens_the_name(extract_text):
    result = extract_text("Veteran blogger Do Van Hoa died in custody in Hai Phong on Friday.")
    assert ("death", "Do Van Hoa") in events(result)


# -- an amnesty of a counted group, its release told next ---------------------------------


def test_an_amnesty_for_a_counted_group_with_its_freed_named(extract_text):
    result = extract_text(
        "The government announced an amnesty for 2,115 prisoners on Friday. Among those released "
        "were the singer Aibek Osmonov and the lawyer Gulnara Asanova. Most of those freed were "
        "serving terms for theft."
    )
    assert {("release", "Aibek Osmonov"), ("release", "Gulnara Asanova")} <= events(result)
    assert ("release", 2115) in {(e.type, e.count) for e in result.events}
    assert ("sentence", "Aibek Osmonov") not in events(result)


@pytest.mark.parametrize(
    "text",
    [
        "Parliament passed an amnesty for 500 prisoners on Friday. The poet Aibek Osmonov hopes to be "
        "among them.",
        "Activists called for an amnesty for 500 prisoners, among them the poet Aibek Osmonov.",
    ],
)
def test_an_amnesty_without_a_told_release_frees_no_one(extract_text, text):
    result = extract_text(text)
    assert "release" not in {e.type for e in result.events}


# -- a definite description with a set-off participle, its verb misread -------------------


def test_the_described_person_takes_the_participles_verdict(extract_text):
    result = extract_text(
        "Political prisoner Anton Sakovich has died in a penal colony, his family said. The engineer, "
        "sentenced to four years for a comment online, suffered from asthma."
    )
    assert ("Anton Sakovich", 48) in _terms(result)


# -- released: British "bailed", "a free man" ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The trade unionist Emil Rzayev was bailed on Friday after two months in custody.",
        "The trade unionist Emil Rzayev is a free man after six years in a Gobustan prison.",
    ],
)
def test_released_by_other_words(extract_text, text):
    assert ("release", "Emil Rzayev") in events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The trade unionist Emil Rzayev is still a free man, despite the charges against him.",
        "Emil Rzayev said every citizen of his country should be a free man.",
        "The carmaker Rzayev Motors was bailed out by the state in 2009.",
    ],
)
def test_no_release_in_other_senses(extract_text, text):
    assert "release" not in {e.type for e in extract_text(text).events}


# -- a verdict told by other verbs: punished with, sent down, will serve -------------------


@pytest.mark.parametrize(
    "text",
    [
        "The cartoonist Sardor Aliev was punished with nine years in prison for a drawing.",
        "The cartoonist Sardor Aliev was sent down for nine years at Leeds Crown Court.",
        "The cartoonist Sardor Aliev will serve nine years in a strict-regime colony, the judge ruled.",
    ],
)
def test_a_term_told_by_other_verbs(extract_text, text):
    assert ("Sardor Aliev", 108) in _terms(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The cartoonist Sardor Aliev was punished with a fine for the drawing.",
        "The cartoonist Sardor Aliev will serve two terms as mayor of the town.",
        "The cartoonist Sardor Aliev could serve nine years in prison if convicted.",
        "If convicted, the cartoonist Sardor Aliev will serve up to nine years in prison.",
    ],
)
def test_no_term_without_a_verdict(extract_text, text):
    assert "sentence" not in {e.type for e in extract_text(text).events}


# -- "the freed journalist X": a release told by the title before a name -------------------


@pytest.mark.parametrize(
    "text",
    [
        "The freed journalist Lina Osei thanked her supporters outside the court on Friday.",
        "Released blogger Lina Osei spoke to reporters in Accra on Friday.",
        "Lina Osei has been let go, her lawyer said on Friday.",
    ],
)
def test_a_release_told_by_a_title_or_a_passive_let(extract_text, text):
    assert ("release", "Lina Osei") in events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Freed hostage Lina Osei thanked the army for the rescue.",
        "Lina Osei said freed prisoners need help to find work.",
    ],
)
def test_a_freed_label_is_no_release_of_the_named(extract_text, text):
    assert "release" not in {e.type for e in extract_text(text).events}


# -- a counted group told by a relative clause, then by its main verb ----------------------


def test_members_named_later_went_through_the_relative_clauses_event_too(extract_text):
    result = extract_text(
        "Eleven students who were detained at a sit-in on Tuesday have been released without charge. "
        "They include the union leader Kwame Asante."
    )
    assert {("arrest", "Kwame Asante"), ("release", "Kwame Asante")} <= events(result)


# -- "got life", "behind bars serving N years" ---------------------------------------------


def test_a_bare_life_after_a_verdict_is_a_sentence(extract_text):
    result = extract_text("The farmer Hamid Rostami was convicted of murder on Monday. He got life.")
    assert ("Hamid Rostami", None) in _terms(result)
    assert len([e for e in result.events if e.type == "sentence"]) >= 1


def test_a_new_life_is_no_sentence(extract_text):
    result = extract_text("The farmer Hamid Rostami got a new life in Canada after years abroad.")
    assert "sentence" not in {e.type for e in result.events}


def test_behind_bars_serving_a_term(extract_text):
    result = extract_text("The farmer Hamid Rostami is behind bars serving a seven-year term for arson.")
    assert ("Hamid Rostami", 84) in _terms(result)


# -- a term told only by a headline in capitals or title case -------------------------------


@pytest.mark.parametrize(
    "headline",
    ["MINSK COURT GIVES SINGER SIX YEARS", "Minsk Court Gives Singer Six Years"],
)
def test_a_headline_term_for_the_one_verdict_below(extract_text, headline):
    result = extract_text(
        f"{headline}\nSinger Pavel Lutsko was convicted on Monday of insulting the president."
    )
    assert ("Pavel Lutsko", 72) in _terms(result)


@pytest.mark.parametrize(
    "text",
    [
        "SINGER FACES SIX YEARS\nSinger Pavel Lutsko was convicted on Monday of insulting the president.",
        "COURT JAILS SINGER AND DRUMMER FOR SIX YEARS\nSinger Pavel Lutsko and drummer Ivan Ryl were "
        "convicted on Monday.",
        "COURT GIVES SINGER ABOUT SIX YEARS\nSinger Pavel Lutsko was convicted on Monday.",
    ],
)
def test_no_headline_term_when_unsure(extract_text, text):
    assert not {t for _n, t in _terms(extract_text(text)) if t}


# -- released: home or with the family after custody; one of a counted group freed ---------


@pytest.mark.parametrize(
    "text",
    [
        "The reporter Mehmet Yilmaz was reunited with his family after three years in prison.",
        "The reporter Mehmet Yilmaz is home after 400 days in jail, his paper said.",
        "The reporter Mehmet Yilmaz returned to his family on Monday after 14 months behind bars.",
        "The reporter Mehmet Yilmaz was one of five journalists freed on Monday.",
    ],
)
def test_released_home_or_as_one_of_a_group(extract_text, text):
    assert ("release", "Mehmet Yilmaz") in events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The reporter Mehmet Yilmaz returned to his family after visiting his brother in prison.",
        "The reporter Mehmet Yilmaz was reunited with his family after three years in Germany.",
        "The reporter Mehmet Yilmaz is home after a week in hospital.",
        "The reporter Mehmet Yilmaz is one of five journalists who could be freed next week.",
    ],
)
def test_no_release_home_without_custody(extract_text, text):
    assert ("release", "Mehmet Yilmaz") not in events(extract_text(text))


# -- "So was Y": an event repeated for another subject by ellipsis -------------------------


def test_so_was_repeats_the_event_before(extract_text):
    result = extract_text("Nadia Haddad was released on Friday. So was her colleague Samir Bennani.")
    assert ("release", "Samir Bennani") in events(result)


@pytest.mark.parametrize(
    "text",
    [
        "Nadia Haddad was not released on Friday. So was her colleague Samir Bennani.",
        "Nadia Haddad was released on Friday. So was the mood in the city, said Samir Bennani.",
    ],
)
def test_so_was_without_an_event_to_repeat(extract_text, text):
    assert ("release", "Samir Bennani") not in events(extract_text(text))


# -- an appeal against a stated term presupposes the verdict --------------------------------


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The teacher Aziz Karimov is appealing against the six-year sentence handed down in March.", 72),
        ("The teacher Aziz Karimov lost his appeal against a nine-year sentence on Friday.", 108),
        ("The teacher Aziz Karimov has challenged the seven-year sentence in the Supreme Court.", 84),
        ("Prosecutors appealed against the six-year sentence of the teacher Aziz Karimov, seeking ten.", 72),
    ],
)
def test_an_appealed_term_is_a_sentence(extract_text, text, term):
    assert ("Aziz Karimov", term) in _terms(extract_text(text))


def test_an_appeal_against_any_sentence_tells_none(extract_text):
    result = extract_text("The teacher Aziz Karimov said he would appeal any sentence the court handed down.")
    assert "sentence" not in {e.type for e in result.events}


# -- "the teacher" as the object: the one person named with that role -----------------------


def test_a_role_object_is_the_one_person_named_with_it(extract_text):
    result = extract_text(
        "Teacher Aziz Karimov criticised the war online. A court in Samarkand jailed the teacher "
        "for six years in March."
    )
    assert ("Aziz Karimov", 72) in _terms(result)


@pytest.mark.parametrize(
    "text",
    [
        "Teacher Aziz Karimov and teacher Olim Rasulov spoke out. A court jailed the teacher for six years.",
        "Teacher Aziz Karimov spoke out. A court jailed the teacher's brother for six years.",
    ],
)
def test_a_role_object_with_no_single_owner(extract_text, text):
    assert ("Aziz Karimov", 72) not in _terms(extract_text(text))


# -- "is out" in a story of custody ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rosa Lima, whose son Pedro Lima was arrested in July, told us by phone that Pedro is out.",
        "Pedro Lima was arrested in July. He is out on bail now.",
    ],
)
def test_out_after_custody_is_a_release(extract_text, text):
    assert ("release", "Pedro Lima") in events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Pedro Lima was arrested in July. He is out of town this week.",
        "Pedro Lima was arrested in July. His new book is out.",
        "Pedro Lima was arrested in July and is still not out.",
        "Pedro Lima was arrested in July. Is he out? Nobody knows.",
        "Pedro Lima was arrested in July. His lawyer expects that he will be out by Friday.",
    ],
)
def test_out_in_other_senses(extract_text, text):
    assert ("release", "Pedro Lima") not in events(extract_text(text))


# -- a stay in custody ended ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A royal pardon on Friday ended Nadia Haddad's two years in prison.",
        "Nadia Haddad was detained in 2022. A pardon on Friday ended her imprisonment.",
    ],
)
def test_an_ended_stay_in_custody_is_a_release(extract_text, text):
    assert ("release", "Nadia Haddad") in events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Nadia Haddad ended her term as mayor in 2019 after two years in office.",
        "A pardon could end Nadia Haddad's two years in prison, her lawyer said.",
    ],
)
def test_no_ended_custody(extract_text, text):
    assert ("release", "Nadia Haddad") not in events(extract_text(text))


# -- counted groups: approximate "-odd", "X among them", "among a group of nine" ------------


def _counts(result) -> set[tuple[str, int | None]]:
    return {(e.type, e.count) for e in result.events}


def test_an_odd_number_is_approximate(extract_text):
    result = extract_text("Police rounded up 40-odd protesters in Hue, including Tran Van Lam.")
    assert ("arrest", 40) not in _counts(result)
    assert ("arrest", "Tran Van Lam") in events(result)


def test_a_name_set_off_before_among_them(extract_text):
    result = extract_text("Authorities released 212 prisoners, Tran Van Lam among them.")
    assert ("release", "Tran Van Lam") in events(result)
    assert ("release", 212) in _counts(result)


def test_among_a_group_of_counted_people_sentenced(extract_text):
    result = extract_text("Tran Van Lam was among a group of nine activists sentenced on Monday.")
    assert ("sentence", "Tran Van Lam") in events(result)
    assert ("sentence", 9) in _counts(result)


@pytest.mark.parametrize(
    "text",
    [
        "Tran Van Lam was not among a group of nine activists sentenced on Monday.",
        "Tran Van Lam was among a group of nine activists who could be freed next week.",
    ],
)
def test_not_among_the_group(extract_text, text):
    assert not {n for t, n in events(extract_text(text)) if n == "Tran Van Lam"}
