"""Belarusian clutter of session 19, on sentences written for these tests: an article number
that razdel took for a sentence's end, a pronoun or a generic noun kept from its verb by an
adverbial or by a first conjoined verb, a death told by its noun, lists whose lines open with a
description of the person, an outlet's two-word name, a role noun the headline gave, and
running totals after a verb of staying."""

from __future__ import annotations

from tests.test_extract_ru import counts, events, terms


def test_an_article_number_does_not_cut_the_name_off_its_term(be):
    result = be(
        "Гомельскі абласны суд асудзіў 38-гадовага зваршчыка Ігната Лукшу па арт. 339-2 КК "
        "(пашкоджанне чужой маёмасці) на 6 гадоў калоніі."
    )
    assert terms(result) == {"Ігнат Лукша": 72}
    result = be("Суддзя асудзіла бібліятэкарку Зою Гіль па ч. 2 арт. 130 КК на 3 гады і 4 месяцы калоніі.")
    assert terms(result) == {"Зоя Гіль": 40}
    # a sentence that really ends after an abbreviation's full stop still ends there
    result = be("Зою Гіль судзілі па арт. 342. Пасля гэтага Марка Бота вызвалілі.")
    assert ("release", "Зоя Гіль") not in events(result)


def test_a_pronoun_past_a_short_adverbial_is_the_patient(be):
    result = be("Памілаваную Веру Жук дадому не адпусцілі: яе пад канвоем адвезлі да літоўскай мяжы.")
    assert ("deportation", "Вера Жук") in events(result)
    result = be("Памілаванага Андрэя Мурога не адпусцілі — яго ўначы вывезлі ў Польшчу.")
    assert ("deportation", "Андрэй Мурог") in events(result)
    result = be("Памілаваную Веру Жук не адпусцілі: яе праз тыдзень затрымалі зноў.")
    assert ("arrest", "Вера Жук") in events(result)


def test_a_possessive_pronoun_before_its_noun_is_no_patient(be):
    result = be("Андрэя Мурога памілавалі, але яго брата ўначы затрымалі ў Оршы.")
    assert ("arrest", "Андрэй Мурог") not in events(result)
    result = be("Вера Жук выйшла на волю; паводле яе ўначы вывезлі ў Літву іншых.")
    assert ("deportation", "Вера Жук") not in events(result)


def test_the_first_of_two_conjoined_verbs_lends_its_object(be):
    result = be(
        "Андрэй Мурог адмовіўся ісці праз мяжу. Тады мужчыну павезлі ў Віцебск і зноў змясцілі ў ізалятар."
    )
    assert ("arrest", "Андрэй Мурог") in events(result)
    result = be("Вера Жук не захацела ехаць. Жанчыну адвезлі назад у Гомель і ўначы кінулі ў СІЗА.")
    assert ("arrest", "Вера Жук") in events(result)
    result = be("Памілаваны Андрэй Мурог адмовіўся выходзіць. Яго вярнулі ў Навапольскую калонію № 9.")
    assert ("arrest", "Андрэй Мурог") in events(result)


def test_taken_back_means_into_custody_only(be):
    result = be("Андрэя Мурога вярнулі ў Гродна з калоніі.")
    assert ("arrest", "Андрэй Мурог") not in events(result)


def test_a_death_told_by_its_noun(be):
    result = be("Смерць Кузьмы Шэлега ў турэмнай бальніцы ўзрушыла яго сяброў.")
    assert ("death", "Кузьма Шэлег") in events(result)
    result = be("Сьмерць Кузьмы Шэлега ў магілёўскім СІЗА праваабаронцы лічаць вынікам катаванняў.")
    assert ("death", "Кузьма Шэлег") in events(result)


def test_a_death_noun_out_of_custody_or_asked_about_is_none(be):
    result = be("Смерць Кузьмы Шэлега ў шпіталі пасля вызвалення засмуціла ўсіх.")
    assert ("death", "Кузьма Шэлег") not in events(result)
    result = be("Сваякі патрабуюць расследаваць смерць Кузьмы Шэлега ў калоніі.")
    assert ("death", "Кузьма Шэлег") not in events(result)


def test_list_lines_that_open_with_a_description_of_the_person(be):
    result = be(
        "Сярод памілаваных:\n\n"
        "фермер з Давыд-Гарадка Аўгін Клім (5 гадоў) — вывезены ў Літву;\n\n"
        "мастачка Ніна Дрозд (2 гады калоніі) — засталася дома;\n\n"
        "пастар-пратэстант Лукаш Вішня (8 гадоў за «здраду») — вывезены ў Літву.\n"
    )
    assert terms(result) == {"Аўгін Клім": 60, "Ніна Дрозд": 24, "Лукаш Вішня": 96}
    assert {("release", "Аўгін Клім"), ("release", "Ніна Дрозд"), ("release", "Лукаш Вішня")} <= events(
        result
    )
    assert ("deportation", "Аўгін Клім") in events(result)


def test_a_line_opened_by_a_judge_or_a_demand_is_no_item(be):
    result = be(
        "Сярод асуджаных:\n\nсуддзя Ганна Лось вынесла прысуд;\n\nпракурор Марк Бот запытаў 5 гадоў;\n"
    )
    assert "Ганна Лось" not in terms(result) and "Марк Бот" not in terms(result)


def test_an_outlets_two_word_name_is_no_person(be):
    result = be(
        "Ігната Лукшу вызвалілі\n\nНаша Ніва\n\n"
        "Паводле звестак «Нашай Нівы», Ігнат Лукша выйшаў на волю. Як стала вядома «Нашай Ніве», "
        "яго вывезлі ў Літву."
    )
    names = {p.name for p in result.persons}
    assert not any("Ніва" in n or "Нівы" in n for n in names)
    assert ("deportation", "Ігнат Лукша") in events(result)


def test_a_role_noun_the_headline_gave(be):
    result = be(
        "Вызвалілі настаўніцу Алесю Бурсу\n\n"
        "Алеся Бурса выйшла на волю ў пятніцу. «Я нарэшце дома», — сказала яна. "
        "Яе муж Антон Бурса чакаў каля брамы.\n\nНастаўніцу затрымалі ў студзені 2023 года."
    )
    assert ("arrest", "Алеся Бурса") in events(result)


def test_a_role_noun_in_a_read_also_line_names_no_one(be):
    result = be(
        "Настаўніца Алеся Бурса вызвалена. Яе затрымалі ў 2023 годзе.\n\n"
        "Чытайце таксама: Віцебскую настаўніцу асудзілі на чатыры гады"
    )
    assert "Алеся Бурса" not in terms(result)


def test_a_running_total_or_those_still_held_is_no_count(be):
    result = be(
        "Паводле праваабаронцаў, пасля ўчорашняга памілавання за кратамі застаецца 1 087 палітвязняў."
    )
    assert not counts(result)
    result = be("У Лідзе затрымалі 9 актывістаў, чацвёра застаюцца ў ізалятары.")
    assert counts(result) == {("arrest", 9)}


def test_a_courts_adjective_after_a_name_is_no_part_of_it(be):
    result = be("Леташняя справа: вадзіцелю Міхасю Шуту Абласны суд павялічыў тэрмін з 3 да 4 гадоў калоніі.")
    assert {p.name for p in result.persons} == {"Міхась Шут"}
    assert ("sentence", "Міхась Шут") in events(result)


def test_a_street_after_its_noun_is_no_person(be):
    result = be("Тады яго пазналі на здымку з маршу на праспэкце Будаўнікоў. Ён адбыў 15 сутак арышту.")
    assert not result.persons


def test_who_pardoned_inside_a_relative_clause_is_not_taken_away(be):
    result = be("Ніну Рух, якую памілаваў Лукашэнка, вывезлі ў Літву.")
    assert ("deportation", "Ніна Рух") in events(result)
    assert ("deportation", "Лукашэнка") not in events(result)
    result = be(
        "Ніна Рух трапіла ў спіс з 40 вязняў, якіх Аляксандр Лукашэнка памілаваў увосень. "
        "Усіх 40 вывезлі да латвійскай мяжы."
    )
    assert not {e for e in events(result) if e[1] == "Аляксандр Лукашэнка"}


def test_a_dative_with_a_verb_of_release_is_still_to_come(be):
    result = be("Бухгалтарка Ніна Рух атрымала чатыры гады, ёй вызваліцца толькі ў 2028-м.")
    assert ("release", "Ніна Рух") not in events(result)
    assert terms(result) == {"Ніна Рух": 48}


def test_the_term_a_person_has_in_a_relative_clause(be):
    result = be("Сярод іх Ніна Рух, у якой сем гадоў за «здраду», хварэе.")
    assert terms(result) == {"Ніна Рух": 84}
    result = be("Сярод іх Ніна Рух, у якой двое дзяцей, хварэе.")
    assert not terms(result)


def test_a_plural_verbs_names_each_with_its_own_clause(be):
    result = be(
        "Адбыўшы тэрмін, на волю выйшлі Кузьма Шэлег, які адбываў 2 гады калоніі ў Івацэвічах, "
        "і Ніна Рух, асуджаная ў 2024 годзе на 3 гады."
    )
    assert {("release", "Кузьма Шэлег"), ("release", "Ніна Рух")} <= events(result)
    assert terms(result) == {"Кузьма Шэлег": 24, "Ніна Рух": 36}
    result = be("На волю выйшлі Кузьма Шэлег, які адбываў 2 гады калоніі, і Ніна Рух.")
    assert terms(result) == {"Кузьма Шэлег": 24}  # the relative clause is his, not hers
    # a name in no coordination with the first one gets nothing
    result = be("На волю выйшаў Кузьма Шэлег, які адбываў 2 гады калоніі. Ніна Рух засталася ў калоніі.")
    assert ("release", "Ніна Рух") not in events(result)


def test_a_pardon_stays_a_release_when_they_refused_to_leave(be):
    result = be(
        "Чацвёрты — фермер Кузьма Шэлег, якога ў 2021 годзе прысудзілі да 6 гадоў калоніі. "
        "Пасля памілавання ён адмовіўся выходзіць з машыны ля памежнага пераходу, і яго павезлі назад."
    )
    assert {("release", "Кузьма Шэлег"), ("arrest", "Кузьма Шэлег")} <= events(result)
    assert ("deportation", "Кузьма Шэлег") not in events(result)
    # a refusal of something else after the noun keeps its doubt
    result = be("Кузьма Шэлег хворы. Пасля вызвалення ён адмовіўся ад лячэння.")
    assert ("release", "Кузьма Шэлег") not in events(result)
