"""Belarusian extraction, session 54 (helper be-read): members of a counted group Vigil found
with no names, named later in the text (docs/extract-ru-be.md, session 54), in wordings of our
own, with traps.

* a list of name lines after a lead that says whose identities follow, however long the lead
  («Праваабаронцы да вечара высветлілі, хто апынуўся на волі:», «Акрамя X і Y, удалося назваць
  яшчэ тры імёны:»), names members of the group counted before it, even two paragraphs back
  when the text told nothing else since; not a list of judges, of those still held or of those
  the lead leaves out, and not the group of a release when another event came between;
* names set off by a colon or a dash in a sentence that points back to the group by its size,
  a demonstrative or an indirect «хто» are its members; not more names than the size, not in a
  sentence that speaks, negates or hedges; names told as still held join the detention;
* «Сярод іх — X» after a sentence that keeps the rest held is no member of the release.
"""

from __future__ import annotations

from tests.test_extract_ru import events


def _released(result, names):
    return [n for n in names if ("release", n) in events(result)]


# list lines after a lead


def test_list_after_a_who_question_lead(be):
    result = be(
        "Памілаваныя яшчэ дзевяць асуджаных\n\n"
        "Указ падпісаны ў аўторак. Пра гэта паведаміла прэс-служба.\n\n"
        "Праваабаронцы да вечара змаглі высветліць, хто апынуўся на волі:\n"
        "— Стэфанія Гуркова, 61 год, Ліда;\n"
        "— Лукаш Пракопчык, Пінск — адбываў чатыры гады;\n"
        "— Багдан Мацеля, 30 гадоў, Жодзіна.\n"
    )
    assert _released(result, ["Стэфанія Гуркова", "Лукаш Пракопчык", "Багдан Мацеля"]) == [
        "Стэфанія Гуркова",
        "Лукаш Пракопчык",
        "Багдан Мацеля",
    ]


def test_list_after_a_besides_lead(be):
    result = be(
        "Вызвалены 11 палітвязняў\n\n"
        "У чацвер на волю выйшлі 11 палітвязняў. Сярод іх Яраслаў Кудлач і Ніна Барсук.\n\n"
        "Акрамя Кудлача і Барсук, «Вясна» назвала яшчэ тры імёны:\n"
        "• Пётр Ляскоўскі, Рэчыца;\n"
        "• Вольга Шавель, 44 гады, Крычаў;\n"
        "• Кірыл Дубатоўка, Смаргонь.\n"
    )
    assert _released(result, ["Пётр Ляскоўскі", "Вольга Шавель", "Кірыл Дубатоўка"]) == [
        "Пётр Ляскоўскі",
        "Вольга Шавель",
        "Кірыл Дубатоўка",
    ]


def test_list_of_the_group_retold_two_paragraphs_back(be):
    result = be(
        "Памілаваныя 13 асуджаных\n\n"
        "У панядзелак прэс-служба паведаміла, што 13 асуджаных атрымалі памілаванне. "
        "Імёнаў яна не назвала.\n\n"
        "Пазней праваабаронцам удалося ўстанавіць, хто трапіў у спіс:\n"
        "1. Юрась Капыловіч, Мазыр;\n"
        "2. Ганна Мікуліч, 52 гады, Орша.\n"
    )
    assert _released(result, ["Юрась Капыловіч", "Ганна Мікуліч"]) == ["Юрась Капыловіч", "Ганна Мікуліч"]


def test_list_of_those_still_held_and_of_judges_are_no_members(be):
    result = be(
        "Памілаваныя 15 асуджаных\n\n"
        "У аўторак на волю выйшлі 15 палітвязняў.\n\n"
        "Праваабаронцы нагадваюць, хто з іх сяброў застаецца за кратамі:\n"
        "— Тарас Снапкоў, Гродна;\n"
        "— Уладзя Жураўлёў, Віцебск.\n\n"
        "Вызваленне 15 палітвязняў\n\n"
        "У аўторак на волю выйшлі 15 палітвязняў.\n\n"
        "Справы некаторых з іх разглядалі суддзі, імёны якіх вядомыя:\n"
        "— Антаніна Падольская, Гомель;\n"
        "— Ціт Ярмоленка, Магілёў.\n"
    )
    listed = ["Тарас Снапкоў", "Уладзя Жураўлёў", "Антаніна Падольская", "Ціт Ярмоленка"]
    assert _released(result, listed) == []


def test_list_after_another_event_is_no_member_of_the_older_release(be):
    result = be(
        "Памілаваныя 12 асуджаных\n\n"
        "У аўторак на волю выйшлі 12 палітвязняў.\n\n"
        "Тым часам суд у Пінску асудзіў Рыгора Мазурку на тры гады калоніі.\n\n"
        "Праваабаронцы высветлілі, хто яшчэ паўстаў перад судом:\n"
        "— Зоя Ламека, Пінск;\n"
        "— Аркадзь Пуцята, Лунінец.\n"
    )
    assert _released(result, ["Зоя Ламека", "Аркадзь Пуцята"]) == []


# names set off after a counted group


def test_names_of_a_size_after_a_colon(be):
    result = be(
        "Ператрусы ў Оршы\n\n"
        "У чацвер сілавікі затрымалі пяцярых удзельнікаў краязнаўчага гуртка. "
        "Імёны дваіх сваякі паведамілі толькі ў нядзелю: гэта бібліятэкарка Ала Круглова "
        "і пенсіянер Міхал Гапееў.\n"
    )
    assert ("arrest", "Ала Круглова") in events(result)
    assert ("arrest", "Міхал Гапееў") in events(result)


def test_names_held_after_the_rest_let_go_join_the_detention(be):
    result = be(
        "Затрыманні ў Лідзе\n\n"
        "У сераду ўвечары міліцыя затрымала шасцярых удзельнікаў музычнага клуба. "
        "Чацвярых раніцай адпусцілі. Двое — гітарыст Дамінік Сурвіла і спявачка Ядзя Кохан — "
        "па-ранейшаму знаходзяцца ў ізалятары.\n"
    )
    for name in ("Дамінік Сурвіла", "Ядзя Кохан"):
        assert ("arrest", name) in events(result)
        assert ("release", name) not in events(result)


def test_name_of_one_and_a_demonstrative_and_a_who_question(be):
    result = be(
        "Дайджэст\n\n"
        "Салігорск. Пасля ператрусаў затрымалі чатырох рабочых шахты, але вядомае прозвішча толькі "
        "аднаго — 41-гадовага машыніста Аляксея Мельніка.\n\n"
        "Наваградак. У панядзелак сілавікі затрымалі пяцёх мясцовых жыхароў. "
        "Праз тыдзень высветлілася, што ў гэтай пяцёрцы — настаўніца Марта Лозка і яе брат "
        "Сцяпан Лозка.\n\n"
        "Дзятлава. Раніцай затрымалі траіх рабочых. Пазней сваякі высветлілі, хто з іх трапіў у "
        "пастарунак: зваршчык Ігнат Бурнос і яго напарнік Леў Саковіч.\n"
    )
    for name in ("Аляксей Мельнік", "Марта Лозка", "Сцяпан Лозка", "Ігнат Бурнос", "Леў Саковіч"):
        assert ("arrest", name) in events(result), name


def test_set_off_names_traps(be):
    result = be(
        "Дайджэст\n\n"
        "Бярэзіна. Міліцыя затрымала чатырох рабочых. Пра лёс траіх з іх паведаміў "
        "праваабаронца — Генадзь Плыска.\n\n"
        "Клецк. Затрымалі пяцярых маладых людзей. Магчыма, у гэтай пяцёрцы — студэнт "
        "Андрусь Бычок.\n\n"
        "Ганцавічы. Затрымалі дваіх пенсіянераў. З гэтай двойкі сваякі называюць: Павел Сіўко, "
        "Ірына Сіўко і Нона Сіўко.\n"
    )
    for name in ("Генадзь Плыска", "Андрусь Бычок", "Павел Сіўко", "Ірына Сіўко", "Нона Сіўко"):
        assert ("arrest", name) not in events(result), name


# «Сярод іх» after the rest kept held


def test_among_those_kept_held_is_no_member_of_the_release(be):
    result = be(
        "Агляд\n\n"
        "З дзесяці затрыманых у Бярозе шасцярых адпусцілі, астатнія чацвёра засталіся ў ІЧУ. "
        "Сярод іх — 20-гадовы студэнт Мацвей Скірмунт.\n"
    )
    assert ("release", "Мацвей Скірмунт") not in events(result)


# held since a time, told without a verb of being held


def test_held_since_a_time_without_a_verb(be):
    result = be(
        "Навіны тыдня\n\n"
        "Суд у Пінску асудзіў блогера Фёдара Гаўрона на два гады калоніі. Гаўрон пад вартай з лютага.\n\n"
        "Вядомыя палітвязні:\n"
        "— Ірына Панамарова, Ліда — за кратамі з верасня 2022 года;\n"
        "— Сцяпан Круглік, Слонім.\n\n"
        "Настаўнік Антон Ваўчок у СІЗА з 2023 года. Ягоны сябар Максім Жук, які сядзеў з "
        "лістапада 2021 году, летась выйшаў на волю.\n\n"
        "Суд прызначыў Алесю Маеўскаму пяць гадоў. Ён за кратамі з 12 сакавіка.\n"
    )
    for name in ("Фёдар Гаўрон", "Ірына Панамарова", "Антон Ваўчок", "Максім Жук", "Алесь Маеўскі"):
        assert ("arrest", name) in events(result), name
    assert ("arrest", "Сцяпан Круглік") not in events(result)


def test_held_since_traps(be):
    result = be(
        "Памёр палітвязень\n\n"
        "Юрась Пацюпа — дзявяты палітвязень, які памёр за кратамі з 2021 года.\n\n"
        "У камеры Мікола Дубіна сядзеў з Віктарам Жураўлём. "
        "За кратамі з 2020 года застаюцца 1150 палітвязняў.\n"
    )
    assert ("arrest", "Юрась Пацюпа") not in events(result)
    assert ("arrest", "Віктар Жураўль") not in events(result)
    assert ("arrest", 1150) not in {(e.type, e.count) for e in result.events}
