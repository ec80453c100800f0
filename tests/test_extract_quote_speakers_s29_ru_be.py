"""Russian and Belarusian quote families of session 29: who speaks when a second name stands in
the attribution.

* «…, — сказал он, обращаясь к судье X»: an attribution that opens with a verb of speech and
  its nominative pronoun (either order) has its speaker there; the words after the next comma
  (a converb «обращаясь к / зьвяртаючыся да», a source «по словам X», «глядя на X») tell whom
  the words were put to or who relayed them, never who spoke.
* «Муж Веранікі Антон Мацкевіч на ганку суда:» ending a paragraph, then «— …» on the next
  line: a kin noun with its owner's genitive name before the speaker's own name opens the
  paragraph with that name as well as a bare name would.
* «мать Ирины Галина Орлова»: NER joins the owner's genitive first name to the speaker's full
  name; a first name that can only be oblique, then a nominative first name, are two people.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import quotes

# -- a pronoun attribution with a second name after its comma ---------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        "обращаясь к судье Инне Соболевой",
        "глядя на прокурора Инну Соболеву",
        "повернувшись к судье Инне Соболевой",
        "по словам адвоката Инны Соболевой",
    ],
)
def test_ru_pronoun_speaker_before_a_second_name(run, tail):
    text = (
        "Суд приговорил журналиста Павла Лебедева к шести годам колонии.\n\n"
        f"«Мне не за что извиняться», — сказал он, {tail}."
    )
    assert quotes(run(text, "ru")) == {("Павел Лебедев", "Мне не за")}


def test_ru_pronoun_speaker_inside_one_pair(run):
    text = (
        "Суд приговорил журналиста Павла Лебедева к шести годам колонии.\n\n"
        "«Мне не за что извиняться, — заявил он, обращаясь к судье Инне Соболевой. — Я писал "
        "только то, что видел сам»."
    )
    assert quotes(run(text, "ru")) == {("Павел Лебедев", "Мне не за")}


@pytest.mark.parametrize(
    "attribution",
    [
        "сказаў ён, звяртаючыся да суддзі Алены Бусел",  # classical orthography
        "заявіў ён, зьвяртаючыся да пракурора Вольгі Мароз",  # taraškievica
        "ён сказаў, гледзячы на суддзю Алену Бусел",
    ],
)
def test_be_pronoun_speaker_before_a_second_name(be, attribution):
    text = (
        "Суд асудзіў блогера Паўла Лявонава да пяці гадоў калоніі.\n\n"
        f"«Я не прашу літасці, — {attribution}. — Я прашу толькі праўды»."
    )
    assert quotes(be(text)) == {("Павел Лявонаў", "Я не прашу")}


def test_ru_named_speaker_with_a_converb_stays_the_speaker(run):
    """Trap: the name told before the comma is the speaker, the converb changes nothing."""
    text = (
        "Суд над активисткой Верой Гусевой длился два месяца.\n\n"
        "«Мы подадим апелляцию», — сказал адвокат Олег Третьяков, обращаясь к журналистам."
    )
    assert quotes(run(text, "ru")) == {("Олег Третьяков", "Мы подадим апелляцию")}


# -- a kin noun, its owner and the speaker's name before a colon paragraph --------------------


@pytest.mark.parametrize("kin, name", [("Муж", "Андрэй Коваль"), ("Брат", "Андрэй Шэўчык")])
def test_be_kin_owner_then_name_before_a_dash_paragraph(be, kin, name):
    text = (
        "Суд асудзіў Ірыну Шэўчык да трох гадоў калоніі.\n\n"
        f"{kin} Ірыны {name} каля будынка суда:\n\n"
        "— Тры гады за адзін допіс. Яна нікому не нашкодзіла."
    )
    assert quotes(be(text)) == {(name, "Тры гады за")}


def test_ru_kin_owner_then_name_before_a_dash_paragraph(run):
    text = (
        "Суд приговорил Ирину Шевчик к трём годам колонии.\n\n"
        "Мать Ирины Галина Орлова у входа в суд:\n\n"
        "— Три года за один пост. Она никому не навредила."
    )
    result = run(text, "ru")
    assert {p.name for p in result.persons} == {"Ирина Шевчик", "Галина Орлова"}
    assert quotes(result) == {("Галина Орлова", "Три года за")}


def test_be_kin_owner_without_a_name_gives_no_speaker(be):
    """Trap: a kin noun and its owner, no name of the speaker: the owner does not speak."""
    text = (
        "Суд асудзіў Ірыну Шэўчык да трох гадоў калоніі.\n\n"
        "Сябар Ірыны каля будынка суда:\n\n"
        "— Тры гады за адзін допіс. Яна нікому не нашкодзіла."
    )
    assert quotes(be(text)) == set()


def test_ru_mother_with_her_own_patronymic_is_one_person(run):
    """Trap: a first name, patronymic and surname in the nominative are one person."""
    result = run(
        "Суд арестовал Анну Петрову. Её мать Галина Сергеевна Петрова не смогла попасть в зал.", "ru"
    )
    assert {p.name for p in result.persons} == {"Анна Петрова", "Галина Петрова"}


# -- a pronoun speaker is not whom an earlier quote talked about -------------------------------


def test_be_pronoun_after_a_quote_about_a_friend(be):
    text = (
        "Палітвязня Паўла Мароза вызвалілі ў сакавіку.\n\n"
        "Сябар Паўла Андрэй Коваль, які цяпер жыве ў Варшаве, пра яго расказвае ахвотна: «Павел у "
        "калоніі дапамагаў усім. Ён вучыў мяне гуляць у шахматы». Потым змаўкае. «Ён ніколі не "
        "скардзіўся», — дадае ён."
    )
    assert quotes(be(text)) == {("Андрэй Коваль", "Павел у калоніі"), ("Андрэй Коваль", "Ён ніколі не")}


def test_ru_pronoun_after_a_quote_about_a_friend(run):
    text = (
        "Политзаключённого Павла Мороза освободили в марте.\n\n"
        "Друг Павла Андрей Коваль, который теперь живёт в Варшаве, охотно рассказывает о нём: «Павел "
        "в колонии помогал всем. Он учил меня играть в шахматы». Потом замолкает. «Он никогда не "
        "жаловался», — добавляет он."
    )
    assert quotes(run(text, "ru")) == {
        ("Андрей Коваль", "Павел в колонии"),
        ("Андрей Коваль", "Он никогда не"),
    }


def test_ru_pronoun_of_a_man_named_outside_quotes_too(run):
    """Trap: the man is named in the nominative outside the quote as well: he speaks."""
    text = (
        "Политзаключённого Павла Мороза освободили в марте.\n\n"
        "Павел Мороз о колонии говорит неохотно. «Там было тяжело», — говорит он."
    )
    assert quotes(run(text, "ru")) == {("Павел Мороз", "Там было тяжело")}
