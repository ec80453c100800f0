"""A language's words as data: trigger patterns, function words, numbers and term words.

Russian keeps them in `ru/patterns/`, Belarusian in `be/patterns/`; the rules in `ru/` read
only a `Lexicon`, so one set of rules serves both languages.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path


@dataclass
class TriggerRule:
    label: str
    pattern: list[dict]
    patient: str = "object"  # "subject": the subject undergoes it (умер, вышел на свободу);
    # "clause": a noun whose patient is its clause's subject or possessive («после освобождения»)
    needs_term: bool = False  # only a sentence when a term is stated (отбывает N лет)
    abroad: bool = False  # only a deportation when taken abroad (вывезен в Литву)
    custody: bool = False  # only a death in custody (умер в колонии)
    needs_count: bool = False  # a noun that is an event only with a count («задержание 12 человек»)
    trigger_last: bool = False  # the verb ends the pattern («на свободу вышел X»: free word order)
    negated: bool = False  # the pattern's own «не» is its meaning («его не стало»), no negation
    frees: bool = True  # a deportation of a prisoner frees; a forced removal of a migrant does not
    by_force: bool = False  # only an arrest when a force (`forces`: полиция, силовики, люди в
    # штатском) is the verb's subject («X увезли люди в штатском»; not «X забрали родители»)
    taken_back: bool = False  # only an arrest when the one taken back is a name or a pronoun
    # with no unnamed person told before it in its sentence («X увезли обратно»; not «был
    # мужчина, который отказался, и его увезли обратно»: him, unnamed)
    unless: list[str] = field(default_factory=list)  # words of the sentence that make it no event
    unless_near: list[str] = field(default_factory=list)  # word prefixes in the sentence or the
    # next that make it no event («пасадзілі ў бус. … выкінулі з краіны»: the removal's first step)
    only_with: list[str] = field(default_factory=list)  # word prefixes of the sentence, one of
    # which it needs («оштрафовал … по уголовной статье»: a fine is a sentence only in a criminal case)
    uncounted: bool = False  # the event gives no count («абодвух утрымліваюць у брэсцкім СІЗА»:
    # the people of a group told before, whose size that sentence does not tell)
    since: bool = False  # only with the custody's start told in its clause («с марта», «с тех пор»,
    # «с 2023 года»): «находится в следственном изоляторе» alone is where someone is, said of
    # arrests the article tells elsewhere or not at all
    served: bool = False  # only with a verdict or a term told in its sentence and no complement of
    # its own («…осудили на пять лет, — вышел весной»; not «вышел из зала», «вышла замуж»)
    after_release: bool = False  # only an event after a release told in its sentence or the one
    # before («Памілавалі дзевятнаццаць. Сямнаццаць з іх апынуліся за мяжой»; not an exile's move)


@dataclass
class Lexicon:
    triggers: list[TriggerRule]
    words: dict[str, list[str]]
    pronouns: dict[str, set[str]]
    numbers: dict[str, float]
    terms: dict
    extra: dict = field(default_factory=dict)

    def has(self, kind: str, lemma: str) -> bool:
        return lemma in self.sets[kind]

    def word_in(self, token, kind: str) -> bool:
        """A spaCy token whose lemma or lower-case form is in the word set `kind`; not a
        capitalised hedge word inside its sentence that is also a surname («журналистка Евгения
        Ли»: the name, not the particle «ли»; `surname_homographs`)."""
        words = self.sets[kind]
        if not (token.lemma_.lower() in words or token.lower_ in words):
            return False
        return not (
            kind == "conditional"
            and token.is_title
            and not token.is_sent_start
            and token.lower_ in self.sets.get("surname_homographs", ())
        )

    @property
    def sets(self) -> dict[str, set[str]]:
        cached = self.extra.get("_sets")
        if cached is None:
            cached = {k: set(v) for k, v in self.words.items() if isinstance(v, list)}
            self.extra["_sets"] = cached
        return cached

    @cached_property
    def all_pronouns(self) -> frozenset[str]:
        """Every pronoun of every kind, for the checks that need only «is it a pronoun»."""
        return frozenset().union(*self.pronouns.values())


def load_lexicon(folder: Path) -> Lexicon:
    triggers = []
    for line in (folder / "triggers.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            row.pop("note", None)
            triggers.append(TriggerRule(**row))
    words = json.loads((folder / "words.json").read_text(encoding="utf-8"))
    pronouns = {k: set(v) for k, v in words.pop("pronouns").items()}
    numbers = json.loads((folder / "numbers.json").read_text(encoding="utf-8"))
    terms = json.loads((folder / "terms.json").read_text(encoding="utf-8"))
    extra = {"linear": words.pop("linear", False)}
    _demands_as_a_class(triggers, set(words.get("demand_verbs", ())))
    return Lexicon(triggers, words, pronouns, numbers, terms, extra)


def _demands_as_a_class(triggers: list[TriggerRule], demands: set[str]) -> None:
    """A rule whose `unless` names a demand verb («прасіў», «патрабавала») means every demand: the
    lemmas and forms of the class join its list, so that a prefixed or plural form it did not spell
    out («папрасіў для X тры гады, для Y — штраф», «патрабавалі») is no verdict either."""
    for rule in triggers:
        if demands & set(rule.unless):
            rule.unless = [*rule.unless, *sorted(demands - set(rule.unless))]


__all__ = ["Lexicon", "TriggerRule", "load_lexicon"]
