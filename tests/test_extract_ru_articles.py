"""Russian families probed on whole articles (session 14): speakers named by a role noun
before a colon, an addressee or outlet between the verb of speech and the speaker, the gender
of a foreign name read off its verb. Sentences written for these tests, never copied from an
evaluation set; each family has a trap beside it."""

from __future__ import annotations

from tests.test_extract_ru import events, names, quotes, terms

# -- «В последнем слове поэтесса сказала: «…»»: a role noun before the colon ------------------


def test_russian_role_noun_before_a_colon_is_the_person_it_introduced(run):
    text = (
        "Областной суд приговорил поэтессу Милену Громову к четырём годам колонии. "
        "Обвинение просило пять лет. На заседании поэтесса заявила: «Я писала стихи о войне. "
        "Других преступлений за мной нет»."
    )
    assert ("Милена Громова", "Я писала стихи") in quotes(run(text, "ru"))


def test_russian_role_noun_shared_by_two_persons_names_no_speaker(run):
    text = (
        "Суд приговорил поэтессу Милену Громову и поэтессу Ирину Лаврову к четырём годам колонии. "
        "На заседании поэтесса заявила: «Я писала стихи о войне. Других преступлений за мной нет»."
    )
    assert not quotes(run(text, "ru"))


# -- «— заявил Азаттыку представитель X»: the addressee before the role noun is not the speaker


def test_russian_addressee_before_the_role_noun_does_not_speak(run):
    text = "«Это дело не связано с политикой», — сказал Игорю Власову пресс-секретарь суда Тимур Осипов."
    assert quotes(run(text, "ru")) == {("Тимур Осипов", "Это дело не")}


def test_russian_client_after_the_role_noun_still_does_not_speak(run):
    text = "«Мы обжалуем приговор», — сказал защитник Власова Тимур Осипов."
    assert quotes(run(text, "ru")) == {("Тимур Осипов", "Мы обжалуем приговор")}


# -- «Ление Джемилева узнала …»: a foreign first name takes the gender of its verb ------------


def test_russian_foreign_womans_name_takes_her_verbs_gender(run):
    text = (
        "Рамазан Ильясов умер в колонии в мае.\n\n"
        "Сестра Ильясова Зарема Бекирова получила письмо из колонии. "
        "«Нам написали: приезжайте за вещами. Больше ничего», — рассказывает она."
    )
    assert ("Зарема Бекирова", "Нам написали: приезжайте") in quotes(run(text, "ru"))


def test_russian_mans_verb_after_a_genitive_surname_keeps_him_a_man(run):
    text = (
        "Рамазан Ильясов умер в колонии в мае. Мать Ильясова сказала, что не верит в болезнь. "
        "«Он был здоров», — сказал его адвокат Олег Трунов."
    )
    assert ("Олег Трунов", "Он был здоров") in quotes(run(text, "ru"))


# -- «— заявил политик»: an occupation noun never put before a name is the subject just before


def test_russian_occupation_noun_speaks_for_the_subject_before(run):
    text = "Глеб Рощин не признал вину. «Мне не о чем жалеть», — сказал активист после заседания."
    assert ("Глеб Рощин", "Мне не о") in quotes(run(text, "ru"))


def test_russian_lawyer_or_neighbour_noun_is_someone_else(run):
    for speaker in ("адвокат", "его сосед", "представитель суда"):
        text = f"Глеб Рощин не признал вину. «Он ни о чём не жалеет», — сказал {speaker}."
        assert not quotes(run(text, "ru")), speaker


def test_russian_occupation_noun_of_the_other_gender_is_no_speaker(run):
    text = "Глеб Рощин не признал вину. «Мне не о чем жалеть», — сказала активистка."
    assert not quotes(run(text, "ru"))


# -- «Сроки распределились так:» then «— X и Y — по N лет;» lines with no verb ------------------

_TERM_LIST = (
    "Краевой суд огласил приговор четверым фигурантам дела.\n\n"
    "Наказания распределились следующим образом:\n\n"
    "— 52-летний механик Роман Гуськов получил семь лет колонии (обвинение просило восемь);\n"
    "— Эдуард Лапин и Семён Юров — по три года колонии общего режима;\n"
    "— пенсионерка Нина Ершова — полтора года условно;\n"
    "— Станислав Мухин — от двух до трёх лет."
)


def test_russian_term_lines_after_a_heading_are_sentences(run):
    got = terms(run(_TERM_LIST, "ru"))
    assert got.get("Роман Гуськов") == 84
    assert got.get("Эдуард Лапин") == 36 and got.get("Семён Юров") == 36
    assert got.get("Нина Ершова") == 18


def test_russian_term_line_with_a_range_states_no_term(run):
    assert "Станислав Мухин" not in terms(run(_TERM_LIST, "ru"))


def test_russian_lines_of_the_prosecutions_demands_are_no_sentences(run):
    text = "Обвинение попросило назначить:\n— Эдуарду Лапину — четыре года;\n— Семёну Юрову — пять лет."
    result = run(text, "ru")
    assert not terms(result) and not any(kind == "sentence" for kind, _ in events(result))


# -- «отбывший восьмимесячный срок»: a term in months as one adjective ----------------------


def test_russian_month_adjective_states_a_term(run):
    result = run("На свободу вышел блогер Артём Зуев, полностью отбывший десятимесячный срок за пост.", "ru")
    assert terms(result).get("Артём Зуев") == 10
    assert ("release", "Артём Зуев") in events(result)


def test_russian_month_adjective_of_custody_is_no_term(run):
    result = run("Суд продлил блогеру Артёму Зуеву двухмесячный срок содержания под стражей.", "ru")
    assert not terms(result)


# -- «приговорил X, задержанного в мае, к семи годам, а Y — к шести»: a participle's clause ----


def test_russian_term_after_a_participles_clause_is_the_verdicts(run):
    text = (
        "Суд приговорил издателя Матвея Рудина, задержанного ещё в апреле, к семи годам колонии, "
        "а его помощницу Веру Гранину — к шести с половиной годам."
    )
    result = run(text, "ru")
    assert terms(result) == {"Матвей Рудин": 84, "Вера Гранина": 78}
    assert ("arrest", "Вера Гранина") not in events(result)


def test_russian_years_inside_the_participles_clause_are_no_term(run):
    text = "Суд приговорил издателя Матвея Рудина, задержанного три года назад, к условному сроку."
    result = run(text, "ru")
    assert ("sentence", "Матвей Рудин") in events(result)
    assert not terms(result)


# -- «суд назначил N лет колонии 30-летней X»: an active verb agrees with the court, not X -----


def test_russian_active_verbs_gender_is_the_agents_not_the_patients(run):
    text = (
        "В марте тот же суд назначил девять лет колонии 30-летней Ксении Дроздовой, которая донатила фонду."
    )
    result = run(text, "ru")
    assert terms(result) == {"Ксения Дроздова": 108}


def test_russian_a_relatives_genitive_name_still_gets_no_term(run):
    text = "В марте тот же суд назначил девять лет колонии мужу Ксении Дроздовой."
    assert not terms(run(text, "ru"))


# -- «вышел на свободу Февзи X, отбывший …»: an unknown first name after the verb is its subject


def test_russian_unknown_first_name_after_an_intransitive_verb_is_its_subject(run):
    text = (
        "Весной из колонии в Курганской области вышел на свободу Рефат Джелилов, "
        "полностью отбывший четырёхлетний срок по первому делу."
    )
    result = run(text, "ru")
    assert ("release", "Рефат Джелилов") in events(result)
    assert terms(result) == {"Рефат Джелилов": 48}


def test_russian_genitive_name_after_freedom_is_no_subject(run):
    text = "Весной на свободу вышел сосед Рефата Джелилова."
    assert ("release", "Рефат Джелилов") not in events(run(text, "ru"))


# -- «задержали в Стамбуле и вывезли в Душанбе»: a rendition home frees no prisoner -----------


def test_russian_seized_abroad_and_taken_home_is_no_release(run):
    text = (
        "Историю Каримова повторил другой оппозиционер, Рустам Назаров. В 2020 году его задержали "
        "в Варшаве и принудительно вывезли в Ташкент, а через год суд приговорил его к 12 годам."
    )
    result = run(text, "ru")
    assert ("arrest", "Рустам Назаров") in events(result)
    assert ("release", "Рустам Назаров") not in events(result)


def test_russian_freed_and_taken_abroad_is_still_a_release(run):
    result = run("Политзаключённого Рустама Назарова освободили и вывезли в Литву.", "ru")
    assert {("release", "Рустам Назаров"), ("deportation", "Рустам Назаров")} <= events(result)


# -- «У Халилова был диабет»: a one-letter preposition is no initial ----------------------------


def test_russian_one_letter_preposition_is_no_initial(run):
    result = run("Ранее задержали Тимура Агаева. У Агаева был диабет, о Агаеве писали.", "ru")
    assert names(result) == {"Тимур Агаев"}


def test_russian_initials_with_full_stops_stay(run):
    result = run("Суд приговорил Р. Т. Агаева к трём годам.", "ru")
    assert "Р. Т. Агаев" in names(result)
