"""Belarusian reports the text takes back, and a rejected appeal's term (session 62, helper
beall2), in wordings written for these tests (docs/extract-ru-be.md, «Session 62 — Belarusian
events: reports taken back, a rejected appeal (beall2)»):

* (linear reading) a trigger in a «што» clause governed by a verb of denial («абвергла, што
  затрымалі X», «абвергла інфармацыю, што …») or hung on a report noun whose verb after the
  clause is a negated verb of confirming («Інфармацыя, што X асудзілі …, не пацвердзілася») is
  no event. Traps: a negated denial («не абвергла»), a second «што» clause after a verb of
  confirming, a confirmed report.
* an outlet's own report taken back: «Раней мы паведамілі, што … . Гэта памылка», «мы памылкова
  назвалі сярод вызваленых X». Traps: «X памылкова затрымалі» (a real arrest by mistake), an own
  report the next sentence confirms.
* «суд адхіліў апеляцыю / скаргу X: N гадоў … засталіся ў сіле»: the verdict the appeal leaves in
  force, with its stated term. Traps: no term stated, a complaint about the conditions of custody.
"""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, terms

NAME = "Юрась Тамашэвіч"


@pytest.mark.parametrize(
    "text",
    [
        "Пракуратура абвергла, што настаўніка Юрася Тамашэвіча затрымалі ў Брэсце.",
        "Упраўленне ўнутраных спраў абвергла інфармацыю, што затрыманы настаўнік Юрась Тамашэвіч.",
        "Інфармацыя, што Юрася Тамашэвіча асудзілі на тры гады, не пацвердзілася.",
        "Раней мы паведамілі, што сярод вызваленых ёсць Юрась Тамашэвіч. Гэта памылка: ён у калоніі.",
        "Учора мы памылкова назвалі сярод памілаваных Юрася Тамашэвіча.",
        "Мы памылкова назвалі сярод вызваленых Юрася Тамашэвіча. Яго ў спісе няма.",
    ],
)
def test_be_report_taken_back_is_no_event(run, text):
    assert not {e for e in events(run(text, "be")) if e[1] == NAME}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a negated denial admits it
        ("Міліцыя не абвергла, што Юрася Тамашэвіча затрымалі ў Брэсце.", "arrest"),
        # the trigger's own «што» clause hangs on a verb of confirming
        (
            "Адвакат абвергла, што Юрася Тамашэвіча білі, але пацвердзіла, што яго затрымалі ў аўторак.",
            "arrest",
        ),
        ("Сваякі пацвердзілі, што Юрася Тамашэвіча затрымалі ў панядзелак.", "arrest"),
        ("Інфармацыя, што Юрася Тамашэвіча асудзілі на тры гады, пацвердзілася.", "sentence"),
        # detained by mistake is still detained
        ("Юрася Тамашэвіча памылкова затрымалі ў аэрапорце.", "arrest"),
        # an own report that the next sentence confirms
        ("Раней мы паведамілі, што Юрася Тамашэвіча затрымалі. Гэта пацвердзіла і яго жонка.", "arrest"),
    ],
)
def test_be_report_not_taken_back_keeps_its_event(run, text, kind):
    assert (kind, NAME) in events(run(text, "be"))


def test_be_retracted_report_keeps_the_participle_after_the_name(run):
    # the participle past a comma tells the person's past as fact; only the release is retracted
    text = "Мы памылкова назвалі сярод вызваленых Юрася Тамашэвіча, настаўніка, асуджанага на тры гады."
    result = run(text, "be")
    assert ("release", NAME) not in events(result)
    assert terms(result).get(NAME) == 36


def test_be_rejected_appeal_gives_the_term_in_force(run):
    text = "Мінскі абласны суд адхіліў апеляцыю Юрася Тамашэвіча: тры гады калоніі засталіся ў сіле."
    result = run(text, "be")
    assert ("sentence", NAME) in events(result)
    assert terms(result)[NAME] == 36


@pytest.mark.parametrize(
    "text",
    [
        "Суд адхіліў апеляцыю Юрася Тамашэвіча.",
        "Суд адхіліў скаргу Юрася Тамашэвіча на ўмовы ўтрымання ў СІЗА.",
    ],
)
def test_be_rejected_appeal_without_a_term_is_no_sentence(run, text):
    assert ("sentence", NAME) not in events(run(text, "be"))
