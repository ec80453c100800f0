"""Session 58 (defdesc): events whose only link to their person is a definite description.

    census_s58_defdesc.py LANG SET... [--base TAG] [--same-sentence]

Reads each document of the sets (its text, its gold, and the scored run TAG, default `L58`)
and splits it into sentences. A sentence is a candidate when it holds an event trigger (a
stem list per language, typed arrest / sentence / release / deportation / death) and a
description: English "the" / "this" / "that" before up to three modifiers and a role noun of
`PERSON_NOUNS` (kin nouns and titles left out), "citizen" / "national" / "man" / "woman", or a
bare age ("the 34-year-old"); Russian and Belarusian a role stem or an age adjective («38-летний»,
«35-гадовы») not followed by a capitalised name. By default the sentence names no gold person;
with `--same-sentence` it names one, but only before the description ("... deported the Canadian
citizen"). Officials' roles (judge, prosecutor, lawyer, spokesman ...) are counted apart.

For each candidate, the nearest gold person named before the description (by surname or alias
stem, any case form) is the one a naive "nearest preceding person" rule would pick; printed are
whether the gold has the trigger's event for that person and whether the run TAG predicted it,
and each row that the gold has and the run missed (the family's gain, to be read by hand: the
stem lists over-match plurals and nouns of things). A superset by design: counts are read off
the printed rows, not trusted as they come. Held-out and blind sets are skipped.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

_REPO = Path(__file__).resolve().parents[1]
_MAIN = Path("/work/main") if Path("/work/main/.cache").is_dir() else _REPO
sys.path.insert(0, str(_REPO / "src"))
sys.path.insert(0, str(_REPO / "benchmarks"))
from score_sets import resolve  # noqa: E402

from vigil.extract.en.persons import KIN_NOUNS, PERSON_NOUNS  # noqa: E402

# titles and words that are no description of a person on their own
_NOT_DESCRIPTIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "opposition", "head", "chief", "general", "major", "rev", "sen", "sens"}
    | {"rep", "reps", "gov", "lt", "gen", "sgt", "capt", "col", "maj", "adm", "cmdr", "amb", "supt", "insp"}
    | {"det", "ag", "dj", "colleague", "cellmate", "partner", "friend", "neighbour", "neighbor", "relative"}
)
_OFFICIALS = frozenset(
    {"judge", "prosecutor", "investigator", "lawyer", "attorney", "advocate", "barrister", "counsel"}
    | {"spokesman", "spokeswoman", "spokesperson", "president", "minister", "envoy", "ambassador", "official"}
    | {"officer", "magistrate", "consul", "warden", "sheriff", "inspector", "detective", "governor", "mayor"}
    | {"ombudsman", "commissioner", "rapporteur", "solicitor", "constable", "diplomat", "justice"}
)
_EN_EXTRA = frozenset({"citizen", "national", "man", "woman", "girl", "boy"})
_EN_NOUNS = (PERSON_NOUNS - KIN_NOUNS - _NOT_DESCRIPTIONS) | _EN_EXTRA
_EN_ALT = "|".join(sorted(_EN_NOUNS, key=len, reverse=True))
_EN_DESCRIPTION = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+"
    r"(?:(?:\d+-year-old|former|jailed|imprisoned|detained|exiled|young|elderly|veteran|prominent"
    r"|[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[a-z]+-[a-z]+)[\s-]+){0,3}"
    rf"(?:({_EN_ALT})\b(?!['’]s|-)|(?<=old)\b(?!\s+[a-z]+\b))"
)
_EN_TRIGGER = re.compile(
    r"\b(arrest\w*|detain\w*|sentenc\w*|jail\w*|imprison\w*|convict\w*|freed|free|releas\w*|pardon\w*"
    r"|deport\w*|expel\w*|died|death|dies)\b",
    re.I,
)
_EN_PRONOUN = re.compile(r"\b(he|she|him|his|her|himself|herself)\b", re.I)


def _stems(words: str) -> tuple[str, ...]:
    """A list of stems written as one string of words."""
    return tuple(words.split())


_RU_ROLES = _stems(
    "блогер активист журналист учител преподавател студент пенсионер гражданин гражданк политзаключ "
    "правозащитни художни музыкант священник пастор предпринимател бизнесмен врач программист инженер "
    "оппозиционер фигурант осужденн осуждённ задержанн мужчин женщин девушк анархист фотограф поэт "
    "писател режиссер режиссёр учен учён депутат политик волонтер волонтёр медик уроженец уроженк житель "
    "жительниц юрист экономист историк рабочий рабочего продавец певец певиц актер актёр актрис"
)
_BE_ROLES = _stems(
    "блогер актывіст журналіст настаўні выкладчы студэнт пенсіянер грамадзян палітвязен палітвязн "
    "палітвязьн праваабаронц мастак мастач музыкант святар пастар прадпрымальні бізнесмен лекар урач "
    "праграміст інжынер анархіст фатограф паэт пісьменні мужчын жанчын дзяўчын хлопец хлопца жыхар "
    "ураджэн фігурант асуджан юрыст эканаміст гісторык рабочы працаўні вадзіцел дэпутат палітык валанцёр "
    "медык спявак спявачк"
)
_SLAVIC_OFFICIALS = _stems(
    "судья прокурор следовател адвокат защитни пресс-секретар чиновни министр "
    "судд пракурор следчы адвакат абаронц"
)
_SLAVIC_TRIGGER = re.compile(
    r"(задерж|арест|приговор|осужд|осуди|заключ|освобод|на свобод|помилов|депорт|выдвор|выслан|умер|скончал"
    r"|погиб|затрыма|арышт|прысуд|асудж|асудзі|вызвал|на волю|на свабод|памілава|дэпарт|вывез|памёр|памерла"
    r"|загінуў)",
    re.I,
)
_SLAVIC_PRONOUN = re.compile(
    r"(?<!\w)(он|она|его|её|ее|ему|ей|ним|ней|него|неё|нее|ён|яна|яго|ёй|яму|ім|ёю|ягон\w*|яе)(?!\w)", re.I
)
_AGE = re.compile(r"\d+-(летн|гадов)\w*", re.I)
_TYPES = (
    ("death", r"(died|death|dies|умер|скончал|погиб|памёр|памерла|загінуў)"),
    ("deportation", r"(deport|expel|депорт|выдвор|выслан|дэпарт|вывез)"),
    ("release", r"(freed|free|releas|pardon|освобод|на свобод|помилов|вызвал|на волю|на свабод|памілава)"),
    ("sentence", r"(sentenc|jail|imprison|convict|приговор|осужд|осуди|заключ|прысуд|асудж|асудзі)"),
)


def _event_type(trigger: str) -> str:
    """The event type a trigger's stem tells (arrest when none of the others)."""
    return next((kind for kind, stems in _TYPES if re.match(stems, trigger.lower())), "arrest")


def _slavic_descriptions(sentence: str, roles: tuple[str, ...]) -> list[tuple[int, str, str]]:
    """Role stems and age adjectives of a Russian or Belarusian sentence, with where they stand and
    whether they are an age, a role or an official's role (a role before a capitalised name is that
    name's title, no description)."""
    out: list[tuple[int, str, str]] = []
    for m in re.finditer(r"(?<!\w)[\w-]+(?!\w)", sentence):
        word = m.group(0)
        if _AGE.match(word):
            out.append((m.start(), word, "age"))
            continue
        stem = next((r for r in (*roles, *_SLAVIC_OFFICIALS) if word.lower().startswith(r)), None)
        if stem is None:
            continue
        rest = sentence[m.end() :].lstrip()
        if rest[:1].isupper():
            continue
        out.append((m.start(), word, "official" if stem in _SLAVIC_OFFICIALS else "role"))
    return out


def _english_descriptions(sentence: str) -> list[tuple[int, str, str]]:
    """English definite descriptions of a sentence, as `_slavic_descriptions` gives them."""
    out = []
    for m in _EN_DESCRIPTION.finditer(sentence):
        noun = (m.group(1) or "").lower()
        out.append((m.start(), m.group(0), "official" if noun in _OFFICIALS else "role"))
    return out


def _sentences(text: str) -> Iterator[tuple[int, str]]:
    """Rough sentences (at a stop before a space, or a line break) with their offsets."""
    at = 0
    for part in re.split(r"(?<=[.!?…])\s+|\n+", text):
        start = text.find(part, at)
        start = at if start < 0 else start
        yield start, part
        at = start + len(part)


def _name_stems(person: dict) -> set[str]:
    """The stems a gold person's name words are found by in any case form (four letters at least)."""
    stems = set()
    for name in [person["name"], *person.get("aliases", [])]:
        for word in re.findall(r"[\w'’-]+", name):
            if len(word) >= 3 and word[0].isupper():
                stems.add(word[: max(4, len(word) - 2)] if len(word) > 5 else word)
    return stems


def _predicted(tag: str, name: str) -> dict[str, dict]:
    """The run's predictions of one set, by document stem."""
    path = _MAIN / ".cache" / "scores" / tag / f"{name}.jsonl"
    out: dict[str, dict] = {}
    if path.exists():
        for line in path.open(encoding="utf-8"):
            d = json.loads(line)
            out[Path(d["source"]).name.removesuffix(".txt")] = d
    return out


def census(lang: str, names: list[str], tag: str, same_sentence: bool) -> list[dict]:
    """One row per candidate sentence (see the module's docstring)."""
    rows = []
    for name in names:
        folder, judge = resolve(name)
        if judge:
            continue  # held out or blind: never read
        predictions = _predicted(tag, name)
        for gold_file in sorted(folder.glob("*.gold.json")):
            stem = gold_file.name.removesuffix(".gold.json")
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            pred = predictions.get(stem)
            text = pred["text"] if pred else (folder / f"{stem}.txt").read_text(encoding="utf-8")
            named = sorted(
                (m.start(), p["name"])
                for p in gold.get("persons", [])
                for key in _name_stems(p)
                for m in re.finditer(r"(?<!\w)" + re.escape(key), text)
            )
            gold_events = {(e["type"], q) for e in gold.get("events", []) for q in e.get("persons", [])}
            ids = {p["id"]: p["name"] for p in pred["persons"]} if pred else {}
            pred_events = (
                {(e["type"], ids.get(q, q)) for e in pred["events"] for q in e["persons"]} if pred else set()
            )
            for start, sentence in _sentences(text):
                if lang == "en":
                    found, trigger, pronoun = (
                        _english_descriptions(sentence),
                        _EN_TRIGGER.search(sentence),
                        _EN_PRONOUN.search(sentence),
                    )
                else:
                    roles = _RU_ROLES if lang == "ru" else _BE_ROLES
                    found, trigger = _slavic_descriptions(sentence, roles), _SLAVIC_TRIGGER.search(sentence)
                    pronoun = _SLAVIC_PRONOUN.search(sentence)
                if not found or trigger is None:
                    continue
                at = start + found[0][0]
                inside = [pos for pos, _ in named if start <= pos < start + len(sentence)]
                if not same_sentence and inside:
                    continue
                if same_sentence and (not inside or any(pos >= at for pos in inside)):
                    continue
                before = [person for pos, person in named if pos < at]
                nearest = before[-1] if before else None
                kind = _event_type(trigger.group(0))
                rows.append(
                    {
                        "set": name,
                        "doc": stem,
                        "descriptions": [d[1] for d in found],
                        "kind": found[0][2],
                        "pronoun": pronoun is not None,
                        "nearest": nearest,
                        "type": kind,
                        "gold": (kind, nearest) in gold_events,
                        "predicted": (kind, nearest) in pred_events,
                        "sentence": sentence[:300],
                    }
                )
    return rows


def main(argv: list[str]) -> None:
    tag = argv[argv.index("--base") + 1] if "--base" in argv else "L58"
    same = "--same-sentence" in argv
    args = [
        a for i, a in enumerate(argv) if a not in ("--base", "--same-sentence") and argv[i - 1] != "--base"
    ]
    lang, names = args[0], args[1:]
    rows = census(lang, names, tag, same)
    for row in rows:
        if row["gold"] and not row["predicted"] and row["kind"] != "official":
            print(
                "MISSED",
                row["set"],
                row["doc"],
                row["nearest"],
                row["type"],
                row["descriptions"],
                "|",
                row["sentence"],
            )
    totals = Counter((r["kind"], r["pronoun"], r["gold"], r["predicted"]) for r in rows)
    print("kind, pronoun in sentence, nearest has the gold event, predicted: rows")
    for key, count in sorted(totals.items()):
        print(*key, count)


if __name__ == "__main__":
    main(sys.argv[1:])
