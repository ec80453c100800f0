"""Persons, session 55 (`persons`: names of many origins and the identity of relatives), in
wordings invented for these tests:

* a lone word written exactly as one person's name ('Thảo') is not another's middle name that
  differs only in its diacritics ('Đỗ Văn Thao' would fold alike); a Vietnamese 'Thi' and a name
  particle ('Al', 'bin') name no one alone;
* a Vietnamese name of four short words coordinated with a named person is a person;
* Kazakh, Kyrgyz, Uzbek patronymic surnames ('-uly', '-qyzy', '-uulu') and Tajik '-zoda' are
  surname-shaped (a list line with no other cue);
* places and bodies named after people are nobody: '... City', 'Audiencia Nacional', a street or
  a body «имени» / «імя» someone (but «от имени X»: on behalf of a person);
* a relative introduced by a kinship word is another person than a longer name it ends, and a
  bare surname shared with the story's subject is the subject's.
"""

from __future__ import annotations

from tests.extract_views import event_pairs


def _names(result) -> set[str]:
    return {p.name for p in result.persons}


def test_a_given_name_written_with_its_diacritics_is_that_person(extract_text) -> None:
    result = extract_text(
        "A court in Hanoi sentenced the poet Lê Thị Phương Thảo to five years on Tuesday. "
        "The farmer Đỗ Thao Minh was detained in April. Thảo's husband was not allowed into the hall. "
        "Thảo, 38, was arrested in 2023."
    )
    pairs = event_pairs(result)
    assert ("arrest", "Lê Thị Phương Thảo") in pairs
    assert ("arrest", "Đỗ Thao Minh") in pairs
    minh = next(p for p in result.persons if p.name == "Đỗ Thao Minh")
    assert len(minh.mentions) == 1


def test_a_name_particle_names_no_one_alone(extract_text) -> None:
    result = extract_text(
        "Yusuf Abdulla al-Jaziri walked free from Jau prison on Monday.\n\n"
        "Al-Jaziri, 57, had served eleven years. The decree was signed by Minister Khalid bin Saad Al Fadhel."
    )
    pairs = event_pairs(result)
    assert ("release", "Yusuf Abdulla al-Jaziri") in pairs
    assert not any(name == "Khalid bin Saad Al Fadhel" for _, name in pairs)


def test_a_vietnamese_thi_names_no_one_alone(extract_text) -> None:
    result = extract_text(
        "Police in Hue detained the bloggers Vo Quang Tri and Dinh Thi Kim Oanh on Friday. "
        "Tri's mother, Bui Thi Lan, said she was not told where they were held."
    )
    pairs = event_pairs(result)
    assert ("arrest", "Dinh Thi Kim Oanh") in pairs
    assert ("arrest", "Bui Thi Lan") not in pairs


def test_central_asian_patronymic_surnames_in_a_verdict_list(extract_text) -> None:
    result = extract_text(
        "The Esil district court of Astana read out its verdicts on Thursday:\n\n"
        "- Nurlan Serikuly — 6 years\n"
        "- Aliya Bekqyzy — 3 years\n"
        "- Azamat Talgatuly — 5 years\n"
    )
    assert {"Nurlan Serikuly", "Aliya Bekqyzy", "Azamat Talgatuly"} <= _names(result)
    assert ("sentence", "Azamat Talgatuly") in event_pairs(result)


def test_july_is_no_patronymic_surname(extract_text) -> None:
    result = extract_text("Activist Serik Tolen was detained in Almaty in July. Marat July spoke for him.")
    assert "July" not in {p.name.split()[-1] for p in result.persons if p.name != "Marat July"}


def test_places_and_bodies_named_after_people_are_nobody(extract_text) -> None:
    result = extract_text(
        "The People's Court of Quezon City sentenced the reporter Liza Manalo to two years. "
        "In Madrid, the Audiencia Nacional convicted Unai Larrañaga Etxebarria of public disorder."
    )
    names = _names(result)
    assert "Quezon City" not in names
    assert "Audiencia Nacional" not in names
    assert {"Liza Manalo", "Unai Larrañaga Etxebarria"} <= names


def test_a_namesake_after_imeni_is_cut_off_the_person_after_it(run) -> None:
    for institution in ("музея имени Габдуллы Тукая", "колледжа имени Гагарина"):
        result = run(f"Утром задержали сотрудника {institution} Рината Галеева. Вечером его отпустили.", "ru")
        names = _names(result)
        assert "Ринат Галеев" in names
        assert not any("Тука" in n or "Гагарин" in n for n in names)
        assert ("arrest", "Ринат Галеев") in event_pairs(result)


def test_on_behalf_of_a_person_is_that_person(run) -> None:
    result = run(
        "Заявление от имени Марата Гиниятуллина зачитал адвокат. Гиниятуллина задержали в мае.", "ru"
    )
    assert any(n.startswith("Марат") for n in _names(result))


def test_a_belarusian_street_or_plant_named_after_someone_is_nobody(be) -> None:
    result = be(
        "Настаўніцу Ганну Лабко затрымалі ў яе кватэры на вуліцы Янкі Купалы. "
        "Яе мужа забралі з завода імя Кірава праз тыдзень."
    )
    names = _names(result)
    assert not any("Купал" in n or "Кіра" in n for n in names)
    assert any(n.startswith("Ганн") for n in names)


def test_a_son_named_after_his_fathers_names_is_another_person(extract_text) -> None:
    result = extract_text(
        "Among the prisoners pardoned on Sunday was Omar Yasser al-Bahrani, 61, a retired engineer. "
        '"I was twelve when they took him," al-Bahrani\'s son, Yasser al-Bahrani, told reporters.'
    )
    names = _names(result)
    assert {"Omar Yasser al-Bahrani", "Yasser al-Bahrani"} <= names
    assert ("release", "Yasser al-Bahrani") not in event_pairs(result)


def test_a_bare_surname_is_the_subjects_not_the_relatives(extract_text) -> None:
    result = extract_text(
        "Among those released overnight was Lucía Ferreyra, a 49-year-old nurse. Her son, Tomás "
        'Ferreyra, drove through the night to meet her. "She is thinner," Tomás Ferreyra said. '
        '"But she is home." Ferreyra must report to a court every week.'
    )
    lucia = next(p for p in result.persons if p.name == "Lucía Ferreyra")
    text = result.document.text
    assert any(text[a:b] == "Ferreyra" for a, b in lucia.mentions)


def test_a_relatives_own_story_keeps_the_bare_surname_when_no_one_else_shares_it(extract_text) -> None:
    result = extract_text(
        "His daughter, Nadia Korsak, was detained at the border on Monday. Korsak was released the next day."
    )
    pairs = event_pairs(result)
    assert ("release", "Nadia Korsak") in pairs


def test_a_magistrate_before_a_name_is_a_title(extract_text) -> None:
    result = extract_text(
        "Tendai Moyo left Chikurubi prison on Friday after Magistrate Rudo Chikore granted him bail."
    )
    names = _names(result)
    assert "Rudo Chikore" in names
    assert ("release", "Tendai Moyo") in event_pairs(result)
    assert not any(name == "Rudo Chikore" for _, name in event_pairs(result))


def test_a_placed_byline_under_the_headline_names_its_reporters(extract_text) -> None:
    result = extract_text(
        "Laotian blogger detained at Friendship Bridge\n\n"
        "Keo Sovann in Vientiane and Harriet Lowe in Bangkok\n\n"
        "Mon 3 Nov 2025 08.00 GMT\n\n"
        "Border police detained the blogger Phonsavan Inthavong on Sunday as he tried to cross."
    )
    names = _names(result)
    assert {"Keo Sovann", "Harriet Lowe"} <= names
    pairs = event_pairs(result)
    assert ("arrest", "Phonsavan Inthavong") in pairs
    assert not any(name in ("Keo Sovann", "Harriet Lowe") for _, name in pairs)


def test_report_by_in_a_dateline_row_is_a_byline(extract_text) -> None:
    result = extract_text(
        "Court jails student\n\nThe Bangkok Post | 2 March 2025 | Report by Somchai Rattanakul\n\n"
        "BANGKOK - The Criminal Court sentenced the student Nida Phromsri to two years."
    )
    assert "Somchai Rattanakul" in _names(result)
    assert ("sentence", "Nida Phromsri") in event_pairs(result)


def test_a_father_and_son_sharing_a_surname_stay_two_people(be) -> None:
    result = be(
        "У Магілёве памёр у калоніі Уладзімір Сакалоўскі. Яго сын Кірыл Сакалоўскі, "
        "які жыве ў Вільні, даведаўся пра гэта праз тыдзень."
    )
    names = _names(result)
    assert any(n.startswith("Уладзімір") for n in names)
    assert any(n.startswith("Кірыл") for n in names)


def test_a_husband_and_wife_sharing_a_surname_stay_two_people(run) -> None:
    result = run(
        "В Перми задержали инженера Виктора Шевченко. Его жена Валерия Шевченко рассказала, "
        "что обыск длился шесть часов.",
        "ru",
    )
    firsts = {p.name.split()[0] for p in result.persons}
    assert {"Виктор", "Валерия"} <= firsts
    assert not any(name.startswith("Валери") for _, name in event_pairs(result))


def test_an_oblique_form_of_one_name_is_still_one_person(run) -> None:
    result = run(
        "Суд арестовал Александра Грищенко. Через месяц Александр Грищенко вышел на свободу.",
        "ru",
    )
    assert len([p for p in result.persons if "Грищенко" in p.name]) == 1


def test_the_one_a_relative_is_told_of_is_no_relative(extract_text) -> None:
    result = extract_text(
        "The court jailed Kelvin Wong Tsz-hin for five years. Outside, the father of Kelvin Wong "
        "Tsz-hin, Patrick Wong, spoke to reporters. The judge said Wong had planned the protest."
    )
    kelvin = next(p for p in result.persons if p.name == "Kelvin Wong Tsz-hin")
    text = result.document.text
    assert any(text[a:b] == "Wong" for a, b in kelvin.mentions)


def test_the_owner_of_a_custody_noun_is_not_the_bench(extract_text) -> None:
    result = extract_text(
        "Farmer Simba Ncube walked out of Mutare prison on Friday after Magistrate Rufaro Dube "
        "granted him bail, five weeks after his arrest at a rally."
    )
    pairs = event_pairs(result)
    assert ("arrest", "Simba Ncube") in pairs
    assert ("arrest", "Rufaro Dube") not in pairs


def test_a_byline_in_capitals_may_end_on_a_role_word(extract_text) -> None:
    result = extract_text(
        "Vietnam detains land activist\n\nBy PHAN MINH SON Associated Press\n\n"
        "HANOI (AP) — Police detained the land activist Vu Quoc Hung on Monday."
    )
    assert "Phan Minh Son" in _names(result)
    assert ("arrest", "Vu Quoc Hung") in event_pairs(result)


def test_a_desk_in_capitals_is_no_byline_person(extract_text) -> None:
    result = extract_text(
        "Court remands nine supporters\n\nBy DAILY NEWS REPORTER\n\n"
        "HARARE. The court remanded the activist Tariro Chikwanha in custody."
    )
    assert not any("Reporter" in n for n in _names(result))


def test_a_headline_shaped_like_a_placed_byline_is_no_byline(extract_text) -> None:
    result = extract_text(
        "Protest Organisers Questioned in Tbilisi\n\nPolice questioned the organisers on Monday."
    )
    assert not any("Organisers" in n or "Protest" in n for n in _names(result))
