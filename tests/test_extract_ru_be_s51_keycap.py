"""A digit drawn as a keycap emoji numbers a Telegram digest's items: it counts nobody.

Before session 51 «2️⃣ В Казани задержали троих …» gave the arrest a count of 2 (the item's
number) instead of 3 (`syn41-ru-b`, a Telegram digest).
"""

from __future__ import annotations

RU = (
    "Главное за день.\n\n"
    "2️⃣ В Казани задержали троих активистов — Ивана Петрова, Олега Смирнова и Анну Кузнецову.\n\n"
    "3️⃣ Суд в Уфе приговорил Марата Галиева к пяти годам колонии."
)
BE = (
    "Галоўнае за дзень.\n\n"
    "4️⃣ У Гродне затрымалі двух актывістаў — Івана Пятрова і Алега Смірнова.\n\n"
    "5️⃣ Суд у Брэсце асудзіў Марата Галіева да трох гадоў калоніі."
)


def _events(extraction):  # type: ignore[no-untyped-def]
    names = {p.id: p.name for p in extraction.persons}
    return sorted(
        (e.type, e.count, len(e.persons), sorted(names[p] for p in e.persons)) for e in extraction.events
    )


def test_russian_keycap_item_numbers_are_no_counts(run) -> None:  # type: ignore[no-untyped-def]
    events = _events(run(RU, "ru"))
    assert ("arrest", 3, 3, ["Анна Кузнецова", "Иван Петров", "Олег Смирнов"]) in events
    sentence = [e for e in events if e[0] == "sentence"]
    assert sentence == [("sentence", None, 1, ["Марат Галиев"])]


def test_belarusian_keycap_item_numbers_are_no_counts(be) -> None:  # type: ignore[no-untyped-def]
    events = _events(be(BE))
    arrest = [e for e in events if e[0] == "arrest"]
    assert arrest and arrest[0][1] == 2 and arrest[0][2] == 2
    assert all(e[1] != 5 for e in events) and all(e[1] != 4 for e in events)


def test_a_plain_digit_still_counts(run) -> None:  # type: ignore[no-untyped-def]
    events = _events(run("В Казани задержали 4 активистов: Ивана Петрова и ещё троих.", "ru"))
    assert any(e[0] == "arrest" and e[1] == 4 for e in events), events
