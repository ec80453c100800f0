"""Russian and Belarusian families of session 28: the name after a kin, colleague or cellmate
noun whose phrase goes on to another name is whose relative that one is (the event is the
relative's); an officer or official accused of a crime of office has no event anywhere in the
article; a kin noun that names nobody as a speaker («— говорит его жена», «— кажа жонка
палітвязня», «— кажа сястра X») is the one person of its gender the article tells of beside
the inverse kin noun («бачыла мужа», «Её муж …», «у брата …»). Sentences written for these
tests."""

from __future__ import annotations

from tests.test_extract_ru import events


def _speakers(result) -> dict[str, str]:
    names = {p.id: p.name for p in result.persons}
    return {q.text[:20]: names.get(q.speaker, "") for q in result.quotes}


# -- the owner of a kin noun is no patient ---------------------------------------------------------


def test_grandfather_deported_is_not_the_grandson(run):
    text = "Эрнеста Умерова задержали в марте. Деда Эрнеста в 1944 году депортировали из Крыма в Узбекистан."
    found = events(run(text, "ru"))
    assert ("arrest", "Эрнест Умеров") in found
    assert ("deportation", "Эрнест Умеров") not in found


def test_cellmate_released_is_not_the_owner(run):
    text = "Олег Павлов умер в колонии. Сокамерник Павлова Игорь Сизов вышел на свободу весной."
    found = events(run(text, "ru"))
    assert ("release", "Игорь Сизов") in found
    assert ("release", "Олег Павлов") not in found


def test_uncle_with_apposition_sentenced(run):
    text = (
        "Марата Гилязова задержали в мае. Дядя Марата, бывший учитель Ильдар Хакимов, в 2019 году "
        "был осуждён на шесть лет."
    )
    found = events(run(text, "ru"))
    assert ("sentence", "Ильдар Хакимов") in found
    assert ("sentence", "Марат Гилязов") not in found


def test_former_colleague_released(run):
    text = (
        "Ирину Сидорову задержали. Бывшая коллега Сидоровой, редактор Анна Белкина, освобождена "
        "в марте по помилованию."
    )
    found = events(run(text, "ru"))
    assert ("release", "Анна Белкина") in found
    assert ("release", "Ирина Сидорова") not in found


def test_lawyer_named_herself_keeps_her_arrest(run):
    text = "Адвокат Ольга Ломова и её подзащитный Пётр Гусев задержаны."
    found = events(run(text, "ru"))
    assert ("arrest", "Ольга Ломова") in found
    assert ("arrest", "Пётр Гусев") in found


# -- officers and officials accused of a crime of office --------------------------------------------


def test_former_deputy_mayor_sentenced_for_bribes(run):
    text = "Бывшего вице-мэра города Артура Гайнуллина приговорили к семи годам колонии за получение взяток."
    assert ("sentence", "Артур Гайнуллин") not in events(run(text, "ru"))


def test_accused_officer_has_no_later_verdict(run):
    text = (
        "Задержан замначальника изолятора Олег Рябов, которого подозревают в избиении арестантов. "
        "Позже он получил три года колонии."
    )
    found = events(run(text, "ru"))
    assert ("arrest", "Олег Рябов") not in found
    assert ("sentence", "Олег Рябов") not in found


def test_journalist_who_wrote_of_bribes_keeps_his_sentence(run):
    text = "Журналиста Илью Мохова, который писал о взятках в мэрии, приговорили к пяти годам колонии."
    assert ("sentence", "Илья Мохов") in events(run(text, "ru"))


# -- a kin noun as the speaker ----------------------------------------------------------------------


def test_his_wife_is_the_woman_told_with_her_husband(run):
    text = (
        "Каждый вечер Зарина Абдуллаева пишет письма. Её муж, учитель Рамиль Абдуллаев, отбывает срок "
        "в колонии.\n\n— Он просит меня не плакать, — говорит его жена. — Но я всё равно плачу."
    )
    assert _speakers(run(text, "ru"))["Он просит меня не пл"] == "Зарина Абдуллаева"


def test_prisoners_wife_in_quote_marks(run):
    text = (
        "Каждый вечер Зарина Абдуллаева пишет письма мужу в колонию.\n\n"
        "«Он просит меня не плакать», — говорит жена политзаключённого."
    )
    assert _speakers(run(text, "ru"))["Он просит меня не пл"] == "Зарина Абдуллаева"


def test_belarusian_wife_who_saw_her_husband(run):
    text = (
        "Апошні раз Вольга Сініцкая бачыла мужа ў сакавіку. «Ён моцна схуднеў, але жартуе», — кажа "
        "жонка палітвязня."
    )
    assert _speakers(run(text, "be"))["Ён моцна схуднеў, ал"] == "Вольга Сініцкая"


def test_belarusian_sister_named_after_the_quote(run):
    text = (
        "Павел Гуляеў памёр у калоніі. «Ён ніколі не скардзіўся, — кажа сястра Паўла. — Нават у "
        "апошнім лісце». Ірына Гуляева расказала таксама, што ў брата балела сэрца."
    )
    assert _speakers(run(text, "be"))["Ён ніколі не скардзі"] == "Ірына Гуляева"


def test_two_wives_give_no_speaker(run):
    text = "Анна Котова ждёт мужа. Мария Лисицына тоже ждёт мужа. «Он держится», — говорит его жена."
    speakers = _speakers(run(text, "ru"))
    assert speakers.get("Он держится", "") not in ("Анна Котова", "Мария Лисицына")


# -- a relative or lawyer who tells the news ------------------------------------------------------


def test_wife_as_the_source_is_no_patient(run):
    text = (
        "По словам его супруги Натальи Климовой, мужа ночью вывезли из колонии к литовской границе "
        "и оставили на пункте пропуска."
    )
    found = events(run(text, "ru"))
    assert ("deportation", "Наталья Климова") not in found
    assert ("release", "Наталья Климова") not in found


def test_lawyer_who_reports_the_arrests_is_no_patient(run):
    text = "Суд арестовал четырёх участников пикета, рассказал в четверг адвокат одного из них Ерлан Сапаров."
    assert ("arrest", "Ерлан Сапаров") not in events(run(text, "ru"))


def test_clients_name_after_according_to_her_lawyer_stays(run):
    text = "По словам адвоката Ирины Котовой, её задержали в понедельник у подъезда."
    assert ("arrest", "Ирина Котова") in events(run(text, "ru"))


# -- the insulted ruler, the fine not paid -----------------------------------------------------------


def test_insulted_ruler_in_a_digest_line_is_no_patient(run):
    text = (
        "Приговоры за неделю:\n"
        "— Павел Лосик, 58 лет, Гомель — 2 года колонии общего режима («оскорбление Лукашенко»);\n"
    )
    found = events(run(text, "ru"))
    assert ("sentence", "Павел Лосик") in found
    assert ("sentence", "Лукашенко") not in found


def test_freed_from_paying_the_fine_is_no_release(run):
    text = (
        "Суд в Самаре приговорил Марину Ковалёву к штрафу в 300 тысяч рублей, но освободил от его "
        "уплаты с учётом срока, проведённого в СИЗО."
    )
    found = events(run(text, "ru"))
    assert ("sentence", "Марина Ковалёва") in found
    assert ("release", "Марина Ковалёва") not in found


def test_freed_from_custody_in_the_courtroom_stays_a_release(run):
    text = "Суд назначил Игорю Белых два года условно и освободил его из-под стражи в зале суда."
    assert ("release", "Игорь Белых") in events(run(text, "ru"))


# -- custody and taking in, fronted -----------------------------------------------------------------


def test_custody_fronted_before_the_verb(run):
    text = (
        "Суд приговорил агронома Виктора Сычёва к пяти годам колонии. Под стражей Сычёв находится "
        "с весны прошлого года."
    )
    assert ("arrest", "Виктор Сычёв") in events(run(text, "ru"))


def test_taken_from_school_and_from_home(run):
    result = run("Учительницу Марию Оганян забрали прямо из школы на глазах у детей.", "ru")
    assert ("arrest", "Мария Оганян") in events(result)
    result = run("Студента Тимура Гаджиева забрали из дома сотрудники полиции, рассказала его сестра.", "ru")
    assert ("arrest", "Тимур Гаджиев") in events(result)


def test_mother_fetching_her_child_is_no_arrest(run):
    text = "Вечером Аня забрала сына Тимура Ершова из школы."
    assert ("arrest", "Тимур Ершов") not in events(run(text, "ru"))


def test_force_that_came_for_him_fronted(run):
    text = "Пётр Гончар работал на рынке. За Гончаром пришли под утро люди в масках и камуфляже."
    assert ("arrest", "Пётр Гончар") in events(run(text, "ru"))


def test_friends_who_came_for_him_are_no_force(run):
    text = "Олег Рубан вернулся домой из больницы. За Рубаном пришли друзья."
    assert ("arrest", "Олег Рубан") not in events(run(text, "ru"))
