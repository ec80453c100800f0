"""Real-news classes of session 42 (realnews), English and Russian, in wording written for these
tests (no set's sentence). Each class is tried in several wordings, with traps beside it:

* a warrant or an authorisation names what it allows, no one held yet: its event noun counts no
  group ("a warrant for the arrest of two officials", «санкция / ордер на арест двух чиновников»);
  a "for" that gives the ground of praise or blame still tells a done event;
* a total that "reaches" a number is a running statistic, no group count («количество
  задержанных достигло 200»), while a count stated as «число освобождённых — 13» stays;
* a verdict's stay under a word of what must come («он должен провести в колонии 14 лет», «ей
  придётся провести за решёткой восемь лет») is the verdict's term, as «предстоит» already was;
  not a prosecutor's view, a fear, a condition or time in a SIZO before trial;
* «заключил в СИЗО X» is the court's custody, also as the second verb after «удовлетворил
  ходатайство и …»; not a request or a refusal to do it;
* a participle set off by commas right after a name in the "for"/"of" phrase of a lawyer or a
  relative tells of the name ("Lawyers for X, detained in May, say ..."), not of the lawyers;
  not a participle the name cannot take, nor friends or supporters (who may be the detained).
"""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts
from vigil.model import Extraction


def _en(extract_text, text: str) -> Extraction:
    return extract_text("Report\n\n" + text)


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


def _terms(result: Extraction) -> set[tuple[str, int]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.term_months for p in e.persons}


# -- a warrant allows an arrest, it tells none ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors obtained a warrant for the arrest of two senior officials.",
        "A judge in Lagos signed warrants for the detention of five police officers on Tuesday.",
        "Rights groups have campaigned for years for the release of 40 political prisoners.",
    ],
)
def test_an_event_sought_by_a_warrant_counts_no_group_en(extract_text, text):
    assert group_counts(_en(extract_text, text)) == set()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The court ordered the release of 40 political prisoners on Monday.", ("release", 40)),
        ("The governor was praised for the release of 12 prisoners last week.", ("release", 12)),
        ("Officials confirmed the arrest of three suspects in Kano.", ("arrest", 3)),
    ],
)
def test_a_done_event_noun_keeps_its_count_en(extract_text, text, count):
    assert count in group_counts(_en(extract_text, text))


@pytest.mark.parametrize(
    "text",
    [
        "Суд выдал санкцию на арест трёх бывших чиновников мэрии.",
        "Областной суд дал санкцию на арест двух бизнесменов из Самары.",
        "Гаагский трибунал выдал ордер на арест двух министров.",
        "Следователи получили разрешение на задержание пятерых полицейских.",
    ],
)
def test_an_event_sought_by_a_warrant_counts_no_group_ru(run, text):
    assert group_counts(_ru(run, text)) == set()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Суд отправил под арест трёх бывших чиновников мэрии.", ("arrest", 3)),
        ("Полиция сообщила о задержании пятерых полицейских.", ("arrest", 5)),
    ],
)
def test_a_done_arrest_keeps_its_count_ru(run, text, count):
    assert count in group_counts(_ru(run, text))


# -- a total reached is a running statistic -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("За ночь были задержаны 30 человек, а общее число задержанных достигло 120.", {("arrest", 30)}),
        ("К вечеру воскресенья количество арестованных достигло 85 человек.", set()),
        ("Число задержанных за неделю превысило 300 человек.", set()),
        (
            "По итогам ночи задержаны 40 человек, всего за трое суток количество задержанных"
            " достигло 160 человек, сообщает агентство.",
            {("arrest", 40)},
        ),
        ("Число освобождённых — 13.", {("release", 13)}),
        ("Число задержанных составило 42 человека.", {("arrest", 42)}),
    ],
)
def test_a_total_reached_is_no_count(run, text, counts):
    assert group_counts(_ru(run, text)) == counts


# -- a verdict's stay under «должен», «придётся» ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        ("Антон Белых должен провести в колонии 9 лет.", "Антон Белых", 108),
        ("Журналистка Вера Пескова должна провести в колонии общего режима три года.", "Вера Пескова", 36),
        ("Теперь Вере Песковой придётся отбыть четыре года в колонии.", "Вера Пескова", 48),
        (
            "Суд приговорил Антона Белых к 8 годам. В общей сложности ему придется провести"
            " за решеткой 10 лет.",
            "Антон Белых",
            120,
        ),
        (
            "Суд приговорил Антона Белых к 8 годам. С учётом прежнего приговора он должен будет провести"
            " в колонии 10 лет.",
            "Антон Белых",
            120,
        ),
        ("Антону Белых предстоит провести в колонии 5 лет.", "Антон Белых", 60),
        # the prosecution or the charge named in another clause of the sentence is no view on the stay
        (
            "Обвинение обжаловало мягкий приговор, и краевой суд с ним согласился: теперь Вере Песковой"
            " предстоит провести в колонии четыре года.",
            "Вера Пескова",
            48,
        ),
        (
            "Коллегия исключила из обвинения один эпизод, и теперь Антону Белых предстоит провести"
            " в колонии 7 лет.",
            "Антон Белых",
            84,
        ),
    ],
)
def test_a_stay_that_must_come_is_the_verdicts_term(run, text, name, months):
    result = _ru(run, text)
    assert ("sentence", name) in event_pairs(result)
    assert (name, months) in _terms(result)


@pytest.mark.parametrize(
    "text",
    [
        "Прокурор считает, что Антон Белых должен провести в колонии 9 лет.",
        "По мнению обвинения, Антону Белых предстоит провести в колонии 9 лет.",
        "Адвокат опасается, что Антону Белых придется провести за решеткой 10 лет.",
        "Если приговор устоит, Антону Белых придётся провести в колонии 6 лет.",
        "Антон Белых должен провести в СИЗО еще два месяца.",
        "Прокуратура требует, чтобы Антон Белых провел в колонии 9 лет.",
    ],
)
def test_a_stay_in_a_view_a_fear_or_a_sizo_is_none(run, text):
    assert not any(kind == "sentence" for kind, _ in event_pairs(_ru(run, text)))


# -- «заключил в СИЗО» --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Суд заключил в СИЗО 35-летнего Петра Гусева.",
        "Суд в Казани удовлетворил ходатайство следствия и заключил Петра Гусева в СИЗО.",
        "Суд в Казани удовлетворил ходатайство следствия и заключил в СИЗО 35-летнего Петра Гусева.",
        "Петр Гусев был заключен в СИЗО в марте.",
        "Петр Гусев, заключенный в СИЗО в марте, пожаловался на условия.",
    ],
)
def test_put_in_a_sizo_is_custody(run, text):
    assert ("arrest", "Пётр Гусев") in event_pairs(_ru(run, text))


@pytest.mark.parametrize(
    "text",
    [
        "Следствие просит заключить Петра Гусева в СИЗО.",
        "Суд отказался заключать Петра Гусева в СИЗО.",
        "Заключённые СИЗО-1 объявили голодовку, сообщил Петр Гусев.",
    ],
)
def test_a_sizo_asked_refused_or_named_is_no_custody(run, text):
    assert ("arrest", "Пётр Гусев") not in event_pairs(_ru(run, text))


# -- a participle after the name of the one a lawyer or a relative speaks for -------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Lawyers for Daniel Moore, detained in May, say he has been denied medication.",
            ("arrest", "Daniel Moore"),
        ),
        ("Relatives of Lina Haddad, released on Friday, thanked the embassy.", ("release", "Lina Haddad")),
        (
            "A lawyer for blogger Tomas Varga, sentenced to six years in March, said he would appeal.",
            ("sentence", "Tomas Varga"),
        ),
        (
            "The wife of Omar Saleh, jailed for five years in 2021, appealed for his release.",
            ("sentence", "Omar Saleh"),
        ),
        ("The mother of Omar Saleh, arrested last year, spoke to reporters.", ("arrest", "Omar Saleh")),
    ],
)
def test_a_participle_after_the_name_tells_of_the_name(extract_text, text, pair):
    assert pair in event_pairs(_en(extract_text, text))


@pytest.mark.parametrize(
    "text",
    [
        "Lawyers for Daniel Moore, appointed by the court in May, say he is innocent.",
        "A colleague of Daniel Moore, trained in Paris, said the reporter was careful.",
        "Supporters of Daniel Moore, arrested during the protest, gathered outside the court.",
    ],
)
def test_a_participle_the_name_does_not_take_gives_it_nothing(extract_text, text):
    assert not any(name == "Daniel Moore" for _, name in event_pairs(_en(extract_text, text)))


# -- a gapped passive: "five were killed and 30 arrested" ---------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("At least five people were killed and 30 arrested when troops broke up the rally.", ("arrest", 30)),
        ("Two people were injured and 14 arrested during the clashes in Kaduna.", ("arrest", 14)),
        ("Police said two officers were hurt and 17 protesters detained.", ("arrest", 17)),
        ("Four activists were arrested and 2 released later that day.", ("release", 2)),
    ],
)
def test_a_counted_subject_of_a_gapped_passive_underwent_it(extract_text, text, count):
    assert count in group_counts(_en(extract_text, text))


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers stormed the camp and 30 protesters fled into the forest.",
        "Three officers were injured and 12 detainees escaped from the police station.",
    ],
)
def test_a_counted_subject_of_another_verb_counts_no_event(extract_text, text):
    assert group_counts(_en(extract_text, text)) == set()


# -- "among those picked up": a phrasal taking after "those" -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Daniel Moore and Grace Okafor were among those picked up.",
        "Daniel Moore and Grace Okafor were among those rounded up by soldiers in Jos.",
        "Those picked up on Monday included Daniel Moore and Grace Okafor.",
        "Among those picked up at the scene was Grace Okafor.",
    ],
)
def test_those_picked_up_were_taken(extract_text, text):
    assert ("arrest", "Grace Okafor") in event_pairs(_en(extract_text, text))


def test_those_who_picked_up_a_thing_were_not_taken(extract_text):
    text = "Grace Okafor was among those who picked up an award at the ceremony."
    assert event_pairs(_en(extract_text, text)) == set()


# -- "namely" after a counted group ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Police arrested three activists on Monday, namely Daniel Moore, Grace Okafor and Ahmed Farouk.",
            "arrest",
        ),
        (
            "Three activists were arrested on Monday, namely Daniel Moore, Grace Okafor and Ahmed Farouk.",
            "arrest",
        ),
        (
            "Officials freed three bloggers in Abuja, namely Daniel Moore, Grace Okafor and Ahmed Farouk.",
            "release",
        ),
    ],
)
def test_the_names_after_namely_are_the_groups(extract_text, text, kind):
    pairs = event_pairs(_en(extract_text, text))
    assert {(kind, "Daniel Moore"), (kind, "Grace Okafor"), (kind, "Ahmed Farouk")} <= pairs


@pytest.mark.parametrize(
    "text",
    [
        # fewer names than the group counts: not its roster
        "Police arrested three activists on Monday, namely Daniel Moore and Grace Okafor.",
        # a verb between the group and "namely": another clause's list
        "Police arrested three activists and thanked two lawyers, namely Daniel Moore and Grace Okafor.",
    ],
)
def test_namely_that_is_no_roster_names_no_one(extract_text, text):
    pairs = event_pairs(_en(extract_text, text))
    assert ("arrest", "Daniel Moore") not in pairs
