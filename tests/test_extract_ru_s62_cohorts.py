"""A plural back-reference whose own sentence counts a group of people before it (session 62,
helper cohorts), in wordings written for these tests (docs/extract-ru-be.md, «Session 62 — a
back-reference counted in its own sentence (cohorts)»):

* «силовики пришли к четверым …, всех задержали»: «всех» are the four of its own sentence, not the
  three named before in a sentence about a release; the same in Belarusian and English ("raided
  the flats of four members …; all of them were detained"). Not covered: an English "them" that
  `persons_of` resolves itself to the names before ("came for four members … and detained them
  all" still lends the arrest — the pronoun resolution, not the cohorts);
* traps: a back-reference with no count of its own in its sentence still joins the group told
  before («Их задержали в марте»); a count in its sentence that is the earlier group's own number
  told again keeps the link («Всех пятерых … задержали»); a term («на четыре года») or "between
  two and four months" is no group.
"""

from __future__ import annotations

from tests.extract_views import event_pairs
from tests.test_extract_ru import events

FREED = ("Антон Рыбалко", "Светлана Климович", "Олег Шевчук")


def _arrested(result) -> set[str]:
    return {name for etype, name in events(result) if etype == "arrest"}


def test_ru_all_of_a_group_counted_in_own_sentence(run) -> None:
    result = run(
        "Трёх политзаключённых — Антона Рыбалко, Светлану Климович и Олега Шевчука — освободили "
        "в понедельник. 3 мая в Пинске милиция пришла к четверым членам велоклуба — всех задержали.",
        "ru",
    )
    assert not _arrested(result) & set(FREED)
    assert ("release", "Антон Рыбалко") in events(result)


def test_be_all_of_a_group_counted_in_own_sentence(run) -> None:
    result = run(
        "Трох палітвязняў — Антона Рыбалку, Святлану Клімовіч і Алега Шаўчука — вызвалілі ў "
        "панядзелак. 3 мая ў Пінску міліцыя прыйшла да чацвярых сяброў веласклуба — усіх затрымалі.",
        "be",
    )
    assert not {n for t, n in events(result) if t == "arrest"} & {
        "Антон Рыбалка",
        "Святлана Клімовіч",
        "Алег Шаўчук",
    }


def test_en_them_counted_in_own_sentence(extract_text) -> None:
    result = extract_text(
        "Three freed in Pinsk\n\n"
        "Three activists, Anton Rybalko, Sviatlana Klimovich and Aleh Dounar, were freed on Monday. "
        "On Wednesday police raided the flats of four members of a cycling club; all of them were "
        "detained."
    )
    pairs = event_pairs(result)
    assert not {("arrest", n) for n in ("Anton Rybalko", "Sviatlana Klimovich", "Aleh Dounar")} & pairs


def test_en_all_of_them_without_own_count_still_joins(extract_text) -> None:
    result = extract_text(
        "Three freed in Pinsk\n\n"
        "Three activists, Anton Rybalko, Sviatlana Klimovich and Aleh Dounar, were freed on Monday. "
        "All of them had been detained in March after a raid on a cycling club."
    )
    pairs = event_pairs(result)
    assert {("arrest", n) for n in ("Anton Rybalko", "Sviatlana Klimovich", "Aleh Dounar")} <= pairs


def test_en_months_are_no_group_of_its_own(extract_text) -> None:
    result = extract_text(
        "Four students convicted\n\n"
        "A court in Chiang Mai convicted four students, Anong Kaewmala, Preecha Somsri, Wanida "
        "Thongdee and Somchai Rattana, of insulting the monarchy. They spent between two and four "
        "months in custody before being granted bail in 2022."
    )
    pairs = event_pairs(result)
    base = {("release", n) for n in ("Anong Kaewmala", "Wanida Thongdee", "Somchai Rattana")}
    assert base <= pairs


def test_ru_pronoun_without_own_count_still_joins(run) -> None:
    result = run(
        "Суд в Гомеле приговорил Антона Рыбалко, Светлану Климович и Олега Шевчука к четырём годам "
        "колонии. Их задержали в марте на выходе из офиса.",
        "ru",
    )
    assert set(FREED) <= _arrested(result)


def test_ru_own_count_equal_to_the_groups_keeps_the_link(run) -> None:
    result = run(
        "Трёх активистов — Антона Рыбалко, Светлану Климович и Олега Шевчука — приговорили к "
        "четырём годам колонии. По словам родственников, силовики пришли ко всем троим в один "
        "день — всех задержали.",
        "ru",
    )
    assert set(FREED) <= _arrested(result)
