"""Russian counts, session 49 (helper counts): a class of language behind the missed counts of
the read sets, in wordings of our own, with traps.

* a counted group brought back across the front line («на подконтрольную Киеву территорию
  вернулись 84 гражданских», «На родину вернулись 115 украинцев», «на подконтрольную Украине
  территорию передали 12 гражданских») is freed from captivity, whether or not the sentence
  names the exchange (the rules of «в ходе обмена вернулись» needed the word «обмен»). Only with
  a count, and only with a word of an exchange, captivity, civilians or Ukrainians in the clause:
  a deportee's «добровольно вернулся на родину» and friends coming home from abroad are nothing.
"""

from __future__ import annotations

from tests.test_extract_ru import counts, events
from vigil.model import Extraction


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


def test_a_counted_group_back_on_territory_controlled_by_kyiv_is_freed(run):
    result = _ru(
        run,
        "В сентябре на подконтрольную Киеву территорию вернулись 46 гражданских, среди них — "
        "херсонский учитель Олег Мирошник.",
    )
    assert ("release", 46) in counts(result)
    assert ("release", "Олег Мирошник") in events(result)


def test_a_counted_group_handed_over_to_controlled_territory_is_freed(run):
    result = _ru(
        run,
        "Кроме военнопленных, на подконтрольную Украине территорию передали 9 гражданских, которых "
        "удерживали в российских СИЗО.",
    )
    assert ("release", 9) in counts(result)


def test_a_counted_group_of_ukrainians_back_home_is_freed(run):
    result = _ru(run, "Вечером на родину вернулись 73 украинца, из них пятеро — журналисты.")
    assert ("release", 73) in counts(result)


def test_a_return_home_without_a_count_is_nothing(run):
    # trap: a deportee's «voluntary return», in the words of an embassy
    result = _ru(run, "Посольство заявило, что блогер Абдулло Назаров «добровольно вернулся на родину».")
    assert not any(t == "release" for t, _ in events(result))
    assert not counts(result)


def test_friends_coming_home_from_abroad_are_not_freed(run):
    # trap: a counted group, but no exchange, captivity, civilians or Ukrainians in the clause
    result = _ru(run, "Летом на родину вернулись двое его друзей из Вильнюса.")
    assert not counts(result)


def test_leaving_for_controlled_territory_is_no_release(run):
    # trap: one who left by herself; no verb of return or handing over
    result = _ru(run, "Его жена Наталья Швец выбралась на подконтрольную Украине территорию через Польшу.")
    assert not events(result)
