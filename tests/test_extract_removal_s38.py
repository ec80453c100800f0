"""Removal abroad said the language's ways (session 38, removal helper), in wording invented for
these tests: a border or a country that only places another place, a headline that removes the
freed, a journey against the person's will to a country, dumped across a border (English);
«за пределы страны», «за границу», «через границу», driven to or found abroad right after a
release (Russian); «адвезлі ў Літву» (Belarusian); and whoever refused to leave or stayed at
home, told anywhere in the article, is no member of a group's removal (Russian, Belarusian) —
each with traps that must not fire."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts


def _removed(pairs: set[tuple[str, str]]) -> set[str]:
    return {name for etype, name in pairs if etype == "deportation"}


# -- English: the border is the destination, not a word placing another place ----------------

_LEAD = "Minsk pardoned a group of political prisoners on Tuesday. "


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "The teacher Mikhail Rudak was transferred to a prison near the Lithuanian border.",
        _LEAD + "Officers moved Mikhail Rudak to a penal colony close to the Polish frontier.",
        _LEAD + "Mikhail Rudak was taken to a detention centre near the Latvian border for questioning.",
    ],
)
def test_a_place_near_the_border_is_no_removal(extract_text, text) -> None:
    assert not _removed(event_pairs(extract_text(text)))


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Mikhail Rudak was driven to a checkpoint on the Lithuanian border.",
        _LEAD + "Guards took Mikhail Rudak to the Lithuanian side of the border.",
        _LEAD + "Mikhail Rudak was driven to the border near Medininkai at dawn.",
    ],
)
def test_the_border_itself_is_a_removal(extract_text, text) -> None:
    assert "Mikhail Rudak" in _removed(event_pairs(extract_text(text)))


# -- English headlines: a removal of the freed ----------------------------------------------

_BODY = "\n\nVILNIUS (Reuters) - Officials confirmed the move on Friday, a lawyer said."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Belarus deports freed journalist Darya Kosik to Lithuania" + _BODY, "Darya Kosik"),
        ("Russia expels jailed activist Boris Lensky to Germany" + _BODY, "Boris Lensky"),
        ("Nicaragua expels pardoned priest Rolando Mendoza to Guatemala" + _BODY, "Rolando Mendoza"),
    ],
)
def test_a_headline_removes_the_freed(extract_text, text, name) -> None:
    assert name in _removed(event_pairs(extract_text(text)))


def test_a_headline_that_frees_removes_nobody(extract_text) -> None:
    result = extract_text("Belarus frees jailed journalist Darya Kosik" + _BODY)
    assert ("release", "Darya Kosik") in event_pairs(result)
    assert not _removed(event_pairs(result))


# -- English: a journey against the person's will to a country -----------------------------

# (the story names the destination first, so it is taken for the story's own country)
_GERMAN_LEAD = "Germany welcomed the exchange. Russia jailed Oleg Varin in 2022. "


@pytest.mark.parametrize(
    "text",
    [
        _GERMAN_LEAD + "Released on Monday, Oleg Varin was flown to Germany without his consent.",
        _GERMAN_LEAD + "He was freed in the swap and flown to Germany the same day, without his consent.",
        _GERMAN_LEAD + "Oleg Varin was forcibly taken to Poland.",
        _GERMAN_LEAD + "Guards put Oleg Varin on a flight to Germany against his will.",
    ],
)
def test_forced_to_a_country_is_a_removal(extract_text, text) -> None:
    assert "Oleg Varin" in _removed(event_pairs(extract_text(text)))


@pytest.mark.parametrize(
    "text",
    [
        _GERMAN_LEAD + "Oleg Varin was flown to Germany for treatment.",
        _GERMAN_LEAD + "Oleg Varin was flown to Germany without his passport.",
        _GERMAN_LEAD + "Oleg Varin could be flown to Germany without his consent.",
    ],
)
def test_a_journey_not_forced_is_no_removal(extract_text, text) -> None:
    assert not _removed(event_pairs(extract_text(text)))


# -- English: dumped across the border -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Guards dumped Mikhail Rudak across the Latvian border.",
        _LEAD + "Hours after his release, Mikhail Rudak was bundled into a car and dumped across the "
        "Latvian border.",
    ],
)
def test_dumped_across_the_border_is_a_removal(extract_text, text) -> None:
    assert "Mikhail Rudak" in _removed(event_pairs(extract_text(text)))


def test_left_across_the_border_from_family_is_no_removal(extract_text) -> None:
    text = _LEAD + "Mikhail Rudak was left across the border from his family."
    assert not _removed(event_pairs(extract_text(text)))


# -- Russian: the language's other ways of a removal ---------------------------------------

_RU_LEAD = "Лукашенко помиловал 14 политзаключённых. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_RU_LEAD + "Тимура Белова вывезли за пределы Беларуси.", "Тимур Белов"),
        (_RU_LEAD + "Тимура Белова силой вывезли за пределы страны.", "Тимур Белов"),
        (_RU_LEAD + "Жанну Ковчук принудительно отправили за границу.", "Жанна Ковчук"),
        (_RU_LEAD + "Тимура Белова переправили через литовскую границу.", "Тимур Белов"),
        (_RU_LEAD + "После помилования Жанну Ковчук под конвоем доставили в Вильнюс.", "Жанна Ковчук"),
        (_RU_LEAD + "После освобождения Жанна Ковчук оказалась в Литве.", "Жанна Ковчук"),
        (_RU_LEAD + "Жанна Ковчук оказалась за границей в тот же день.", "Жанна Ковчук"),
        (_RU_LEAD + "В Латвии оказались Жанна Ковчук и Тимур Белов.", "Тимур Белов"),
    ],
)
def test_ru_removal_wordings(run, text, name) -> None:
    assert name in _removed(event_pairs(run(text, "ru")))


@pytest.mark.parametrize(
    "text",
    [
        "Суд в Минске рассмотрел дело журналистов. Жанна Ковчук оказалась в Литве ещё в 2020 году.",
        "Суд в Минске рассмотрел дело журналистов. В Литве оказались Жанна Ковчук и Тимур Белов.",
        "Власти грозили вывезти Тимура Белова за пределы страны.",
        "Тимура Белова могут отправить за границу.",
        "Тимур Белов живёт за границей с 2019 года.",
        _RU_LEAD + "После освобождения Тимур Белов уехал за границу.",
        _RU_LEAD + "Жанну Ковчук доставили в Минск.",
        # (a capital at home, the story's country not Belarus: no word of abroad)
        "Суд в Бишкеке освободил журналистку Айгуль Мамбетову. Её и ещё троих тогда доставили в Бишкек, "
        "часть из них позже отпустили.",
        "Тимур Белов планирует переправить семью через границу.",
    ],
)
def test_ru_stay_departure_or_threat_is_no_removal(run, text) -> None:
    assert not _removed(event_pairs(run(text, "ru")))


# -- Belarusian: driven to a place abroad ---------------------------------------------------


def test_be_driven_abroad_after_release(run) -> None:
    text = "Лукашэнка памілаваў 14 палітвязняў. Рамана Шуляка пасля вызвалення адвезлі ў Літву."
    assert "Раман Шуляк" in _removed(event_pairs(run(text, "be")))


@pytest.mark.parametrize(
    "text",
    [
        "Лукашэнка памілаваў 14 палітвязняў. Рамана Шуляка адвезлі ў Мінск.",
        "Рамана Шуляка затрымалі і адвезлі ў ізалятар.",
    ],
)
def test_be_driven_at_home_is_no_removal(run, text) -> None:
    assert not _removed(event_pairs(run(text, "be")))


# -- Russian and Belarusian: who refused to leave or stayed home ----------------------------


def test_ru_member_who_refused_later_is_not_removed(run) -> None:
    text = (
        "Остальных девятерых ночью посадили в автобус и под конвоем вывезли к литовской границе. "
        "Среди них — программист Денис Шарко и активистка Вера Гуль. "
        "По словам правозащитников, Шарко отказался переходить границу. "
        "Его посадили обратно в машину и увезли."
    )
    result = run(text, "ru")
    assert _removed(event_pairs(result)) == {"Вера Гуль"}
    assert ("release", "Денис Шарко") in event_pairs(result)
    assert ("deportation", 9) in group_counts(result)  # told before the refusal: not lowered


def test_ru_who_stayed_in_the_country_is_not_removed(run) -> None:
    text = (
        "Лукашенко помиловал 16 политзаключённых. Восемь из них в тот же день вывезли к литовской "
        "границе. Пенсионер Аркадий Мисюк, которого также помиловали, остался в Беларуси и "
        "вернулся домой в Гомель."
    )
    result = run(text, "ru")
    assert "Аркадий Мисюк" not in _removed(event_pairs(result))
    assert ("release", "Аркадий Мисюк") in event_pairs(result)


def test_be_one_of_those_who_stayed_is_not_removed(run) -> None:
    text = (
        "Улады вызвалілі 14 палітвязняў. Дванаццаць з іх у той жа дзень вывезлі ў Літву. "
        "Двое адмовіліся з'язджаць і засталіся ў Беларусі; адзін з іх — Юліян Корзун."
    )
    result = run(text, "be")
    assert "Юліян Корзун" not in _removed(event_pairs(result))
    assert ("deportation", 12) in group_counts(result)


def test_be_refusal_with_the_leaving_fronted(run) -> None:
    text = (
        "Восем памілаваных вывезлі ў Літву. Сярод памілаваных — інжынер Уладзімер Крот і студэнт "
        "Мікіта Ясюк. Восьмым у мікрааўтобусе ехаў Мікіта Ясюк, але перасякаць мяжу ён адмовіўся."
    )
    result = run(text, "be")
    assert "Мікіта Ясюк" not in _removed(event_pairs(result))
    assert "Уладзімер Крот" in _removed(event_pairs(result))


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        # a stay in a jail or a refusal of something else takes no one out of the removal
        (
            "Восемь помилованных вывезли в Литву. Среди них — Денис Шарко. Шарко остался в колонии "
            "до утра, а затем его вывезли.",
            "ru",
            "Денис Шарко",
        ),
        (
            "Восемь помилованных вывезли в Литву. Среди них — Денис Шарко. Шарко отказался от комментариев.",
            "ru",
            "Денис Шарко",
        ),
    ],
)
def test_other_stays_and_refusals_keep_the_removal(run, text, lang, name) -> None:
    assert name in _removed(event_pairs(run(text, lang)))


# -- English: one's own move after a release is no removal ---------------------------------

_VN_LEAD = "Hanoi jailed the blogger Tran Van Binh in 2021. "


@pytest.mark.parametrize(
    "text",
    [
        _VN_LEAD + "Binh was freed last May in an amnesty, and has since moved to Germany with his family.",
        _VN_LEAD + "Binh was freed last May and moved to France with his wife.",
        _VN_LEAD + "Binh was released in May and later flew to Berlin for a conference.",
    ],
)
def test_own_move_after_release_is_no_removal(extract_text, text) -> None:
    result = extract_text(text)
    assert ("release", "Tran Van Binh") in event_pairs(result)
    assert not _removed(event_pairs(result))


@pytest.mark.parametrize(
    "text",
    [
        _VN_LEAD + "Binh was freed in May and flown to Germany against his will.",
        _VN_LEAD + "Binh was freed in May and has since been deported to Germany.",
        _VN_LEAD + "Binh was freed in May and deported to France.",
    ],
)
def test_a_removal_joined_to_a_release(extract_text, text) -> None:
    assert "Tran Van Binh" in _removed(event_pairs(extract_text(text)))
