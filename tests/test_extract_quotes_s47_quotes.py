"""Quote speakers of session 47 (helper quotes; Russian and Belarusian).

* (Russian, Belarusian) a generic noun («— кажа дзяўчынка») goes on with the last quoted speaker
  of its gender only while no other person of that gender is named in the nominative since
  that speaker's words; one such person is the noun, two are nobody.
* (Russian, Belarusian) words in marks right after an article of a code («арт. 342 Крымінальнага
  кодэкса, «…»») are the article's title, no one's speech.
* (Russian) first-person words after a sentence naming several people are the one who is its
  subject in the nominative («Адвокат X-а Y назвала приговор суровым. «Мой подзащитный …»»).
* (Russian, Belarusian) first-person words after a sentence whose one nominative pronoun points
  at the one person of its gender the sentence before names in the nominative.

Sentences written for these tests."""

from __future__ import annotations

from tests.test_extract_ru import quotes

# -- a generic noun: the voice followed is broken by another person of its gender ----------------

_BE_FAMILY = (
    "Сям'я палітвязня\n\n"
    "Паліна Ганчарэня кожны вечар закрэслівае яшчэ адзін дзень у календары. Яе бацьку, настаўніка "
    "Ігара Ганчарэню, асудзілі на шэсць гадоў.\n\n"
    "«Яго абвінавацілі ў экстрэмізме. Які з яго тэрарыст», — усміхаецца яго жонка Таццяна Ганчарэня.\n\n"
    "{middle}«Я пішу тату кожную нядзелю, — кажа дзяўчынка. — Ён адказвае не на ўсё»."
)


def test_be_a_girl_after_her_mother_s_words_is_the_girl_named_since(run):
    text = _BE_FAMILY.format(
        middle="Спачатку Паліна казала сябрам, што тата ў камандзіроўцы. Цяпер не хавае. "
    )
    assert quotes(run(text, "be")) == {
        ("Таццяна Ганчарэня", "Яго абвінавацілі ў"),
        ("Паліна Ганчарэня", "Я пішу тату"),
    }


def test_be_a_generic_noun_still_goes_on_with_the_last_speaker_when_no_one_else_is_named(run):
    text = _BE_FAMILY.format(middle="Тата піша дадому раз на месяц. ").replace("дзяўчынка", "жанчына")
    assert ("Таццяна Ганчарэня", "Я пішу тату") in quotes(run(text, "be"))


def test_be_two_others_of_the_noun_s_gender_named_since_give_nobody(run):
    text = _BE_FAMILY.format(
        middle="Спачатку Паліна і Ганна Лапо казалі сябрам, што тата ў камандзіроўцы. Цяпер не хаваюць. "
    )
    assert not {q for q in quotes(run(text, "be")) if q[1] == "Я пішу тату"}


# -- the title of a code's article in marks --------------------------------------------------------


def test_be_words_in_marks_after_an_article_of_the_code_are_its_title(run):
    text = (
        "Суд у Гродне\n\n"
        "Суддзя Вольга Сцепанюк чытала прысуд сорак хвілін. Усіх пяцярых — іх судзілі па ч. 1 арт. 342 "
        "Крымінальнага кодэкса, «актыўны ўдзел у групавых дзеяннях, якія груба парушаюць парадак», — яна "
        "прызнала вінаватымі.\n"
    )
    assert quotes(run(text, "be")) == set()


def test_ru_words_in_marks_after_an_article_s_sentence_are_speech(run):
    text = (
        "Суд в Гродно\n\n"
        "Олега Смирнова судили по ч. 1 ст. 342 УК. «Я ни в чём не виноват», — сказал Смирнов в "
        "последнем слове.\n"
    )
    assert quotes(run(text, "ru")) == {("Олег Смирнов", "Я ни в")}


# -- first-person words after a sentence: its subject speaks ---------------------------------------


def test_ru_first_person_words_after_a_sentence_of_two_names_are_its_subject_s(run):
    text = (
        "Приговор в Атырау\n\n"
        "Блогера Мейрама Кульбаева приговорили к пяти годам.\n\n"
        "Адвокат Кульбаева Айгерим Нурланова назвала приговор чрезмерно суровым. «Мой подзащитный "
        "публиковал ролики о воде, а не о свержении власти»."
    )
    assert quotes(run(text, "ru")) == {("Айгерим Нурланова", "Мой подзащитный публиковал")}


def test_ru_words_not_in_the_first_person_after_two_names_give_nobody(run):
    text = (
        "Приговор в Атырау\n\n"
        "Блогера Мейрама Кульбаева приговорили к пяти годам.\n\n"
        "Адвокат Кульбаева Айгерим Нурланова назвала приговор чрезмерно суровым. «Ролики о воде "
        "не призывали к свержению власти»."
    )
    assert quotes(run(text, "ru")) == set()


def test_be_first_person_words_after_a_pronoun_are_its_antecedent_s(run):
    text = (
        "Гамяльчуку далі 12 гадоў\n\n"
        "Рамана Кулінковіча асудзілі на дванаццаць гадоў.\n\n"
        "Маці палітвязня Тамара Кулінковіч жыве ў Гомелі. Апошні раз яна бачыла сына ў лютым.\n\n"
        "«Ён трымаецца лепш, чым я. Просіць толькі, каб яго перавялі бліжэй да дому»."
    )
    assert quotes(run(text, "be")) == {("Тамара Кулінковіч", "Ён трымаецца лепш,")}


def test_be_a_pronoun_with_two_of_its_gender_named_before_gives_nobody(run):
    text = (
        "Гамяльчуку далі 12 гадоў\n\n"
        "Рамана Кулінковіча асудзілі на дванаццаць гадоў.\n\n"
        "Маці палітвязня Тамара Кулінковіч і яго сястра Ганна Кулінковіч жывуць у Гомелі. Апошні раз яна "
        "бачыла яго ў лютым.\n\n"
        "«Ён трымаецца лепш, чым я. Просіць толькі, каб яго перавялі бліжэй да дому»."
    )
    assert quotes(run(text, "be")) == set()
