"""Group counts in three languages (session 37, the syn27* census), in wording invented for these
tests: verdicts upheld for a counted group told by "had (saw) their sentences confirmed" or in the
passive ("the sentences of six were upheld"); the scope of a pardon or an amnesty that was issued
("a pardon decree covering 2,471 detainees", "the amnesty applied to 900 inmates", "a list of 1,840
detainees granted a pardon") as a counted release; and a number in a clause opened by a
conjunction («пакуль», «калі», «пока») that counts that clause's subject, not the event's.
Traps: verdicts reduced or charges dropped, a hoped-for or planned amnesty, an amnesty's scope in
things, a part of an amnesty told after its whole, and numbers that stay the event's own."""

from __future__ import annotations

import pytest

from tests.extract_views import group_counts

# -- verdicts upheld for a counted group ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Nine co-defendants had their sentences confirmed on Tuesday, while one was acquitted.", 9),
        ("Four students had their convictions upheld by the Supreme Court in Bishkek.", 4),
        ("Three bloggers saw their prison terms confirmed by the regional appeals court.", 3),
        ("The sentences of six trade unionists were upheld by the appeals court in Minsk.", 6),
        (
            "The five other defendants, who were tried in absentia, also had their sentences "
            "upheld, the lawyer said.",
            5,
        ),
    ],
)
def test_verdicts_upheld_for_a_counted_group_are_its_sentence(extract_text, text, count):
    assert ("sentence", count) in group_counts(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Five defendants had their sentences reduced on appeal.",
        "Six protesters had their charges dropped on Monday.",
        "Three reporters had their passports confiscated at the airport.",
        "Seven defendants did not have their sentences confirmed by the court.",
        "Lawyers hope that four defendants will have their sentences overturned.",
    ],
)
def test_other_things_had_done_to_a_group_are_no_verdict(extract_text, text):
    assert not {c for t, c in group_counts(extract_text(text)) if t == "sentence"}


# -- the scope of a pardon or an amnesty -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The president signed a pardon decree covering 3,150 prisoners on Sunday.", 3150),
        ("An amnesty covering 640 inmates was announced on the eve of the holiday.", 640),
        ("The amnesty applied to 1,210 inmates of the colonies, the prison service said.", 1210),
        (
            "The king issued a royal pardon on Friday. The decree covered 2,900 prisoners, state "
            "television reported.",
            2900,
        ),
        (
            "Her name appeared on a list of 1,305 detainees granted a presidential pardon, her lawyer said.",
            1305,
        ),
    ],
)
def test_the_people_a_pardon_covers_are_a_counted_release(extract_text, text, count):
    assert ("release", count) in group_counts(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Parliament is expected to pass an amnesty covering 2,000 prisoners next month.",
        "A new amnesty will cover 700 prisoners, the minister promised.",
        "The amnesty law could apply to up to 5,000 inmates.",
        "The decree, signed on Monday, covers 300 hectares of farmland.",
        "Lawyers said the amnesty did not cover the 40 journalists still in prison.",
        "The decree covered 4,100 prisoners, the ministry said.",
    ],
)
def test_a_pardon_not_issued_or_not_of_people_counts_no_release(extract_text, text):
    assert not {c for t, c in group_counts(extract_text(text)) if t == "release"}


def test_a_part_of_an_amnesty_told_after_its_whole_is_no_group_of_its_own(extract_text):
    text = (
        "The military government freed 4,020 prisoners on Tuesday to mark the holiday. The amnesty "
        "also covered 150 foreigners, who will be deported."
    )
    counts = group_counts(extract_text(text))
    assert ("release", 4020) in counts
    assert ("release", 150) not in counts


# -- a number in a conjunction's clause counts that clause's subject ---------------------------------


@pytest.mark.parametrize(
    ("text", "language", "etype"),
    [
        (
            "Маці палітвязня Андрэя Бялова памерла ў 2024 годзе, пакуль абодва яе сыны сядзелі ў калоніі.",
            "be",
            "death",
        ),
        ("Ягоны бацька памёр у лютым, калі трое братоў былі за кратамі.", "be", "death"),
        ("Іван Лосеў памёр у СІЗА, хоць двое лекараў патрабавалі яго вызвалення.", "be", "death"),
        ("Отец активиста Олег Зимин умер в 2023 году, пока оба его сына были за решёткой.", "ru", "death"),
    ],
)
def test_a_number_in_a_conjunctions_clause_is_not_the_events_count(run, text, language, etype):
    assert not {c for t, c in group_counts(run(text, language)) if t == etype}


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("Пяцярых затрыманых вызвалілі ўвечары, калі скончыўся тэрмін арышту.", "be", ("release", 5)),
        ("Лукашэнка памілаваў 16 палітвязняў, калі амбасадар прыехаў у Менск.", "be", ("release", 16)),
        ("Шестерых задержанных отпустили, когда истёк срок ареста.", "ru", ("release", 6)),
    ],
)
def test_the_events_own_number_before_a_conjunction_stays(run, text, language, count):
    assert count in group_counts(run(text, language))


# -- the recognised are no event's group -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "За месяц праваабаронцы прызналі палітвязнямі яшчэ 14 чалавек, а больш за 50 беларусаў "
            "прайшлі праз затрыманні і допыты.",
            "be",
        ),
        ("«Вясна» прызнала ўсіх сямярых асуджаных па справе палітвязнямі.", "be"),
        (
            "За октябрь по политическим мотивам задержали не менее 90 человек, ещё 13 человек "
            "правозащитники признали политзаключёнными.",
            "ru",
        ),
        ("Правозащитники признали политзаключёнными ещё восемь осуждённых.", "ru"),
    ],
)
def test_the_number_of_the_recognised_counts_no_event(run, text, language):
    assert not group_counts(run(text, language))


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("Лукашэнка памілаваў 21 асуджанага, якіх праваабаронцы лічаць палітвязнямі.", "be", ("release", 21)),
        (
            "Лукашенко помиловал 19 осуждённых, которых правозащитники считают политзаключёнными.",
            "ru",
            ("release", 19),
        ),
        (
            "За неделю в Бресте задержали 11 человек, правозащитники признали политзаключёнными ещё пятерых.",
            "ru",
            ("arrest", 11),
        ),
    ],
)
def test_the_events_number_beside_the_recognised_stays(run, text, language, count):
    assert count in group_counts(run(text, language))


# -- a part of a group told before belongs to the verb after it --------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        (
            "Улады вызвалілі 25 палітвязняў, 11 з іх былі прымусова вывезеныя ў Літву.",
            "be",
            ("deportation", 11),
        ),
        ("Памілавалі 40 асуджаных, 9 з іх былі ноччу вывезеныя на мяжу з Літвой.", "be", ("deportation", 9)),
        (
            "Власти освободили 33 человека, 10 из них были принудительно вывезены в Литву.",
            "ru",
            ("deportation", 10),
        ),
    ],
)
def test_a_part_of_them_is_counted_by_its_own_verb(run, text, language, count):
    counts = group_counts(run(text, language))
    assert count in counts
    assert ("release", count[1]) not in counts
