"""Russian national news (session 60, helper berealsrc: rules from the real RBC yardstick
`realnews6-ru`), in wordings written for these tests:

* a release from a post is no release from custody also when the post stands far before the
  verb: the parse hangs «от … должности» on the verb («от занимаемой с весны 2019 года
  должности заместителя губернатора X освобождается»). Traps: a release from a SIZO stays a
  release; a post named in another clause of the sentence does not hide the release.
* a death while being detained or questioned is a death in custody: the verb's own «при / во
  время / по задержании» with no object of its own, «во время следственных мероприятий», or
  the dead described as detainees («после смерти задержанного X»). Traps: an officer's death
  «при задержании» is no detainee's; «при задержании преступника» is someone else's arrest;
  a death after a release is none; a death with no word of custody stays none.
"""

from __future__ import annotations

from tests.test_extract_ru import counts, events

# -- a release from a post, however far the post stands -------------------------------------------


def test_a_far_post_before_the_verb_is_a_release_from_office(run):
    result = run(
        "В распоряжении сказано, что от занимаемой с весны 2019 года должности заместителя "
        "губернатора Олег Ранцев освобождается.",
        "ru",
    )
    assert ("release", "Олег Ранцев") not in events(result)


def test_a_far_post_after_the_name_is_a_release_from_office(run):
    result = run(
        "Глава управления Игорь Лаптев указом президента от временно исполняемых им с прошлого "
        "года обязанностей освобождён.",
        "ru",
    )
    assert ("release", "Игорь Лаптев") not in events(result)


def test_trap_a_release_from_a_sizo_stays_a_release(run):
    result = run("Журналистку Анну Корнееву освободили из СИЗО под подписку о невыезде.", "ru")
    assert ("release", "Анна Корнеева") in events(result)


def test_trap_a_post_in_another_clause_does_not_hide_the_release(run):
    result = run(
        "Бывший чиновник Павел Рябов, которого в марте уволили с должности, вчера был освобождён "
        "из колонии по отбытии срока.",
        "ru",
    )
    assert ("release", "Павел Рябов") in events(result)


# -- a death while detained or questioned ---------------------------------------------------------


def test_a_death_during_detention_is_a_death_in_custody(run):
    result = run("Фермер Тимур Галиев скончался во время задержания в своём доме под Уфой.", "ru")
    assert ("death", "Тимур Галиев") in events(result)


def test_a_counted_death_during_questioning_is_a_death_in_custody(run):
    result = run("Трое подозреваемых умерли во время следственных мероприятий, ещё двоих арестовали.", "ru")
    assert ("death", 3) in counts(result)


def test_the_death_of_a_named_detainee_is_a_death_in_custody(run):
    result = run("После смерти задержанного Рустама Сайфуллина в Казани прошли пикеты.", "ru")
    assert ("death", "Рустам Сайфуллин") in events(result)


def test_trap_an_officer_who_died_during_an_arrest_is_no_detainee(run):
    result = run("Сержант полиции Денис Орлов погиб при задержании в Махачкале.", "ru")
    assert ("death", "Денис Орлов") not in events(result)


def test_trap_a_death_during_someone_elses_arrest_is_none(run):
    result = run("Водитель Сергей Мухин погиб при задержании вооружённых грабителей.", "ru")
    assert ("death", "Сергей Мухин") not in events(result)


def test_trap_a_death_after_release_is_none(run):
    result = run("Вышедший на свободу в мае Глеб Носов умер дома от инфаркта.", "ru")
    assert ("death", "Глеб Носов") not in events(result)


def test_trap_a_death_with_no_word_of_custody_stays_none(run):
    result = run("Известный врач Пётр Савин скончался в больнице после долгой болезни.", "ru")
    assert ("death", "Пётр Савин") not in events(result)
