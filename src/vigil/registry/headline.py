"""Which of a person's spellings heads their page: the name in the original script, and in Latin.

A person reported in Russian, Belarusian and English has three spellings of one name (Мария
Колесникова, Марыя Калеснікава, Maria Kalesnikava). Pages lead with the Cyrillic spelling and
show the Latin one beside it. Of several Cyrillic spellings, the one the Latin spelling
transliterates wins: international media take a name from the person's own passport, so the
Latin form points at the person's own language (Kalesnikava → Калеснікава, not Колесникова).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vigil.names.translit import align, is_cyrillic, phonemes, romanize
from vigil.registry.models import Article, Mention, Person, PersonName

__all__ = ["Headline", "headline", "headlines"]


@dataclass(frozen=True)
class Headline:
    name: str  # in the original script
    latin: str | None  # the name in Latin letters, when `name` is written in another script
    others: list[str]  # every other spelling, in recorded order


def _sounds(name: str) -> tuple[str, ...]:
    return tuple(sym for word in name.split() for sym in phonemes(word))


def _fullest(spellings: Sequence[str]) -> list[str]:
    most = max(len(s.split()) for s in spellings)
    return [s for s in spellings if len(s.split()) == most]


def headline(display: str, spellings: Sequence[str], languages: Mapping[str, str | None]) -> Headline:
    """The headline of a person shown as `display` (the registry's fullest spelling), given all
    their `spellings` in recorded order and the language of the article each came from."""
    cyrillic = [s for s in spellings if is_cyrillic(s)]
    if not cyrillic:
        return Headline(display, None, [s for s in spellings if s != display])
    latin_spellings = [s for s in spellings if not is_cyrillic(s)]
    candidates = _fullest(cyrillic)
    if latin_spellings:
        latin = _fullest(latin_spellings)[0]
        target = _sounds(latin)
        name = min(candidates, key=lambda s: align(_sounds(s), target).cost)  # first wins ties
    else:
        name = display if display in candidates else candidates[0]
        latin = romanize(name, languages.get(name))
    return Headline(name, latin, [s for s in spellings if s not in (name, latin)])


def headlines(session: Session, persons: Sequence[Person]) -> dict[str, Headline]:
    """Each canonical person's headline from the spellings of all their records."""
    ids = [p.id for p in persons]
    spellings: dict[str, list[str]] = defaultdict(list)
    rows = session.execute(
        select(Person.canonical_id, PersonName.name)
        .join(PersonName, PersonName.person_id == Person.id)
        .where(Person.canonical_id.in_(ids))
        .order_by(PersonName.id)
    )
    for cid, name in rows:
        if name not in spellings[cid]:
            spellings[cid].append(name)
    languages: dict[str, dict[str, str | None]] = defaultdict(dict)
    mentions = session.execute(
        select(Person.canonical_id, Mention.name, Article.language)
        .join(Mention, Mention.person_id == Person.id)
        .join(Article, Article.id == Mention.article_id)
        .where(Person.canonical_id.in_(ids))
        .order_by(Mention.id)
    )
    for cid, name, language in mentions:
        languages[cid].setdefault(name, language)
    return {p.id: headline(p.name, spellings[p.id] or [p.name], languages[p.id]) for p in persons}
