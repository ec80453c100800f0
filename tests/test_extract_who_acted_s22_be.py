"""Belarusian words for who acted and the names beside them (session 22, sentences written for
these tests): a judge whose court is named between title and name («суддзя суда Кастрычніцкага
раёна Гомеля X») passes a verdict and is never its patient, nor the one a pronoun after him
stands for; the instrumental name after a participle agreeing with an oblique noun («N вязняў,
памілаваных Аляксандрам Лукашэнкам») pardoned and was not freed. Names: a man's genitive with a
first name two names share («Аляксандра Мурашкі» is Аляксандр Мурашка's), a preposition opening
a quote («Пра Кашэўскага …») and a country's genitive before a name («консул Польшчы Ева X») are no
part of the name. A fronted «на волі апынуліся X і Y» is a release (not negated)."""

from __future__ import annotations

from tests.test_extract_ru import events


def test_a_judge_with_the_court_named_between(be):
    result = be(
        "Суддзя суда Кастрычніцкага раёна Гомеля Аляксей Мароз абвясціў учора прысуд па справе "
        "трох механікаў дэпо."
    )
    assert not events(result)
    result = be(
        "Разам з маці забралі і яе сына Юрыя Гайдука. Наступным днём суддзя Ленінскага раённага суда "
        "Віцебска Ігар Тарасевіч прызначыў яму 10 сутак арышту."
    )
    found = events(result)
    assert ("arrest", "Юрый Гайдук") in found and ("arrest", "Ігар Тарасевіч") not in found


def test_the_instrumental_agent_after_an_oblique_participle(be):
    result = be("Дзевяць палітвязняў, памілаваных Аляксандрам Лукашэнкам, уначы вывезлі на латвійскую мяжу.")
    found = events(result)
    assert ("release", "Аляксандр Лукашэнка") not in found
    assert ("deportation", "Аляксандр Лукашэнка") not in found


def test_a_mans_genitive_with_a_shared_first_name(be):
    result = be(
        "Затрымалі двух актывістаў: Аляксандр Мурашка і Сяргей Гаўрыка.\n\n"
        "Для Аляксандра Мурашкі справа не першая: у 2021-м яго пакаралі двума гадамі калоніі."
    )
    assert [p.name for p in result.persons] == ["Аляксандр Мурашка", "Сяргей Гаўрыка"]


def test_a_preposition_or_a_country_before_a_name(be):
    result = be("Лявон Кашэўскі памёр у калоніі.\n\n— Пра Кашэўскага ведаў увесь атрад, — кажа Ігар Рымша.")
    assert "Пра Кашэўскага" not in [p.name for p in result.persons]
    result = be("Консул Польшчы Ева Пякарская паабяцала вызваленым візы.")
    assert [p.name for p in result.persons] == ["Ева Пякарская"]


def test_a_fronted_release_state(be):
    result = be("На волі ўжо апынуліся Алена Бабровіч з Полацка і Тарас Мікула.")
    assert {("release", "Алена Бабровіч"), ("release", "Тарас Мікула")} <= events(result)
    result = be("Таксама на свабодзе аказаўся Юрась Гнеўка.")
    assert ("release", "Юрась Гнеўка") in events(result)
    assert not events(be("На волі так і не апынуўся Пятро Рубец."))
