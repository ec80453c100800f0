"""Belarusian structure of whole articles (session 32), in wording invented for these tests: a
relative named by the first name only; the names of a group given after the word for names
and the group's participle noun («імёны вызваленых: A, B», «… імёны затрыманых. Гэта A і B»); a
role noun opening a sentence past its town and a relative pronoun; a later step of the same
object after a comma and a word of sequence («…, потым адпусцілі»); a past «калі» clause that
tells when, not on what condition; «усіх N» with a clause set off by commas before its verb; a
participle after a name that describes that name alone; taraškievica institution adjectives
and conjunctions opening a sentence, which are no names. Precision traps in every family."""

from __future__ import annotations

from tests.test_extract_ru import counts, events, terms


def names(result) -> set[str]:
    return {p.name for p in result.persons}


# -- a relative named by the first name only ------------------------------------------------


def test_wife_by_first_name_after_kin_noun(be):
    text = "Мікалая Зубца вызвалілі ў жніўні. Ягоную жонку Тацяну затрымалі ў 2023 годзе, а потым адпусцілі."
    found = events(be(text))
    assert {("arrest", "Тацяна"), ("release", "Тацяна")} <= found


def test_son_by_first_name_after_possessive(be):
    text = (
        "Настаўніцу Алену Шэмет асудзілі на тры гады. Яе сына Марка сілавікі забралі ў РУУС у той жа дзень."
    )
    assert ("arrest", "Марк") in events(be(text))


def test_first_name_in_oblique_case_opening_an_answer(be):
    text = (
        "Мы пагаварылі з былым палітвязнем.\n\n"
        "— Ірыну затрымлівалі ў 2022-м, калі рабілі ператрус у нас дома, трымалі ў ізалятары тры "
        "дні, потым адпусцілі."
    )
    found = events(be(text))
    assert {("arrest", "Ірына"), ("release", "Ірына")} <= found


def test_common_words_spelt_like_first_names_are_no_persons(be):
    text = (
        "Надзею на вызваленне страцілі многія. Веру ў перамогу палітвязні не губляюць. "
        "Але сваякі чакаюць. Яна дадала, што перадачы не прымаюць."
    )
    assert names(be(text)) == set()


# -- names of a group given after the word for names ----------------------------------------


def test_names_of_the_freed_after_a_colon(be):
    text = "Праваабаронцы назвалі імёны вызваленых: Пятро Шэлег, Ганна Зуева і Віктар Луц."
    found = events(be(text))
    assert {("release", "Пятро Шэлег"), ("release", "Ганна Зуева"), ("release", "Віктар Луц")} <= found


def test_names_of_the_detained_then_these_are(be):
    text = "Сталі вядомыя імёны затрыманых. Гэта Ірына Лапо і Андрэй Крук."
    found = events(be(text))
    assert {("arrest", "Ірына Лапо"), ("arrest", "Андрэй Крук")} <= found


def test_first_names_of_the_pardoned_then_these_are_taraskievica(be):
    text = "Вядомыя першыя імёны памілаваных. Гэта Сьцяпан Лук, Вольга Сіваш і Юрась Ждан."
    found = events(be(text))
    assert {("release", "Сьцяпан Лук"), ("release", "Вольга Сіваш")} <= found


def test_names_of_judges_are_no_group_event(be):
    text = "Праваабаронцы назвалі імёны суддзяў. Гэта Ірына Лапо і Андрэй Крук."
    assert events(be(text)) == set()


def test_names_of_the_freed_not_given_is_no_event(be):
    text = "Імёны вызваленых пакуль не называюць. Пра гэта паведаміла Ірына Лапо."
    assert events(be(text)) == set()


# -- a role noun opening a sentence refers back ----------------------------------------------


def test_role_noun_with_town_and_relative_pronoun(be):
    text = (
        "Сярод памілаваных няма Ганны Зуевай. Юрыстку з Гомеля, якую ў 2022 годзе асудзілі на "
        "8 гадоў, чакалі ўбачыць у спісе многія."
    )
    found = be(text)
    assert ("sentence", "Ганна Зуева") in events(found)
    assert terms(found).get("Ганна Зуева") == 96


def test_role_noun_with_town_taraskievica(be):
    text = (
        "У сьпісе няма Ігара Шэлега. Пенсіянера зь Менску, якога ў сакавіку затрымалі за "
        "камэнтары, родныя чакалі дома."
    )
    assert ("arrest", "Ігар Шэлег") in events(be(text))


def test_role_noun_with_two_women_before_is_no_one(be):
    text = (
        "Сярод памілаваных няма Ганны Зуевай і Ірыны Лапо. Юрыстку з Гомеля ў 2022 годзе асудзілі на 8 гадоў."
    )
    assert not any(kind == "sentence" for kind, _ in events(be(text)))


# -- a later step of the same object ---------------------------------------------------------


def test_then_released_after_a_comma(be):
    text = "Андрэя Крука затрымалі ў сакавіку, трымалі ў РУУС да вечара, потым адпусцілі."
    assert {("arrest", "Андрэй Крук"), ("release", "Андрэй Крук")} <= events(be(text))


def test_released_some_days_later_after_a_comma(be):
    text = "Ганну Шымко затрымалі на акцыі, праз тры дні адпусцілі."
    assert {("arrest", "Ганна Шымко"), ("release", "Ганна Шымко")} <= events(be(text))


def test_released_some_hours_later_taraskievica(be):
    text = "Вольгу Сіваш затрымалі на мяжы, праз некалькі гадзін адпусьцілі."
    assert ("release", "Вольга Сіваш") in events(be(text))


def test_after_which_others_were_released_is_not_hers(be):
    text = "Ганну Шымко затрымалі ў сакавіку, пасля чаго ўлады адпусцілі іншых затрыманых."
    assert ("release", "Ганна Шымко") not in events(be(text))


def test_then_her_brother_released_is_not_hers(be):
    text = "Ганну Шымко затрымалі ў сакавіку, потым яе брата адпусцілі."
    assert ("release", "Ганна Шымко") not in events(be(text))


# -- a past «калі» clause tells when --------------------------------------------------------


def test_past_when_clause_before_release(be):
    text = "Андрэя Крука затрымалі ў красавіку, калі правялі ператрус у кватэры, і адпусцілі ўвечары."
    assert ("release", "Андрэй Крук") in events(be(text))


def test_past_when_clause_before_sentence(be):
    text = "Калі справу перадалі ў суд, Ірыну Лапо асудзілі на два гады."
    assert ("sentence", "Ірына Лапо") in events(be(text))


def test_conditional_kali_with_by_is_no_event(be):
    text = "Калі б суд памілаваў Ганну Шымко, яна вярнулася б дадому."
    assert events(be(text)) == set()


def test_conditional_kali_future_is_no_event(be):
    text = "Ганну Шымко вызваляць, калі яна напіша прашэнне."
    assert events(be(text)) == set()


# -- «усіх N», a clause set off by commas, then the verb ------------------------------------


def test_all_sixteen_past_a_converb_clause(be):
    text = (
        "Кіраўнік краіны падпісаў указ аб памілаванні 16 палітвязняў. Усіх шаснаццаць, не "
        "пытаючы згоды, вывезлі да літоўскай мяжы."
    )
    assert ("deportation", 16) in counts(be(text))


def test_all_five_past_a_concession(be):
    text = "Суд разгледзеў справу пяці актывістаў. Усіх пяцярых, нягледзячы на хваробы, асудзілі на тры гады."
    assert ("sentence", 5) in counts(be(text))


def test_all_and_number_past_a_source(be):
    text = "Кіраўнік краіны памілаваў 12 палітвязняў. Усіх дванаццаць, паводле «Вясны», вывезлі ў Літву."
    assert ("deportation", 12) in counts(be(text))


# -- a participle after a name is that name's alone ------------------------------------------


def test_participle_after_second_name_is_not_the_first(be):
    text = (
        "Кіраўнік краіны памілаваў 9 палітвязняў. Сярод іх, акрамя Сяргея Гука, быў і "
        "настаўнік Мікола Жук, асуджаны ў 2022 годзе на чатыры гады."
    )
    found = be(text)
    assert terms(found).get("Мікола Жук") == 48
    assert "Сяргей Гук" not in terms(found)


def test_plural_participle_after_two_names_is_both(be):
    text = "Сяргей Гук і Мікола Жук, асуджаныя на чатыры гады, выйшлі на волю."
    found = terms(be(text))
    assert found.get("Сяргей Гук") == 48 and found.get("Мікола Жук") == 48


# -- words that are no names -----------------------------------------------------------------


def test_university_adjective_taraskievica_is_no_name(be):
    text = "Лявон Карповіч, былы выкладчык Гарадзенскага ўнівэрсытэту, асуджаны ў 2024 годзе."
    found = be(text)
    assert names(found) == {"Лявон Карповіч"}
    assert events(found) == {("sentence", "Лявон Карповіч")}


def test_conjunction_opening_a_sentence_is_no_first_name(be):
    text = (
        "Пятра Галубовіча асудзілі на шэсць гадоў. Калі Галубовіч зваліўся з ціскам, лекара чакалі да раніцы."
    )
    assert len(names(be(text))) == 1


# -- a term changed later is the term of the latest verdict, gapped ones too -----------------


def test_changed_term_after_gapped_verdict_is_the_sons(be):
    text = (
        "Суд асудзіў Ірыну Лапо і яе сына Андрэя Лапо. Маці атрымала два гады калоніі, сын — "
        "тры гады. Пракуратура абскардзіла прысуд. Абласны суд павялічыў тэрмін да пяці гадоў."
    )
    found = be(text)
    pairs = {(name, e.term_months) for e in found.events for name in _names_of(found, e)}
    assert ("Андрэй Лапо", 60) in pairs
    assert ("Ірына Лапо", 60) not in pairs


def test_instead_of_shortening_the_term_raised(be):
    text = (
        "Кірыла Жука ў ліпені асудзілі на 5 гадоў калоніі. Замест таго каб скараціць тэрмін, "
        "апеляцыйны суд павялічыў яго да сямі гадоў."
    )
    found = be(text)
    pairs = {(name, e.term_months) for e in found.events for name in _names_of(found, e)}
    assert {("Кірыл Жук", 60), ("Кірыл Жук", 84)} <= pairs


def test_instead_of_release_nothing_else_is_no_event(be):
    text = "Замест таго каб вызваліць Кірыла Жука, суд накіраваў справу на дапрацоўку."
    assert ("release", "Кірыл Жук") not in events(be(text))


def _names_of(found, event) -> list[str]:
    by_id = {p.id: p.name for p in found.persons}
    return [by_id[pid] for pid in event.persons]


# -- «сярод іх» after a call to free a group is no event's member ----------------------------


def test_among_them_after_a_call_is_not_a_death_told_before(be):
    text = (
        "Летам у калоніі памёр Вадзім Храпко. З 2021 года ў месцах зняволення загінулі не менш за "
        "дзевяць палітвязняў. Праваабаронцы заклікаюць вызваліць цяжкахворых палітвязняў. Сярод "
        "іх называюць Людмілу Стральцову з Віцебска, якая адбывае тры гады калоніі."
    )
    found = events(be(text))
    assert ("death", "Людміла Стральцова") not in found
    assert ("sentence", "Людміла Стральцова") in found


def test_among_them_after_a_pardon_is_its_member(be):
    text = "Кіраўнік краіны памілаваў 16 палітвязняў. Сярод іх — журналіст Дзмітрый Сяргееў."
    assert ("release", "Дзмітрый Сяргееў") in events(be(text))


# -- a fine with the fined named between the verb and the fine --------------------------------


def test_fine_with_a_described_dative_between(be):
    text = "У Лідзе суд прызначыў жыхарцы горада Ганне Зуевай штраф у памеры 100 базавых за данат."
    assert ("sentence", "Ганна Зуева") in events(be(text))


def test_fine_of_a_pensioner_from_a_town(be):
    text = "Суд прызначыў пенсіянеру з Оршы Пятру Шэлегу штраф за каментары ў тэлеграм-канале."
    assert any(kind == "sentence" and name.endswith("Шэлег") for kind, name in events(be(text)))


def test_administrative_fine_is_no_sentence(be):
    text = "Суд прызначыў Ігару Шэлегу штраф па адміністрацыйным артыкуле за пікет."
    assert events(be(text)) == set()


# -- «у яго N гадоў»: the term a prisoner has ------------------------------------------------


def test_he_has_five_years_after_sitting(be):
    text = (
        "Ёй далі дзевяць гадоў. Ейны муж Пятро Лук таксама сядзіць, у Наваполацку, у яго пяць "
        "гадоў. Ён напісаў прашэнне."
    )
    assert terms(be(text)).get("Пятро Лук") == 60


def test_she_has_seven_years_of_colony(be):
    text = "Мая суседка Ірына Лапо засталася ў Гомелі. У яе сем гадоў калоніі агульнага рэжыму."
    assert terms(be(text)).get("Ірына Лапо") == 84


def test_five_years_of_service_is_no_term(be):
    text = "Ігар Шэлег працуе інжынерам. У яго пяць гадоў стажу на заводзе."
    assert events(be(text)) == set()


# -- a past «калі» clause lets the death through; the relative clause's subject is no patient --


def test_death_told_in_a_past_when_clause_is_not_the_colleagues(be):
    text = (
        "Найгоршы дзень быў у лютым, калі стала вядома, што ў калоніі памёр фатограф Кірыл "
        "Бараноўскі, з якім Алег Шаўчук некалі рабіў рэпартажы."
    )
    found = events(be(text))
    assert ("death", "Кірыл Бараноўскі") in found
    assert ("death", "Алег Шаўчук") not in found
