"""Belarusian families from the syn8-be round, on sentences written for these tests: interview
turns labelled by initials, words that open speech after a colon, capitalised adjectives of
places and laws, outlets and titles read as names, kin nouns opening a sentence, and a pronoun
speaker after a long quotation."""

from __future__ import annotations

from tests.test_extract_ru import counts, events, names, quotes, terms

INTERVIEW = (
    "Таццяна Рагоўская — пра вызваленне і першы месяц на волі\n\n"
    "Таццяну Рагоўскую, настаўніцу музыкі, затрымалі ў 2021 годзе.\n\n"
    "Еўрарадыё: Калі вы даведаліся пра вызваленне?\n\n"
    "Таццяна Рагоўская: Уначы. Прыйшоў дзяжурны і загадаў збірацца.\n\n"
    "Еўрарадыё: Ці было страшна?\n\n"
    "Т. Р.: Вельмі. Я не ведала, куды нас павязуць.\n\n"
    "Еўрарадыё: Што далей?\n\n"
    "Т. Р.: Адпачну, а потым пачну шукаць працу ў Гродне."
)


def test_interview_turns_labelled_by_initials_are_the_interviewees(be):
    result = be(INTERVIEW)
    said = {text for speaker, text in quotes(result) if speaker == "Таццяна Рагоўская"}
    assert {"Уначы. Прыйшоў дзяжурны", "Вельмі. Я не", "Адпачну, а потым"} <= said
    assert not any(text.startswith("Калі вы") for _, text in quotes(result))  # the outlet asks


def test_first_word_of_an_answer_is_no_person(be):
    result = be(INTERVIEW)
    assert names(result) == {"Таццяна Рагоўская"}


def test_initials_of_two_people_stay_unresolved(be):
    result = be(
        "Сустрэча ў судзе\n\n"
        "Сяргей Марозаў і Святлана Мацвеева прыйшлі ў суд разам.\n\n"
        "С. М.: Мы чакалі гэтага тры гады і больш не будзем маўчаць."
    )
    assert not any(text.startswith("Мы чакалі") for _, text in quotes(result))


def test_adjective_of_a_district_or_a_law_is_no_person(be):
    result = be(
        "Суд Першамайскага раёна Віцебска асудзіў Тараса Сушкевіча па артыкуле Крымінальнага "
        "кодэкса пра абразу прадстаўніка ўлады."
    )
    assert names(result) == {"Тарас Сушкевіч"}


def test_outlet_and_a_capitalised_title_are_no_persons(be):
    result = be(
        "Пра затрыманне Вольгі Ламакі паведаміла Свабодзе яе маці. Вольгу абвінавачваюць у "
        "абразе Прэзідэнта. Фота: Лявон Хмель / Белсат"
    )
    assert names(result) == {"Вольга Ламака", "Лявон Хмель"}
    assert ("arrest", "Вольга Ламака") in events(result)


def test_kin_noun_opening_a_sentence_is_not_a_first_name(be):
    result = be("Вызваленага палітвязня Рамана Кулеша вывезлі ў Польшчу. Дачка Кулеша засталася ў Брэсце.")
    assert names(result) == {"Раман Кулеш"}


def test_pronoun_speaker_after_a_quotation_of_several_sentences(be):
    result = be(
        "Палітвязня вывезлі ў Польшчу\n\n"
        "Былы палітвязень Генадзь Крываль цяпер жыве ў Беластоку.\n\n"
        "«Уначы нас пабудзілі, — прыгадвае Крываль. — Я думаў, што гэта этап. Потым убачыў "
        "мяжу. Так і зразумеў, што нас высылаюць».\n\n"
        "Паводле ягоных словаў, ніхто не тлумачыў, куды іх вязуць, а дакументы так і не вярнулі.\n\n"
        "«Мне нават не далі развітацца з сястрой», — кажа ён."
    )
    assert ("Генадзь Крываль", "Уначы нас пабудзілі,") in quotes(result)
    assert ("Генадзь Крываль", "Мне нават не") in quotes(result)


VERDICT_LIST = (
    "Прысуды тыдня\n\n"
    "Мазырскі раённы суд разгледзеў справу чатырох жыхароў горада. 5 сакавіка суд асудзіў усіх чатырох:\n\n"
    "— Андрэй Лысенка — чатыры гады калоніі ўзмоцненага рэжыму;\n"
    "— Ганна Цімохіна — два з паловай гады калоніі агульнага рэжыму;\n"
    "— Віталь Курыла — тры гады абмежавання волі з накіраваннем;\n"
    "— Мікола Дубяга — два гады калоніі агульнага рэжыму.\n\n"
    "Лысенку і Курылу затрымалі ў снежні."
)


def test_verdict_list_gives_each_line_its_term(be):
    result = be(VERDICT_LIST)
    assert terms(result) == {
        "Андрэй Лысенка": 48,
        "Ганна Цімохіна": 30,
        "Віталь Курыла": 36,
        "Мікола Дубяга": 24,
    }
    assert ("sentence", 4) in counts(result)
    assert ("arrest", "Ганна Цімохіна") not in events(result)


def test_a_prosecutors_list_of_requests_is_no_verdict(be):
    result = be(
        "Прысуды тыдня\n\n"
        "Дзяржаўны абвінаваўца папрасіў для абвінавачаных:\n\n"
        "— Андрэй Лысенка — чатыры гады калоніі;\n"
        "— Ганна Цімохіна — два гады калоніі."
    )
    assert not terms(result)
    assert not events(result)


def test_all_of_a_number_after_the_verdict_counts_people(be):
    result = be("Суд Шклоўскага раёна асудзіў усіх траіх. Прысуд абвясцілі ў пятніцу.")
    assert ("sentence", 3) in counts(result)
    result = be("Пракурор папрасіў асудзіць усіх траіх.")
    assert not counts(result)


def test_first_name_shared_with_a_womans_decided_by_an_adjectival_surname(be):
    result = be("Яўгенія Бародскага затрымалі ў студзені. Ён працаваў на заводзе.")
    assert events(result) == {("arrest", "Яўгеній Бародскі")}
    result = be("Яўгенія Савіцкая выйшла на волю ў панядзелак.")
    assert ("release", "Яўгенія Савіцкая") in events(result)


def test_bare_instrumental_surname_joins_the_full_name(be):
    result = be(
        "Палітвязень Рыгор Сабалевіч выйшаў на волю. Пасля вызвалення за Сабалевічам устанавілі нагляд."
    )
    assert names(result) == {"Рыгор Сабалевіч"}


def test_term_reduced_on_appeal_is_the_earlier_defendants(be):
    result = be(
        "Ігната Пашкевіча затрымалі ў студзені. У траўні суд асудзіў яго на сем гадоў калоніі. "
        "Пазней абласны суд у апеляцыйным парадку знізіў тэрмін да шасці з паловай гадоў."
    )
    assert ("sentence", "Ігнат Пашкевіч") in events(result)
    months = {e.term_months for e in result.events if e.type == "sentence"}
    assert months == {84, 78}


def test_a_request_to_reduce_the_term_is_no_sentence(be):
    result = be(
        "У траўні суд асудзіў Ігната Пашкевіча на сем гадоў калоніі. "
        "Абарона папрасіла знізіць тэрмін да пяці гадоў."
    )
    months = {e.term_months for e in result.events if e.type == "sentence"}
    assert months == {84}


def test_allegedly_in_the_charge_clause_does_not_make_the_verdict_a_rumour(be):
    result = be(
        "Палітвязня Сцяпана Грыня асудзілі на два гады. За тое, што ён нібыта парушыў "
        "распарадак, суд дадаў яму яшчэ адзін год."
    )
    assert {e.term_months for e in result.events if e.type == "sentence"} == {24, 12}
    result = be("Кажуць, што суд нібыта дадаў Сцяпану Грыню яшчэ адзін год.")
    assert not result.events


def test_the_name_after_the_verb_of_an_object_relative_clause_is_the_agent(be):
    result = be("Былы палітвязень Ян Кучук, якога ў жніўні памілаваў Аляксандр Лукашэнка, жыве ў Варшаве.")
    assert ("release", "Ян Кучук") in events(result)
    assert ("release", "Аляксандр Лукашэнка") not in events(result)


def test_term_fronted_before_the_verb_of_receiving(be):
    result = be(
        "Найцяжэйшы прысуд — сем гадоў калоніі ўзмоцненага рэжыму — атрымаў 41-гадовы Раман Лузгін. "
        "Восем гадоў калоніі атрымала журналістка Дар'я Лосева."
    )
    assert terms(result) == {"Раман Лузгін": 84, "Дар’я Лосева": 96} or terms(result) == {
        "Раман Лузгін": 84,
        "Дар'я Лосева": 96,
    }


def test_a_rough_or_past_number_of_years_before_the_verb_is_no_term(be):
    result = be("Больш за дзесяць гадоў атрымала за кратамі Ала Мох. Сем гадоў таму атрымаў прэмію Ян Грыб.")
    assert not terms(result)


def test_a_group_counted_as_men_is_the_men_named_before(be):
    result = be(
        "Суд асудзіў Пятра Гуза, Сяргея Лапу, Антона Рыжага і Святлану Вяль. "
        "Траіх мужчын затрымалі яшчэ ў сакавіку, а Святлана была пад падпіскай."
    )
    arrested = {name for kind, name in events(result) if kind == "arrest"}
    assert arrested == {"Пётр Гуз", "Сяргей Лапа", "Антон Рыжы"}


def test_a_relative_of_the_convicted_is_not_convicted(be):
    result = be("Суседка асуджаных Ала Кірэева плакала ў зале. Маці затрыманага Тарас Грыб таксама прыйшоў.")
    assert not events(result)
    result = be("Маці затрыманага студэнта Івана Лося прыйшла ў міліцыю.")
    assert {kind for kind, _ in events(result)} == {"arrest"}


def test_fronted_object_with_a_relative_clause_takes_the_main_verb_too(be):
    result = be(
        "Грамадзяніна Латвіі Паўла Мацюка, які адбыў у Беларусі тры гады за шпіянаж, пасля "
        "вызвалення дэпартавалі ў Латвію."
    )
    assert {
        ("sentence", "Павел Мацюк"),
        ("release", "Павел Мацюк"),
        ("deportation", "Павел Мацюк"),
    } <= events(result)


def test_a_noun_told_as_fact_does_not_steal_the_name_from_the_verb(be):
    result = be("Паўла Мацюка пасля вызвалення дэпартавалі ў Латвію.")
    assert ("deportation", "Павел Мацюк") in events(result)


def test_relative_clause_then_a_possibility_is_no_event(be):
    result = be("Ірыну Бусел, якую затрымалі ў сакавіку, можа вызваліць суд.")
    assert events(result) == {("arrest", "Ірына Бусел")}


def test_singular_after_a_number_ending_in_one_is_a_counted_group(be):
    result = be("Лукашэнка памілаваў яшчэ 31 асуджанага па пратэсных артыкулах.")
    assert ("release", 31) in counts(result)


def test_names_of_some_of_a_counted_group(be):
    result = be(
        "У Лідзе сілавікі затрымалі пяцёх чалавек за падпіску на канал. "
        "Вядомыя імёны траіх з іх — гэта Алег Гук, Ян Зыль і Іна Мох."
    )
    assert ("arrest", 5) in counts(result)
    assert {("arrest", "Алег Гук"), ("arrest", "Ян Зыль"), ("arrest", "Іна Мох")} <= events(result)


def test_first_name_alone_opening_a_sentence_in_any_case(be):
    result = be(
        "Палітвязня Рыгора Дзядка затрымалі ў 2021 годзе. Рыгора асудзілі на тры гады. "
        "Рыгор выйшаў на волю ў лютым."
    )
    assert {("arrest", "Рыгор Дзядок"), ("sentence", "Рыгор Дзядок"), ("release", "Рыгор Дзядок")} <= events(
        result
    )


def test_first_name_of_two_people_stays_unresolved(be):
    result = be(
        "Рыгора Дзядка затрымалі ў 2021 годзе, а Рыгора Шмыгу — летась. Рыгор выйшаў на волю ў лютым."
    )
    assert not any(kind == "release" for kind, _ in events(result))


def test_term_fronted_before_the_verdict(be):
    result = be("На пяць гадоў калоніі асудзілі айцішніка Яўгена Рыбака.")
    assert terms(result) == {"Яўген Рыбак": 60}
    result = be("Тры гады таму асудзілі Яна Мароза. Пракурор папрасіў шэсць гадоў, суд асудзіў Алу Мох.")
    assert not terms(result)


def test_a_holiday_is_no_person(be):
    result = be("Пяцярых палітвязняў памілавалі да Дня Незалежнасці.")
    assert not names(result)
    assert ("release", 5) in counts(result)


def test_first_name_in_a_also_a_genitive_of_another_name(be):
    result = be("У Гомелі на 15 сутак арыштавалі Кірыла Мароза. Кірыла Лукашэнка выйшаў на волю.")
    assert names(result) == {"Кірыл Мароз", "Кірыла Лукашэнка"}


def test_plural_pronoun_is_the_names_coordinated_before(be):
    result = be(
        "Анатоль Сабалеўскі і Тамара Лук доўга хаваліся. "
        "Іх затрымалі ў студзені і асудзілі на чатыры гады кожнага."
    )
    assert {("arrest", "Анатоль Сабалеўскі"), ("arrest", "Тамара Лук")} <= events(result)
    result = be("Вера Лях сустрэлася з Ганнай Цой. Іх маці затрымалі.")
    assert not events(result)


def test_role_noun_before_the_verb_is_the_person_it_introduced(be):
    result = be(
        "Журналістка Ларыса Шчыракова вярнулася з калоніі. "
        "Журналістку асудзілі ў 2023 годзе на тры з паловай гады."
    )
    assert terms(result) == {"Ларыса Шчыракова": 42}


def test_generic_noun_is_the_one_woman_of_the_sentence_before(be):
    result = be("Актывістку Веру Пух затрымалі. Праз тыдзень дзяўчыну вызвалілі.")
    assert ("release", "Вера Пух") in events(result)


def test_a_woman_after_the_verb_is_someone_new(be):
    result = be("Вера Пух выступіла ў судзе. У Гомелі затрымалі жанчыну за каментар.")
    assert not events(result)
    result = be("Вера Пух выступіла ў судзе. Дзевяць жанчын высланыя ў Літву.")
    assert ("deportation", "Вера Пух") not in events(result)


def test_quote_after_a_sentence_on_his_words(be):
    result = be(
        "Загаловак\n\nПалітвязень Алесь Грыб выйшаў на волю.\n\n"
        "Па ягоных словах, самым цяжкім было чаканне лістоў. «Ты не ведаеш, ці жывыя твае блізкія. "
        "Ты проста чакаеш».\n\n"
        "Па словах праваабаронцаў, у калоніі шмат хворых. «Там трэба ўмешвацца неадкладна»."
    )
    assert ("Алесь Грыб", "Ты не ведаеш,") in quotes(result)
    assert not any(text.startswith("Там трэба") for _, text in quotes(result))


def test_an_object_pronoun_before_a_colon_does_not_speak(be):
    result = be(
        "Загаловак\n\nНастаўніка Андрэя Каваля затрымалі ў чацвер.\n\n"
        "Праваабаронцы пакуль не прызналі яго палітвязнем: яны чакаюць фармулёўкі абвінавачвання."
    )
    assert not quotes(result)


def test_a_fine_is_a_conviction_without_a_term(be):
    result = be("Пенсіянерку Зою Лісіцу пакаралі штрафам у 50 базавых велічынь.")
    assert ("sentence", "Зоя Лісіца") in events(result)
    assert not terms(result)
    result = be("Пракурор папрасіў пакараць Яна Мока штрафам.")
    assert not events(result)


def test_answer_label_turns_are_the_interviewees(be):
    result = be(
        "Інтэрв'ю з вызваленай палітвязніцай\n\n"
        "Палітвязніца Ніна Лук выйшла на волю ў жніўні. Мы пагутарылі з ёй.\n\n"
        "Пытанне: Ці вернецеся вы ў Беларусь?\n\n"
        "Адказ: Калі там стане бяспечна, абавязкова вярнуся."
    )
    assert quotes(result) == {("Ніна Лук", "Калі там стане")}


def test_sat_out_a_term_is_a_stated_term(be):
    result = be("Уладзімір Кныш, які адседзеў шэсць гадоў, вызвалены.")
    assert terms(result) == {"Уладзімір Кныш": 72}
    assert ("release", "Уладзімір Кныш") in events(result)


def test_death_in_a_prison_hospital_is_in_custody(be):
    result = be("Палітвязень Вадзім Храпко памёр у турэмнай бальніцы.")
    assert ("death", "Вадзім Храпко") in events(result)
    result = be("Ян Гук памёр дома пасля вызвалення.")
    assert ("death", "Ян Гук") not in events(result)


def test_yana_before_a_soft_genitive_surname_is_yans(be):
    result = be("Двух палітвязняў — Андрэя Вала і Яна Шапеля — памілавалі.")
    assert names(result) == {"Андрэй Вал", "Ян Шапель"}
    assert ("release", 2) in counts(result)


def test_each_of_them_is_the_names_coordinated_before(be):
    result = be("Суд разгледзеў справу Ігната Лыча і Зінаіды Мох. Кожны з іх атрымаў па тры гады калоніі.")
    assert terms(result) == {"Ігнат Лыч": 36, "Зінаіда Мох": 36}
    result = be("Суд разгледзеў справу Ігната Лыча і Зінаіды Мох. Двое з іх атрымалі па тры гады калоніі.")
    assert not terms(result)


def test_short_surname_alone_as_written(be):
    result = be("Па справе праходзілі Яўген Ліс і Антон Бох. Ліс атрымаў шэсць гадоў.")
    assert terms(result) == {"Яўген Ліс": 72}


def test_verdict_noun_opening_a_sentence_is_the_one_named_before(be):
    result = be("Справу Алеся Вайта разглядаў суд Савецкага раёна. Прысуд — чатыры гады калоніі.")
    assert terms(result) == {"Алесь Вайт": 48}
    result = be("У судзе выступілі Ян Гук і Ала Лой. Прысуд — пяць гадоў.")
    assert not terms(result)


def test_a_word_of_time_opening_a_sentence_is_no_first_name(be):
    result = be("Эканаміста Ігара Лысюка затрымалі ў 2021 годзе. Летась Лысюка памілавалі.")
    assert names(result) == {"Ігар Лысюк"}
    assert ("release", "Ігар Лысюк") in events(result)


def test_a_group_of_the_same_size_told_by_another_noun_is_other_people(be):
    result = be(
        "Суд асудзіў траіх студэнтаў: Алену Дуб, Івана Клёна і Марка Бяроза. "
        "Трох журналістаў вызвалілі, аднаго пакінулі пад вартай."
    )
    assert not any(kind == "release" for kind, _ in events(result))
    result = be(
        "Затрымалі трох студэнтаў: Ірыну Сом, Яна Гука і Алу Лой. Трох студэнтаў вызвалілі праз тыдзень."
    )
    assert ("release", "Ірына Сом") in events(result)


def test_held_in_a_numbered_remand_prison(be):
    result = be("Праграміст Дзяніс Жук знаходзіцца ў СІЗА-1 з сакавіка.")
    assert ("arrest", "Дзяніс Жук") in events(result)


def test_generic_noun_is_the_one_woman_named_earlier_in_the_sentence(be):
    result = be(
        "Для Ксеніі Брук пракурор запытваў тры гады хатняй хіміі, аднак суд прызначыў больш "
        "суровае пакаранне, і жанчыну арыштавалі проста ў зале суда."
    )
    assert events(result) == {("arrest", "Ксенія Брук")}


def test_a_pronoun_is_not_who_pardoned(be):
    result = be(
        "Былы палітвязень Віктар Сым, якога 11 верасня памілаваў Аляксандр Лукашэнка, жыве ў Вільні. "
        "Дадому ён вярнуцца не можа: яго проста вывезлі за мяжу."
    )
    assert not any(name == "Аляксандр Лукашэнка" for _, name in events(result))
