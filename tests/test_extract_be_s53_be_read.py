"""Belarusian extraction, session 53 (helper be-read): classes of language behind missed events of
the Belarusian read sets (syn43-be-b newly readable), each counted across all the read sets before
it was written (docs/extract-ru-be.md, session 53), in wordings of our own, with traps.

* a handover into another state — «у Літву перадалі N чалавек», «перадалі ў Польшчу», «з N
  перададзеных Літве», «на пункце пропуску … перадаў N» — is a removal abroad; a letter or papers
  handed over are no one's removal;
* those who rode in the bus of a counted release and removal abroad («Са мной у аўтобусе ехалі X і
  Y», «Побач са мной сядзеў X» after a question about the bus) join it; a cellmate or a neighbour
  on the court bench does not, nor a rider who refused to cross the border joins the removal;
* a verdict noun whose term is told in a long aside between dashes before «дастацца» («Найменшае
  пакаранне — …, — дасталося X») is a verdict; «таксама дасталося» (no verdict noun) is none;
* a penal place told with two adjectives («пакінула Гомельскую жаночую калонію») or with its town
  before a fronted verb («з калоніі № 3 у Віцебску выйшаў X») is left on release; «пакінулі ў
  ізалятары» (kept in custody) is no release.
"""

from __future__ import annotations

from tests.test_extract_ru import counts, events, terms

# ---- a handover into another state


def test_handover_into_a_state_with_the_destination_fronted(be):
    result = be("Вызваленне: праз пункт «Беняконі» у Літву перадалі 12 чалавек.")
    assert ("deportation", 12) in counts(result)


def test_handover_at_the_checkpoint(be):
    result = be(
        "Памежнікі Літвы паведамілі, што на пункце пропуску «Каменны Лог» беларускі бок перадаў "
        "дзевяць чалавек, вызваленых з калоній."
    )
    assert ("deportation", 9) in counts(result)


def test_handover_participle_leads_a_list(be):
    result = be(
        "Сёння на волю выйшлі 11 палітвязняў. Вядомыя імёны. Сярод перададзеных Літве:\n"
        "— Васіль Мароз, настаўнік з Мазыра;\n"
        "— Алена Дудко, медсястра з Оршы.\n"
    )
    for name in ("Васіль Мароз", "Алена Дудко"):
        assert ("deportation", name) in events(result)
        assert ("release", name) in events(result)


def test_handover_participle_with_a_counted_part(be):
    result = be(
        "Увечары на волю выйшлі 11 палітвязняў. З 11 перададзеных Польшчы двое — жанчыны, у тым "
        "ліку Алена Дудко."
    )
    assert ("deportation", 2) in counts(result)
    assert ("deportation", "Алена Дудко") in events(result)


def test_handover_into_a_state_named_after_the_verb(be):
    result = be("Учора беларускія ўлады перадалі ў Літву трох палітвязняў.")
    assert ("deportation", 3) in counts(result)


def test_trap_a_letter_handed_over_abroad(be):
    # things, not people: no removal
    result = be(
        "Васіль Мароз перадаў у Польшчу ліст для сястры. Дакументы, перададзеныя Літве, засталіся без адказу."
    )
    assert not any(kind == "deportation" for kind, _ in events(result))
    assert not any(kind == "deportation" for kind, _ in counts(result))


# ---- riders in the bus of a counted release and removal


_FREED = (
    "Размова з Паўлам Шыманскім. У верасні ён быў сярод 30 палітвязняў, якіх вызвалілі і вывезлі ў Літву.\n\n"
)


def test_riders_named_after_a_question_about_the_bus(be):
    result = be(
        _FREED + "Свабода: Хто яшчэ быў у аўтобусе?\n\n"
        "Шыманскі: Побач са мной сядзеў Раман Лукша з Барысава. Праз праход ехала Зоя Трубач, "
        "бібліятэкарка з Кобрына.\n"
    )
    for name in ("Раман Лукша", "Зоя Трубач"):
        assert ("release", name) in events(result)
        assert ("deportation", name) in events(result)


def test_riders_with_the_bus_in_their_own_sentence(be):
    result = be(
        "Размова з Паўлам Шыманскім. У верасні ён быў сярод 30 палітвязняў, якіх памілавалі. Амаль "
        "усіх іх у той жа дзень вывезлі ў Літву.\n\n"
        "Шыманскі: Са мной у мікрааўтобусе да самай мяжы ехалі Раман Лукша і Зоя Трубач.\n"
    )
    for name in ("Раман Лукша", "Зоя Трубач"):
        assert ("release", name) in events(result)
        assert ("deportation", name) in events(result)


def test_trap_a_cellmate_is_no_rider(be):
    result = be(_FREED + "Шыманскі: У калоніі са мной сядзеў Раман Лукша з Барысава. Ён там дагэтуль.\n")
    assert ("release", "Раман Лукша") not in events(result)
    assert ("deportation", "Раман Лукша") not in events(result)


def test_trap_a_neighbour_on_the_court_bench(be):
    result = be(
        "Суд у Барысаве. На лаве побач з ім сядзеў Раман Лукша. Раней 30 палітвязняў вызвалілі і "
        "вывезлі ў Літву.\n"
    )
    assert ("release", "Раман Лукша") not in events(result)
    assert ("deportation", "Раман Лукша") not in events(result)


def test_trap_a_rider_who_refused_to_cross(be):
    result = be(
        _FREED + "Шыманскі: У аўтобусе побач са мной сядзеў Раман Лукша з Барысава. Калі аўтобус "
        "спыніўся на мяжы, ён адмовіўся ехаць у Літву, і яго павезлі назад у калонію.\n"
    )
    assert ("release", "Раман Лукша") in events(result)
    assert ("deportation", "Раман Лукша") not in events(result)


def test_trap_no_rider_without_a_removal(be):
    # a bus and riders, but the text tells no removal abroad
    result = be(
        "У лістападзе 30 палітвязняў вызвалілі па амністыі. Зміцер Бут расказаў, што з ім у аўтобусе "
        "да Мінска ехаў Раман Лукша.\n"
    )
    assert ("deportation", "Раман Лукша") not in events(result)


# ---- a penal place with two adjectives or its town


def test_leaving_a_colony_told_with_two_adjectives(be):
    result = be("Вызваленні. 3 ліпеня Ганна Сідарук пакінула Віцебскую жаночую калонію № 3.")
    assert ("release", "Ганна Сідарук") in events(result)


def test_fronted_colony_with_its_town(be):
    result = be("Вызваленні. 5 ліпеня з калоніі № 3 у Віцебску выйшаў Андрэй Навумчык, кіроўца з Лепеля.")
    assert ("release", "Андрэй Навумчык") in events(result)


def test_trap_kept_in_the_isolator(be):
    result = be(
        "Затрыманні. Ганну Сідарук адпусцілі, а Андрэя Навумчыка пакінулі ў ізалятары часовага ўтрымання."
    )
    assert ("release", "Андрэй Навумчык") not in events(result)


# ---- a verdict noun whose term is told in a long aside between dashes


def test_verdict_noun_with_a_long_aside_before_dastatstsa(be):
    result = be(
        "Прысуд. Найменшае пакаранне — два гады абмежавання волі без накіравання ў папраўчую "
        "ўстанову, так званую «хатнюю хімію», — дасталося 60-гадовай пенсіянерцы Зоі Трубач."
    )
    assert ("sentence", "Зоя Трубач") in events(result)
    assert 24 in terms(result).values()


def test_trap_dastalosia_with_no_verdict(be):
    # «таксама дасталося»: he got it too — no verdict, no term
    result = be("Суд. Малодшаму брату Зоі Трубач, Алесю Трубачу, таксама дасталося.")
    assert not any(kind == "sentence" for kind, _ in events(result))


def test_trap_prosecutors_request_in_the_aside(be):
    result = be("Суд. Пакаранне — пяць гадоў калоніі, як прасіў пракурор, — дасталося Алесю Трубачу.")
    assert not any(kind == "sentence" for kind, _ in events(result))
