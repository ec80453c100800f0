"""Russian real news from Telegram channels (session 56, helper tg2, from the long posts of
`realnews2-ru`), in wordings written for these tests:

* a channel's emoji glued to the quotation mark it opens («💬«…», — написала X») stands where a
  space would: the mark opens a quote. Traps: an emoji-glued title with no speaker («🔻«Мемориал»
  признал …») is no quote; a quote in a headline is none.
* a foreign name the NER cuts in two («племянника Хантера | Марлоу») while the parser reads the
  second word as `flat:name` of the first, in the same case, is one person, and the event is
  theirs, not the surname's alone. Traps: a relative's genitive before a name in the
  nominative («Жена Кушнира Людмила»), a surname-shaped genitive («Сестра Ахмедова Нигора»).
* the Portuguese particles as Russian news spells them from European Portuguese («душ», «даш»,
  «ду» beside «дос», «дас», «да») join a name: «Изабель душ Сантуш» is one person. Trap: the
  noun «душ» after a name, with no capitalised word after it, joins nothing.
"""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, names, quotes
from vigil.model import Extraction


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


@pytest.mark.parametrize(
    "text, speaker, opening",
    [
        (
            "Правозащитница Ирина Котова прокомментировала приговор.\n\n"
            "💬«Это решение продиктовано местью, а не законом», — написала Котова в телеграме.",
            "Ирина Котова",
            "Это решение продиктовано",
        ),
        (
            "Адвокат Павел Жаров вышел к журналистам после заседания.\n\n"
            "🗣«Мы будем обжаловать приговор во всех инстанциях», — сказал Жаров.",
            "Павел Жаров",
            "Мы будем обжаловать",
        ),
        (
            "Бывший депутат Олег Мазуров выступил на митинге в Вильнюсе.\n\n"
            "❗️«Никто из нас не забудет тех, кто остался за решёткой», — заявил Мазуров.",
            "Олег Мазуров",
            "Никто из нас",
        ),
    ],
)
def test_a_mark_glued_to_an_emoji_opens_a_quote(run, text, speaker, opening):
    assert (speaker, opening) in quotes(_ru(run, text))


@pytest.mark.parametrize(
    "text",
    [
        "🔻«Мемориал» признал политзаключёнными ещё трёх жителей Казани, сообщила Ирина Котова.",
        "🔻«Голос» и «Мемориал» открыли горячую линию для задержанных, рассказал Павел Жаров.",
    ],
)
def test_an_emoji_glued_title_is_no_quote(run, text):
    assert not quotes(_ru(run, text))


@pytest.mark.parametrize(
    "text, kind, person",
    [
        ("Губернатор помиловал своего племянника Хантера Марлоу.", "release", "Хантер Марлоу"),
        ("Мэр помиловал своего сына Хантера Марлоу.", "release", "Хантер Марлоу"),
        ("Президент Боливии помиловал своего брата Хантера Марлоу.", "release", "Хантер Марлоу"),
    ],
)
def test_the_event_goes_to_the_whole_foreign_name(run, text, kind, person):
    result = _ru(run, text)
    assert (kind, person) in events(result)
    assert "Марлоу" not in names(result)


@pytest.mark.parametrize(
    "text, relative, named",
    [
        ("Кушнира задержали в мае.\n\nЖена Кушнира Людмила рассказала, что он болен.", "Людмила", "Кушнир"),
        ("Ахмедова арестовали в марте.\n\nСестра Ахмедова Нигора навещает его в СИЗО.", "Нигора", "Ахмедов"),
    ],
)
def test_a_relatives_genitive_stays_apart_from_her_name(run, text, relative, named):
    result = _ru(run, text)
    assert not any(relative in name and named in name for name in names(result))


@pytest.mark.parametrize(
    "text, person",
    [
        ("Санкции ввели и против дочери экс-президента Анголы Марианы душ Рейш.", "Мариана душ Рейш"),
        ("В Лиссабоне задержали бизнесмена Руя ду Карму.", " ду Карм"),
    ],
)
def test_a_portuguese_particle_joins_the_name(run, text, person):
    assert any(person in name for name in names(_ru(run, text)))


def test_the_noun_dush_after_a_name_joins_nothing(run):
    result = _ru(run, "Олегу Руденко в СИЗО неделю не давали принять душ. Об этом рассказал адвокат.")
    assert "Олег Руденко" in names(result)
    assert not any("душ" in name for name in names(result))
