"""Session 62 Russian quotes: words after a colon that ends what a named person reports.

* «X рассказала, что сын держался спокойно: «…»», «По словам адвоката X, защита обжалует
  приговор: «…»»: the common noun before the colon («сын», «защита») is the subject of a clause
  the named person reports, and its verb is no verb of speech; X speaks, not the noun (the
  session-23 rule «хотя друзья советуют: «…»» gave the words to the noun and so to no one).
* Traps: a verb of speech of its own inside the reported clause («…, что директор
  предупредил коллег: «…»» — the director speaks, not X), the session-23 noun with its own
  verb of speech, a document that «гласит», and «знает, что» (no verb of speech before «что»).
* «…», — цитирует его агентство X / — приводит агентство слова председателя комиссии … X: the
  pronoun object of «цитировать» and the owner of «слова» named after a chain of genitive roles
  speak, not the outlet; trap: «— цитирует его жена X» (a possessive, not the object).

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
        # a verb of speech of the reported clause's own subject
        "Ольга Смирнова рассказала, что после ареста сына директор школы предупредил коллег: "
        "«Кто будет ему писать, пусть увольняется».",
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


# --- whose words an outlet relays ------------------------------------------------------------

CASE = "В Бишкеке осудили бывшего депутата Талгата Осмонова. В последнем слове политик вину не признал. "


@pytest.mark.parametrize(
    "sentence",
    [
        "«Это заказ. Я говорил о ценах на хлеб», — цитирует его местное агентство «Акипресс».",
        "«Это заказ. Я говорил о ценах на хлеб», - цитирует его агентство.",
        "\n\n— Это заказ. Я говорил о ценах на хлеб, — цитирует его «Акипресс».\n",
    ],
)
def test_the_pronoun_an_outlet_cites_speaks(run, sentence):
    assert quotes(run(CASE + sentence, "ru")) == {("Талгат Осмонов", "Это заказ. Я")}


def test_the_owner_of_the_words_after_a_chain_of_roles_speaks(run):
    text = (
        "В Минске помиловали троих заключённых. «Все они раскаялись в содеянном», — приводит "
        "агентство слова председателя комиссии по вопросам помилования Игоря Сидорова."
    )
    assert quotes(run(text, "ru")) == {("Игорь Сидоров", "Все они раскаялись")}


def test_his_wife_citing_is_no_cited_pronoun(run):
    # «его» a possessive of the noun after it, not the object of «цитирует»
    text = CASE + "«Он никогда не брал денег», — цитирует его жена Айгуль Осмонова."
    assert ("Талгат Осмонов", "Он никогда не") not in quotes(run(text, "ru"))
