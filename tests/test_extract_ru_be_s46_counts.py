"""Russian and Belarusian counts, session 46 (helper counts): classes of language behind the
count misses and false counts of the read sets, each in wordings of our own, with traps.

* a fine in base units («штраф у 100 базавых велічынь», «штраф в 50 базовых величин») counts
  money, nobody: «велічыня» / «величина» joins the units of `not_counted`;
* a verb of remaining before the number past a place phrase («застаюцца за кратамі 1 104
  палітвязні») tells a running total, as it does right before the number (GUIDELINES);
* «разам з N іншымі» (together with N others) is N plus the one it is told of, named or not.
"""

from __future__ import annotations

from tests.test_extract_ru import counts, events
from vigil.model import Extraction


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


def test_a_fine_in_base_units_counts_nobody(be):
    result = be(
        "У Гродне суддзя Аляксандр Пашкевіч асудзіў да штрафу ў 100 базавых велічынь пенсіянера "
        "Міхаіла Бабіча за каментарыі."
    )
    assert ("sentence", "Міхаіл Бабіч") in events(result)
    assert counts(result) == set()


def test_a_fine_and_a_counted_group_still_counts_the_group(be):
    # trap: the group noun right after its number is still counted
    result = be("Суд асудзіў 12 удзельнікаў маршу да штрафаў па 40 базавых велічынь.")
    assert ("sentence", 12) in counts(result)
    assert ("sentence", 40) not in counts(result)


def test_a_russian_fine_in_base_units_counts_nobody(run):
    result = _ru(run, "Суд оштрафовал на 50 базовых величин пенсионерку Анну Круглову.")
    assert ("sentence", 50) not in counts(result)


def test_remaining_behind_bars_past_a_place_phrase_is_a_tally(be):
    result = be(
        "Паводле «Вясны», пасля суботняга памілавання ў Беларусі застаюцца за кратамі 1 104 палітвязні."
    )
    assert counts(result) == set()


def test_released_before_a_place_phrase_is_still_counted(be):
    # trap: a verb of the event itself before the place phrase keeps its count
    result = be("Пасля памілавання вызвалілі з калоній 18 палітвязняў.")
    assert ("release", 18) in counts(result)


def test_together_with_n_others_is_one_more_unnamed(be):
    result = be("• травень 2025 — памілаваная і вызваленая разам з 15 іншымі палітвязнямі.")
    assert ("release", 16) in counts(result)
    assert ("release", 15) not in counts(result)


def test_together_with_n_others_named_is_one_more(be):
    result = be("Алу Вярбіцкую памілавалі і вызвалілі разам з 15 іншымі палітвязнямі.")
    assert ("release", 16) in counts(result)


def test_n_others_without_together_is_not_raised(be):
    # trap: «15 іншых палітвязняў» released on their own are 15
    result = be("У той жа дзень вызвалілі 15 іншых палітвязняў.")
    assert ("release", 16) not in counts(result)
