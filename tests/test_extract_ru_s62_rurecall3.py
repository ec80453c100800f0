"""Russian verbless verdict lines of a digest (session 62, helper rurecall3), in wordings written
for these tests.

Under «Суд признал виновными всех N.» a digest gives one dash line per person («— X-у — 7 лет
колонии;»). The lines with a penal word were read before; a line after them without one
(«— Y-у и Z-у — по пять лет;», «— W-у — два года и два месяца.») got no sentence:

* the Russian reading gave `_sentence_before` only the findings made before the gapped step, so a
  line could not repeat the gapped line before it (the Belarusian reading could);
* it read the heads in the person index's order, not the text's, so the line before was not yet
  read when a later person's line came first in the index;
* a name before the current one on the line («— Y-у и Z-у —») stopped the line from being read
  at all, and `_conjoined_before` kept the names joined by «и» only after a comma, so Y was lost.

Traps: a name inside another's aside («— Вера С., жена Олега С., —») does not take the line;
a line with no term («— X — свидетель по делу») repeats nothing; a demand heading
(«Прокурор запросил:») still gives nothing; an age line («X и Y — 19 и 20 лет») after a
verdict gives no term.
"""

from __future__ import annotations

from vigil.model import Extraction


def term_pairs(result: Extraction) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


def sentenced(result: Extraction) -> set[str]:
    by_id = {p.id: p.name for p in result.persons}
    return {by_id[pid] for e in result.events if e.type == "sentence" for pid in e.persons}


DIGEST = (
    "Итог процесса. Суд признал виновными всех пятерых.\n"
    "— Олегу Смирнову — 6 лет колонии общего режима;\n"
    "— Ирине Павловой — четыре года в колонии общего режима;\n"
    "— Денису Котову и Глебу Фомину — по три года;\n"
    "— Артёму Лесину — год и восемь месяцев.\n"
)


def test_bare_lines_after_penal_lines_of_a_digest(run):
    result = run(DIGEST, "ru")
    assert term_pairs(result) == {
        ("Олег Смирнов", 72),
        ("Ирина Павлова", 48),
        ("Денис Котов", 36),
        ("Глеб Фомин", 36),
        ("Артём Лесин", 20),
    }


def test_a_pair_line_opening_with_both_names(run):
    result = run(
        "Краевой суд приговорил Максима Орехова к семи годам колонии строгого режима. "
        "Роману Белову и Виктору Громову — по пять лет.",
        "ru",
    )
    assert term_pairs(result) == {("Максим Орехов", 84), ("Роман Белов", 60), ("Виктор Громов", 60)}


def test_a_bare_line_with_no_term_repeats_nothing(run):
    result = run(
        "Суд признал виновными обоих.\n"
        "— Олегу Смирнову — 6 лет колонии общего режима;\n"
        "— Денис Котов и Глеб Фомин — свидетели по делу.\n",
        "ru",
    )
    assert term_pairs(result) == {("Олег Смирнов", 72)}
    assert sentenced(result) == {"Олег Смирнов"}


def test_lines_under_a_demand_give_nothing(run):
    result = run(
        "Прокурор запросил для подсудимых такие сроки:\n"
        "— Олегу Смирнову — 6 лет колонии общего режима;\n"
        "— Денису Котову и Глебу Фомину — по три года;\n"
        "— Артёму Лесину — год и восемь месяцев.\n",
        "ru",
    )
    assert term_pairs(result) == set()


def test_ages_after_a_verdict_line_are_no_terms(run):
    result = run(
        "Суд приговорил Максима Орехова к семи годам колонии строгого режима. "
        "Его подельники Роман Белов и Виктор Громов — студенты 19 и 20 лет.",
        "ru",
    )
    assert term_pairs(result) == {("Максим Орехов", 84)}


def test_a_name_inside_an_aside_does_not_take_the_line(run):
    result = run(
        "Суд признал виновными обоих.\n"
        "— Олегу Смирнову — 6 лет колонии общего режима;\n"
        "— Вера Смирнова, жена Олега Смирнова, — два года условно.\n",
        "ru",
    )
    assert ("Олег Смирнов", 24) not in term_pairs(result)
