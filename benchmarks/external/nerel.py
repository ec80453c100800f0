#!/usr/bin/env python3
"""NEREL (real Russian news, brat annotations) -> Vigil gold files, for local measurement only.

    python benchmarks/external/nerel.py --mirror GIT_DIR --out DIR [--split train dev test]
        [--part all|tune|held|other]

GIT_DIR is a bare git mirror of the public repository nerel-ds/NEREL (what the `fetch` tool
returns for github:nerel-ds/NEREL). The script reads, at commit 8f07d3e6, NEREL-v1.1/SPLIT/
*.txt and *.ann (v1.0's entities and relations, corrected, plus Wikidata links) and writes
NAME.txt + NAME.gold.json per kept document in the format of shared/eval/GUIDELINES.md,
scored by shared/eval/score.py. NEREL's texts are Russian Wikinews articles (2010-2019,
court, crime and politics stories among them), annotated with nested entities (PERSON,
PROFESSION, PENALTY, CRIME, EVENT ...) and relations (PENALIZED_AS person -> penalty,
PARTICIPANT_IN / AGENT entity -> event ...). NEREL has no coreference and no quotes.

Documents: those with a PENALIZED_AS relation or a justice EVENT (a trigger of the classes
below) that a PERSON or PROFESSION takes part in: 179 of NEREL's 1,866 (train, dev and test
together; Vigil is not trained on any of them). The text is written unchanged.

Persons: every PERSON mention except one nested in another entity's name («Ленинской
премии», «храма Христа Спасителя», «проспект Вернадского»). Mentions are one person when
NEREL links them to the same Wikidata item, or when their last words share a stem (a common
start of all but the last two letters: «Кокорина» / «Кокорин») and their first words, if
both have two words, the same initial; a form in brackets right after a name («Брендт
Кристенсен (Brendt Christensen)») is that person's. The gold name is the form whose words
pymorphy3 reads as nominative (GUIDELINES: Russian gold names are nominative), the longest
such; every other surface form is an alias
(score.py then matches a predicted person by any of its mentions).

Who is an argument: a PERSON mention is its person; a PROFESSION or NATIONALITY mention is
the person it is in apposition to (a PERSON mention at most two characters after it:
«украинского бойца Виталия Маркива», «Гражданин Китая Ву Сяньгуань») and nobody otherwise
(GUIDELINES: no events for unnamed single people); ORGANIZATION, FAMILY and COUNTRY
arguments are nobody (a company's fine is not a political prisoner's sentence).

Events:

* `sentence` from PENALIZED_AS, when the sentence that holds the penalty states a verdict or
  a term being served (VERDICT: приговорил, осуждён, получил, назначил наказание, отбывает,
  посадили, N-летний срок ...) and nothing in it makes the penalty possible rather than
  given (HEDGE: грозит, может, максимальное наказание, прокурор требовал/просил, «до N лет»,
  если, хотят ...). Any penalty a court gives is a sentence (GUIDELINES: "was convicted/
  sentenced"; the dev gold does so for suspended terms and restricted freedom): custodial
  terms, life, death; a suspended term («условно», «условный срок») with its term; restricted
  freedom, compulsory or community work with their term; a fine with no term. `term_months`
  is the term the penalty text states («21 месяцу», «восьми годам», «1 год 6 месяцев»,
  «полтора года», «5,5 годам», «семилетний срок»); a penalty with several terms pairs them with
  its persons in order («соответственно») or gives none.
* `arrest` from PENALIZED_AS for an administrative arrest in days («арестовал на 10 суток»,
  «10 суток административного ареста») and custody as a measure («под стражей», «в СИЗО»);
  not house arrest («домашний арест»), «подписка о невыезде», an arrest in absentia («заочно»)
  or a warrant («ордер на арест»). Being in prison («в тюрьме», «за решёткой», «в
  заключении») is a state, not an event (GUIDELINES).
* From EVENT mentions and their PARTICIPANT_IN persons (not the event's AGENT), by the
  trigger's words (a sentencing trigger takes the term of the one PENALTY that follows it in
  its sentence, «приговорён к 10 годам тюремного заключения»): арест-/задерж-/взят под
  стражу -> arrest; приговор-/осужд- -> sentence;
  освобожд-/выпущ-/вышел на свободу/отпущ-/помилов- -> release (not «освобождён от
  должности», nor a town's liberation); депорт-/выслан-/выдвор-/экстрадир- -> deportation.
  Dropped: an infinitive trigger («пытались задержать»), a negated one («не был
  арестован»), one under a hedge, a call or a warrant (the same HEDGE words in its sentence
  before it). NEREL's EVENT deaths do not say whether in custody: no `death` events.

Not kept: counts (NEREL has no group sizes), quotes, dates. NEREL annotates the entities and
relations of its schema, not every event GUIDELINES asks for: an arrest told only in a noun
phrase or by a pronoun («его задержали») may have no EVENT and then scores as a false
positive; read every false positive before trusting a precision figure.

Parts: `--part tune` and `--part held` split the kept documents by a fixed rule (the first byte
of the SHA-1 of the output name, even -> tune, odd -> held), so that rules are tuned on one
half and measured on the other, never read; `--part other` writes the held half of the
documents *not* kept (no justice event in NEREL) whose text still has a justice word
(задерж-, арест-, приговор-, освобо- ...): their gold has persons and no events, and every
event Vigil finds there is read by hand for precision.

Outputs hold news text (Wikinews, CC BY 2.5) and NEREL's annotation (CC BY-NC): write them to
a git-ignored folder (e.g. .cache/nerel/) and never commit them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

REPO = "nerel-ds/NEREL"
COMMIT = "8f07d3e6"
ROOT = "NEREL-v1.1"
SPLITS = ("train", "dev", "test")

VERDICT = re.compile(
    r"приговор|осуд|осужд|получил|получила|получили|назнач\w* наказани|наказан|отбыва|отбыл|отбыв|"
    r"отсидел|посадил|\d+-летн\w* срок|\w+летн\w* срок|присудил|лишён\w* свободы|заменен|заменён|"
    r"сократил|смягчил|оштрафовал\w* суд|вынес\w* решени|признал\w* виновн",
    re.I,
)
HEDGE = re.compile(
    r"\b(?:грози\w*|может|могут|мог|могла|могли|можно|максимальн\w*|требова\w*|требу\w*|просил\w*|"
    r"проси\w*|запрос\w*|предусм\w*|если|хот\w*|хоч\w*|предлож\w*|ожида\w*|возможн\w*|вероятн\w*|"
    r"светит|призва\w*|призыва\w*|ордер\w*|намерен\w*|планиру\w*|собира\w*|будет|будут|рискует|"
    r"смогли|согласил\w*|согласн\w*|долж(?:ен|на|ны|но))\b",
    re.I,
)
NOT_EVENT_PENALTY = re.compile(
    r"домашн|подписк|заочн|ордер|запрет|въезд|конфиск|закрыт|забан|депорт|"
    r"должност|лишен\w* (?:права|звания|наград|мандат)",
    re.I,
)
STATE_PENALTY = re.compile(r"^(?:в |за )?(?:тюрьм|тюрьме|заключени|решётк|решетк)\w*$", re.I)
CUSTODY = re.compile(r"под страж|сизо|суток|сутки|суткам", re.I)
FINE_ONLY = re.compile(r"штраф|выплат|возмещ", re.I)
TRIGGERS = (
    (
        "arrest",
        re.compile(
            r"^(?:арест|задерж|взят\w* под страж|заключ\w* под страж|"
            r"схвач|помещ\w* в сизо)",
            re.I,
        ),
    ),
    ("sentence", re.compile(r"^(?:приговор|осужд|осуд|вынес\w* приговор|признан\w* виновн)", re.I)),
    (
        "release",
        re.compile(
            r"^(?:освобо|выпущ\w*(?! \w+ом\b)|выпуст\w* (?:из|на свобод|под)|"
            r"вышл?[аи]? на свободу|"
            r"вышел на свободу|отпущ|отпуст|помилов)",
            re.I,
        ),
    ),
    ("deportation", re.compile(r"^(?:депорт|выслан|выслал|выдвор|экстрадир)", re.I)),
)
JUSTICE_WORD = re.compile(r"задерж|арест|приговор|осужд|освобо|отпущ|депорт|помилов", re.I)
NOT_TRIGGER = re.compile(r"должност|обязанност|поста\b|от уголовн|от ответственн|домашн|заочн", re.I)
# what follows a release trigger that makes it no release («освободил от должности»)
NOT_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,4}?(?:от\s+(?:должност|обязанност|занимаем|ответственност|уголовн)"
    r"|с\s+поста)",
    re.I,
)

NOT_BEFORE = re.compile(r"(?:от\s+(?:должност|обязанност|поста)\w*|с\s+поста)\W+(?:\w+\W+){0,2}$", re.I)

NUMBERS = [  # longest stems first
    ("одиннадцат", 11),
    ("двенадцат", 12),
    ("тринадцат", 13),
    ("четырнадцат", 14),
    ("пятнадцат", 15),
    ("шестнадцат", 16),
    ("семнадцат", 17),
    ("восемнадцат", 18),
    ("девятнадцат", 19),
    ("двадцат", 20),
    ("тридцат", 30),
    ("сорок", 40),
    ("пятьдесят", 50),
    ("пятидесят", 50),
    ("полтор", 1.5),
    ("полутор", 1.5),
    ("один", 1),
    ("одн", 1),
    ("дв", 2),
    ("тр", 3),
    ("четыр", 4),
    ("пят", 5),
    ("шест", 6),
    ("сем", 7),
    ("восем", 8),
    ("восьм", 8),
    ("девят", 9),
    ("десят", 10),
]
UNIT = re.compile(r"^(?:год|года|году|годам|годами|лет|месяц\w*)$", re.I)


def git_show(mirror: Path, path: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(mirror), "show", f"HEAD:{path}"], check=True, capture_output=True, text=True
    ).stdout


def number(word: str) -> float | None:
    w = word.lower().replace(",", ".")
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    for stem, value in NUMBERS:
        if w.startswith(stem):
            return value
    return None


def terms_in(text: str) -> list[int]:
    """Each term a penalty's words state, in months, in order («1 год 6 месяцев и 1 год 5
    месяцев» -> [18, 17]); «до N лет» (a statute's maximum) states none."""
    found: list[int] = []
    for part in re.split(r"\s+и\s+(?=\S+\s+(?:год|лет|месяц))|,(?!\d)", text):
        words = re.findall(r"\d+(?:[.,]\d+)?-\w+|\d+(?:[.,]\d+)?|\w+", part)
        months, pending = 0.0, None
        for i, w in enumerate(words):
            lw = w.lower()
            if m := re.fullmatch(r"(\d+)-летн\w*", lw) or re.fullmatch(r"(\w+?)летн\w*", lw):
                n = number(m.group(1))
                if n:
                    months += n * 12
                continue
            n = number(w) if not UNIT.match(w) else None
            if n is not None and i + 1 < len(words) and (UNIT.match(words[i + 1]) or number(words[i + 1])):
                pending = (pending or 0) + n
                continue
            if UNIT.match(w):
                value = pending if pending is not None else (1 if lw in {"год", "году", "года"} else None)
                if value is None:
                    continue
                months += value * (1 if lw.startswith("месяц") else 12)
                pending = None
            elif lw == "с" and n is None and pending is None and i and number(words[i - 1]) is not None:
                pending = number(words[i - 1]) + 0.5  # «восемь с половиной лет»
            elif lw == "половиной" and months:
                months += 6
        if months:
            found.append(round(months))
    return found


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind("\n", 0, start), *(text.rfind(p, 0, start) for p in (". ", "! ", "? ")))
    right = [i for i in (text.find("\n", end), *(text.find(p, end) for p in (". ", "! ", "? "))) if i >= 0]
    return left + 1, min(right) if right else len(text)


class Ann:
    def __init__(self, txt: str, ann: str):
        self.text = txt
        self.ents: dict[str, tuple[str, int, int, str]] = {}
        self.rels: list[tuple[str, str, str]] = []
        self.qid: dict[str, str] = {}
        for line in ann.splitlines():
            cols = line.split("\t")
            if line.startswith("T") and len(cols) >= 3:
                kind, *spans = cols[1].replace(";", " ").split()
                self.ents[cols[0]] = (kind, int(spans[0]), int(spans[-1]), cols[2])
            elif line.startswith("R") and len(cols) >= 2:
                m = re.match(r"(\S+) Arg1:(\S+) Arg2:(\S+)", cols[1])
                if m:
                    self.rels.append(m.groups())
            elif line.startswith("N") and len(cols) >= 2:
                m = re.match(r"Reference (\S+) Wikidata:(Q\d+)", cols[1])
                if m:
                    self.qid[m.group(1)] = m.group(2)

    def person_of(self, tid: str) -> str | None:
        """The PERSON mention an argument is: itself, or the name in apposition to a role."""
        kind, start, end, _ = self.ents[tid]
        if kind == "PERSON":
            return tid
        if kind not in {"PROFESSION", "NATIONALITY"}:
            return None
        after = [(s, t) for t, (k, s, _e, _w) in self.ents.items() if k == "PERSON" and end <= s <= end + 2]
        return min(after)[1] if after else None


def same_surname(a: str, b: str) -> bool:
    """Two forms of one surname: one a case form of the other («Кокорин» / «Кокорина», «Насер» /
    «Насеру», «Заруцкий» / «Заруцкого»): a common start of all but the last two letters."""
    a, b = a.lower().replace("ё", "е"), b.lower().replace("ё", "е")
    if len(a) < 4 or len(b) < 4:
        return a == b
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(3, min(len(a), len(b)) - 2)


def first_agrees(a: str, b: str) -> bool:
    x, y = a.split(), b.split()
    return len(x) == 1 or len(y) == 1 or x[0][0].lower() == y[0][0].lower()


def same_name(a: str, b: str) -> bool:
    x, y = a.split(), b.split()
    if len(x) >= 2 and len(y) >= 2 and sum(any(same_surname(u, v) for v in y) for u in x) >= 2:
        return True  # court-list order: «Соловьева Александра Васильевича» / «Александр Соловьёв»
    if not x or not y or not same_surname(x[-1], y[-1]):
        return False
    return len(x) == 1 or len(y) == 1 or x[0][0].lower() == y[0][0].lower()


def nominative_score(form: str, morph) -> int:
    if morph is None:
        return 0
    return sum(any("nomn" in p.tag for p in morph.parse(w)[:2]) for w in form.split())


def nominative(form: str, morph) -> str:
    """The name in the nominative, keeping the gender of its first name («Виталия Маркива» ->
    «Виталий Маркив», «Марии Алёхиной» -> «Мария Алёхина»); unknown words stay as written."""
    if morph is None:
        return form
    words = form.split()
    parses = []
    for w in words:
        options = [p for p in morph.parse(w) if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)]
        parses.append(options)
    gender = next(
        (o[0].tag.gender for o in parses if o and "Name" in o[0].tag.grammemes and o[0].tag.gender), None
    )
    out = []
    for w, options in zip(words, parses, strict=True):
        if gender:
            options = [p for p in options if p.tag.gender in {gender, None}] or options
        if not options or w[:1].islower() or "-" in w or any("nomn" in p.tag for p in options):
            out.append(w)
            continue
        inflected = options[0].inflect({"nomn", gender} if gender and options[0].tag.gender else {"nomn"})
        word = inflected.word if inflected else w
        if "ё" not in w.lower():
            word = word.replace("ё", "е")
        out.append(word[:1].upper() + word[1:] if w[:1].isupper() else word)
    return " ".join(out)


# entities whose names may hold a person's name without being about that person (not EVENT,
# CRIME or PENALTY, whose spans hold their participants: «помилование Наамы Иссахар»)
NAMED_PLACES = {
    "AWARD",
    "ORGANIZATION",
    "FACILITY",
    "LOCATION",
    "WORK_OF_ART",
    "LAW",
    "PRODUCT",
    "DISTRICT",
    "CITY",
    "STATE_OR_PROVINCE",
    "COUNTRY",
    "IDEOLOGY",
    "RELIGION",
}


def nested(ann: Ann, tid: str) -> bool:
    """A PERSON mention inside another entity's name («Ленинской премии», «храм Христа
    Спасителя», «проспект Вернадского») names no person the article is about."""
    _k, start, end, _w = ann.ents[tid]
    return any(
        k in NAMED_PLACES and s <= start and end <= e and (s, e) != (start, end)
        for k, s, e, _ in ann.ents.values()
    )


def group_persons(ann: Ann, morph) -> tuple[dict[str, str], list[dict]]:
    """PERSON mention id -> gold name; the gold persons."""
    mentions = sorted((s, t) for t, (k, s, _e, _w) in ann.ents.items() if k == "PERSON")
    mentions = [(s, t) for s, t in mentions if not nested(ann, t)]
    # «Брендт Кристенсен (Brendt Christensen)»: the original spelling in brackets is an alias
    bracketed = {}
    for (_s1, a), (s2, b) in zip(mentions, mentions[1:], strict=False):
        gap = ann.text[ann.ents[a][2] : s2]
        if gap.strip() == "(" and ann.text[ann.ents[b][2] : ann.ents[b][2] + 1] == ")":
            bracketed[b] = a
    groups: list[dict] = []  # {"qid", "forms": [..], "ids": [..]}
    for _, t in sorted(mentions, key=lambda m: (m[1] in bracketed, -len(ann.ents[m[1]][3].split()))):
        form = " ".join(ann.ents[t][3].split())
        q = ann.qid.get(t)
        home = next(  # NEREL sometimes links a relative to the same item: the name must agree too
            (g for g in groups if q and g["qid"] == q and any(first_agrees(form, f) for f in g["forms"])),
            None,
        )
        if home is None and t in bracketed:
            home = next((g for g in groups if bracketed[t] in g["ids"]), None)
        if home is None:
            home = next(
                (
                    g
                    for g in groups
                    if any(same_name(form, f) for f in g["forms"]) and not (q and g["qid"] and g["qid"] != q)
                ),
                None,
            )
        if home is None:
            home = {"qid": q, "forms": [], "ids": []}
            groups.append(home)
        home["qid"] = home["qid"] or q
        home["forms"].append(form)
        home["ids"].append(t)
    name_of: dict[str, str] = {}
    persons = []
    for g in groups:
        forms = sorted(
            set(g["forms"]),
            key=lambda f: (
                not re.search("[а-яё]", f, re.I),  # a Cyrillic form names a person of Russian news
                -len(f.split()),
                -nominative_score(f, morph) / len(f.split()),
                g["forms"].index(f),
            ),
        )
        full = [f for f in forms if len(f.split()) == len(forms[0].split())]
        name = max(full, key=lambda f: (nominative_score(f, morph), -g["forms"].index(f)))
        if nominative_score(name, morph) < len(name.split()):
            name = nominative(name, morph)
        for t in g["ids"]:
            name_of[t] = name
        persons.append({"name": name, "aliases": sorted(set(forms) - {name})})
    return name_of, persons


def convert(ann: Ann, morph) -> tuple[dict, bool]:
    name_of, persons = group_persons(ann, morph)
    text = ann.text
    events: list[dict] = []
    kept = False
    agents = {(a, b) for r, a, b in ann.rels if r == "AGENT"}
    for rel, a, b in ann.rels:
        if a not in ann.ents or b not in ann.ents:
            continue
        if rel == "PENALIZED_AS":
            kept = True
            _, ps, pe, penalty = ann.ents[b]
            who = ann.person_of(a)
            if who is None or who not in name_of:
                continue
            s, e = sentence_around(text, min(ps, ann.ents[a][1]), max(pe, ann.ents[a][2]))
            sentence = text[s:e]
            if (
                HEDGE.search(sentence)
                or NOT_EVENT_PENALTY.search(penalty)
                or re.search(r"\bдо\s+\S+\s+(?:лет|год)", penalty)
            ):
                continue
            if STATE_PENALTY.match(penalty.strip()):
                continue
            if CUSTODY.search(penalty):
                events.append(
                    {
                        "type": "arrest",
                        "persons": [name_of[who]],
                        "count": None,
                        "term_months": None,
                        "nerel": f"{rel} {penalty}",
                    }
                )
                continue
            if not VERDICT.search(sentence):
                continue
            terms = (
                []
                if FINE_ONLY.search(penalty) and not re.search(r"лет|год|месяц", penalty)
                else terms_in(penalty)
            )
            events.append(
                {
                    "type": "sentence",
                    "persons": [name_of[who]],
                    "count": None,
                    "term_months": terms[0] if len(terms) == 1 else None,
                    "nerel": f"{rel} {penalty}",
                    "_terms": terms,
                    "_penalty": b,
                    "_at": ann.ents[who][1],
                }
            )
        elif rel == "PARTICIPANT_IN" and ann.ents[b][0] == "EVENT" and (a, b) not in agents:
            _, ts, te, trigger = ann.ents[b]
            kind = next((k for k, rx in TRIGGERS if rx.search(trigger.strip())), None)
            if kind is None:
                continue
            kept = kept or ann.person_of(a) is not None
            who = ann.person_of(a)
            if who is None or who not in name_of or NOT_TRIGGER.search(trigger):
                continue
            first = trigger.split()[0].lower()
            if kind == "release" and any(w[:1].isupper() for w in trigger.split()[1:]):
                continue  # «освобождении Киева»: a town's liberation
            if (
                re.search(r"(?:ть|ться|ти)$", first)
                or NOT_AFTER.match(text[te : te + 80])
                or NOT_BEFORE.search(text[max(0, ts - 40) : ts])
            ):
                continue
            s, _e = sentence_around(text, ts, te)
            before = text[s:ts]
            if HEDGE.search(before) or re.search(r"\bне\s+(?:был[аои]?\s+)?$", before, re.I):
                continue
            term = None
            if kind == "sentence":  # «приговорён к 10 годам тюремного заключения»: the penalty after it
                _s, end = sentence_around(text, ts, te)
                after = [
                    w
                    for k, st, _en, w in ann.ents.values()
                    if k == "PENALTY" and te <= st < min(end, te + 100)
                ]
                terms = terms_in(after[0]) if len(after) == 1 and not re.search(r"\bдо\s", after[0]) else []
                term = terms[0] if len(terms) == 1 else None
            events.append(
                {
                    "type": kind,
                    "persons": [name_of[who]],
                    "count": None,
                    "term_months": term,
                    "nerel": f"{rel} {trigger}",
                }
            )
    # a penalty of several terms ("1 год 6 месяцев и 1 год 5 месяцев") pairs with its persons in order
    by_penalty: dict[str, list[dict]] = defaultdict(list)
    for ev in events:
        if ev.get("_penalty"):
            by_penalty[ev["_penalty"]].append(ev)
    for group in by_penalty.values():
        terms = group[0]["_terms"]
        if len(terms) > 1 and len(terms) == len({e["_at"] for e in group}):
            for ev, term in zip(sorted(group, key=lambda e: e["_at"]), terms, strict=False):
                ev["term_months"] = term
    seen, unique = set(), []
    for ev in events:
        for k in ("_terms", "_penalty", "_at"):
            ev.pop(k, None)
        key = (ev["type"], ev["persons"][0], ev["term_months"])
        if key not in seen:
            seen.add(key)
            unique.append(ev)
    # a sentence with a term makes a bare sentence of the same person redundant
    termed = {e["persons"][0] for e in unique if e["type"] == "sentence" and e["term_months"]}
    unique = [
        e
        for e in unique
        if not (e["type"] == "sentence" and not e["term_months"] and e["persons"][0] in termed)
    ]
    gold = {"persons": persons, "events": unique, "quotes": [], "duplicates_removed": 0}
    return gold, kept


def part_of(out: str) -> str:
    """The fixed half a document belongs to: "tune" or "held" (see --part)."""
    return "held" if hashlib.sha1(out.encode()).digest()[0] % 2 else "tune"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirror", required=True, type=Path, help="bare git mirror of nerel-ds/NEREL")
    ap.add_argument("--out", required=True, type=Path, help="output folder (git-ignored)")
    ap.add_argument("--split", nargs="+", choices=SPLITS, default=list(SPLITS))
    ap.add_argument(
        "--part",
        choices=("all", "tune", "held", "other"),
        default="all",
        help="all kept documents, the tuning or held-out half, or held-out documents not kept",
    )
    a = ap.parse_args()
    try:
        import pymorphy3

        morph = pymorphy3.MorphAnalyzer()
    except ImportError:  # the gold names then are the longest forms, not always nominative
        morph = None
    a.out.mkdir(parents=True, exist_ok=True)
    n_docs = 0
    pairs: dict[str, int] = defaultdict(int)
    n_terms = 0
    for split in a.split:
        listing = subprocess.run(
            ["git", "--git-dir", str(a.mirror), "ls-tree", "--name-only", f"HEAD:{ROOT}/{split}"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        for name in sorted(n for n in listing if n.endswith(".ann")):
            stem_ = name.removesuffix(".ann")
            if f"{stem_}.txt" not in listing:
                continue
            ann = Ann(
                git_show(a.mirror, f"{ROOT}/{split}/{stem_}.txt"),
                git_show(a.mirror, f"{ROOT}/{split}/{name}"),
            )
            gold, kept = convert(ann, morph)
            out = f"nerel-{split}-{re.sub(r'[^A-Za-z0-9_.-]+', '_', stem_)}"
            if a.part == "other":
                if kept or part_of(out) != "held" or not JUSTICE_WORD.search(ann.text):
                    continue
            elif not kept or a.part not in ("all", part_of(out)):
                continue
            gold["source"] = f"NEREL ({REPO}@{COMMIT}) {ROOT}/{split}/{stem_}"
            (a.out / f"{out}.txt").write_text(ann.text, encoding="utf-8")
            (a.out / f"{out}.gold.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            n_docs += 1
            for ev in gold["events"]:
                pairs[ev["type"]] += len(ev["persons"])
                n_terms += ev["term_months"] is not None
    print(
        f"nerel: {n_docs} documents, event-person pairs {dict(pairs)}, terms {n_terms} -> {a.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
