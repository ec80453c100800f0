"""Russian terms and counts of session 52 (helper ru-read), in wordings written for these tests
(the classes come from the census of the newly read syn42-ru-b and every older Russian read set,
docs/extract-ru-be.md, session 52):

* a digest's verbless line «NAME — TERM» also when an aside set off by commas stands between the
  name and the dash («X, 61 год, — пять лет»), when the owner's pronoun and a kin word stand before
  the name («Его брат X — …»), when two lines share one sentence split by a semicolon, and, inside
  a run of verdict lines (a term line in the three sentences before, or a heading «Приговор.»
  right before), with a bare term and no word of a verdict («Y — четыре года;»);
* a membership phrase («в числе 12 заключённых») between a fronted named object and its verb
  counts the person's group.

Traps beside each: an age after the dash in a run («Z — 24 года, студент»), a bare term with no
run before it, a prosecutor's list under a colon, a list of names before the dash, «в том числе»,
a negated verb.
"""

from __future__ import annotations

from tests.test_extract_ru import counts, events
from vigil.model import Extraction


def _terms(result: Extraction) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


# -- a digest's dash lines -------------------------------------------------------------------------


def test_aside_between_the_name_and_the_dash(run):
    result = _ru(
        run,
        "Витебский областной суд вынес приговор по делу о донатах.\n\n"
        "Геннадий Ворона, 61 год, — пять лет колонии усиленного режима.",
    )
    assert ("Геннадий Ворона", 60) in _terms(result)


def test_descriptive_aside_before_the_dash(run):
    result = _ru(
        run,
        "Судья огласил приговор.\n\n"
        "Кирилл Стасюк, как несовершеннолетний на момент задержания, — шесть лет и два месяца "
        "в воспитательной колонии.",
    )
    assert ("Кирилл Стасюк", 74) in _terms(result)


def test_owner_pronoun_and_kin_word_before_the_name(run):
    result = _ru(
        run,
        "Мозырский районный суд осудил семью из Калинковичей.\n\n"
        "Глава семьи Павел Лукша — срок 5 лет колонии усиленного режима.\n\n"
        "Его брат Олег Лукша — 3 года колонии общего режима.",
    )
    assert ("Олег Лукша", 36) in _terms(result)
    assert ("sentence", "Олег Лукша") in events(result)


def test_two_lines_in_one_sentence_inside_a_run(run):
    result = _ru(
        run,
        "Суд Лидского района вынес приговор пятерым рабочим завода.\n\n"
        "Аркадий Мисюк — срок 4 года колонии.\n\n"
        "Тамара Гусак, 49 лет, — три года; Роман Ляшук — полтора года.",
    )
    found = _terms(result)
    assert ("Тамара Гусак", 36) in found
    assert ("Роман Ляшук", 18) in found


def test_bare_term_after_a_verdict_heading(run):
    result = _ru(
        run,
        "14:05. Приговор.\n\n"
        "Илья Бортник — 11 лет, из них первые два года в тюрьме, остальное — в колонии строгого режима.",
    )
    assert ("Илья Бортник", 132) in _terms(result)


def test_age_after_the_dash_in_a_run_is_no_term(run):
    """Trap: inside a run of verdict lines, «24 года, студент» is an age with a description."""
    result = _ru(
        run,
        "Суд вынес приговор.\n\n"
        "Аркадий Мисюк — 4 года колонии.\n\n"
        "Его сосед Виталий Крот — 24 года, студент политехнического колледжа.",
    )
    assert ("Аркадий Мисюк", 48) in _terms(result)
    assert not any(name == "Виталий Крот" for name, _ in _terms(result))


def test_bare_term_with_no_run_before_is_no_term(run):
    """Trap: a lone «X — 45 лет» with no verdict line before is an age."""
    result = _ru(run, "На встречу пришли ветераны завода.\n\nСемён Глушко — 45 лет, мастер цеха.")
    assert _terms(result) == set()


def test_prosecutor_list_under_a_colon_is_no_term(run):
    """Trap: the lines under «Прокурор запросил:» are demands."""
    result = _ru(
        run,
        "Прокурор запросил такие сроки:\n\nАркадий Мисюк — 4 года колонии; Тамара Гусак — три года.",
    )
    assert _terms(result) == set()


def test_a_list_of_names_before_the_dash_is_not_one_holder(run):
    """Trap: names in the aside are a list, not one person's description."""
    result = _ru(
        run,
        "Суд вынес приговор.\n\nАркадий Мисюк — 4 года колонии.\n\nТамара Гусак, Роман Ляшук, — штрафы.",
    )
    found = {name for name, _ in _terms(result)}
    assert "Тамара Гусак" not in found
    assert "Роман Ляшук" not in found


# -- a membership phrase before the verb -------------------------------------------------------------


def test_membership_phrase_before_the_verb_counts_the_group(run):
    result = _ru(run, "В марте Ольгу Карпович в числе 12 заключённых помиловали и отпустили домой.")
    assert ("release", "Ольга Карпович") in events(result)
    assert ("release", 12) in counts(result)


def test_among_phrase_before_the_verb_counts_the_group(run):
    result = _ru(run, "Летом Виктора Чеботаря среди 17 политзаключённых освободили из колонии.")
    assert ("release", 17) in counts(result)


def test_in_particular_phrase_gives_no_count(run):
    """Trap: «в том числе» with no number counts nobody."""
    result = _ru(run, "Ольгу Карпович в том числе помиловали в марте.")
    assert all(c is None for c in (e.count for e in result.events))


def test_negated_verb_after_a_membership_phrase_gives_no_event(run):
    """Trap: «не помиловали» tells no release, with or without the group's number."""
    result = _ru(run, "Ольгу Карпович в числе 12 заключённых не помиловали.")
    assert ("release", "Ольга Карпович") not in events(result)
    assert ("release", 12) not in counts(result)
