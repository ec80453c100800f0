"""Quote attribution in Belarusian (and the same shapes in Russian): any words after «…», — are
an attribution, a quote pair that continues the one before it, a speaker named in the
sentence before, colon speech without marks, and the verbs of speech newsrooms use.
Sentences written for these tests, each family with its traps."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import quotes


def _speakers(result) -> list[tuple[str, str]]:
    by_id = {p.id: p.name for p in result.persons}
    return sorted((by_id[q.speaker], q.text.split()[0]) for q in result.quotes)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("«Мы трымаемся дзякуючы лістам», — зазначыла Тамара Лабанава.", "be"),
        ("«Мы трымаемся дзякуючы лістам», — гаворыць Тамара Лабанава.", "be"),
        ("«Мы трымаемся дзякуючы лістам», — упэўненая Тамара Лабанава.", "be"),
        ("«Мы трымаемся дзякуючы лістам», — не хавае Тамара Лабанава.", "be"),
        ("«Мы держимся благодаря письмам», — уверена Тамара Лобанова.", "ru"),
        ("«Мы держимся благодаря письмам», — продолжает Тамара Лобанова.", "ru"),
    ],
)
def test_words_after_a_comma_and_a_dash_attribute_the_quote(run, text, language):
    result = run(text, language)
    assert [speaker for speaker, _ in quotes(result)] == [result.persons[0].name]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("«Мы трымаемся дзякуючы лістам», — гаворыцца ў звароце Тамары Лабанавай.", "be"),
        ("«Гэта было ў 2020 годзе» — кніга Тамары Лабанавай пра турму.", "be"),
    ],
)
def test_a_name_in_an_oblique_case_after_the_dash_does_not_speak(run, text, language):
    assert not quotes(run(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("«Сын піша кожны тыдзень», — расказала Тамара Лабанава. «Але лісты ідуць месяц».", "be"),
        ("«Сын піша кожны тыдзень», — расказала Тамара Лабанава. І дадала: «Лісты ідуць месяц».", "be"),
        ("«Сын пишет каждую неделю», — рассказала Тамара Лобанова. «Но письма идут месяц».", "ru"),
    ],
)
def test_the_second_pair_of_a_split_quote_keeps_its_speaker(run, text, language):
    result = run(text, language)
    assert len(result.quotes) == 2
    assert len({q.speaker for q in result.quotes}) == 1


def test_a_pair_after_another_speakers_sentence_is_not_continued(run):
    result = run(
        "«Сын піша кожны тыдзень», — расказала Тамара Лабанава. Суддзя Вадзім Ляшук лісты не "
        "далучыў. «Гэта не мае дачынення да справы».",
        "be",
    )
    assert [speaker for speaker, _ in _speakers(result)] == ["Тамара Лабанава"]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Тамара Лабанава дала інтэрв'ю пасля спаткання з сынам.\n«Ён схуднеў, але жартуе».",
            "be",
            "Тамара Лабанава",
        ),
        (
            "Тамара Лабанава расказала пра спатканне з сынам. «Ён схуднеў, але жартуе», — кажа жанчына.",
            "be",
            "Тамара Лабанава",
        ),
        (
            "Тамара Лобанова рассказала о свидании с сыном. «Он похудел, но шутит», — говорит женщина.",
            "ru",
            "Тамара Лобанова",
        ),
    ],
)
def test_a_speaker_named_in_the_sentence_before(run, text, language, speaker):
    assert [s for s, _ in _speakers(run(text, language))] == [speaker]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # no speech in the sentence before, or two people in it: nobody is guessed
        ("Тамара Лабанава прыехала ў Наваполацк.\n«Ён схуднеў, але жартуе».", "be"),
        ("Тамара Лабанава і Вадзім Ляшук далі інтэрв'ю.\n«Ён схуднеў, але жартуе».", "be"),
        # a title that opens a sentence is no quote
        ("Тамара Лабанава дала інтэрв'ю. «Свабодная Еўропа для ўсіх» выйшла ў эфір.", "be"),
    ],
)
def test_no_speaker_is_guessed_without_speech_before(run, text, language):
    assert not quotes(run(text, language))


@pytest.mark.parametrize(
    ("text", "language", "first"),
    [
        ("У апошнім слове Вадзім Ляшук сказаў: я не шкадую пра свой выбар.", "be", "я"),
        ("В последнем слове Вадим Ляшук сказал: я не жалею о своём выборе.", "ru", "я"),
    ],
)
def test_colon_speech_without_marks(run, text, language, first):
    result = run(text, language)
    assert [(s, w) for s, w in _speakers(result)] == [(result.persons[0].name, first)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Суд вынес прысуд Вадзіму Ляшуку: тры гады калоніі.", "be"),
        ("Вадзім Ляшук назваў тры прычыны: холад, голад і адзіноту.", "be"),
        ("Суд вынес приговор Вадиму Ляшуку: три года колонии.", "ru"),
    ],
)
def test_a_colon_without_a_verb_of_speech_before_it_is_no_quote(run, text, language):
    assert not quotes(run(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("«Гэта помста за кожнае слова». Так ацаніла прысуд Тамара Лабанава.", "be"),
        ("«Гэта помста за кожнае слова». Пра гэта паведаміла ў Facebook Тамара Лабанава.", "be"),
        ("«Это месть за каждое слово». Так оценила приговор Тамара Лобанова.", "ru"),
    ],
)
def test_a_sentence_pointing_back_at_the_quote_names_its_speaker(run, text, language):
    result = run(text, language)
    assert [s for s, _ in _speakers(result)] == [result.persons[0].name]


def test_a_dash_line_after_a_colon_paragraph_is_the_speakers(run):
    result = run("Пасля суда Вадзім Ляшук сказаў:\n— Мне няма чаго саромецца, я нічога не парушаў.", "be")
    assert _speakers(result) == [("Вадзім Ляшук", "Мне")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Вадзіма Ляшука асудзілі. «Мы чакаем яго», — кажа яго маці.", "be"),
        ("Вадима Ляшука осудили. «Мы ждём его», — говорит его мать.", "ru"),
    ],
)
def test_a_possessive_before_a_kin_noun_is_not_the_speaker(run, text, language):
    assert not quotes(run(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Вадзім Ляшук падкрэсліў, што «ніхто з нас не прасіў літасці».", "be"),
        ("Вадим Ляшук подчеркнул, что «никто из нас не просил пощады».", "ru"),
    ],
)
def test_words_in_marks_after_a_verb_of_speech_and_that_are_reported_speech(run, text, language):
    # GUIDELINES: indirect speech is no quote, its words in marks or not (as English 'said that "…"')
    assert not quotes(run(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Суд пастанавіў, што «Вадзім Ляшук вінаваты ва ўсім».", "be"),
        ("Вядома, што «Вясна» прызнала Вадзіма Ляшука палітвязнем.", "be"),
    ],
)
def test_that_without_a_speaker_before_it_gives_no_quote(run, text, language):
    assert not quotes(run(text, language))


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("Вадзіма Ляшука асудзілі. «Мы чакаем яго», — кажа маці палітвязня Галіна.", "be", "Галіна"),
        ("Вадзіма Ляшука асудзілі. Па словах яго жонкі Ганны, «ён трымаецца як можа».", "be", "Ганна"),
        ("Вадима Ляшука осудили. «Мы ждём его», — говорит мать политзаключённого Галина.", "ru", "Галина"),
    ],
)
def test_a_relative_named_by_first_name_speaks(run, text, language, speaker):
    assert [s for s, _ in _speakers(run(text, language))] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Марыя Калеснікава дала інтэрв'ю.\nКарэспандэнт: Як вы сябе адчуваеце?\n"
            "Марыя Калеснікава: Я адчуваю сябе добра, дзякуй усім за падтрымку.",
            "be",
            "Марыя Калеснікава",
        ),
        (
            "Мы поговорили с Марией Колесниковой.\nКорреспондент: Как вы себя чувствуете?\n"
            "Мария Колесникова: Я чувствую себя хорошо, спасибо всем за поддержку.",
            "ru",
            "Мария Колесникова",
        ),
        (
            "— Вопрос: Как вы узнали о приговоре?\n— Дарья Лосик: Нам позвонил адвокат вечером.",
            "ru",
            "Дарья Лосик",
        ),
    ],
)
def test_a_transcript_turn_labelled_with_a_name_is_that_persons_quote(run, text, language, speaker):
    """The interviewer's label names no person, so only the interviewee's turn is a quote."""
    assert [s for s, _ in _speakers(run(text, language))] == [speaker]


def test_a_label_with_a_verb_of_speech_is_not_a_transcript_turn(run):
    result = run("Дарья Лосик рассказала: нам позвонил адвокат вечером.", "ru")
    assert len(result.quotes) == 1  # colon speech, found once, not again as a labelled turn
