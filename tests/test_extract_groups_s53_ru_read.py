"""Russian group members of session 53 (helper ru-read), in wordings written for these tests
(the class comes from the census of the newly read syn43-ru-b and every older Russian read set,
docs/extract-ru-be.md, session 53):

* an «all N» arrest («Всех троих задержали …») told beside a verdict is the arrest of the case's
  defendants: the people whose own verdicts (a sentence, or an acquittal that freed them) the
  paragraph of «all N» or the two on either side tell, two at least and no more than N (the rest
  may be unnamed);
* a fine is a verdict also when its clause names the criminal case («по делу о …») or tells a
  trial in absentia («заочно»).

Traps beside them: more sentenced people than N, a prosecutor's request instead of a verdict,
verdicts told far from «all N», a possible future arrest; an administrative case («по делу об
административном правонарушении»), a case named in another clause, a fine only asked for.
"""

from __future__ import annotations

from vigil.model import Extraction


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


def _arrested(result: Extraction) -> set[str]:
    by_id = {p.id: p.name for p in result.persons}
    return {by_id[pid] for e in result.events if e.type == "arrest" for pid in e.persons}


def test_all_n_arrest_after_the_verdicts_and_an_acquittal(run):
    result = _ru(
        run,
        "Октябрьский районный суд Самары вынес приговор по делу библиотекарей. Марина Козлова "
        "получила четыре года колонии, Павел Дроздов — три года условно. Третьего обвиняемого, "
        "Семёна Лаптева, суд оправдал и освободил в зале.\n\n"
        "Всех троих задержали в мае прошлого года после обыска в читальном зале.",
    )
    assert _arrested(result) == {"Марина Козлова", "Павел Дроздов", "Семён Лаптев"}
    assert any(e.type == "arrest" and e.count == 3 for e in result.events)


def test_all_n_arrest_with_unnamed_acquitted_rest(run):
    result = _ru(
        run,
        "Суд в Казани приговорил Артура Валиева к шести годам колонии, а Эдуарда Хасанова — к "
        "пяти. Ещё двоих подсудимых суд оправдал.\n\n"
        "Всех четверых задержали осенью 2024 года на съёмной квартире.",
    )
    assert {"Артур Валиев", "Эдуард Хасанов"} <= _arrested(result)


def test_all_n_arrest_before_the_verdicts(run):
    result = _ru(
        run,
        "Всех четверых активистов задержали в феврале на выходе из кафе.\n\n"
        "Ленинский районный суд Перми огласил приговор в четверг. Дмитрию Ступину назначили пять "
        "лет колонии, Анне Беловой — три года колонии-поселения.\n\n"
        "Двоих фигурантов суд оправдал.",
    )
    assert {"Дмитрий Ступин", "Анна Белова"} <= _arrested(result)


# -- traps -----------------------------------------------------------------------------------------


def test_trap_more_sentenced_than_all_n(run):
    result = _ru(
        run,
        "Суд приговорил Марину Козлову к четырём годам колонии, Павла Дроздова — к трём, Семёна "
        "Лаптева — к двум, Олега Бурова — к пяти.\n\n"
        "Всех троих задержали в мае прошлого года.",
    )
    assert _arrested(result) == set()


def test_trap_prosecutor_request_is_no_verdict(run):
    result = _ru(
        run,
        "Прокурор запросил для Марины Козловой и Павла Дроздова по пять лет колонии. Приговор "
        "огласят в понедельник.\n\n"
        "Всех троих задержали в мае прошлого года.",
    )
    assert _arrested(result) == set()


def test_trap_verdicts_told_far_away(run):
    result = _ru(
        run,
        "Суд приговорил Марину Козлову к четырём годам колонии, Павла Дроздова — к трём.\n\n"
        "Родные осуждённых собирают деньги на апелляцию.\n\n"
        "Правозащитники называют дело сфабрикованным.\n\n"
        "Тем временем в Уфе задержали блогеров Рината Галиева и Азата Идрисова за пост о "
        "мобилизации.\n\n"
        "Всех троих задержали в мае прошлого года на акции у мэрии.",
    )
    assert _arrested(result) <= {"Ринат Галиев", "Азат Идрисов"}


def test_trap_possible_future_arrest(run):
    result = _ru(
        run,
        "Суд приговорил Марину Козлову к четырём годам колонии, а Павла Дроздова — к трём "
        "условно.\n\n"
        "Всех троих могут задержать снова, если они нарушат условия.",
    )
    assert _arrested(result) == set()


# -- a fine of a named criminal case or in absentia ---------------------------------------------


def _sentenced(result: Extraction) -> set[str]:
    by_id = {p.id: p.name for p in result.persons}
    return {by_id[pid] for e in result.events if e.type == "sentence" for pid in e.persons}


def test_fine_in_a_named_case(run):
    result = _ru(
        run,
        "Суд в Твери оштрафовал на 700 тысяч рублей учительницу Веру Саблину по делу о «дискредитации» "
        "армии за разговор с учениками.",
    )
    assert "Вера Саблина" in _sentenced(result)


def test_fine_in_absentia(run):
    result = _ru(
        run,
        "Живущего в Вильнюсе музыканта Кирилла Громыко заочно оштрафовали на 300 базовых величин за "
        "песню о выборах.",
    )
    assert "Кирилл Громыко" in _sentenced(result)


def test_trap_fine_in_an_administrative_case(run):
    result = _ru(
        run,
        "Пенсионерку Зою Котову оштрафовали на 30 тысяч рублей по делу об административном "
        "правонарушении за плакат на балконе.",
    )
    assert "Зоя Котова" not in _sentenced(result)


def test_trap_case_told_in_another_clause(run):
    result = _ru(
        run,
        "Активиста Олега Сизова оштрафовали на 20 тысяч рублей за пикет, а дело о «фейках» против "
        "него закрыли.",
    )
    assert "Олег Сизов" not in _sentenced(result)


def test_trap_fine_only_asked_for(run):
    result = _ru(
        run,
        "Обвинение просит оштрафовать заочно блогера Антона Лисицу на 500 базовых величин; приговор "
        "огласят через неделю.",
    )
    assert "Антон Лисица" not in _sentenced(result)
