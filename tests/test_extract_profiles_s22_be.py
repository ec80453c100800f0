"""Belarusian profile stories (session 22, sentences written for these tests): a timeline whose
lines open with a bullet («• сакавік 2021 — асуджаны …;») under a heading «X, role, town», and a
profile paragraph «X, role. Затрыманая …. Вывезеная ў Літву.» whose sentences open with a
participle or a past verb with no subject of their own. A paragraph that names someone else
first, a participle of the other gender, and a line with a negation give nothing."""

from __future__ import annotations

from tests.test_extract_ru import events, terms


def test_a_bulleted_timeline_under_a_heading(be):
    result = be(
        "Мы расказваем пра некалькі лёсаў.\n\n"
        "Аляксей Равяка, ветэрынар, Орша\n\n"
        "• 3 траўня 2021 — затрыманы каля дома;\n"
        "• кастрычнік 2021 — асуджаны на 4 гады калоніі;\n"
        "• снежань 2024 — вызвалены па памілаванні.\n\n"
        "Галіна Кузьмянок, бібліятэкарка, Гомель\n\n"
        "· 2022 — затрыманая на рынку;\n"
        "· 2023 — асуджаная на 3 гады «хатняй хіміі»."
    )
    found = events(result)
    assert {
        ("arrest", "Аляксей Равяка"),
        ("sentence", "Аляксей Равяка"),
        ("release", "Аляксей Равяка"),
    } <= found
    assert {("arrest", "Галіна Кузьмянок"), ("sentence", "Галіна Кузьмянок")} <= found
    assert terms(result) == {"Аляксей Равяка": 48, "Галіна Кузьмянок": 36}


def test_a_profile_paragraph_with_elided_subjects(be):
    result = be(
        "Праваабаронцы назвалі некаторых вызваленых.\n\n"
        "Марына Гушча, фармацэўтка з Кобрына. Затрыманая ў 2023 годзе, асуджаная на 4 гады. "
        "Вывезеная ў Польшчу.\n\n"
        "Тарас Мікула, 31 год, электрык з Ліды. Атрымаў 5 гадоў калоніі за данаты. Вывезены ў Літву."
    )
    found = events(result)
    assert {
        ("arrest", "Марына Гушча"),
        ("sentence", "Марына Гушча"),
        ("deportation", "Марына Гушча"),
    } <= found
    assert {("sentence", "Тарас Мікула"), ("deportation", "Тарас Мікула")} <= found
    assert terms(result) == {"Марына Гушча": 48, "Тарас Мікула": 60}


def test_traps_other_gender_other_person_negation(be):
    # the participle is a man's, the paragraph's person a woman
    result = be(
        "Праваабаронцы расказалі пра двух чалавек.\n\nМарына Гушча, фармацэўтка. Затрыманы ў 2023 годзе."
    )
    assert ("arrest", "Марына Гушча") not in events(result)
    # the paragraph is opened by someone else's words about her
    result = be(
        "Праваабаронцы расказалі пра вязня.\n\n"
        "Паводле Тараса Мікулы, Марына Гушча хворая. Асуджаная была ў 2020 годзе."
    )
    assert ("sentence", "Тарас Мікула") not in events(result)
    result = be("Пра лёс вядома мала.\n\nМарына Гушча, фармацэўтка. Вывезеная не была: засталася ў Кобрыне.")
    assert ("deportation", "Марына Гушча") not in events(result)


def test_a_heading_then_one_paragraph_per_person(be):
    result = be(
        "Улада памілавала дванаццаць асуджаных.\n\n"
        "Сярод вызваленых:\n\n"
        "Кірыл Ждан, 1988 года нараджэння, настаўнік фізікі. Асуджаны на 4 гады за каментар.\n\n"
        "Вольга Лабач і Іна Мазур, звестак пра якіх амаль няма.\n\n"
        "Кірыл Ждан, паводле сваякоў, адразу паехаў да бацькоў. Алег Шпак застаўся ў калоніі."
    )
    found = events(result)
    assert {("release", "Кірыл Ждан"), ("release", "Вольга Лабач"), ("release", "Іна Мазур")} <= found
    assert ("release", "Алег Шпак") not in found
    # a story after the heading's list: a paragraph with a verb of its own is no item
    result = be(
        "Улада памілавала дванаццаць асуджаных.\n\n"
        "Сярод вызваленых:\n\n"
        "Кірыл Ждан, настаўнік фізікі.\n\n"
        "Алег Шпак, паводле сваякоў, адмовіўся пісаць прашэнне і застаўся ў калоніі."
    )
    assert ("release", "Алег Шпак") not in events(result)
