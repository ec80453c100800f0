"""What every language's rules produce before assembly: persons, findings and memberships.

Language packages (`en/`, `ru/`, `be/`) parse into spaCy `Doc`s and fill these; the shared
`cohorts` and `assemble` modules turn them into the extraction contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from anyascii import anyascii
from spacy.tokens import Token


@lru_cache(maxsize=65536)  # called for every token by several rules; a text has few distinct words
def fold(text: str) -> str:
    """Lower-case ASCII form used to compare name parts across accents and scripts."""
    return anyascii(text).lower().strip()


@dataclass
class Person:
    """An individual in one document: the fullest name and every mention."""

    name: str
    tokens: list[str]
    gender: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token offsets [start, end)
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    # first named right after a kinship word ("X's son, Hussain al-Mahfoodh"): a relative of
    # someone in the story, never the same person as a longer or shorter name it ends or opens
    kin: bool = False

    @property
    def surname(self) -> str:
        return fold(self.tokens[-1])

    @property
    def first(self) -> str | None:
        return fold(self.tokens[0]) if len(self.tokens) > 1 else None


@dataclass
class Finding:
    """One asserted event before cohorts are merged."""

    type: str
    trigger: Token
    persons: list[Person] = field(default_factory=list)
    count: int | None = None
    group: str | None = None
    group_ref: bool = False  # the patient is a group (counted or referred to)
    term: int | None = None
    date: str | None = None  # the date words as written; normalised at assembly
    # «X приговорён к … . Приговор вынесен 26 августа.»: a word of the next sentence, which
    # tells the date words `date` of this event (the trigger's own sentence has none)
    date_from: Token | None = None
    place: str | None = None
    agent: str | None = None
    confidence: float = 0.85
    cohort: int | None = None
    joins_latest: bool = False  # "also freed", "among those released": belongs to an earlier group
    pronoun_group: bool = False  # "... and drove them across the border": the group just counted
    beyond_group: bool = False  # «ещё одного фигуранта, X,»: one more, outside a group counted before
    # «Яшчэ двух валанцёраў памілавалі»: a count of further people, none of those named before
    more_count: bool = False
    implies_release: bool = True  # a prisoner deported was freed; "ordered his expulsion" says less
    counted_back: bool = False  # "All twelve were freed", "The 14": the counted group told before
    # "... the closed trial of six residents of Pinsk ... All six had been detained": where the
    # sentence before (or its own) counted afresh the group `counted_back` tells again, though no
    # event was told of it; the people named before that count are not of it (-1: none)
    sized_at: int = -1
    # «Журналистов задержали в ноябре», «Всех их задержали»: a bare group noun or a plural
    # pronoun, no number of its own, tells again the group counted before (its named members
    # went through this event too)
    told_back: bool = False
    # "The journalists were arrested in raids": a bare "the" + plural noun, no number of its own,
    # that may tell again the named group counted earlier by the same noun ("six journalists")
    noun_back: str | None = None
    # "... including 10 inmates", "... and 9 others to jail terms": a counted part of a
    # group or a second group of the same clause; named members join it only by its number
    part: bool = False
    whole: Finding | None = None  # the group a counted part belongs to: its members are the whole's
    # "arrested four ... freed two of them. They are A and B" (English, session 61): a part that
    # points back to its whole; people a later telling with a count of its own ("three others were
    # freed in June, among them X") brought into the part's cohort are not the part's, and do not
    # join the whole
    part_of_them: bool = False
    # "sentenced three protesters and acquitted a fourth": a conjoined verb with its own object
    # (not "them") is told of other people than the verb it is conjoined to
    own_patient: bool = False
    split: bool = False  # a counted group whose members' terms were read off a "respectively" list
    # "freed 12 people who were detained in May": a clause describing a group counted for another
    # event; its event is the group's (members join it) but the count is the other event's
    describes: bool = False
    # «X помиловали в числе 52 … и вывезли в Литву»: a verb conjoined to a membership count goes
    # on with the named member; it joins the group's cohort but takes none of its count
    member_only: bool = False


@dataclass
class Membership:
    """Named people said to be part of a group ("Among them was X")."""

    token: Token
    persons: list[Person]
    type: str | None
    # "Among those freed were X and Y": the phrase itself tells the event, so its members went
    # through it even when the article tells no group event for them to join
    tells_event: bool = False
    # "Two of the teachers, A and B, ...": the group told before that the phrase points back to
    # (by its noun); its members are that group's, whatever was told in between
    group: Finding | None = None
    # "X was one of 53 activists rounded up by police": the size of the group the phrase tells,
    # carried by the event it tells when no group event was told before it
    count: int | None = None
    # "Among those still behind bars is X": the phrase says only that the group is held, so it
    # joins a roundup of a stated size, not a running or approximate figure ("about 360 remain")
    held_state: bool = False
    # "Among those who crossed at the border were X and Y": the phrase tells a journey abroad, no
    # event word; its people are of the group driven abroad when one was told, else of the latest
    journey: bool = False


def distinct(persons: list[Person]) -> list[Person]:
    """Each person once, in the order first met (people compare by value and do not hash)."""
    return [p for k, p in enumerate(persons) if p not in persons[:k]]


__all__ = ["Finding", "Membership", "Person", "distinct", "fold"]
