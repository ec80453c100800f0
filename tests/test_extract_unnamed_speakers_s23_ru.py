"""Russian quote families of session 23: words whose speaker is not the name in the clause.

* «— говорит знакомый Сомова»: an acquaintance (знакомый, приятель) before a genitive name
  speaks, not the person he is an acquaintance of (words.json `possessors`).
* «X не думает уезжать, хотя друзья советуют: «…»»: the finite verb nearest the colon has a
  common noun for its subject, so that noun speaks (no one named), not X of the clause before.
* «Как сообщает «Медиазона», судья X назначила:» then dash lines of a verdict: the opening «как
  V Y,» names where the news came from and is no verb of speech for the clause after its comma,
  so the lines are no quotes of the judge.
* «Оба, по словам X, «давно на воле, но без права …»»: words in marks with no finite verb that
  finish a clause whose subject stands before «по словам» are a fragment, no quote; with a verb
  of their own («Жуков, по словам X, «так и не смог …»») they are X's, not the subject's.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, quotes, terms

ARREST = "Журналиста Олега Сомова задержали в Перми в мае. "


@pytest.mark.parametrize(
    "attribution",
    [
        "— говорит знакомый Сомова, просивший не раскрывать его имя.",
        "— считает приятель Олега Сомова.",
        "— уверена знакомая Сомова.",
    ],
)
def test_an_acquaintance_of_the_named_speaks(run, attribution):
    text = ARREST + f"«Его будут держать в СИЗО до последнего», {attribution}"
    assert quotes(run(text, "ru")) == set()


def test_the_named_himself_still_speaks(run):
    text = ARREST + "«Меня будут держать в СИЗО до последнего», — говорит Сомов."
    assert quotes(run(text, "ru")) == {("Олег Сомов", "Меня будут держать")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Сомов не собирается уезжать, хотя друзья советуют: «Уезжай, пока тебя снова не посадили».",
        "Сомов остался в городе, а соседи повторяют ему: «Тебе здесь больше нечего делать».",
        "Он никуда не уедет, хотя знакомые уговаривают: «Уезжай, пока тебя снова не посадили».",
    ],
)
def test_a_common_noun_before_the_colon_speaks(run, sentence):
    assert quotes(run(ARREST + sentence, "ru")) == set()


def test_the_named_subject_before_the_colon_speaks(run):
    text = ARREST + "После освобождения Сомов написал друзьям: «Я снова дома и никуда не уеду»."
    assert quotes(run(text, "ru")) == {("Олег Сомов", "Я снова дома")}


@pytest.mark.parametrize("source", ["Как сообщает «Медиазона»", "Как передаёт ОВД-Инфо"])
def test_a_verdict_list_after_a_news_source_is_no_quote(run, source):
    text = (
        ARREST
        + f"\n\n{source}, судья Анна Лебедева назначила:\n\n"
        + "— Олегу Сомову — шесть лет в колонии строгого режима (обвинение просило семь);\n\n"
        + "— Петру Жукову — пять лет колонии.\n"
    )
    result = run(text, "ru")
    assert quotes(result) == set()
    assert terms(result) == {"Олег Сомов": 72, "Пётр Жуков": 60}
    assert ("sentence", "Анна Лебедева") not in events(result)


def test_a_colon_after_a_source_and_a_verb_of_speech_is_a_quote(run):
    text = (
        ARREST
        + "\n\nКак сообщает «Медиазона», адвокат Игорь Белов заявил:\n\n"
        + "— Мы обжалуем этот приговор в апелляции.\n"
    )
    assert quotes(run(text, "ru")) == {("Игорь Белов", "Мы обжалуем этот")}


PAIR = (
    "Журналистов Олега Сомова и Петра Жукова задержали в Перми в мае. "
    "Каждому из них дали три года ограничения свободы.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Оба, по словам Сомова, «давно на воле, но без права покидать город».",
        "Жуков, по словам Сомова, «теперь без работы и без денег».",
        # (session 59: a past-tense predicate whose subject stands before «по словам X» finishes
        # that clause too, as a present one does; it was listed below as Сомов's quote until then)
        "Жуков, по словам Сомова, «так и не смог найти работу».",
    ],
)
def test_a_predicate_in_marks_after_according_to_is_no_quote(run, sentence):
    assert quotes(run(PAIR + sentence, "ru")) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "По словам Сомова, «на воле тоже непросто».",
        "Жуков, по словам Сомова, «он так и не смог найти работу».",
    ],
)
def test_the_name_after_according_to_speaks(run, sentence):
    assert {s for s, _ in quotes(run(PAIR + sentence, "ru"))} == {"Олег Сомов"}
