"""Belarusian extraction, session 52 (helper be-read): classes of language behind missed and false
events of the Belarusian read sets (syn42-be-b newly readable), each counted across all the read
sets before it was written (docs/extract-ru-be.md, session 52), in wordings of our own, with traps.

* a live blog's names entry («Першыя імёны. …», «Стала вядома яшчэ N імёнаў. …», «Спіс. Імёны,
  якія …:») names members of the day's counted release and removal, told in another entry above
  or below it; not relatives, not names the entry denies, not names of another event's group;
  those it tells stayed at home («Апошні застаецца ў Беларусі») are not removed;
* «грамадзян Беларусі» after a verb of removal is whose citizens they are, not the jailer they are
  handed to: the removal frees;
* a forced removal out of the country («прымусова вывезлі ў Літву») frees; a forced return home
  («прымусова вярнулі ў Беларусь») does not;
* a verdict participle on a counted subject whose verb frees it («N чалавек, асуджаных …,
  атрымалі памілаванне») gives no verdict count (descriptive participles);
* «сын Ірыны Залескай Арсень Залескі»: an owner's full genitive name, then the person's own name.
"""

from __future__ import annotations

from tests.test_extract_ru import counts, events, names

_DAY = (
    "Памілаванне і вываз у Літву: хроніка\n\n"
    "Старонка абнаўляецца.\n\n"
    "18:30\n"
    "Вынікі дня. Сёння на волю выйшлі 12 палітвязняў. Дзесяць з іх вывезлі праз мяжу ў Літву.\n\n"
)


def test_names_entry_below_the_day_total_gives_release_and_removal(be):
    result = be(
        _DAY + "16:45\n"
        "Стала вядома яшчэ тры імёны. У мікрааўтобусе былі настаўніца з Ліды Наталля Барысевіч, "
        "інжынер Кастусь Мельнік і фермер Алесь Дубко.\n\n"
        "14:10\n"
        "Памежная служба Літвы пацвердзіла, што на літоўскі бок заехала група беларусаў.\n"
    )
    for name in ("Наталля Барысевіч", "Кастусь Мельнік", "Алесь Дубко"):
        assert ("release", name) in events(result)
        assert ("deportation", name) in events(result)


def test_names_entry_above_the_day_total_and_the_last_who_stayed(be):
    # the total told below the list (earlier in the day); «Апошні застаецца ў Беларусі»
    result = be(
        "Вызваленне палітвязняў: анлайн\n\n"
        "17:20\n"
        "Спіс. Імёны, якія пацвердзілі праваабаронцы і сваякі:\n"
        "— Васіль Шаўчук, Мазыр;\n"
        "— Іна Карповіч, Пінск;\n"
        "— Раман Жук, Слонім.\n"
        "Апошні застаецца ў Беларусі, ён ужо дома.\n\n"
        "15:00\n"
        "Ёсць лічба. Сёння на волю выйшлі 20 палітвязняў. 19 з іх перавезлі праз мяжу ў Літву.\n\n"
        "11:40\n"
        "Раніцай сваякі палітвязняў паведамілі, што іх блізкіх вывозяць з калоній.\n"
    )
    for name in ("Васіль Шаўчук", "Іна Карповіч", "Раман Жук"):
        assert ("release", name) in events(result)
    assert ("deportation", "Васіль Шаўчук") in events(result)
    assert ("deportation", "Іна Карповіч") in events(result)
    assert ("deportation", "Раман Жук") not in events(result)


def test_relative_in_a_names_entry_is_no_member(be):
    # trap: the wife who tells the news is named in the entry too
    result = be(
        _DAY + "15:20\n"
        "Першае імя. Сярод вызваленых — былы выкладчык Антон Скрыпка. "
        "Пра гэта напісала ў фэйсбуку ягоная жонка Людміла Скрыпка.\n\n"
        "12:05\n"
        "Ноччу з некалькіх калоній вывезлі палітвязняў у невядомым кірунку.\n"
    )
    assert ("release", "Антон Скрыпка") in events(result)
    assert ("release", "Людміла Скрыпка") not in events(result)
    assert ("deportation", "Людміла Скрыпка") not in events(result)


def test_name_denied_in_a_names_entry_is_no_member(be):
    # trap: «Сярод вызваленых няма X» in the entry, then X named again
    result = be(
        _DAY + "15:20\n"
        "Першыя імёны. Сярод вызваленых няма Пятра Гайдука, якога чакалі сваякі. "
        "Пятро Гайдук адбывае восем гадоў.\n\n"
        "12:05\n"
        "Ноччу з некалькіх калоній вывезлі палітвязняў у невядомым кірунку.\n"
    )
    assert ("release", "Пятро Гайдук") not in events(result)
    assert ("deportation", "Пятро Гайдук") not in events(result)


def test_names_of_the_detained_are_no_members_of_the_release(be):
    # trap: a names entry of another event («імя затрыманага»)
    result = be(
        _DAY + "15:20\n"
        "Стала вядома імя затрыманага каля калоніі. Гэта фатограф Ігар Рудзько.\n\n"
        "12:05\n"
        "Ноччу з некалькіх калоній вывезлі палітвязняў у невядомым кірунку.\n"
    )
    assert ("release", "Ігар Рудзько") not in events(result)
    assert ("deportation", "Ігар Рудзько") not in events(result)


def test_names_entry_in_an_article_with_no_time_stamps_is_not_read_so(be):
    # trap: without a live blog's time stamps a «names» paragraph is read by the other rules only
    result = be(
        "Сёння на волю выйшлі 12 палітвязняў. Дзесяць з іх вывезлі праз мяжу ў Літву.\n\n"
        "Стала вядомае адно імя. Пра вызваленне сына раней марыў Сымон Лагун, які памёр летась.\n"
    )
    assert ("release", "Сымон Лагун") not in events(result)


# -- whose citizens, not to whom -------------------------------------------------------------------


def test_citizens_of_belarus_taken_abroad_are_freed(be):
    result = be(
        "Праз пункт пропуску ў Літву перавезлі сем грамадзян Беларусі, вызваленых раніцай. "
        "Сярод іх рэдакцыі ўдалося ідэнтыфікаваць журналіста Віктара Лапу."
    )
    assert ("deportation", "Віктар Лапа") in events(result)
    assert ("release", "Віктар Лапа") in events(result)


def test_handed_to_the_belarusian_jailers_is_no_release(be):
    # trap: the dative of the jailers after the verb
    result = be("Расійскія ўлады перадалі беларускім сілавікам блогера Дзмітрыя Кавалькова.")
    assert ("release", "Дзмітрый Кавалькоў") not in events(result)


# -- a forced removal ----------------------------------------------------------------------------


def test_forced_removal_abroad_frees(be):
    result = be(
        "Палітвязня Уладзіслава Юркевіча, які адбываў шэсць гадоў калоніі, "
        "у чацвер прымусова вывезлі ў Літву."
    )
    assert ("deportation", "Уладзіслаў Юркевіч") in events(result)
    assert ("release", "Уладзіслаў Юркевіч") in events(result)


def test_forced_return_home_frees_no_one(be):
    # trap: forced back into Belarus
    result = be("Студэнтку Алесю Дзямідаву прымусова вярнулі з Расіі ў Беларусь.")
    assert ("release", "Алеся Дзямідава") not in events(result)


# -- a descriptive verdict participle ------------------------------------------------------------


def test_verdict_participle_on_a_pardoned_group_gives_no_verdict_count(be):
    result = be(
        "Памілаваныя яшчэ 12 чалавек. Паводле прэс-службы, 12 чалавек, асуджаных па "
        "«палітычных» артыкулах, атрымалі памілаванне."
    )
    assert ("sentence", 12) not in counts(result)
    assert ("release", 12) in counts(result)


def test_verdict_of_a_counted_group_stays(be):
    # trap: the verdict told by its own verb keeps its count
    result = be("Гомельскі абласны суд асудзіў 12 чалавек па справе аб «рэйкавай вайне».")
    assert ("sentence", 12) in counts(result)


# -- an owner's full name before the person's --------------------------------------------------


def test_owner_full_genitive_name_before_the_person(be):
    result = be(
        "Алена Кавальчук выйшла на волю. «Яна ўжо дома», — расказаў Свабодзе ўнук Алены "
        "Кавальчук Ілля Кавальчук."
    )
    assert "Ілля Кавальчук" in names(result)
    assert "Алена Кавальчук" in names(result)
    assert ("release", "Ілля Кавальчук") not in events(result)
