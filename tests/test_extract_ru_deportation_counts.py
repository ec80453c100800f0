"""Russian counts and deportations of session 16: the named and N others given by a collective
numeral; a place in the locative after «посадить/отправить» is where someone was jailed, not
where they were sent; a flight abroad under escort; an administrative expulsion frees no
prisoner. Sentences written for these tests."""

from __future__ import annotations

from tests.test_extract_ru import counts, events


def test_named_and_n_others_by_a_collective_numeral_counts_the_named_too(run):
    result = run("Тимура Асанова и ещё шестерых сотрудников фонда «Тоо» задержали в феврале.", "ru")
    assert ("arrest", 7) in counts(result)
    assert ("arrest", "Тимур Асанов") in events(result)


def test_a_place_in_the_locative_is_where_jailed_not_where_sent(run):
    result = run("Блогера Давида Гелашвили посадили в Грузии на четыре года.", "ru")
    assert events(result) == {("sentence", "Давид Гелашвили")}


def test_put_on_a_flight_abroad_is_a_deportation(run):
    result = run("Блогера Бахрома Юсупова в сопровождении полицейских посадили на рейс в Узбекистан.", "ru")
    assert ("deportation", "Бахром Юсупов") in events(result)


def test_an_administrative_expulsion_frees_no_prisoner(run):
    result = run(
        "Суд назначил гражданину Узбекистана Бахтиёру Саидову выдворение из России. Саидова "
        "выдворили в Ташкент.",
        "ru",
    )
    assert ("deportation", "Бахтиёр Саидов") in events(result)
    assert ("release", "Бахтиёр Саидов") not in events(result)
