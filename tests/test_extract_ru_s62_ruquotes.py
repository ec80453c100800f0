"""Session 62 Russian quotes: words after a colon that ends what a named person reports.

* «X рассказала, что сын держался спокойно: «…»», «По словам адвоката X, защита обжалует
  приговор: «…»»: the common noun before the colon («сын», «защита») is the subject of a clause
  the named person reports, and its verb is no verb of speech; X speaks, not the noun (the
  session-23 rule «хотя друзья советуют: «…»» gave the words to the noun and so to no one).
* Traps: a verb of speech of its own inside the reported clause («…, что директор собрал
  коллектив и предупредил: «…»» — the director speaks, not X, also when the verb of speech is
  the second of two joined verbs), the session-23 noun with its own verb of speech, a document
  that «гласит», and a clause of «знает, что» (no verb of speech before «что»).

Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import quotes

VERDICT = "В Омске суд приговорил инженера Павла Смирнова к восьми годам колонии. "


@pytest.mark.parametrize(
    ("sentence", "speaker", "opening"),
    [
        (
            "Его жена Ольга Смирнова говорит, что семья подаст жалобу: «Мы будем бороться до конца».",
            "Ольга Смирнова",
            "Мы будем бороться",
        ),
        (
            "Мать Павла Ольга Смирнова рассказала журналистам, что сын хотел стать врачом: "
            "«Он мечтал лечить людей. Теперь будет сидеть».",
            "Ольга Смирнова",
            "Он мечтал лечить",
        ),
        (
            "По словам адвоката Игоря Лапина, защита обжалует приговор: «Доказательств вины в деле нет».",
            "Игорь Лапин",
            "Доказательств вины в",
        ),
        (
            "После заседания мы поговорили с адвокатом Игорем Лапиным. По его словам, защита "
            "обжалует приговор: «Доказательств вины в деле нет».",
            "Игорь Лапин",
            "Доказательств вины в",
        ),
    ],
)
def test_the_reporter_speaks_after_a_reported_clause(run, sentence, speaker, opening):
    assert quotes(run(VERDICT + sentence, "ru")) == {(speaker, opening)}


@pytest.mark.parametrize(
    "sentence",
    [
        # a verb of speech of the reported clause's own subject, joined to another verb
        "Ольга Смирнова рассказала, что после ареста сына директор школы собрал коллектив и "
        "предупредил: «Кто будет ему писать, пусть увольняется».",
        # the session-23 noun with its own verb of speech
        "Смирнов не собирается уезжать, хотя друзья советуют: «Уезжай, пока тебя снова не посадили».",
        # a document speaks, and «знает» is no verb of speech
        "Ольга Смирнова знает, что приговор гласит: «Виновен в госизмене и заслуживает наказания».",
    ],
)
def test_no_quote_of_the_named_person(run, sentence):
    assert all(
        speaker != "Ольга Смирнова" and speaker != "Павел Смирнов"
        for speaker, _ in quotes(run(VERDICT + sentence, "ru"))
    )
