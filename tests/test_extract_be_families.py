"""Belarusian families from the syn7-be round, on sentences written for these tests: handing a
prisoner over to another state, extradition, removal from the country, lists that go on «акрамя
названых», the signer of a pardon decree, and quotations that run over several paragraphs."""

from __future__ import annotations

from tests.test_extract_ru import counts, events, quotes, terms


def test_handed_over_to_a_foreign_side_is_a_deportation(be):
    result = be("Пасля памілавання палітвязня Аляксея Гурскага ўначы перадалі польскім памежнікам.")
    assert ("deportation", "Аляксей Гурскі") in events(result)


def test_handing_over_documents_is_no_deportation(be):
    result = be("Адвакат Аляксея Гурскага перадаў дакументы ў суд у Вільні.")
    assert not any(kind == "deportation" for kind, _ in events(result))


def test_extradition_to_a_state_in_the_dative(be):
    result = be("Летась Казахстан выдаў Мінску блогера Ігната Латыша.")
    assert ("deportation", "Ігнат Латыш") in events(result)
    assert ("release", "Ігнат Латыш") not in events(result)


def test_publishing_is_no_extradition(be):
    result = be("Пісьменнік Ігнат Латыш выдаў у Мінску новую кнігу.")
    assert not any(kind == "deportation" for kind, _ in events(result))


def test_taken_out_of_the_country(be):
    result = be("Уначы журналістку Вольгу Клімук вывезлі з Беларусі.")
    assert ("deportation", "Вольга Клімук") in events(result)


def test_list_that_goes_on_besides_those_named(be):
    result = be(
        "Лукашэнка памілаваў пяць палітвязняў. Сярод іх — Павел Северын. "
        "Апроч згаданых, у спісе — Вера Шэйка і Алег Зубар."
    )
    assert ("release", 5) in counts(result)
    assert {("release", "Вера Шэйка"), ("release", "Алег Зубар")} <= events(result)


def test_the_signer_of_a_pardon_decree_is_not_freed(be):
    result = be("Аляксандр Лукашэнка падпісаў указ аб вызваленні 12 палітвязняў.")
    assert ("release", 12) in counts(result)
    assert ("release", "Аляксандр Лукашэнка") not in events(result)


def test_a_quotation_over_two_paragraphs_is_one_quote(be):
    result = be(
        "Палітвязня Сцяпана Грэка асудзілі на чатыры гады.\n\n"
        "Маці палітвязня Ала Грэк сказала:\n\n"
        "«Ён трымаецца, але худнее кожны месяц.\n\n"
        "«Лісты ад яго прыходзяць рэдка, і я баюся за яго здароўе»."
    )
    assert ("Ала Грэк", "Ён трымаецца, але") in quotes(result)


def test_joined_names_before_a_dash_repeat_the_verdict_before(be):
    result = be(
        "Суд у Гомелі вынес прысуд блогерам. Раман Кулік атрымаў сем гадоў калоніі. "
        "Янка Сташэвіч і Максім Рудзік — па шэсць гадоў і тры месяцы, "
        "Алена Барысевіч і Лідзія Кухта — па пяць гадоў."
    )
    found = terms(result)
    assert found["Раман Кулік"] == 84
    assert found["Янка Сташэвіч"] == found["Максім Рудзік"] == 75
    assert found["Алена Барысевіч"] == found["Лідзія Кухта"] == 60


def test_according_to_her_is_no_patient(be):
    result = be(
        "Суд асудзіў рэдактарку Вольгу Кавалёву на тры гады.\n\n"
        "Валанцёраў затрымалі ўвосень, калі міліцыя, паводле яе звестак, знайшла ўлёткі."
    )
    assert ("arrest", "Вольга Кавалёва") not in events(result)


def test_collective_numeral_in_the_genitive_counts_the_group(be):
    result = be("У Віцебску сямёх чыгуначнікаў асудзілі на тэрміны ад 3 да 5 гадоў.")
    assert ("sentence", 7) in counts(result)


def test_an_outlet_in_a_byline_is_no_interviewer(be):
    result = be(
        "Былая палітвязніца пра жыццё ў калоніі\n\n"
        "Размаўляла Ганна Лазоўская, Радыё Свабода\n\n"
        "Алена Мікуліч выйшла на волю ў лютым.\n\n"
        "Свабода: Што вы адчулі, калі вас вызвалілі?\n\n"
        "Мікуліч: Спачатку я проста не паверыла, што дзверы адчыненыя."
    )
    assert "Радыё Свабода" not in {p.name for p in result.persons}
    assert not any(q.text.endswith("?") for q in result.quotes)


def test_a_country_in_the_genitive_is_no_person(be):
    result = be(
        "Міністр унутраных спраў Арменіі заявіў, што пратэстоўцаў будуць судзіць. "
        "Паліцыя затрымала студэнта Андрэя Камінскага."
    )
    assert "Арменіі" not in {p.name for p in result.persons}
    assert ("arrest", "Андрэй Камінскі") in events(result)


def test_a_street_or_state_before_a_name_is_no_part_of_it(be):
    result = be(
        "Актывіста затрымалі на праспекце Машэрава. "
        "«Мы будзем змагацца далей», — сказаў каардынатар руху ў штаце Сонара Мігель Арасена."
    )
    found = {p.name for p in result.persons}
    assert "Машэрава" not in found
    assert "Мігель Арасена" in found


def test_a_mans_kin_noun_before_a_womans_name_is_her_relative(be):
    result = be(
        "Настаўніцу Ганну Мацкевіч асудзілі на два гады. Брат Мацкевіч, паводле сяброў, застаецца пад вартай."
    )
    assert ("sentence", "Ганна Мацкевіч") in events(result)
    assert ("arrest", "Ганна Мацкевіч") not in events(result)


def test_a_town_after_from_is_no_part_of_the_name(be):
    result = be("Сярод вызваленых — фермерка з Мендосы Лусія Гарсія, якую асудзілі на шэсць гадоў.")
    assert "Лусія Гарсія" in {p.name for p in result.persons}
    assert ("release", "Лусія Гарсія") in events(result)


def test_a_paragraph_opening_with_a_name_and_ending_in_a_colon_introduces_a_dash_line(be):
    result = be(
        "Палітвязня Васіля Грушу вызвалілі ў аўторак.\n\n"
        "Васіль Груша ля брамы калоніі доўга маўчаў:\n\n"
        "— Я не думаў, што дажыву да гэтага дня."
    )
    assert ("Васіль Груша", "Я не думаў,") in quotes(result)


def test_a_colon_after_an_unnamed_subject_gives_no_speaker(be):
    result = be(
        "Палітвязня Васіля Грушу вызвалілі ў аўторак.\n\n"
        "Каля брамы калоніі было ціха:\n\n"
        "— Ніхто не чакаў, што вароты адчыняцца."
    )
    assert not result.quotes


def test_sent_into_custody_by_a_court_is_an_arrest(be):
    result = be("Раённы суд адправіў пад варту на тры месяцы 30-гадовага праграміста Ігара Шульгу.")
    assert ("arrest", "Ігар Шульга") in events(result)
    assert not any(kind == "sentence" for kind, _ in events(result))
