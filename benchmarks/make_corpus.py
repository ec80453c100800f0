"""A seeded synthetic country and the news that reports it: Vigil's end-to-end measure.

N political prisoners live through ~3 years (arrest, sentence with a term, pardon waves,
releases at the end of a term, expulsions abroad, deaths in custody; some are still held at
the end), named in several spellings and scripts, some sharing a surname. The news reports
them as wire stories, follow-ups with background, weekly digests, group releases, quotes,
relative dates, wire copies (near-duplicates with small edits) and a few bad files. The
truth (`truth.json`) is written beside the articles.

    python benchmarks/make_corpus.py --out /tmp/country [--prisoners 60] [--articles 140]
        [--seed 1] [--languages en,ru,be] [--format txt|jsonl] [--copies 0.05]

The phrasing is written from how news agencies and rights groups write, not from Vigil's
rules: this is a measure, not a training set. `status_on(events, day)` gives a truth person's
status on any day (each person's `history` in truth.json says the same). Details: docs/roll.md.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

__all__ = ["STATUSES", "Corpus", "make_corpus", "status_on", "main"]

WORLD = json.loads((Path(__file__).with_name("corpus_world.json")).read_text(encoding="utf-8"))
STATUSES = ("held", "released", "exiled", "died_in_custody")
START, END = date(2023, 1, 9), date(2025, 12, 19)
_STATUS_OF = {
    "arrest": "held",
    "sentence": "held",
    "release": "released",
    "deportation": "exiled",
    "death": "died_in_custody",
}
_ORDER = {"arrest": 0, "sentence": 1, "release": 2, "deportation": 3, "death": 4}

MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_RU = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
MONTHS_RU_PREP = [
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
]
DAYS_RU = ["в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу", "в воскресенье"]
MONTHS_BE = [
    "студзеня",
    "лютага",
    "сакавіка",
    "красавіка",
    "мая",
    "чэрвеня",
    "ліпеня",
    "жніўня",
    "верасня",
    "кастрычніка",
    "лістапада",
    "снежня",
]
MONTHS_BE_LOC = [
    "студзені",
    "лютым",
    "сакавіку",
    "красавіку",
    "маі",
    "чэрвені",
    "ліпені",
    "жніўні",
    "верасні",
    "кастрычніку",
    "лістападзе",
    "снежні",
]
DAYS_BE = ["у панядзелак", "у аўторак", "у сераду", "у чацвер", "у пятніцу", "у суботу", "у нядзелю"]
NUMBER_EN = {
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
}
TERMS = [24, 30, 36, 42, 48, 60, 72, 84, 96, 108, 120, 144, 180]
TERM_RU = {
    24: "двум годам",
    30: "двум с половиной годам",
    36: "трём годам",
    42: "трём с половиной годам",
    48: "четырём годам",
    60: "пяти годам",
    72: "шести годам",
    84: "семи годам",
    96: "восьми годам",
    108: "девяти годам",
    120: "десяти годам",
    144: "12 годам",
    180: "15 годам",
}
TERM_BE = {
    24: "двух гадоў",
    30: "двух з паловай гадоў",
    36: "трох гадоў",
    42: "трох з паловай гадоў",
    48: "чатырох гадоў",
    60: "пяці гадоў",
    72: "шасці гадоў",
    84: "сямі гадоў",
    96: "васьмі гадоў",
    108: "дзевяці гадоў",
    120: "дзесяці гадоў",
    144: "12 гадоў",
    180: "15 гадоў",
}


def _term_ru(months: int) -> str:
    return TERM_RU.get(months) or f"{months} месяцам"


def _term_be(months: int) -> str:
    return TERM_BE.get(months) or f"{months} месяцаў"


# (date, expelled abroad the same day?, how the news names it)
WAVES = [
    (date(2024, 7, 3), False, "Independence Day pardon"),
    (date(2024, 11, 14), False, "autumn pardon"),
    (date(2025, 4, 8), False, "Easter pardon"),
    (date(2025, 6, 21), True, "June release"),
    (date(2025, 9, 11), True, "September release"),
]
OUTLETS_EN = [  # name, register, spelling the outlet uses, date style
    ("Northline News Agency", "wire", "be", "dmy"),
    ("Continental Press", "wire", "ru", "mdy"),
    ("The Eastern Courier", "newspaper", "be", "dmy"),
    ("Free Voice Weekly", "digest", "be", "dmy"),
    ("Europe Monitor", "newspaper", "ru", "mdy"),
    ("Spring Rights Bulletin", "rights", "be", "dmy"),
]
OUTLETS_RU = [("Наша правда", "newspaper"), ("Зеркало дня", "newspaper"), ("Правозащитный вестник", "rights")]
OUTLETS_BE = [("Наша ніва дня", "newspaper"), ("Свабодны голас", "newspaper")]
RELATIVES_EN = {
    "m": ["his wife", "his mother", "his sister", "his lawyer", "a friend", "his daughter", "his brother"],
    "f": ["her husband", "her mother", "her sister", "her lawyer", "a friend", "her daughter", "her son"],
}
PRISONS_EN = [
    "Penal Colony No. 3 in Vitsebsk",
    "Penal Colony No. 4 in Homel",
    "the prison in Hrodna",
    "Penal Colony No. 24 near Zarechcha",
    "Penal Colony No. 15 in Mahilyou",
    "the women's colony in Homel",
    "the remand prison in Zhodzina",
    "Penal Colony No. 9 in Horki",
]
BORDERS_EN = ["the Lithuanian border", "Lithuania", "the border with Lithuania", "Vilnius"]
EXILE_TO_EN = ["Poland", "Lithuania", "Latvia", "Germany"]
TO_RU = {"Poland": "Польшу", "Lithuania": "Литву", "Latvia": "Латвию", "Germany": "Германию"}
TO_BE = {"Poland": "Польшчу", "Lithuania": "Літву", "Latvia": "Латвію", "Germany": "Германію"}
RELATIVES_RU = {
    "m": [("жена", "рассказала"), ("мать", "рассказала"), ("брат", "рассказал"), ("адвокат", "сообщил")],
    "f": [("муж", "рассказал"), ("мать", "рассказала"), ("сестра", "рассказала"), ("дочь", "рассказала")],
}
QUOTES_RU = {
    "arrest": ["Пришли в шесть утра и забрали все телефоны", "Мы до сих пор не знаем, в чём обвинение"],
    "sentence": ["Приговор был написан заранее", "Мы будем писать письма каждый день"],
    "release": ["Мы ждали этого дня очень долго", "Ещё не верится, что всё позади"],
    "deportation": ["Никто не спрашивал, хочется ли уезжать", "Главное, что на свободе"],
    "death": ["Мы месяцами просили о медицинской помощи", "Мы хотим знать правду"],
}


# --- the country ----------------------------------------------------------------------------


@dataclass
class Event:
    kind: str  # arrest, sentence, release, deportation, death
    date: date
    term_months: int | None = None
    wave: int | None = None  # index into WAVES
    to: str | None = None  # country of exile
    how: str | None = None  # full_term, pardon, expelled


@dataclass
class Prisoner:
    id: str
    gender: str
    given: list[str]  # be_lat, ru_lat, ru_cyr, be_cyr
    surname: list[str]  # be_lat, ru_lat, ru_cyr, be_cyr
    surname_type: str
    ru_stem: str
    age: int
    city: list[str]
    occupation: list[str]
    charge: list[str]
    family: str = ""  # the surname's masculine passport spelling: shared by spouses and siblings
    events: list[Event] = field(default_factory=list)

    def name(self, spelling: str = "be") -> str:
        index = {"be": 0, "ru": 1, "ru_cyr": 2, "be_cyr": 3}[spelling]
        return f"{self.given[index]} {self.surname[index]}"

    def spellings(self) -> dict[str, str]:
        return {
            "en": self.name("be"),
            "ru_latin": self.name("ru"),
            "ru": self.name("ru_cyr"),
            "be": self.name("be_cyr"),
        }

    def event(self, kind: str) -> Event | None:
        return next((e for e in self.events if e.kind == kind), None)


def status_on(events: list[dict[str, Any]] | list[Event], day: date) -> str | None:
    """The true status on `day` (None before the arrest), from a person's events."""
    status = None
    for e in events:
        kind, when = (e.kind, e.date) if isinstance(e, Event) else (e["kind"], date.fromisoformat(e["date"]))
        if when <= day:
            status = _STATUS_OF[kind]
    return status


def _surname_forms(row: list[str], gender: str) -> tuple[list[str], str, str]:
    kind, stem_cyr, stem_lat, be_m, be_f, bec_m, bec_f = row
    ru_m = {
        "ov": ("ов", "ov"),
        "ev": ("ев", "ev"),
        "in": ("ин", "in"),
        "sky": ("ский", "sky"),
        "ich": ("ич", "ich"),
        "enko": ("енко", "enko"),
        "cons": ("", ""),
    }[kind]
    ru_f = {
        "ov": ("ова", "ova"),
        "ev": ("ева", "eva"),
        "in": ("ина", "ina"),
        "sky": ("ская", "skaya"),
        "ich": ("ич", "ich"),
        "enko": ("енко", "enko"),
        "cons": ("", ""),
    }[kind]
    cyr, lat = ru_m if gender == "m" else ru_f
    forms = [
        be_m if gender == "m" else be_f,
        stem_lat + lat,
        stem_cyr + cyr,
        bec_m if gender == "m" else bec_f,
    ]
    return forms, kind, stem_cyr


def make_country(rng: random.Random, n: int) -> list[Prisoner]:
    """`n` prisoners with distinct full names; about one in eight shares a surname with another
    (a different given name and, mostly, the other gender: spouses, siblings)."""
    surnames = list(WORLD["surnames"])
    rng.shuffle(surnames)
    people: list[Prisoner] = []
    used: set[tuple[str, str]] = set()
    shared = max(1, n // 8) if n >= 4 else 0
    rows: list[list[str]] = []
    for i in range(n - shared):
        rows.append(surnames[i % len(surnames)])
    for i in range(shared):
        rows.append(rows[(i * 3) % len(rows)])
    genders: dict[str, str] = {}
    for number, row in enumerate(rows, start=1):
        first = genders.get(row[1])
        gender = ("f" if first == "m" else "m") if first else rng.choice("mmf")
        genders.setdefault(row[1], gender)
        pool = WORLD["given_m"] if gender == "m" else WORLD["given_f"]
        for _ in range(100):
            given = rng.choice(pool)
            forms, kind, stem = _surname_forms(row, gender)
            if (given[0], forms[0]) not in used:
                break
        used.add((given[0], forms[0]))
        occupation = rng.choice(WORLD["occupations"])
        if occupation[0] == "student":
            age = rng.randint(19, 24)
        elif occupation[0] == "pensioner":
            age = rng.randint(61, 74)
        else:
            age = rng.randint(25, 60)
        people.append(
            Prisoner(
                id=f"p{number:03d}",
                gender=gender,
                given=list(given),
                surname=forms,
                surname_type=kind,
                ru_stem=stem,
                age=age,
                city=rng.choice(WORLD["cities"]),
                occupation=occupation,
                charge=rng.choice(WORLD["charges"]),
                family=row[3],
            )
        )
    _timelines(rng, people)
    return people


def make_others(rng: random.Random) -> list[dict[str, str]]:
    """Named people who are not prisoners: judges, defence lawyers, rights defenders, with
    surnames no prisoner bears; naming them tests that the registry does not list them."""
    surnames = list(WORLD["official_surnames"])
    rng.shuffle(surnames)
    others = []
    for role, n in (("judge", 4), ("lawyer", 3), ("rights", 2)):
        for _ in range(n):
            gender = rng.choice("mf")
            given = rng.choice(WORLD["given_m"] if gender == "m" else WORLD["given_f"])
            others.append({"name": f"{given[0]} {surnames.pop()}", "role": role, "gender": gender})
    return others


def _timelines(rng: random.Random, people: list[Prisoner]) -> None:
    span = (END - START).days
    for p in people:
        arrest = START + timedelta(days=rng.randint(0, span - 150))
        p.events.append(Event("arrest", arrest))
        trial = arrest + timedelta(days=rng.randint(45, 220))
        if trial < END - timedelta(days=10):
            served = -(-(trial - arrest).days // 30)
            if served >= 5 and rng.random() < 0.07:  # sentenced to the time already served, freed in court
                p.events.append(Event("sentence", trial, term_months=served, how="time_served"))
                p.events.append(Event("release", trial, how="time_served"))
                continue
            term = rng.choice(TERMS[:6] if arrest < date(2023, 7, 1) and rng.random() < 0.3 else TERMS)
            p.events.append(Event("sentence", trial, term_months=term))
    jailed = [p for p in people if p.event("sentence") and not p.event("release")]
    dying = rng.sample(jailed, k=min(len(jailed), max(1, round(len(people) / 30))))
    for p in people:
        sentence = p.event("sentence")
        if sentence is None or p.event("release"):
            continue
        end_of_term = _add_months(p.events[0].date, sentence.term_months or 0)
        if p in dying:
            day = sentence.date + timedelta(days=rng.randint(60, 400))
            p.events.append(Event("death", min(day, END - timedelta(days=5))))
            continue
        freed: Event | None = None
        for index, (when, expelled, _label) in enumerate(WAVES):
            if sentence.date + timedelta(days=20) <= when and rng.random() < (0.34 if expelled else 0.14):
                freed = Event("release", when, wave=index, how="expelled" if expelled else "pardon")
                break
        if freed is None and end_of_term < END - timedelta(days=3):
            freed = Event("release", end_of_term, how="full_term")
        if freed is None:
            continue
        if freed.date > END:
            continue
        p.events.append(freed)
        if freed.how == "expelled":
            p.events.append(Event("deportation", freed.date, wave=freed.wave, to="Lithuania"))
        elif rng.random() < 0.45:
            later = freed.date + timedelta(days=rng.randint(20, 160))
            if later < END - timedelta(days=3):
                p.events.append(Event("deportation", later, to=rng.choice(EXILE_TO_EN), how="forced"))
        elif freed.how == "full_term" and rng.random() < 0.4:  # taken back into custody
            again = freed.date + timedelta(days=rng.randint(25, 150))
            if again < END - timedelta(days=10):
                p.events.append(Event("arrest", again, how="rearrest"))
        p.events.sort(key=lambda e: (e.date, _ORDER[e.kind]))


def _add_months(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    return date(day.year + year, month + 1, min(day.day, 28))


# --- how the news says things ---------------------------------------------------------------


class Writer:
    """Phrases of one article: one outlet's spelling and date style, its own random choices."""

    def __init__(
        self,
        rng: random.Random,
        *,
        published: date,
        spelling: str = "be",
        style: str = "dmy",
        others: list[dict[str, str]] | None = None,
    ) -> None:
        self.others = others or []
        self.rng = rng
        self.published = published
        self.spelling = spelling
        self.style = style
        self.named: set[str] = set()
        self.surnames: Counter[str] = Counter()

    def pick(self, options: list[str]) -> str:
        return self.rng.choice(options)

    def name(self, p: Prisoner, *, full: bool = False) -> str:
        surname = p.surname[0 if self.spelling == "be" else 1]
        if p.id in self.named and not full and self.surnames[surname] <= 1:
            return surname
        if p.id not in self.named:
            self.named.add(p.id)
            self.surnames[surname] += 1
        return p.name(self.spelling)

    def day(self, d: date, *, year: bool | None = None) -> str:
        year = d.year != self.published.year if year is None else year
        text = (
            f"{d.day} {MONTHS_EN[d.month - 1]}"
            if self.style == "dmy"
            else f"{MONTHS_EN[d.month - 1]} {d.day}"
        )
        return f"{text}, {d.year}" if year and self.style == "mdy" else f"{text} {d.year}" if year else text

    def when(self, d: date) -> str:
        """A recent event's date the way a report gives it, relative to publication."""
        delta = (self.published - d).days
        options = [f"on {self.day(d)}"]
        if delta == 0:
            options += (
                [f"on {DAYS_EN[d.weekday()]}", "today"] if d.weekday() < 5 else [f"on {DAYS_EN[d.weekday()]}"]
            )
        elif delta == 1:
            options += ["yesterday", f"on {DAYS_EN[d.weekday()]}"]
        elif delta < 7:
            options += [
                f"on {DAYS_EN[d.weekday()]}",
                f"on {DAYS_EN[d.weekday()]}",
                f"last {DAYS_EN[d.weekday()]}",
            ]
        elif delta < 14 and d.isocalendar()[1] == (self.published - timedelta(days=7)).isocalendar()[1]:
            options += ["last week"]
        elif d.month == self.published.month and d.year == self.published.year:
            options += ["earlier this month"]
        return self.pick(options)

    def past(self, d: date) -> str:
        """A background date: as precise as a reporter would bother to be."""
        if d.year == self.published.year:
            return self.pick(
                [f"in {MONTHS_EN[d.month - 1]}", f"on {self.day(d)}", f"in {MONTHS_EN[d.month - 1]}"]
            )
        if d.year == self.published.year - 1:
            return self.pick(
                [
                    f"in {MONTHS_EN[d.month - 1]} {d.year}",
                    f"in {d.year}",
                    f"in {MONTHS_EN[d.month - 1]} last year",
                    f"on {self.day(d)}",
                ]
            )
        return self.pick([f"in {MONTHS_EN[d.month - 1]} {d.year}", f"in {d.year}", f"on {self.day(d)}"])

    def term(self, months: int) -> str:
        if months < 24 and months % 12:
            return f"{NUMBER_EN.get(months, str(months))} months"
        years, half = divmod(months, 12)
        words = NUMBER_EN.get(years, str(years)) if self.rng.random() < 0.8 else str(years)
        if half:
            return f"{words} and a half years"
        return f"{words} years"

    def term_adj(self, months: int) -> str:
        if months < 24 and months % 12:
            return f"{NUMBER_EN.get(months, str(months))}-month"
        years, half = divmod(months, 12)
        if half:
            return f"{NUMBER_EN.get(years, str(years))}-and-a-half-year"
        return f"{NUMBER_EN.get(years, str(years))}-year" if self.rng.random() < 0.6 else f"{years}-year"

    def other(self, role: str) -> str | None:
        names = [o["name"] for o in self.others if o["role"] == role]
        return self.pick(names) if names else None

    def rights_quote(self) -> list[str]:
        """A named rights defender's or lawyer's comment, or nothing."""
        who = self.other("rights")
        if who is None or self.rng.random() < 0.6:
            return []
        line = self.pick(
            [
                "This is part of a campaign to frighten everyone who still dares to speak",
                "Every release is welcome, but new arrests fill the cells just as fast",
                "The courts hand down these sentences in minutes",
            ]
        )
        said = self.pick(
            [f"said {who}, who heads the Spring rights centre", f"{who} of the Spring centre said"]
        )
        return [f"\u201c{line},\u201d {said}."]

    def chain(self, p: Prisoner) -> str:
        """Arrest and sentence told as a story: the second date anchored on the first
        ("detained in March 2023 and sentenced to six years that June", "two months later")."""
        arrest, sentence = p.events[0], p.event("sentence")
        if sentence is not None and sentence.date > self.published:
            sentence = None
        he, him = self.he(p, True), self.him(p)
        first = f"in {MONTHS_EN[arrest.date.month - 1]} {arrest.date.year}"
        if sentence is None:
            return f"{he} was detained {first} and is still awaiting trial."
        term, month = self.term(sentence.term_months or 24), MONTHS_EN[sentence.date.month - 1]
        gap = (sentence.date.year - arrest.date.year) * 12 + sentence.date.month - arrest.date.month
        if sentence.date.year == arrest.date.year and gap > 0:
            options = [
                f"{he} was detained {first} and sentenced to {term} that {month}.",
                f"{he} was arrested {first}; in {month} of that year a court gave {him} {term}.",
            ]
            if gap <= 12:
                options.append(
                    f"Detained {first}, {self.he(p)} was sentenced "
                    f"{NUMBER_EN.get(gap, str(gap))} month{'s' if gap > 1 else ''} later to {term}."
                )
            return self.pick(options)
        return self.pick(
            [
                f"{he} was detained {first} and sentenced to {term} in {month} {sentence.date.year}.",
                f"{he} was arrested {first}. The following year, in {month}, a court sentenced {him} "
                f"to {term}."
                if sentence.date.year == arrest.date.year + 1
                else f"{he} was arrested {first} and jailed for {term} in {sentence.date.year}.",
            ]
        )

    def he(self, p: Prisoner, cap: bool = False) -> str:
        word = "he" if p.gender == "m" else "she"
        return word.capitalize() if cap else word

    def his(self, p: Prisoner, cap: bool = False) -> str:
        word = "his" if p.gender == "m" else "her"
        return word.capitalize() if cap else word

    def him(self, p: Prisoner) -> str:
        return "him" if p.gender == "m" else "her"

    def a(self, word: str) -> str:
        vowel = word[0] in "aeiou" or re.match(r"(8|11|18)\D", word) is not None
        return ("an " if vowel else "a ") + word

    def who(self, p: Prisoner) -> str:
        """An apposition: "a 34-year-old teacher from Hrodna"."""
        occ = p.occupation[0]
        return self.pick(
            [
                f"{self.a(occ)} from {p.city[0]}",
                f"a {p.age}-year-old {occ} from {p.city[0]}",
                f"{self.a(occ)}",
                f"a {p.age}-year-old {occ}",
                f"{self.a(occ)} in {p.city[0]}",
            ]
        )


def quote(w: Writer, p: Prisoner, mood: str) -> str:
    rel = w.pick(RELATIVES_EN[p.gender])
    lines = {
        "arrest": [
            "They came at six in the morning and took everything, even the children's laptop",
            "We do not know where they are holding " + w.him(p),
            "This is punishment for words, nothing more",
            w.his(p, True) + " only crime was to say what everyone thinks",
        ],
        "sentence": [
            "The verdict was written before the trial started",
            "We will keep writing letters every day",
            "Nobody in the courtroom could believe the number",
            w.he(p, True) + " smiled at us when the judge read it out",
        ],
        "release": [
            "I still cannot believe " + w.he(p) + " is home",
            "We waited for this day for so long",
            w.he(p, True) + " has lost a lot of weight, but " + w.he(p) + " is in good spirits",
            "The first thing " + w.he(p) + " asked for was a cup of real coffee",
        ],
        "exile": [
            "Nobody asked " + w.him(p) + " whether " + w.he(p) + " wanted to leave",
            "We are happy " + w.he(p) + " is free, but we do not know when we will see our home again",
            w.he(p, True) + " was given no passport and no choice",
        ],
        "death": [
            "We asked for medical help for months and nobody listened",
            "They returned " + w.his(p) + " things in a plastic bag",
            "We want to know the truth about what happened",
        ],
        "held": [
            "The letters stopped coming in the spring",
            w.he(p, True) + " is holding on, but " + w.his(p) + " health is getting worse",
            "We have not been allowed a visit for months",
        ],
    }[mood]
    said = w.pick(["said", "told reporters", "said by telephone", "wrote on social media"])
    return f"\u201c{w.pick(lines)},\u201d {rel} {said}."


# --- English stories ------------------------------------------------------------------------

Story = tuple[str, list[str]]  # headline, paragraphs


def _last_arrest(p: Prisoner, day: date) -> Event:
    return max((e for e in p.events if e.kind == "arrest" and e.date <= day), key=lambda e: e.date)


def en_rearrest(w: Writer, p: Prisoner, e: Event) -> Story:
    name, release = w.name(p), p.event("release")
    assert release is not None
    head = w.pick(
        [f"{name} detained again", f"Freed {p.occupation[0]} back behind bars", f"{name} re-arrested"]
    )
    lead = w.pick(
        [
            f"{name}, who walked free {w.past(release.date)} after serving {w.his(p)} full term, was "
            f"detained again {w.when(e.date)}, {w.pick(RELATIVES_EN[p.gender])} said.",
            f"Police {w.when(e.date)} re-arrested {name}, {w.who(p)}, only months after {w.he(p)} was "
            f"released from {w.pick(PRISONS_EN)}.",
            f"{name} is back in custody. Officers took {w.him(p)} from {w.his(p)} home {w.when(e.date)}, "
            f"{w.pick(['weeks', 'a few months'])} after {w.his(p)} release {w.past(release.date)}.",
        ]
    )
    body = [lead, f"{w.he(p, True)} faces a new charge of {w.pick(WORLD['charges'])[0]}."]
    if w.rng.random() < 0.6:
        body.append(quote(w, p, "arrest"))
    return head, body


def en_arrest(w: Writer, p: Prisoner, e: Event) -> Story:
    if e.how == "rearrest":
        return en_rearrest(w, p, e)
    name, occ, city = w.name(p), p.occupation[0], p.city[0]
    head = w.pick(
        [
            f"{occ.capitalize()} detained in {city}",
            f"Police detain {name}",
            f"{city} {occ} arrested over {p.charge[0].strip(chr(34))}",
            f"Security officers arrest {occ} in {city}",
        ]
    )
    lead = w.pick(
        [
            f"{name}, {w.who(p)}, was detained {w.when(e.date)} after police searched {w.his(p)} flat, "
            f"a rights group said.",
            f"Security officers arrested {name}, {w.who(p)}, {w.when(e.date)} on charges of {p.charge[0]}, "
            f"according to human rights defenders.",
            f"Police in {city} {w.when(e.date)} took {occ} {name} into custody, {w.his(p)} relatives said.",
            f"{name} was arrested {w.when(e.date)} in {city}, where {w.he(p)} works as {w.a(occ)}, "
            f"and faces charges of {p.charge[0]}.",
        ]
    )
    body = [lead]
    body.append(
        w.pick(
            [
                f"{w.he(p, True)} is being held in the remand prison in {city} and faces up to "
                f"{w.pick(['six', 'seven', 'eight', 'twelve'])} years.",
                f"Officers seized phones and a laptop. {w.he(p, True)} was charged with "
                f"{p.charge[0]} two days later.",
                f"The case concerns {p.charge[0]}, {w.his(p)} lawyer said.",
            ]
        )
    )
    if w.rng.random() < 0.6:
        body.append(quote(w, p, "arrest"))
    body += w.rights_quote()
    body.append(
        w.pick(
            [
                f"Rights monitors count more than {w.rng.randint(11, 14) * 100:,} political "
                f"prisoners in the country.",
                "The authorities did not comment on the arrest.",
                f"{w.his(p, True)} relatives have not been allowed to see {w.him(p)}.",
            ]
        )
    )
    return head, body


def en_sentence(w: Writer, p: Prisoner, e: Event, arrest: Event) -> Story:
    name, city, term = w.name(p), p.city[0], w.term(e.term_months or 24)
    head = w.pick(
        [
            f"{name} jailed for {term}",
            f"Court in {city} sentences {p.occupation[0]} to {term}",
            f"{p.occupation[0].capitalize()} gets {term} for {p.charge[0].strip(chr(34))}",
        ]
    )
    lead = w.pick(
        [
            f"A court in {city} {w.when(e.date)} sentenced {name}, {w.who(p)}, to {term} in a penal colony "
            f"for {p.charge[0]}.",
            f"{name} was jailed for {term} {w.when(e.date)} for {p.charge[0]}, rights defenders said.",
            f"{name}, {w.who(p)}, has been sentenced to {term} in prison, a court in {city} ruled "
            f"{w.when(e.date)}.",
            f"A judge {w.when(e.date)} handed {name} {w.a(w.term_adj(e.term_months or 24))} sentence "
            f"for {p.charge[0]}.",
        ]
    )
    body = [lead]
    if e.how == "time_served":
        body.append(
            w.pick(
                [
                    f"{w.he(p, True)} was released in the courtroom, having already served the term in "
                    f"pre-trial detention.",
                    f"Because {w.he(p)} had already spent {term} in custody, {w.he(p)} walked free "
                    f"from court.",
                ]
            )
        )
        body.append(f"{w.he(p, True)} had been detained {w.past(arrest.date)}.")
        return head, body
    body.append(
        w.pick(
            [
                f"{w.he(p, True)} had been detained {w.past(arrest.date)} and has been in custody since.",
                f"{w.name(p)} was arrested {w.past(arrest.date)}.",
                f"{w.he(p, True)} has been held since "
                f"{w.past(arrest.date).removeprefix('in ').removeprefix('on ')}.",
                f"The trial was held behind closed doors. {w.name(p)} has been behind bars since "
                f"{w.his(p)} arrest "
                f"{w.past(arrest.date)}.",
            ]
        )
    )
    judge = w.other("judge")
    if judge and w.rng.random() < 0.5:
        body.append(
            w.pick([f"Judge {judge} read the verdict.", f"The case was heard by Judge {judge} in one day."])
        )
    if w.rng.random() < 0.6:
        body.append(quote(w, p, "sentence"))
    if w.rng.random() < 0.5:
        body.append(
            w.pick(
                [
                    "The prosecution had asked for a longer term.",
                    f"{w.he(p, True)} pleaded not guilty.",
                    "Diplomats were not allowed into the courtroom.",
                ]
            )
        )
    return head, body


def _background(w: Writer, p: Prisoner) -> str:
    """ "a teacher sentenced to ten years in 2023 for ..." — a member's background."""
    sentence = p.event("sentence")
    occ = w.a(p.occupation[0])
    if sentence is None or sentence.date > w.published:
        return f"{occ} detained {w.past(p.events[0].date)}"
    return w.pick(
        [
            f"{occ} sentenced to {w.term(sentence.term_months or 24)} {w.past(sentence.date)} for "
            f"{p.charge[0]}",
            f"{occ} from {p.city[0]} who had been handed {w.term(sentence.term_months or 24)} "
            f"{w.past(sentence.date)}",
            f"{occ} jailed for {w.term(sentence.term_months or 24)} {w.past(sentence.date)}",
            f"{occ} who was serving {w.a(w.term_adj(sentence.term_months or 24))} term for {p.charge[0]}",
        ]
    )


def en_wave(w: Writer, index: int, members: list[Prisoner], absent: Sequence[Prisoner] = ()) -> Story:
    when, expelled, label = WAVES[index]
    n = len(members) + w.rng.randint(2, 40)
    if expelled:
        head = w.pick(
            [
                f"{n} political prisoners freed and expelled",
                f"Prisoners released, driven to {w.pick(BORDERS_EN)}",
                "Freed prisoners forced out of the country",
            ]
        )
        lead = w.pick(
            [
                f"The authorities {w.when(when)} released {n} political prisoners and drove them to "
                f"{w.pick(BORDERS_EN)}, in a deal brokered by Western diplomats.",
                f"{n} prisoners were freed {w.when(when)} and expelled to Lithuania, rights groups said.",
                f"In the largest release in months, {n} people jailed for their views were let go "
                f"{w.when(when)} "
                f"and deported across the border.",
            ]
        )
    else:
        head = w.pick(
            [
                f"President pardons {n} prisoners",
                f"{n} political prisoners pardoned",
                f"Pardon frees {n} prisoners ahead of holiday",
            ]
        )
        lead = w.pick(
            [
                f"The president {w.when(when)} pardoned {n} people convicted of what rights groups call "
                f"political offences, the presidential press service said.",
                f"{n} political prisoners were released {w.when(when)} under a pardon, the government said.",
                f"Authorities freed {n} prisoners {w.when(when)} in the {label}, which rights groups "
                f"called a gesture aimed at the West.",
            ]
        )
    body = [lead]
    rest = list(members)
    verb = "deported" if expelled else "pardoned"
    while rest:
        roll = w.rng.random()
        if roll < 0.4 or len(rest) == 1:
            p = rest.pop(0)
            name, background = w.name(p), _background(w, p)
            body.append(
                w.pick(
                    [
                        f"Among them was {name}, {background}.",
                        f"Also {verb} was {name}, {background}.",
                        f"{name}, {background}, was among those freed.",
                    ]
                )
            )
        elif roll < 0.75:
            group, rest = rest[:3], rest[3:]
            names = [w.name(p, full=True) for p in group]
            listing = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
            body.append(
                w.pick(
                    [
                        f"Those freed included {listing}.",
                        f"{listing} were also released.",
                        f"The list also included {listing}.",
                    ]
                )
            )
        else:
            p = rest.pop(0)
            body.append(f"{w.name(p)} was freed as well. {w.chain(p)}")
    for p in absent:
        name, rel = w.name(p, full=True), w.pick(RELATIVES_EN[p.gender])
        body.append(
            w.pick(
                [
                    f"{name}, {_background(w, p)}, was not on the list, {rel} said.",
                    f"{name}'s family had hoped {w.he(p)} would be freed, but {w.his(p)} name was not among "
                    f"those released.",
                    f"There was no word on {name}, who remains in {w.pick(PRISONS_EN)}.",
                ]
            )
        )
    if w.rng.random() < 0.7:
        body.append(quote(w, w.rng.choice(members), "exile" if expelled else "release"))
    body += w.rights_quote()
    body.append(
        w.pick(
            [
                f"More than {w.rng.randint(9, 12) * 100:,} people remain behind bars, rights groups say.",
                "The government did not say whether more releases would follow.",
                "Those released were required to write petitions for clemency.",
            ]
        )
    )
    return head, body


def en_release(w: Writer, p: Prisoner, e: Event) -> Story:
    name = w.name(p)
    if e.how == "full_term":
        sentence = p.event("sentence")
        head = w.pick([f"{name} freed after serving full term", f"{p.occupation[0].capitalize()} walks free"])
        body = [
            w.pick(
                [
                    f"{name}, {w.who(p)}, walked free {w.when(e.date)} after serving {w.his(p)} full "
                    f"{w.term_adj(sentence.term_months or 24)} sentence, "
                    f"{w.pick(RELATIVES_EN[p.gender])} said.",
                    f"{name} was released from {w.pick(PRISONS_EN)} {w.when(e.date)} at the end of "
                    f"{w.his(p)} term.",
                ]
            )
        ]
        body.append(f"{w.he(p, True)} was sentenced {w.past(sentence.date)} for {p.charge[0]}.")
    else:
        head = w.pick([f"{name} among those freed", f"Freed {p.occupation[0]} speaks of prison"])
        if e.how == "expelled":
            head = w.pick([f"{name} freed and expelled", f"Freed {p.occupation[0]} now in Lithuania"])
        body = [
            w.pick(
                [
                    f"{name}, {_background(w, p)}, was among those freed {w.when(e.date)}, "
                    f"{w.pick(RELATIVES_EN[p.gender])} said.",
                    f"{name} has been released under a pardon {w.when(e.date)}. {w.he(p, True)} had "
                    f"been detained "
                    f"{w.past(p.events[0].date)}.",
                    f"{name} was freed {w.when(e.date)}. {w.chain(p)}",
                ]
            )
        ]
    if e.how == "expelled":
        body.append(
            w.pick(
                [
                    f"Like the others freed that day, {w.he(p)} was driven to {w.pick(BORDERS_EN)} and "
                    f"made to cross on foot.",
                    f"{w.he(p, True)} was expelled to Lithuania the same day.",
                    f"{w.he(p, True)} is now in Vilnius, having been deported straight from prison.",
                ]
            )
        )
    if w.rng.random() < 0.7:
        body.append(quote(w, p, "exile" if e.how == "expelled" else "release"))
    return head, body


def en_exile(w: Writer, p: Prisoner, e: Event) -> Story:
    name, release = w.name(p), p.event("release")
    head = w.pick(
        [
            f"{name} forced to leave the country",
            f"Former prisoner {name} deported",
            f"Freed {p.occupation[0]} expelled to {e.to}",
        ]
    )
    since = w.past(release.date) if release else "earlier"
    body = [
        w.pick(
            [
                f"{name}, who was released {since}, was deported to {e.to} {w.when(e.date)}, "
                f"{w.pick(RELATIVES_EN[p.gender])} said.",
                f"{name}, {w.who(p)} freed {since}, was expelled from the country {w.when(e.date)} "
                f"and is now in "
                f"{e.to}.",
                f"Security officers {w.when(e.date)} drove {name} to the border and told {w.him(p)} never to "
                f"return. {w.he(p, True)} had been freed {since}.",
            ]
        )
    ]
    if w.rng.random() < 0.6:
        body.append(quote(w, p, "exile"))
    return head, body


def en_death(w: Writer, p: Prisoner, e: Event) -> Story:
    name, sentence = w.name(p), p.event("sentence")
    assert sentence is not None
    prison = w.pick(PRISONS_EN)
    head = w.pick(
        [
            f"Political prisoner {name} dies in custody",
            f"{p.occupation[0].capitalize()} dies in prison",
            f"Death in {prison.split(' in ')[-1]} colony",
        ]
    )
    body = [
        w.pick(
            [
                f"{name}, {w.who(p)} serving {w.a(w.term_adj(sentence.term_months or 24))} term imposed "
                f"{w.past(sentence.date)}, died in {prison} {w.when(e.date)}, the prison service told "
                f"{w.his(p)} family.",
                f"{name} died in custody {w.when(e.date)}, {w.pick(RELATIVES_EN[p.gender])} said. "
                f"{w.he(p, True)} was serving {w.term(sentence.term_months or 24)} for {p.charge[0]}.",
            ]
        )
    ]
    body.append(w.pick([f"{w.he(p, True)} had been detained {w.past(p.events[0].date)}.", w.chain(p)]))
    body.append(quote(w, p, "death"))
    body.append("Rights groups demanded an independent investigation.")
    return head, body


def en_held(w: Writer, p: Prisoner, sentence: Event | None) -> Story:
    name = w.name(p)
    head = w.pick(
        [
            f"No word from {name}",
            f"{name} marks another year behind bars",
            f"Jailed {p.occupation[0]} moved to punishment cell",
        ]
    )
    if sentence:
        lead = w.pick(
            [
                f"{name}, who is serving {w.term(sentence.term_months or 24)} for {p.charge[0]}, "
                f"has been held "
                f"incommunicado for weeks, {w.pick(RELATIVES_EN[p.gender])} said.",
                f"{name}, {w.who(p)} jailed {w.past(sentence.date)}, has been placed in a punishment cell, "
                f"rights defenders said.",
                f"Letters from {name} stopped arriving this month. {w.he(p, True)} is serving "
                f"{w.term(sentence.term_months or 24)} in {w.pick(PRISONS_EN)}.",
            ]
        )
    else:
        lead = (
            f"{name}, {w.who(p)}, remains in pre-trial detention, {w.pick(RELATIVES_EN[p.gender])} said. "
            f"{w.he(p, True)} was detained {w.past(_last_arrest(p, w.published).date)}."
        )
    body = [lead, w.chain(p)] if sentence and w.rng.random() < 0.5 else [lead]
    body += w.rng.sample(_held_details(w, p), k=w.rng.randint(1, 3))
    return head, [*body, quote(w, p, "held")]


def _held_details(w: Writer, p: Prisoner) -> list[str]:
    """What follow-ups about a prisoner still held tell: conditions, health, family, campaigns."""
    he, his, him = w.he(p, True), w.his(p), w.him(p)
    month = MONTHS_EN[w.rng.randrange(12)]
    return [
        f"{he} has spent {w.rng.randint(9, 60)} days in solitary confinement this year, according to "
        f"{his} lawyer.",
        f"An appeal against the verdict was rejected in {month}.",
        f"{his.capitalize()} family was last allowed to visit in {month}.",
        f"Colleagues from {p.city[0]} have collected {w.rng.randint(2, 40) * 100:,} signatures calling for "
        f"{his} release.",
        f"{he} suffers from {w.pick(['diabetes', 'a heart condition', 'asthma', 'back pain'])} and has asked "
        f"for treatment several times.",
        f"The prison administration has labelled {him} \u201cprone to extremism\u201d, which means a yellow "
        f"tag on {his} uniform.",
        f"Parcels from home have been returned {w.rng.randint(2, 9)} times since the spring.",
        f"{he} was moved to a different barracks after a quarrel with guards, a former cellmate said.",
        f"A European parliamentarian adopted {his} case as a political godparent in {month}.",
        f"{his.capitalize()} {w.pick(['son', 'daughter'])} started school this year without {him}.",
        "Postcards sent by supporters abroad are not being delivered, rights defenders say.",
        f"{he} has been denied a phone call for {w.rng.randint(3, 14)} months.",
        f"Reports that {w.he(p)} had been pardoned turned out to be untrue, {his} family said.",
        f"{his.capitalize()} lawyer has asked for {him} to be released on health grounds; the court has "
        f"not replied.",
        f"{he} refused to write a petition for clemency, which could have led to {his} release.",
    ]


def en_digest(w: Writer, items: list[tuple[Prisoner, Event]]) -> Story:
    head = w.pick(
        [
            "WEEK IN REVIEW: courts, detentions and releases",
            "The week in brief",
            "Political prisoners: this week's news",
            "Digest: arrests and verdicts",
        ]
    )
    body = [
        w.pick(
            [
                "What happened to political prisoners this week.",
                "A round-up of the week's cases.",
                "Our weekly summary of arrests, trials and releases.",
            ]
        )
    ]
    for p, e in items:
        name = w.name(p, full=True)
        if e.kind == "arrest" and e.how == "rearrest":
            line = f"{name}, freed after serving {w.his(p)} term, was detained again {w.when(e.date)}."
        elif e.kind == "arrest":
            line = w.pick(
                [
                    f"{name}, {w.who(p)}, was taken into custody {w.when(e.date)} after a search.",
                    f"Police detained {name} {w.when(e.date)} over {p.charge[0]}.",
                ]
            )
        elif e.kind == "sentence":
            line = w.pick(
                [
                    f"A court sentenced {name} to {w.term(e.term_months or 24)} {w.when(e.date)}. "
                    f"{w.he(p, True)} had been detained {w.past(p.events[0].date)}.",
                    f"{name}, {w.who(p)}, was jailed for {w.term(e.term_months or 24)} {w.when(e.date)} for "
                    f"{p.charge[0]}.",
                ]
            )
            if e.how == "time_served":
                line += f" {w.he(p, True)} was freed in the courtroom, having served the term in custody."
        elif e.kind == "release":
            line = w.pick(
                [
                    f"{name} was freed {w.when(e.date)}.",
                    f"{name}, {_background(w, p)}, was released {w.when(e.date)}.",
                    f"{name} was released {w.when(e.date)}. {w.chain(p)}",
                ]
            )
        elif e.kind == "deportation":
            line = f"{name} was deported to {e.to or 'Lithuania'} {w.when(e.date)}."
        else:
            line = f"{name} died in custody {w.when(e.date)}, {w.his(p)} family said."
        body.append(f"{p.city[0]}: {line}")
    body.append(
        w.pick(
            [
                "Rights monitors recorded dozens of new detentions during the week.",
                "Calls for the release of all political prisoners continued abroad.",
                "Several trials were postponed without explanation.",
            ]
        )
    )
    return head, body


# --- Russian and Belarusian stories ---------------------------------------------------------

_CASES = ("nom", "gen", "dat", "acc", "ins", "pre")


def ru_given(word: str, gender: str, case: str) -> str:
    """A Russian given name in `case` (the names of corpus_world.json follow these rules)."""
    i = _CASES.index(case)
    if i == 0:
        return word
    if word == "Павел":
        return ["", "Павла", "Павлу", "Павла", "Павлом", "Павле"][i]
    if word == "Игорь":
        return ["", "Игоря", "Игорю", "Игоря", "Игорем", "Игоре"][i]
    if gender == "m":
        if word.endswith("ий"):
            return word[:-1] + ["", "я", "ю", "я", "ем", "и"][i]
        if word.endswith("й"):
            return word[:-1] + ["", "я", "ю", "я", "ем", "е"][i]
        return word + ["", "а", "у", "а", "ом", "е"][i]
    if word.endswith("ия"):
        return word[:-1] + ["", "и", "и", "ю", "ей", "и"][i]
    if word.endswith("ья"):
        return word[:-1] + ["", "и", "е", "ю", "ей", "е"][i]
    soft = word[-2] in "кгхжшчщ"
    return word[:-1] + ["", "и" if soft else "ы", "е", "у", "ой", "е"][i]


def ru_surname(p: Prisoner, case: str) -> str:
    i, stem, kind = _CASES.index(case), p.ru_stem, p.surname_type
    if p.gender == "m":
        endings = {
            "ov": ["ов", "ова", "ову", "ова", "овым", "ове"],
            "ev": ["ев", "ева", "еву", "ева", "евым", "еве"],
            "in": ["ин", "ина", "ину", "ина", "иным", "ине"],
            "sky": ["ский", "ского", "скому", "ского", "ским", "ском"],
            "ich": ["ич", "ича", "ичу", "ича", "ичем", "иче"],
            "enko": ["енко"] * 6,
            "cons": ["", "а", "у", "а", "ем" if stem[-1] in "жшчщц" else "ом", "е"],
        }[kind]
    else:
        endings = {
            "ov": ["ова", "овой", "овой", "ову", "овой", "овой"],
            "ev": ["ева", "евой", "евой", "еву", "евой", "евой"],
            "in": ["ина", "иной", "иной", "ину", "иной", "иной"],
            "sky": ["ская", "ской", "ской", "скую", "ской", "ской"],
            "ich": ["ич"] * 6,
            "enko": ["енко"] * 6,
            "cons": [""] * 6,
        }[kind]
    return stem + endings[i]


def ru_name(p: Prisoner, case: str = "nom") -> str:
    return f"{ru_given(p.given[2], p.gender, case)} {ru_surname(p, case)}"


def _ru_g(p: Prisoner, m: str, f: str) -> str:
    return m if p.gender == "m" else f


def ru_date(w: Writer, d: date) -> str:
    delta = (w.published - d).days
    options = [
        f"{d.day} {MONTHS_RU[d.month - 1]}" + (f" {d.year} года" if d.year != w.published.year else "")
    ]
    if 0 <= delta < 7:
        options.append(DAYS_RU[d.weekday()])
    if delta == 1:
        options.append("вчера")
    return w.pick(options)


def ru_past(w: Writer, d: date) -> str:
    return w.pick(
        [
            f"в {MONTHS_RU_PREP[d.month - 1]} {d.year} года",
            f"в {d.year} году",
            f"{d.day} {MONTHS_RU[d.month - 1]} {d.year} года",
        ]
    )


def _ru_months(n: int) -> str:
    word = (
        "месяц"
        if n % 10 == 1 and n % 100 != 11
        else "месяца"
        if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14)
        else "месяцев"
    )
    return f"{n} {word}"


def ru_chain(w: Writer, p: Prisoner, sentence: Event) -> str:
    """Arrest and verdict as one story, the second date anchored on the first ("того же года")."""
    arrest, term = p.events[0].date, _term_ru(sentence.term_months or 24)
    him = _ru_g(p, "его", "её")
    if arrest.year == sentence.date.year and arrest.month < sentence.date.month:
        return w.pick(
            [
                f"{him.capitalize()} задержали в {MONTHS_RU_PREP[arrest.month - 1]} {arrest.year} года, а в "
                f"{MONTHS_RU_PREP[sentence.date.month - 1]} того же года приговорили к {term}.",
                f"Через {_ru_months(sentence.date.month - arrest.month)} после задержания в "
                f"{MONTHS_RU_PREP[arrest.month - 1]} {arrest.year} года {him} приговорили к {term}.",
            ]
        )
    return f"{ru_past(w, sentence.date).capitalize()} {him} приговорили к {term} за {p.charge[1]}."


def ru_wave(w: Writer, index: int, members: list[Prisoner]) -> Story:
    """A group release as Russian-language media tell it: the count, then the names."""
    when, expelled, _label = WAVES[index]
    n = len(members) + w.rng.randint(2, 40)
    if expelled:
        head = "Политзаключённых освободили и вывезли в Литву"
        lead = (
            f"{ru_date(w, when).capitalize()} власти освободили ещё одну группу политзаключённых. "
            f"Число освобождённых — {n}. Всех их вывезли в Литву."
        )
    else:
        head = w.pick(["Новое помилование политзаключённых", "Власти объявили о помиловании"])
        lead = (
            f"{ru_date(w, when).capitalize()} власти объявили о новом помиловании. Число освобождённых "
            f"политзаключённых — {n}."
        )
    body = [lead]
    first, rest = members[0], members[1:]
    occ = first.occupation[1] if first.gender == "m" else first.occupation[2]
    body.append(f"Среди освобождённых — {ru_name(first)}, {occ} {first.city[3]}.")
    for chunk in range(0, len(rest), 3):
        names = [ru_name(q) for q in rest[chunk : chunk + 3]]
        listing = ", ".join(names[:-1]) + " и " + names[-1] if len(names) > 1 else names[0]
        verb = "вышли" if len(names) > 1 else _ru_g(rest[chunk], "вышел", "вышла")
        body.append(w.pick([f"Также на свободу {verb} {listing}.", f"В списке также {listing}."]))
    body.append("Правозащитники напоминают, что за решёткой остаются более тысячи человек.")
    return head, body


def be_wave(w: Writer, index: int, members: list[Prisoner]) -> Story:
    when, expelled, _label = WAVES[index]
    n = len(members) + w.rng.randint(2, 40)
    head = "Палітвязняў вызвалілі і вывезлі ў Літву" if expelled else "Новае памілаванне палітвязняў"
    lead = f"{be_date(w, when).capitalize()} улады вызвалілі групу палітвязняў. Колькасць вызваленых — {n}."
    if expelled:
        lead += " Усіх іх вывезлі ў Літву."
    body = [lead]
    first = members[0]
    occ = first.occupation[3] if first.gender == "m" else first.occupation[4]
    body.append(f"Сярод вызваленых — {first.name('be_cyr')}, {occ} {first.city[6]}.")
    rest = members[1:]
    for chunk in range(0, len(rest), 3):
        names = [q.name("be_cyr") for q in rest[chunk : chunk + 3]]
        listing = ", ".join(names[:-1]) + " і " + names[-1] if len(names) > 1 else names[0]
        body.append(f"Таксама ў спісе {listing}.")
    return head, [_BE_U.sub("ў", line) for line in body]


def ru_story(w: Writer, p: Prisoner, e: Event) -> Story:
    occ = p.occupation[1] if p.gender == "m" else p.occupation[2]
    city_in, city_from = p.city[2], p.city[3]
    when = ru_date(w, e.date)
    charge = p.charge[1]
    if e.kind == "arrest":
        head = f"{_ru_g(p, 'Задержан', 'Задержана')} {occ} {city_from}"
        body = [
            w.pick(
                [
                    f"{when.capitalize()} {city_in} задержали {ru_name(p, 'acc')}, сообщили правозащитники.",
                    f"{ru_name(p)}, {occ} {city_from}, {_ru_g(p, 'был задержан', 'была задержана')} "
                    f"{when} после обыска.",
                    f"{when.capitalize()} силовики пришли с обыском к {ru_name(p, 'dat')} {city_in}. "
                    f"После обыска {_ru_g(p, 'его', 'её')} задержали.",
                ]
            ),
            f"{_ru_g(p, 'Ему', 'Ей')} вменяют {charge}."
            if not charge.startswith("«")
            else f"{_ru_g(p, 'Его', 'Её')} обвиняют по статье за {charge}.",
        ]
    elif e.kind == "sentence":
        term = _term_ru(e.term_months or 24)
        head = f"Суд вынес приговор по делу {ru_name(p, 'gen')}"
        body = [
            w.pick(
                [
                    f"Суд {city_in} {when} приговорил {ru_name(p, 'acc')} к {term} колонии за {charge}.",
                    f"{ru_name(p)}, {occ} {city_from}, {_ru_g(p, 'приговорён', 'приговорена')} к "
                    f"{term} лишения свободы. "
                    f"Приговор вынесен {when}.",
                ]
            ),
            f"{_ru_g(p, 'Его', 'Её')} задержали {ru_past(w, p.events[0].date)}.",
        ]
        if e.how == "time_served":
            body.append(
                f"{_ru_g(p, 'Он', 'Она')} {_ru_g(p, 'освобождён', 'освобождена')} в зале суда, так как уже "
                f"{_ru_g(p, 'отбыл', 'отбыла')} срок в СИЗО."
            )
    elif e.kind == "release":
        head = f"{ru_name(p)} {_ru_g(p, 'вышел', 'вышла')} на свободу"
        body = [
            w.pick(
                [
                    f"{ru_name(p)}, {occ} {city_from}, {_ru_g(p, 'вышел', 'вышла')} на свободу {when}.",
                    f"{when.capitalize()} {_ru_g(p, 'был освобождён', 'была освобождена')} "
                    f"{ru_name(p)}, сообщили родные.",
                    f"{ru_name(p)} на свободе: {_ru_g(p, 'его', 'её')} освободили {when}.",
                ]
            )
        ]
        if e.how == "expelled":
            body.append(f"В тот же день {_ru_g(p, 'его', 'её')} вывезли в Литву.")
        sentence = p.event("sentence")
        if sentence and e.how != "time_served":
            body.append(ru_chain(w, p, sentence))
    elif e.kind == "deportation":
        head = f"{ru_name(p)} {_ru_g(p, 'выдворен', 'выдворена')} из страны"
        body = [
            f"{when.capitalize()} {ru_name(p)} {_ru_g(p, 'был вывезен', 'была вывезена')} за границу, "
            f"в {TO_RU[e.to or 'Lithuania']}, рассказали близкие."
        ]
    else:
        head = f"В колонии {_ru_g(p, 'умер', 'умерла')} политзаключённ{_ru_g(p, 'ый', 'ая')} {ru_name(p)}"
        body = [
            f"{ru_name(p)}, {occ} {city_from}, {_ru_g(p, 'умер', 'умерла')} в заключении {when}, "
            f"сообщили родственники.",
            f"{_ru_g(p, 'Он', 'Она')} {_ru_g(p, 'был задержан', 'была задержана')} "
            f"{ru_past(w, p.events[0].date)}.",
        ]
    if w.rng.random() < 0.6:
        relative, said = w.pick(RELATIVES_RU[p.gender])
        body.append(f"«{w.pick(QUOTES_RU[e.kind])}», — {said} {relative}.")
    body.append(
        w.pick(
            [
                "Правозащитники признали задержанных политзаключёнными.",
                "Власти никак не прокомментировали ситуацию.",
                "Сейчас в стране более тысячи политзаключённых.",
            ]
        )
    )
    return head, body


_BE_U = re.compile(r"(?<=[аеёіоуыэюяАЕЁІОУЫЭЮЯ] )у")  # Belarusian у after a vowel is ў


def be_date(w: Writer, d: date) -> str:
    delta = (w.published - d).days
    options = [
        f"{d.day} {MONTHS_BE[d.month - 1]}" + (f" {d.year} года" if d.year != w.published.year else "")
    ]
    if 0 <= delta < 7:
        options.append(DAYS_BE[d.weekday()])
    if delta == 1:
        options.append("учора")
    return w.pick(options)


def be_story(w: Writer, p: Prisoner, e: Event) -> Story:
    name = p.name("be_cyr")
    occ = p.occupation[3] if p.gender == "m" else p.occupation[4]
    g = lambda m, f: m if p.gender == "m" else f  # noqa: E731
    when, city_from = be_date(w, e.date), p.city[6]
    if e.kind == "arrest":
        head = f"{g('Затрыманы', 'Затрымана')} {occ} {city_from}"
        body = [
            f"{name}, {occ} {city_from}, {g('быў затрыманы', 'была затрымана')} {when}, "
            f"паведамляюць праваабаронцы."
        ]
    elif e.kind == "sentence":
        head = f"{name} {g('асуджаны', 'асуджаная')} да {_term_be(e.term_months or 24)}"
        body = [
            f"{name}, {occ} {city_from}, {when} {g('асуджаны', 'асуджаная')} да "
            f"{_term_be(e.term_months or 24)} "
            f"калоніі за {p.charge[2]}.",
            f"{g('Яго', 'Яе')} затрымалі ў {MONTHS_BE_LOC[p.events[0].date.month - 1]} "
            f"{p.events[0].date.year} года.",
        ]
        if e.how == "time_served":
            body.append(
                f"{g('Ён', 'Яна')} {g('вызвалены', 'вызваленая')} у зале суда, бо ўжо "
                f"{g('адбыў', 'адбыла')} тэрмін у СІЗА."
            )
    elif e.kind == "release":
        head = f"{name} {g('выйшаў', 'выйшла')} на волю"
        body = [f"{name}, {occ} {city_from}, {g('выйшаў', 'выйшла')} на волю {when}, паведамілі сваякі."]
        if e.how == "expelled":
            body.append(f"У той жа дзень {g('яго', 'яе')} вывезлі ў Літву.")
    elif e.kind == "deportation":
        head = f"{name} {g('высланы', 'высланая')} з краіны"
        body = [
            f"{when.capitalize()} {name} {g('быў вывезены', 'была вывезеная')} за мяжу, у "
            f"{TO_BE[e.to or 'Lithuania']}."
        ]
    else:
        head = f"{g('Памёр', 'Памерла')} {g('палітвязень', 'палітвязніца')} {name}"
        body = [f"{name}, {occ} {city_from}, {g('памёр', 'памерла')} у калоніі {when}, паведамілі сваякі."]
    body.append(
        w.pick(
            [
                "Праваабаронцы прызналі палітвязнямі ўсіх фігурантаў справы.",
                "Улады ніяк не пракаментавалі сітуацыю.",
                "Цяпер у краіне больш за тысячу палітвязняў.",
            ]
        )
    )
    return head, [_BE_U.sub("ў", line) for line in body]


# --- the corpus -----------------------------------------------------------------------------


@dataclass
class Article:
    file: str
    published: date
    language: str
    register: str
    outlet: str
    persons: list[str]
    text: str
    copy_of: str | None = None


@dataclass
class Plan:
    """One story to write: what it reports and when it appears."""

    kind: str  # arrest, sentence, release, deportation, death, wave, digest, held
    published: date
    items: list[tuple[Prisoner, Event | None]]
    wave: int | None = None
    language: str = "en"
    absent: list[Prisoner] = field(default_factory=list)  # named in a release story, not freed


@dataclass
class Corpus:
    people: list[Prisoner]
    articles: list[Article]
    bad: list[dict[str, str]]
    truth: dict[str, Any]


def _plans(rng: random.Random, people: list[Prisoner], target: int) -> list[Plan]:
    """Every event reported at least once when `target` allows (digests bundle the surplus),
    then more reports (other outlets, follow-ups) up to `target`."""
    waves: dict[int, list[Prisoner]] = defaultdict(list)
    singles: list[tuple[Prisoner, Event]] = []
    for p in people:
        for e in p.events:
            if e.wave is not None and e.kind == "release":
                waves[e.wave].append(p)
            elif e.wave is None and e.how != "time_served" or e.kind == "sentence":
                singles.append((p, e))
    plans = []
    for i, members in sorted(waves.items()):
        day = WAVES[i][0]
        left = [
            p
            for p in people
            if p not in members and status_on(p.events, day) == "held" and p.event("sentence")
        ]
        absent = rng.sample(left, k=1) if left and rng.random() < 0.6 else []
        published = day + timedelta(days=rng.choice([0, 0, 1]))
        plans.append(Plan("wave", published, [(p, None) for p in members], wave=i, absent=absent))
    weekly: dict[int, list[tuple[Prisoner, Event | None]]] = defaultdict(list)
    for p, e in singles:
        if e.kind in ("arrest", "sentence") and rng.random() < (0.4 if e.kind == "arrest" else 0.25):
            weekly[(e.date - START).days // 7].append((p, e))  # only the weekly round-up reports it
            continue
        lag = rng.choice([0, 0, 1, 1, 2, 3]) if e.kind != "death" else rng.randint(1, 6)
        plans.append(Plan(e.kind, e.date + timedelta(days=lag), [(p, e)]))
    for week, items in sorted(weekly.items()):
        plans.append(Plan("digest", START + timedelta(days=week * 7 + 6), items))
    # too many for the size asked: bundle arrests and sentences of one week, then one month, into digests
    for span in (7, 31, 92, 3650):
        if len(plans) <= target:
            break
        keep = [pl for pl in plans if pl.kind not in ("arrest", "sentence", "digest")]
        bundles: dict[int, list[tuple[Prisoner, Event | None]]] = defaultdict(list)
        for pl in plans:
            if pl.kind in ("arrest", "sentence", "digest"):
                for item in pl.items:
                    assert item[1] is not None
                    bundles[(item[1].date - START).days // span].append(item)
        plans = keep
        for _span, items in sorted(bundles.items()):
            last = max(e.date for _p, e in items if e is not None)
            published = last + timedelta(days=(6 - last.weekday()) % 7 or 7)
            for chunk in range(0, len(items), 8):
                plans.append(Plan("digest", published, items[chunk : chunk + 8]))
    if len(plans) > target:
        rng.shuffle(plans)
        plans = plans[:target]
    # more reports: follow-ups about the held, other outlets on the same events, digests
    reported = [pl for pl in plans if pl.kind != "held"]
    extra = 0
    while len(plans) < target and reported:
        extra += 1
        roll = rng.random()
        if roll < 0.35:
            p = rng.choice(people)
            for _ in range(20):
                day = START + timedelta(days=rng.randint(0, (END - START).days))
                if status_on(p.events, day) == "held":
                    sentence = p.event("sentence")
                    freed = any(e.kind == "release" and e.date <= day for e in p.events)
                    current = sentence if sentence and sentence.date <= day and not freed else None
                    plans.append(Plan("held", day, [(p, current)]))
                    break
                p = rng.choice(people)
        elif roll < 0.55 and waves:
            index = rng.choice(sorted(waves))
            p = rng.choice(waves[index])
            freed = next(e for e in p.events if e.kind == "release")
            plans.append(Plan("release", freed.date + timedelta(days=rng.randint(1, 12)), [(p, freed)]))
        else:
            base = reported[extra % len(reported)]
            plans.append(
                Plan(
                    base.kind,
                    base.published + timedelta(days=rng.randint(0, 3)),
                    base.items,
                    wave=base.wave,
                    absent=base.absent,
                )
            )
    return sorted(plans, key=lambda pl: (pl.published, pl.kind, [p.id for p, _e in pl.items]))


def _article_text(
    headline: str,
    body: list[str],
    *,
    published: date,
    style: str,
    wire: str | None,
    city: str,
    rng: random.Random,
    language: str,
) -> str:
    if language == "en":
        month = MONTHS_EN[published.month - 1]
        dateline = rng.choice(
            [
                f"{published.day} {month} {published.year}"
                if style == "dmy"
                else f"{month} {published.day}, {published.year}",
                f"Published: {published.day} {month[:3]} {published.year} "
                f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}",
                f"{DAYS_EN[published.weekday()]}, {month} {published.day}, {published.year}",
                published.isoformat(),
            ]
        )
        if wire:
            body = [f"{city.upper()} ({wire}) \u2014 {body[0]}", *body[1:]]
    else:
        dateline = f"{published.isoformat()} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
    return "\n\n".join([headline, dateline, *body]) + "\n"


def _copy_edit(rng: random.Random, text: str) -> str:
    """A syndicated copy: new headline, one reworded phrase, the outlet's boilerplate."""
    parts = text.split("\n\n")
    parts[0] = (
        rng.choice(["UPDATE: ", "", "Breaking: "])
        + parts[0].rstrip()
        + rng.choice(["", " - report", " (updated)"])
    )
    swaps = [
        (" said.", " told reporters."),
        ("rights group", "human rights group"),
        ("Police", "Officers"),
        ("according to", "citing"),
        ("relatives", "family members"),
        ("flat", "apartment"),
    ]
    for old, new in rng.sample(swaps, k=len(swaps)):
        joined = "\n\n".join(parts[2:])
        if old in joined:
            parts[2:] = joined.replace(old, new, 1).split("\n\n")
            break
    parts.append(
        rng.choice(
            [
                "(Reporting by staff; editing by the news desk)",
                "Subscribe to our newsletter for daily updates.",
                "\u00a9 Wire copy. All rights reserved.",
            ]
        )
    )
    return "\n\n".join(parts).rstrip() + "\n"


def _write_story(
    rng: random.Random, plan: Plan, number: int, others: list[dict[str, str]] | None = None
) -> Article:
    language = plan.language
    if language == "ru":
        outlet, register = rng.choice(OUTLETS_RU)
        w = Writer(rng, published=plan.published, spelling="ru")
        p, e = plan.items[0]
        if plan.kind == "wave" and plan.wave is not None:
            head, body = ru_wave(w, plan.wave, [q for q, _ in plan.items])
        else:
            head, body = ru_story(w, p, e or p.events[0])
        text = _article_text(
            head, body, published=plan.published, style="dmy", wire=None, city="", rng=rng, language="ru"
        )
        return Article(
            f"{number:05d}-ru-{plan.kind}.txt",
            plan.published,
            "ru",
            register,
            outlet,
            sorted({q.id for q, _ in plan.items}),
            text,
        )
    if language == "be":
        outlet, register = rng.choice(OUTLETS_BE)
        w = Writer(rng, published=plan.published, spelling="be")
        p, e = plan.items[0]
        if plan.kind == "wave" and plan.wave is not None:
            head, body = be_wave(w, plan.wave, [q for q, _ in plan.items])
        else:
            head, body = be_story(w, p, e or p.events[0])
        text = _article_text(
            head, body, published=plan.published, style="dmy", wire=None, city="", rng=rng, language="be"
        )
        return Article(
            f"{number:05d}-be-{plan.kind}.txt",
            plan.published,
            "be",
            register,
            outlet,
            sorted({q.id for q, _ in plan.items}),
            text,
        )
    if plan.kind == "digest":
        candidates = [o for o in OUTLETS_EN if o[1] in ("digest", "rights")]
    elif plan.kind == "held":
        candidates = [o for o in OUTLETS_EN if o[1] != "wire"]
    else:
        candidates = OUTLETS_EN
    outlet, register, spelling, style = rng.choice(candidates)
    w = Writer(rng, published=plan.published, spelling=spelling, style=style, others=others)
    p, e = plan.items[0]
    if plan.kind == "wave":
        assert plan.wave is not None
        head, body = en_wave(w, plan.wave, [q for q, _ in plan.items], plan.absent)
    elif plan.kind == "digest":
        head, body = en_digest(w, [(q, ev) for q, ev in plan.items if ev is not None])
    elif plan.kind == "held":
        head, body = en_held(w, p, e)
    elif plan.kind == "arrest":
        assert e is not None
        head, body = en_arrest(w, p, e)
    elif plan.kind == "sentence":
        assert e is not None
        head, body = en_sentence(w, p, e, p.events[0])
    elif plan.kind == "release":
        assert e is not None
        head, body = en_release(w, p, e)
    elif plan.kind == "deportation":
        assert e is not None
        head, body = en_exile(w, p, e)
    else:
        assert e is not None
        head, body = en_death(w, p, e)
    wire = outlet.split()[0] if register == "wire" else None
    city = p.city[0] if plan.kind not in ("wave", "digest") else "Minsk"
    text = _article_text(
        head, body, published=plan.published, style=style, wire=wire, city=city, rng=rng, language="en"
    )
    return Article(
        f"{number:05d}-en-{plan.kind}.txt",
        plan.published,
        "en",
        register,
        outlet,
        sorted({q.id for q, _ in plan.items} | {q.id for q in plan.absent}),
        text,
    )


def make_corpus(
    *,
    prisoners: int = 60,
    articles: int = 140,
    seed: int = 1,
    languages: tuple[str, ...] = ("en",),
    copies: float = 0.05,
    bad: int = 3,
) -> Corpus:
    """The country and its news, all in memory; `write_corpus` puts it on disk."""
    from vigil.ingest.neardup import NearDuplicateIndex, signature, similarity

    rng = random.Random(seed)
    people = make_country(rng, prisoners)
    others = make_others(random.Random(f"{seed}:others"))
    n_copies = round(articles * copies)
    plans = _plans(rng, people, max(1, articles - n_copies))
    other = [lang for lang in languages if lang != "en"]
    for plan in plans:
        share = 0.25 if plan.kind == "wave" else 0.4
        if other and plan.kind not in ("digest", "held") and rng.random() < share:
            plan.language = rng.choice(other)
    index = NearDuplicateIndex()
    out: list[Article] = []
    for number, plan in enumerate(plans, start=1):
        for attempt in range(60):
            if attempt == 15 and plan.language != "en":  # few templates: an English outlet tells it
                plan.language = "en"
            if attempt == 40:  # this event is told enough: a follow-up about someone still held
                held = [q for q in people if status_on(q.events, plan.published) == "held"]
                if held:
                    q = random.Random(f"{seed}:{number}:held").choice(held)
                    told = q.event("sentence")
                    plan = Plan(
                        "held", plan.published, [(q, told if told and told.date <= plan.published else None)]
                    )
            art = _write_story(random.Random(f"{seed}:{number}:{attempt}"), plan, number, others)
            sig = signature(art.text)
            if not index.query(sig):
                break
        index.add(art.file, sig)
        out.append(art)
    wires = [a for a in out if a.register == "wire"] or out
    for k in range(n_copies):
        original = wires[(k * 7919) % len(wires)]
        crng = random.Random(f"{seed}:copy:{k}")
        text = _copy_edit(crng, original.text)
        if similarity(signature(text), signature(original.text)) < 0.6:
            text = original.text.replace("\n\n", "\n\n", 1) + "Subscribe to our newsletter.\n"
        published = original.published + timedelta(days=crng.choice([0, 0, 1]))
        text = text.replace(_dateline(original.text), published.isoformat(), 1)
        out.append(
            Article(
                f"{len(out) + 1:05d}-copy-{original.file}",
                published,
                original.language,
                "copy",
                crng.choice(["Regional Daily", "Morning Post Online", "Baltic Times Digest"]),
                original.persons,
                text,
                copy_of=original.file,
            )
        )
    end = max(a.published for a in out) if out else END
    kinds = ["empty", "binary", "wrong_encoding"][:bad] + ["empty"] * max(0, bad - 3)
    bad_files = [
        {"file": f"bad-{i + 1}-{kind}.txt", "kind": kind}
        | ({"copy_of": out[0].file} if kind == "wrong_encoding" and out else {})
        for i, kind in enumerate(kinds)
    ]
    truth = _truth(people, out, bad_files, seed=seed, end=end, languages=languages)
    named = [o for o in others if any(o["name"] in a.text for a in out)]
    return Corpus(people, out, bad_files, {**truth, "others": named})


def _dateline(text: str) -> str:
    return text.split("\n\n")[1]


def _truth(
    people: list[Prisoner],
    articles: list[Article],
    bad: list[dict[str, str]],
    *,
    seed: int,
    end: date,
    languages: tuple[str, ...],
) -> dict[str, Any]:
    mentioned: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        for pid in a.persons:
            mentioned[pid].append(a.file)
    persons = []
    for p in people:
        events = [
            {k: (v.isoformat() if isinstance(v, date) else v) for k, v in asdict(e).items() if v is not None}
            for e in p.events
            if e.date <= end
        ]
        history = []
        for e in events:
            status = _STATUS_OF[e["kind"]]
            if not history or history[-1]["status"] != status:
                history.append({"from": e["date"], "status": status})
            elif history[-1]["from"] != e["date"]:
                pass
        spellings = p.spellings()
        persons.append(
            {
                "id": p.id,
                "gender": p.gender,
                "family": p.family,
                "spellings": spellings,
                "names": sorted(set(spellings.values())),
                "forms": sorted({ru_name(p, case) for case in _CASES} - set(spellings.values())),
                "occupation": p.occupation[0],
                "city": p.city[0],
                "age": p.age,
                "events": events,
                "history": history,
                "status": status_on(events, end) or "held",
                "articles": mentioned[p.id],
            }
        )
    roll = Counter(person["status"] for person in persons)
    families = Counter(p.family for p in people)
    return {
        "seed": seed,
        "end": end.isoformat(),
        "languages": list(languages),
        "statuses": list(STATUSES),
        "roll": {s: roll.get(s, 0) for s in STATUSES},
        "shared_surnames": sorted(s for s, n in families.items() if n > 1),
        "persons": persons,
        "articles": [
            {
                "file": a.file,
                "published": a.published.isoformat(),
                "language": a.language,
                "register": a.register,
                "outlet": a.outlet,
                "persons": a.persons,
                "copy_of": a.copy_of,
            }
            for a in articles
        ],
        "bad_files": bad,
    }


def _bad_bytes(kind: str, corpus: Corpus) -> bytes:
    """An empty file, a PNG named .txt, and a copy of the first article in a legacy encoding
    (cp1251 with a Cyrillic footer): a reader either decodes it or refuses it, never half-reads it."""
    if kind == "binary":
        return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    if kind == "wrong_encoding" and corpus.articles:
        text = corpus.articles[0].text + "\nПерепечатка без разрешения редакции запрещена.\n"
        return text.encode("cp1251", errors="replace")
    return b""


def write_corpus(corpus: Corpus, out: Path, *, format: str = "txt") -> None:
    """Articles as text files with a dateline (or one JSONL file with `published`), bad files, truth.json."""
    out.mkdir(parents=True, exist_ok=True)
    articles_dir = out / "articles"
    articles_dir.mkdir(exist_ok=True)
    bad_lines: list[dict[str, Any]] = []
    if format == "jsonl":
        lines = [
            json.dumps(
                {
                    "text": a.text,
                    "published": a.published.isoformat(),
                    "outlet": a.outlet,
                    "url": f"https://news.example/{a.file}",
                },
                ensure_ascii=False,
            )
            for a in corpus.articles
        ]
        if corpus.bad:  # a corpus has its own bad records: a cut-off line and one with no text
            broken = {"not_json": '{"text": "The court in Homel sentenced', "no_text": '{"title": "x"}'}
            for k, line in enumerate(broken.values(), start=1):
                lines.insert(len(lines) * k // 3, line)
            bad_lines = [
                {"file": f"corpus.jsonl:{lines.index(line) + 1}", "kind": kind}
                for kind, line in broken.items()
            ]
        (articles_dir / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        for a in corpus.articles:
            (articles_dir / a.file).write_text(a.text, encoding="utf-8")
    for b in corpus.bad:
        (articles_dir / b["file"]).write_bytes(_bad_bytes(b["kind"], corpus))
    truth = dict(corpus.truth, format=format, articles_dir="articles")
    truth["bad_files"] = [*truth["bad_files"], *bad_lines]
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="The truth is written to OUT/truth.json; docs/roll.md describes it.",
    )
    parser.add_argument("--out", type=Path, required=True, help="folder to write (articles/ and truth.json)")
    parser.add_argument("--prisoners", type=int, default=60, help="political prisoners in the country (60)")
    parser.add_argument("--articles", type=int, default=140, help="articles to write, copies included (140)")
    parser.add_argument(
        "--seed", type=int, default=1, help="random seed: the same seed writes the same corpus"
    )
    parser.add_argument("--languages", default="en", help="comma-separated: en,ru,be (en)")
    parser.add_argument(
        "--copies", type=float, default=0.05, help="share of wire copies, near-duplicates (0.05)"
    )
    parser.add_argument("--bad", type=int, default=3, help="bad files: empty, binary, wrong encoding (3)")
    parser.add_argument(
        "--format",
        choices=["txt", "jsonl"],
        default="txt",
        help="one text file per article with a dateline, or one JSONL corpus (txt)",
    )
    args = parser.parse_args(argv)
    languages = tuple(lang.strip() for lang in args.languages.split(",") if lang.strip())
    unknown = set(languages) - {"en", "ru", "be"}
    if unknown:
        parser.error(f"unknown language(s) {', '.join(sorted(unknown))}; en, ru, be")
    corpus = make_corpus(
        prisoners=args.prisoners,
        articles=args.articles,
        seed=args.seed,
        languages=languages,
        copies=args.copies,
        bad=args.bad,
    )
    write_corpus(corpus, args.out, format=args.format)
    roll = corpus.truth["roll"]
    print(
        f"{len(corpus.articles)} articles ({sum(a.copy_of is not None for a in corpus.articles)} copies), "
        f"{len(corpus.bad)} bad files, {len(corpus.people)} prisoners -> {args.out}",
        file=sys.stderr,
    )
    print(
        "truth at " + corpus.truth["end"] + ": " + ", ".join(f"{s} {n}" for s, n in roll.items()),
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
