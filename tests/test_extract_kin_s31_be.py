"""Belarusian kin nouns as who undergoes an event (session 31): a bare «маці», «сына», «бацьку»,
«мужа» is the person the article named with that kin noun after an owner («яе сын Марк», «яго
бацька Віктар») or, by the inverse kin noun, the owner («Ніна … Яе сын Аляксей»: the mother is
Ніна); the gapped second verb («маці на два гады, сына — на чатыры») too. GUIDELINES: an event
needs a named person, so a kin noun with no name told gives nobody. Sentences written for these
tests."""

from __future__ import annotations

from tests.test_extract_ru import events, terms

# -- a verdict for mother and son, the second verb gapped --------------------------------------


def test_mother_and_son_gapped_verdict(be):
    text = (
        "У Гомелі судзілі Ганну Пятровіч і яе сына Марка Пятровіча. "
        "Суд асудзіў маці на два гады, сына — на чатыры."
    )
    result = be(text)
    assert {("sentence", "Ганна Пятровіч"), ("sentence", "Марк Пятровіч")} <= events(result)
    assert terms(result) == {"Ганна Пятровіч": 24, "Марк Пятровіч": 48}


def test_mother_named_by_her_sons_owner(be):
    text = (
        "Тамара Лісіцкая працавала ў бібліятэцы. Яе сын Глеб, 30-гадовы інжынер, жыў з ёй. "
        "Летась суд асудзіў маці на тры гады калоніі, сына — на пяць гадоў."
    )
    found = events(be(text))
    assert ("sentence", "Тамара Лісіцкая") in found
    assert any(t == "sentence" and n.startswith("Глеб") for t, n in found)


def test_father_and_son_detained(be):
    text = "Ігар Лосік і яго бацька Віктар Лосік жывуць у Баранавічах. Затрымалі бацьку і сына."
    assert {("arrest", "Ігар Лосік"), ("arrest", "Віктар Лосік")} <= events(be(text))


def test_husband_named_before_sentenced(be):
    text = (
        "Праваабаронцы расказалі пра Алену Сідаровіч і яе мужа Паўла Сідаровіча. "
        "Яе мужа асудзілі на пяць гадоў калоніі."
    )
    result = be(text)
    assert ("sentence", "Павел Сідаровіч") in events(result)
    assert terms(result).get("Павел Сідаровіч") == 60


def test_son_with_age_before_the_name(be):
    text = (
        "Вераніку Жук затрымалі ў аўторак. Яе 19-гадовага сына Марка Жука таксама забралі. "
        "Праз тыдзень суд асудзіў сына на два гады."
    )
    assert ("sentence", "Марк Жук") in events(be(text))


# -- no name, no person ---------------------------------------------------------------------------


def test_bare_mother_with_no_one_named_gives_nobody(be):
    assert events(be("Суд асудзіў маці на тры гады.")) == set()


def test_husband_never_named_gives_nobody(be):
    text = "Праваабаронцы паведамляюць пра справу Алены Сідаровіч. Яе мужа асудзілі на пяць гадоў калоніі."
    found = events(be(text))
    assert ("sentence", "Алена Сідаровіч") not in found


def test_mother_of_a_named_son_never_named_gives_nobody(be):
    # the son is named, but no mother is: «маці» is not the son
    text = "Марка Пятровіча асудзілі ў траўні. Пасля затрымалі і маці."
    assert ("arrest", "Марк Пятровіч") not in events(be(text))


def test_another_womans_son_is_not_her_husband(be):
    # a kin noun of another kind names nobody: «мужа» is not «яе сын Глеб»
    text = "Тамара Лісіцкая і яе сын Глеб Лісіцкі жывуць у Лідзе. Яе мужа затрымалі ўчора."
    found = events(be(text))
    assert ("arrest", "Глеб Лісіцкі") not in found
    assert ("arrest", "Тамара Лісіцкая") not in found


def test_son_of_someone_named_after_is_not_the_son(be):
    # «сын Івана» names the father as the owner, not the son
    text = "Іван Шумскі — пенсіянер з Ліды. Яго сына затрымалі ў панядзелак."
    assert ("arrest", "Іван Шумскі") not in events(be(text))
