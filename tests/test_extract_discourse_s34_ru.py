"""Russian events told across sentences of a whole article (session 34), in wordings written for
these tests (not sentences of the read sets): a role noun («задержали сварщика», «приговорил
инженера») points back to the person whose first mention gave that role, however many sentences
before, past a hometown between the role and the name («сварщика из Ангарска X»); «Среди них — A,
B» after a sentence that counts a group joins the event told of a group of that very size
paragraphs before (the sentence's own verb may be no trigger: «увезли семерых»); a counted
participle noun hung on a lawyer's, a relative's or «интересы» («представляющий интересы двоих
задержанных», «защитник троих осуждённых X») is a group told before, no event of its own and no
event of the lawyer named after it."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events, terms


class TestRoleNounFarBack:
    @pytest.mark.parametrize(
        ("text", "pair"),
        [
            (
                "Суд в Перми приговорил 29-летнего программиста из Березников Олега Сайфутдинова к "
                "пяти годам колонии. Поводом для дела стали комментарии в соцсетях. Следствие длилось "
                "больше года. Прокурор просил для Сайфутдинова семь лет. Защита намерена обжаловать "
                "приговор. Задержали программиста в марте 2023 года у подъезда.",
                ("arrest", "Олег Сайфутдинов"),
            ),
            (
                "Мировой суд оштрафовал учительницу из Набережных Челнов Наталью Гарипову. Об этом "
                "сообщили правозащитники. Поводом стал пост о войне. Школа уже уволила Гарипову. "
                "Коллеги собирают подписи в её поддержку. Задержали учительницу прямо на уроке.",
                ("arrest", "Наталья Гарипова"),
            ),
            (
                "В больнице колонии умер 60-летний инженер из Таганрога Павел Осипов. О смерти "
                "сообщили родственники. Во ФСИН назвали причиной сердечную недостаточность. "
                "Следственный комитет начал проверку. Осипова задержали в 2022 году. В мае военный "
                "суд приговорил инженера к 12 годам колонии строгого режима.",
                ("sentence", "Павел Осипов"),
            ),
        ],
    )
    def test_role_noun_takes_the_person_it_introduced(self, run, text, pair) -> None:
        assert pair in events(run(text, "ru"))

    def test_term_goes_to_the_role_far_back(self, run) -> None:
        text = (
            "В больнице колонии умер 60-летний инженер из Таганрога Павел Осипов. О смерти "
            "сообщили родственники. Во ФСИН назвали причиной сердечную недостаточность. "
            "Следственный комитет начал проверку. Осипова задержали в 2022 году. В мае военный "
            "суд приговорил инженера к 12 годам колонии строгого режима."
        )
        assert terms(run(text, "ru")) == {"Павел Осипов": 144}

    def test_role_of_another_person_is_not_taken(self, run) -> None:
        """Trap: the latest man named is a locksmith; the journalist is the one named before."""
        text = (
            "Журналиста из Томска Игоря Лебедева обвинили в фейках об армии. Обыск у Лебедева "
            "длился шесть часов. Его сосед, слесарь Пётр Гусев, рассказал, что слышал крики. "
            "Задержали журналиста на следующее утро."
        )
        found = events(run(text, "ru"))
        assert ("arrest", "Игорь Лебедев") in found
        assert ("arrest", "Пётр Гусев") not in found


class TestAmongThemJoinsTheSizedGroup:
    def test_among_them_after_a_count_far_from_its_event(self, run) -> None:
        text = (
            "В Уфе полиция задержала пятерых участников схода в защиту Куштау. Акция проходила у "
            "здания правительства. Участники держали плакаты. По словам очевидцев, силовики "
            "действовали жёстко. Видео разошлось по соцсетям.\n\n"
            "Кто эти люди\n\n"
            "Всего в отделы доставили пятерых человек. Среди них — пенсионер Ринат Галиев и "
            "студентка Лилия Хасанова."
        )
        result = run(text, "ru")
        assert {("arrest", "Ринат Галиев"), ("arrest", "Лилия Хасанова")} <= events(result)
        assert ("arrest", 5) in counts(result)

    def test_among_them_release_told_in_the_headline(self, run) -> None:
        text = (
            "Власти освободили 12 заключённых по амнистии\n\n"
            "Амнистию объявили к годовщине конституции. Правозащитники назвали её запоздалой. "
            "Списки освобождённых не публиковали. Родственники ждали у ворот колонии с утра. "
            "Некоторые приехали из других городов.\n\n"
            "Вечером на автобусах из колонии уехали двенадцать человек. Среди них — журналист "
            "Денис Ким и фермер Олег Руденко."
        )
        found = events(run(text, "ru"))
        assert {("release", "Денис Ким"), ("release", "Олег Руденко")} <= found


class TestOwnedGroupIsNoEvent:
    @pytest.mark.parametrize(
        "text",
        [
            "Адвокат Эмиль Асанов, представляющий интересы двоих задержанных, заявил, что защиту не "
            "пустили к подзащитным.",
            "Защитник троих осуждённых Марк Белов подал апелляцию в областной суд.",
            "Родственники пятерых арестованных написали письмо омбудсмену.",
            "Интересы четверых задержанных в суде представляет адвокат Ольга Сидорова.",
        ],
    )
    def test_no_count_and_no_lawyer_event(self, run, text) -> None:
        result = run(text, "ru")
        assert counts(result) == set()
        assert events(result) == set()

    def test_a_named_detainee_of_the_lawyer_keeps_the_event(self, run) -> None:
        """Control: a singular participle with its own name is that person's event."""
        result = run("Адвокат задержанного Ивана Петрова сообщил, что его подзащитного избили.", "ru")
        assert ("arrest", "Иван Петров") in events(result)


class TestOwnedKinNamesItself:
    @pytest.mark.parametrize(
        ("text", "pair"),
        [
            (
                "Нашего двоюродного брата Бахтияра Юсупова задержали в Самарканде в прошлом году.",
                ("arrest", "Бахтияр Юсупов"),
            ),
            (
                "Мы узнали, что нашего старшего сына Руслана Ахмедова арестовали в Баку.",
                ("arrest", "Руслан Ахмедов"),
            ),
            ("Его младшую сестру Лейлу Гасанову задержали на границе.", ("arrest", "Лейла Гасанова")),
            (
                "Моего родного дядю Виктора Карпова осудили на три года колонии.",
                ("sentence", "Виктор Карпов"),
            ),
        ],
    )
    def test_owner_and_adjectives_before_the_kin_noun(self, run, text, pair) -> None:
        """«нашего двоюродного брата X»: with an owner before the kin noun the name is the kin's
        own, whatever adjectives stand between («брата X» alone may be X's brother)."""
        assert pair in events(run(text, "ru"))


class TestSubjectOfRefusalWentThroughIt:
    @pytest.mark.parametrize(
        ("text", "pair"),
        [
            (
                "Ещё один помилованный, 45-летний слесарь Виктор Голуб, отказался пересекать границу.",
                ("release", "Виктор Голуб"),
            ),
            (
                "Ещё одна освобождённая, библиотекарь Анна Климович, потребовала вернуть ей паспорт.",
                ("release", "Анна Климович"),
            ),
        ],
    )
    def test_participle_subject_of_a_refusal(self, run, text, pair) -> None:
        """«Ещё один помилованный, X, отказался …»: the refusal is of what follows it, the one
        who refuses was pardoned."""
        assert pair in events(run("Лукашенко помиловал 20 политзаключённых. " + text, "ru"))

    @pytest.mark.parametrize(
        "text",
        [
            "Виктор Голуб отказался от помилования и остался в колонии.",
            "Прокурор потребовал арестовать Анну Климович.",
            "Адвокаты отказались освобождать Олега Ивлева от обязательств по договору.",
        ],
    )
    def test_refused_or_requested_event_is_no_event(self, run, text) -> None:
        assert events(run(text, "ru")) == set()


class TestRemovalRetoldOfTheExpelled:
    def test_removal_of_one_expelled_before_frees_no_one(self, run) -> None:
        """«… выдворили в Узбекистан. … Каримова вывезли из спецприёмника»: the same expulsion
        retold in other words, a migrant handed to his country's jail, no release."""
        text = (
            "В 2020 году блогера Рустама Каримова задержали в Санкт-Петербурге и выдворили в "
            "Узбекистан. В Ташкенте его осудили на семь лет.\n\n"
            "Сестра блогера рассказала, как всё было. По её словам, Каримова вывезли ночью из "
            "спецприёмника, а семье сообщили уже из Ташкента."
        )
        found = events(run(text, "ru"))
        assert ("deportation", "Рустам Каримов") in found
        assert ("release", "Рустам Каримов") not in found

    def test_extradited_then_removed(self, run) -> None:
        text = (
            "Активиста Фаррух Юлдашева в 2021 году выдали Таджикистану по запросу генпрокуратуры. "
            "Правозащитники напоминают, что ЕСПЧ просил этого не делать. Юлдашева вывезли из "
            "изолятора под конвоем."
        )
        assert ("release", "Фаррух Юлдашев") not in events(run(text, "ru"))

    def test_control_a_pardoned_prisoner_driven_abroad_is_freed(self, run) -> None:
        text = "Власти Беларуси помиловали журналиста Игоря Лосика. Его вывезли в Литву."
        assert {("release", "Игорь Лосик"), ("deportation", "Игорь Лосик")} <= events(run(text, "ru"))


class TestTheyAreTheFrontedGroup:
    @pytest.mark.parametrize(
        ("text", "etype", "people"),
        [
            (
                "Ирина Зубарева и ещё двое — Павел Ким и Олег Руденко — домой не вернулись. Ночью "
                "их вывезли к литовской границе.",
                "deportation",
                {"Ирина Зубарева", "Павел Ким", "Олег Руденко"},
            ),
            (
                "Журналистка Анна Белова, фотограф Марк Зимин и оператор Денис Шаров третий день не "
                "выходят на связь. Их задержали в Минске.",
                "arrest",
                {"Анна Белова", "Марк Зимин", "Денис Шаров"},
            ),
        ],
    )
    def test_plural_pronoun_is_the_names_before_the_verb(self, run, text, etype, people) -> None:
        """«X и ещё двое — A и B — …. Их вывезли»: names opening the sentence before its verb
        (a counted group and its dashed list) are whom «их» means."""
        found = events(run(text, "ru"))
        assert {(etype, name) for name in people} <= found

    def test_owners_in_the_genitive_are_not_them(self, run) -> None:
        """Trap: «их» are the wife and the sister, who go unnamed."""
        text = "Жена Ивана Петрова и сестра Олега Сидорова пришли к зданию суда. Вечером их задержали."
        assert events(run(text, "ru")) == set()


class TestFamilyPlural:
    def test_plural_surname_is_the_family_named_before(self, run) -> None:
        """«Соколовых задержали»: the Sokolovs named before, not a person «Соколовых»; the
        mother named after the event is not among them."""
        text = (
            "Марина Соколова и её брат Андрей Соколов вели телеграм-канал о войне. В мае "
            "Соколовых задержали в Твери. Их мать Елена Соколова говорит, что ждала обыска."
        )
        found = events(run(text, "ru"))
        assert {("arrest", "Марина Соколова"), ("arrest", "Андрей Соколов")} <= found
        assert ("arrest", "Елена Соколова") not in found
        assert not any(name.endswith("ых") for _, name in found)

    def test_plural_surname_beside_another_name(self, run) -> None:
        text = (
            "Суд приговорил программиста Кирилла Орешкина к шести годам. Его сестра Полина "
            "Орешкина получила три года условно. Орешкиных и Ладыгина задержали в сентябре."
        )
        found = events(run(text, "ru"))
        assert {("arrest", "Кирилл Орешкин"), ("arrest", "Полина Орешкина")} <= found
