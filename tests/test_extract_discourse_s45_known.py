"""A group's event told back by its number, its people named on the other side (session 45, helper
known), in wordings written for these tests, English, Russian and Belarusian:

* a verdict counts its group, the group's arrest is told back by its number ("All five
  defendants were detained in May", "police detained the three of them") before the people are
  named one by one: the people the verdict then names are the arrest's members, as many as it
  counts (or, with "all", at least two of them); the run of names ends at another occasion (a
  finding dated otherwise), a larger group or another case ("Separately, ...");
* «Все трое были задержаны», «Усе трое былі арыштаваныя»: the Russian and Belarusian "all"
  before a collective numeral tells the whole group as "All three" does, so a list of exactly
  as many names told just before is that group.

Each with traps: a group of another story named after it, a run longer than the count, a part
("the other two"), a count with no verdict counted before it.
"""

from __future__ import annotations

from tests.extract_views import event_pairs
from tests.test_extract_ru import events

# -- English: the verdict counts, the arrest is told back, then the names ------------------------

_EN_VERDICT = (
    "Court in Shymkent jails four over mining protest, acquits one\n\n"
    "A court in Shymkent on Thursday sentenced four environmental activists to prison terms over a "
    "protest against a copper mine and acquitted a fifth defendant.\n\n"
    "{back} in March, after a week of sit-ins at the mine's gates.\n\n"
    "Daulet Sarsenov, 41, a schoolteacher, received six years. Aigul Temirova, a nurse, got four "
    "years, and Marat Zhunusov and Yerlan Abenov were each given three years. Asel Nurova, a "
    "student, was acquitted and released in the courtroom.\n\n"
    "{tail}"
)


def _en(back: str, tail: str = "The activists deny the charges.") -> str:
    return _EN_VERDICT.format(back=back, tail=tail)


_FIVE = ("Daulet Sarsenov", "Aigul Temirova", "Marat Zhunusov", "Yerlan Abenov", "Asel Nurova")


def test_all_n_defendants_told_back_before_the_names(extract_text):
    # four jailed and one acquitted: "All five defendants" are the five named after
    pairs = event_pairs(extract_text(_en("All five defendants were arrested")))
    assert {("arrest", n) for n in _FIVE} <= pairs
    assert ("sentence", "Asel Nurova") not in pairs


def test_the_n_of_them_as_an_object_before_the_names(extract_text):
    # "officers" before "the five of them" is who detained them, not the group they are part of
    pairs = event_pairs(extract_text(_en("Security officers detained the five of them at the mine")))
    assert {("arrest", n) for n in _FIVE} <= pairs


def test_all_of_a_larger_number_takes_the_named(extract_text):
    # "All seven" (two more acquitted, unnamed): the five named are among them
    pairs = event_pairs(extract_text(_en("All seven defendants were arrested")))
    assert {("arrest", n) for n in _FIVE} <= pairs


def test_a_later_case_is_not_the_group(extract_text):
    # another verdict, dated otherwise, ends the run: its blogger is no defendant of this one
    text = _en(
        "All five defendants were arrested",
        "Last year the same court jailed blogger Nurlan Ospanov for five years for a video about the mine.",
    )
    pairs = event_pairs(extract_text(text))
    assert ("arrest", "Nurlan Ospanov") not in pairs
    assert {("arrest", n) for n in _FIVE} <= pairs


def test_a_separate_case_ends_the_run(extract_text):
    text = _en(
        "All seven defendants were arrested",
        "Separately, a court in Taraz jailed the blogger Nurlan Ospanov for five years.",
    )
    pairs = event_pairs(extract_text(text))
    assert ("arrest", "Nurlan Ospanov") not in pairs


def test_the_other_n_is_a_part_not_the_named(extract_text):
    pairs = event_pairs(extract_text(_en("The other five defendants were arrested")))
    assert not {("arrest", n) for n in _FIVE} & pairs


def test_no_verdict_counted_before_the_number(extract_text):
    text = (
        "All five defendants were arrested in March, after a week of sit-ins at the mine's gates.\n\n"
        "Daulet Sarsenov, 41, a schoolteacher, received six years. Aigul Temirova, a nurse, got four "
        "years, and Marat Zhunusov and Yerlan Abenov were each given three years. Asel Nurova, a "
        "student, was acquitted and released in the courtroom."
    )
    pairs = event_pairs(extract_text(text))
    assert not {("arrest", n) for n in _FIVE} & pairs


def test_more_names_than_the_count_takes_no_one(extract_text):
    pairs = event_pairs(extract_text(_en("All three defendants were arrested")))
    assert not {("arrest", n) for n in _FIVE} & pairs


# -- Russian and Belarusian: «все трое», «усе трое» after a list of three names -----------------


def test_ru_all_three_after_a_list_of_three(run):
    text = (
        "Правозащитники установили ещё три имени освобождённых: Виталий Мороз, Алла Сенкевич и "
        "Григорий Юхневич, все — из Орши. Все трое были задержаны в один день в марте 2022 года.\n\n"
        "Помилование не объявлялось официально."
    )
    found = events(run(text, "ru"))
    assert {("arrest", n) for n in ("Виталий Мороз", "Алла Сенкевич", "Григорий Юхневич")} <= found


def test_be_all_three_after_a_list_of_three(be):
    text = (
        "Праваабаронцы ўсталявалі яшчэ тры імёны вызваленых: Віталь Мароз, Ала Сянкевіч і Рыгор "
        "Юхневіч, усе — з Воршы. Усе трое былі арыштаваныя ў адзін дзень у сакавіку 2022 году.\n\n"
        "Афіцыйна памілаванне не абвяшчалася."
    )
    found = events(be(text))
    assert {("arrest", n) for n in ("Віталь Мароз", "Ала Сянкевіч", "Рыгор Юхневіч")} <= found


def test_be_all_three_after_a_list_of_four_takes_no_one(be):
    text = (
        "Праваабаронцы ўсталявалі яшчэ чатыры імёны вызваленых: Віталь Мароз, Ала Сянкевіч, Ігар "
        "Лось і Рыгор Юхневіч. Усе трое былі арыштаваныя ў адзін дзень у сакавіку 2022 году."
    )
    found = events(be(text))
    assert not {("arrest", n) for n in ("Віталь Мароз", "Ала Сянкевіч", "Ігар Лось", "Рыгор Юхневіч")} & found


def test_ru_all_three_after_the_verdict_paragraph_takes_its_named(run):
    # three named by the verdict: «всех троих» is that paragraph's three (not a part of more: two
    # named of «всех троих» take no one, `test_extract_discourse_s33_be`)
    text = (
        "Суд в Оше вынес приговор сотрудникам канала «Ордо». Главный редактор Нурлан Тойчубеков "
        "получил пять лет, ведущая Айнура Маматкулова — три года условно. Операторов Эрмека "
        "Садыралиева суд оправдал и освободил из-под стражи прямо в зале.\n\n"
        "Всех троих доставили в следственный изолятор в январе.\n\n"
        "Прокурор просил для редактора восемь лет."
    )
    found = events(run(text, "ru"))
    people = ("Нурлан Тойчубеков", "Айнура Маматкулова", "Эрмек Садыралиев")
    assert {("arrest", n) for n in people} <= found


def test_ru_all_three_of_a_digest_item_are_not_earlier_items_people(run):
    # a digest: «всех троих» are the three told with Зеньков, unnamed, not the people of earlier items
    text = (
        "Могилёвский областной суд оставил без изменений приговор Виктории Лапиной: четыре года колонии.\n\n"
        "Из колонии № 15 после полного отбытия срока вышел Дмитрий Кухаренко.\n\n"
        "Ещё новость из Бобруйска. Утром задержали пенсионера Михаила Зенькевича. Вместе с ним по делу "
        "проходят ещё трое жителей города. Всех троих задержали в четверг вечером."
    )
    found = events(run(text, "ru"))
    assert ("arrest", "Виктория Лапина") not in found and ("arrest", "Дмитрий Кухаренко") not in found
