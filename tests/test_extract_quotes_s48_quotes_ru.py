"""Russian quote speakers of session 48 (helper quotes, the syn38-ru-b census).

* unmarked speech after a colon whose verb of speech is followed by an outlet named in marks
  («Он сказал «Кавказскому узлу»: …»): the name in marks counts as one word of the three
  between the verb and the colon.
* a pronoun speaker continues a subject whose name is set beside a role noun that is itself set
  beside the subject («Коллега X, журналист Азер Гулиев, … не надеется …. Он сказал: …»).
* a verbless label of words said with the owner's name in the genitive before a colon («Первые
  слова Ирины на свободе: Я думала …») gives the unmarked words after it to that owner.

Sentences written for these tests."""

from __future__ import annotations

from tests.test_extract_ru import quotes

_RU_BAKU = (
    "Семья журналиста\n\n"
    "Журналиста Эльнура Гасымова приговорили к девяти годам колонии.\n\n"
    "Коллега Гасымова, журналист Азер Гулиев, которого помиловали в мае, не надеется на скорое "
    "освобождение друзей. {sentence}\n"
)


def test_ru_an_outlet_in_marks_between_the_verb_and_the_colon(run):
    text = _RU_BAKU.format(
        sentence='Он сказал "Кавказскому узлу": Помилование у нас — это не закон, а настроение.'
    )
    assert quotes(run(text, "ru")) == {("Азер Гулиев", "Помилование у нас")}


def test_ru_a_long_title_in_marks_is_not_one_word(run):
    # precision trap: words in marks of more than three words are no outlet's name; the verb is
    # then too far from the colon for unmarked speech
    text = _RU_BAKU.format(
        sentence='Он сказал "о чём все давно знают в нашей стране": Помилование у нас — это не закон, '
        "а настроение."
    )
    assert ("Азер Гулиев", "Помилование у нас") not in quotes(run(text, "ru"))


def test_ru_he_continues_the_subject_named_beside_a_role_beside_the_subject(run):
    text = _RU_BAKU.format(sentence="Он сказал журналистам: Помилование у нас — это не закон, а настроение.")
    assert quotes(run(text, "ru")) == {("Азер Гулиев", "Помилование у нас")}


_RU_DAY = (
    "День в Telegram\n\n"
    "Ирина Сташкевич вышла на свободу после трех лет колонии.\n\n"
    "{label} Я думала, что этот день никогда не наступит. Спасибо всем, кто писал мне письма.\n"
)


def test_ru_first_words_of_a_named_woman_before_a_colon_are_hers(run):
    text = _RU_DAY.format(label="Первые слова Ирины на свободе:")
    assert quotes(run(text, "ru")) == {("Ирина Сташкевич", "Я думала, что")}


def test_ru_a_label_that_is_no_noun_of_words_gives_nobody(run):
    # precision trap: «Приговор Ирины:» names a verdict, not her words
    text = _RU_DAY.format(label="Приговор Ирины в прошлом:")
    assert quotes(run(text, "ru")) == set()


_RU_MELITOPOL = (
    "Оккупанты дали 14 лет водителю маршрутки\n\n"
    "Суд приговорил жителя Мелитополя Олега Шаповала к 14 годам колонии. Жена мелитопольца Татьяна "
    "Шаповал рассказала: Его не видели ни мы, ни адвокат, которого мы нанимали. На суде он был худой.\n\n"
    "{middle}«Мы будем добиваться, чтобы Олега включили в списки на обмен», — добавила женщина.\n"
)


def test_ru_a_generic_noun_goes_on_with_a_voice_given_after_a_colon(run):
    text = _RU_MELITOPOL.format(middle="")
    assert quotes(run(text, "ru")) == {
        ("Татьяна Шаповал", "Его не видели"),
        ("Татьяна Шаповал", "Мы будем добиваться,"),
    }


def test_ru_another_woman_named_since_the_colon_breaks_the_voice(run):
    # precision trap: another woman named in the nominative since is the one the noun may mean
    text = _RU_MELITOPOL.format(middle="Адвокат Анна Лебедева подала жалобу. ")
    assert ("Татьяна Шаповал", "Мы будем добиваться,") not in quotes(run(text, "ru"))
