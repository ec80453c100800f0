"""Cohorts: the groups an article's events happen to, and the named people in them.

"37 people were released and driven to Lithuania. Among them was X. Y was also freed."
is one cohort with two events (release, deportation) and two named members who each
went through both. Deportation implies release: a prisoner expelled abroad was freed.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from vigil.extract.doctext import doc_text
from vigil.extract.en.numbers import SMALL_NUMBERS
from vigil.extract.findings import Finding, Membership, Person, fold

_LINK_PREPS = ("alongside", "with")
_GROUP_POS = frozenset({"NOUN", "PRON"})


@dataclass
class Cohort:
    findings: list[Finding] = field(default_factory=list)
    members: list[Person] = field(default_factory=list)
    where: dict[int, Token] = field(default_factory=dict)  # id(person) -> token of the naming sentence

    @property
    def types(self) -> list[str]:
        out: list[str] = []
        for f in self.findings:
            if f.type not in out:
                out.append(f.type)
        return out

    def add_members(self, persons: list[Person], token: Token) -> None:
        for person in persons:
            if person not in self.members:
                self.members.append(person)
                self.where[id(person)] = token

    @property
    def start(self) -> int:
        return self.findings[0].trigger.i if self.findings else 0


@dataclass
class GroupedEvent:
    """One event of the article: its findings (evidence) and everyone it concerns."""

    type: str
    findings: list[Finding]
    persons: list[Person]
    count: int | None
    where: dict[int, Token] = field(default_factory=dict)  # the sentence that names each person


def group_findings(
    findings: list[Finding],
    memberships: list[Membership],
    refusers: set[int],
    uncounted_refusers: set[int] | None = None,
) -> list[GroupedEvent]:
    """The article's events, each with its findings and persons. `refusers` are never deported;
    `uncounted_refusers` (a subset) refused in words told apart from the removal, so that the
    removal's number was told without them and is not lowered for them."""
    uncounted = uncounted_refusers or set()
    findings = sorted(verdicts_of_the_freed(findings), key=lambda f: f.trigger.i)
    cohorts: list[Cohort] = []
    singles: list[Finding] = []
    events_in = sorted(
        [(f.trigger.i, 0, f) for f in findings] + [(m.token.i, 1, m) for m in memberships],
        key=lambda x: (x[0], x[1]),
    )
    for _, kind, item in events_in:
        if kind == 1:
            assert isinstance(item, Membership)
            if item.group is not None:
                pointed = next((c for c in cohorts if any(f is item.group for f in c.findings)), None)
                if pointed is not None:
                    pointed.add_members(item.persons, item.token)
                continue
            cohort = sized = _sized(cohorts, item)
            if cohort is None and not (item.tells_event and item.count is not None):
                # ("The two were among nine people held that night": a counted group of its own)
                cohort = _latest_joined(cohorts, item.token, item.type)
            if item.journey and item.type is None:
                # (the journey names the group by its own event, as a number does, however far back)
                sized = _latest_joined(cohorts, item.token, "deportation") or sized
                cohort = sized or cohort
            # (English: a group named back by its number or its journey is that group however far
            # it was told)
            sized = sized if item.token.doc.lang_ == "en" else None
            far = sized is None and _out_of_reach(cohort, item.token) if cohort is not None else False
            if cohort is not None and item.type is None and far:
                cohort = None
            if cohort is not None and item.held_state and all(_uncounted_tally(f) for f in cohort.findings):
                cohort = None  # (English) "15 have since been re-arrested ... Among those still held is X"
            if cohort is not None and _full(cohort, item.persons):
                # "Two, A and B, were expelled. Those freed: A, C and D": the two take A, not C and D
                cohort.add_members(_named_with(cohort, item.persons), item.token)
                cohort = None
            if cohort is None:
                if item.type:
                    told = [
                        Finding(item.type, item.token, list(item.persons), count=item.count, confidence=0.75)
                    ]
                    where = {id(p): item.token for p in item.persons}
                    cohorts.append(Cohort(told if item.tells_event else [], list(item.persons), where))
                continue
            cohort.add_members(item.persons, item.token)
            continue
        assert isinstance(item, Finding)
        linked = _linked_cohort(cohorts, item)
        if item.group_ref:
            if (
                linked is None
                and item.count is None
                and cohorts
                and _refers_back(item)
                and not _the_rest(item)
            ):
                # "Among those already convicted is X": the group of the finding's own event
                # when one was told, not the nearest group of another ("20 detained" after it)
                linked = _own_type_cohort(cohorts, item) or _latest_joined(cohorts, item.trigger, None)
                if linked and item.type not in linked.types and _only_most(item):
                    linked = None  # "Most of those released were serving sentences": not all, not the named
                if linked and item.type in _HELD and set(linked.types) <= _FREED and _those_held(item):
                    linked = None  # "three released ... Among those detained are:": a larger group
                if linked and item.told_back and not (linked.members or item.type in linked.types):
                    linked = None  # counted, then named one by one: `_name_back_references` names it
                if linked and _full(linked, item.persons):
                    linked = None  # "Two of them, A and B, were expelled. Among those freed was C"
                if linked and item.pronoun_group and _counted_in_own_sentence(item, _counts(linked)):
                    linked = None  # «пришли к пятерым участникам чата — всех задержали»: those five
            if linked is None and item.noun_back and not item.persons and item.count is None:
                linked = _named_by_noun(cohorts, item)
            if linked is None and item.counted_back and not _the_rest(item):
                latest = _latest(cohorts, item.trigger.i, None)
                if latest is not None and any(f.count == item.count for f in latest.findings):
                    linked = latest  # "... 12 members of a family, including X. All twelve were freed"
            if linked is None:
                linked = Cohort()
                cohorts.append(linked)
            linked.findings.append(item)
            linked.add_members(item.persons, item.trigger)
        elif item.joins_latest or linked is not None:
            cohort = linked or _latest_joined(cohorts, item.trigger, item.type)
            if cohort is not None and linked is None and _other_agent(cohort, item):
                cohort = None  # "Israel freed 1,000 prisoners ... Cuba also released X": another release
            if cohort is None and not (item.persons and item.type in _FREED):
                cohort = _latest(cohorts, item.trigger.i, None)
            if cohort is None:
                singles.append(item)
                continue
            cohort.add_members(item.persons, item.trigger)
            if item.type not in cohort.types:
                cohort.findings.append(item)
            elif item.term and item.persons:
                # "convicted three ... and handed A, B and C 6, 5 and 4 years": each keeps a term
                singles.append(item)
        elif not _told_as_members(cohorts, item):
            singles.append(item)
    joined = _refusers_join_the_expelled(cohorts, findings, refusers)
    _name_back_references(cohorts, findings)
    _name_forward_references(cohorts, findings)
    _members_of_parts_join_wholes(cohorts)
    out: list[GroupedEvent] = []
    for cohort in cohorts:
        for etype in cohort.types:
            fs = [f for f in cohort.findings if f.type == etype]
            persons = list(cohort.members)
            for f in fs:
                persons += [p for p in f.persons if p not in persons]
            # (a refuser told apart from the group is not one of the number it was told with)
            refused = sum(
                1
                for p in persons
                if id(p) in refusers
                and id(p) not in joined
                and id(p) not in uncounted
                and _told_with(cohort.where.get(id(p)), fs)
            )
            refused = refused if etype == "deportation" else 0
            if etype == "deportation":
                persons = [p for p in persons if id(p) not in refusers]
            count = next((f.count for f in fs if f.count is not None and not f.describes), None)
            pronouns = [f for f in fs if f.pronoun_group and not _they_of_own_clause(f) and not f.member_only]
            if count is None and pronouns:
                sent = fs[0].trigger.sent
                count = next(
                    (
                        f.count
                        for f in cohort.findings
                        if f.count and f.trigger.sent == sent and not _apart(f.trigger, pronouns[0].trigger)
                    ),
                    None,
                )
            freed = [f.count for f in cohort.findings if f.type == "release" and f.count is not None]
            # ("released 18 ..., and 14 of them were driven to the border": the 18 told with it)
            freed += [g.count for g in findings if g.type == "release" and g.count and _same_sentence(g, fs)]
            if count is not None and 0 < refused < count and not any(n > count for n in freed):
                # "26 were driven to the border, but one of them refused to leave": 25; not "pardoned 30
                # and bussed 25 of them abroad" (the refuser is among the other five)
                count -= refused
            if not persons and _unnamed_counted_part(fs):
                continue  # "detained 11 villagers, including two teenagers": the whole's count only
            where = {id(p): f.trigger for f in fs for p in f.persons}
            out.append(GroupedEvent(etype, fs, persons, count, {**cohort.where, **where}))
        if "deportation" in cohort.types and "release" not in cohort.types and cohort.members:
            # (as for one person below: only a deportation that frees someone implies a release)
            dep = next((f for f in cohort.findings if f.type == "deportation" and f.implies_release), None)
            # (a refuser was freed too: GUIDELINES, a release and an arrest, no deportation)
            if dep is not None:
                out.append(GroupedEvent("release", [dep], list(cohort.members), None, dict(cohort.where)))
    for f in singles:
        # (whoever refused to leave was not deported, alone as in a group)
        persons = [p for p in f.persons if f.type != "deportation" or id(p) not in refusers]
        if persons:
            out.append(GroupedEvent(f.type, [f], persons, None if f.describes else f.count))
        if f.type == "deportation" and f.implies_release and f.persons:
            out.append(GroupedEvent("release", [f], list(f.persons), None))
    _same_count_removal_names_the_freed(out, refusers)
    return [e for e in out if e.persons or e.count is not None]


def _same_count_removal_names_the_freed(events: list[GroupedEvent], refusers: set[int]) -> None:
    """'Six prisoners flown out of Russia and handed over in Ankara' (a headline) and 'six people
    held in Russia have been released ... Among them: A, B, C': a removal abroad told with the
    same number as a release of the article is the same group, so the people named as the freed
    went abroad with it — unless they refused to leave (GUIDELINES: a release and an arrest). Not
    for a part of the freed ("freed 14 ... twelve of them were driven to the border": another
    number), nor from a removal to a release of another number.

    Census (session 56, L56 predictions of every read set of the three languages, meta-*, grid55-*
    and the external tune halves): a removal and a release with the same count whose release
    names people the removal lacks gains 10 (deportation, person) pairs true by the gold and 8
    false; 6 of the false are refusers ("refused to board", «адмовіўся перасякаць»), who stay
    out here, the other 2 (syn40-ru-b-06) are people wrongly taken as members of the release."""
    for dep in events:
        if dep.type != "deportation" or not dep.count:
            continue
        for rel in events:
            if rel.type != "release" or rel.count != dep.count:
                continue
            for person in rel.persons:
                if person not in dep.persons and id(person) not in refusers:
                    dep.persons.append(person)
                    if id(person) in rel.where:
                        dep.where.setdefault(id(person), rel.where[id(person)])


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})
_FREED = frozenset({"release", "deportation"})
_CLAUSES = frozenset({"conj", "parataxis", "ccomp", "advcl", "acl", "acl:relcl", "relcl", "csubj"})


def verdicts_of_the_freed(
    findings: list[Finding],
    freed: set[tuple[int, int]] | None = None,
    numbers: Collection[str] = frozenset(),
) -> list[Finding]:
    """The findings less the counted verdict a participle tells of a group whose own clause frees
    it: "two Russian nationals convicted in Germany were handed over", «Пятеро россиян,
    осужденных по политическим статьям, … оказались на свободе», «Шаснаццаць чалавек, асуджаных
    па "палітычных" артыкулах, выйшлі на волю». The participle (a reduced relative, `acl`, on the
    counted subject) names who the freed are — convicts, as «помиловал 16 человек, осуждённых …»
    names them — and the news is the release; GUIDELINES: a count needs a number in the event's
    own clause. Read the same way in the three languages, since the configuration (a verdict
    participle on the counted subject of a release) is the parse's, not a wording's.
    Session 50 census over every read set: the form (a counted group, a verdict participle after
    it, a release or pardon as the clause's verb, subject or object) occurs in some 60 sentences
    of 40 sets (most of them «помиловал N человек, осуждённых …» objects, which the rules already
    leave uncounted) and is a gold `sentence` count in none; the subject form was counted at L50
    five times, all five false (syn27b, syn8-ru-b, syn34-ru-b twice, syn17-be-b). A verdict told
    of the counted group by its own verb ("Five people ... were convicted") and a release whose
    group the participle counts («16 политзаключённых, помилованных …») keep theirs. The named
    members keep their verdict: only the count goes. `freed`: the (index, doc) of the words
    that free (by default the findings' releases and removals); `numbers`: the language's number
    words, for a parse that tags «Шаснаццаць» as no number."""
    if freed is None:
        freed = {(g.trigger.i, id(g.trigger.doc)) for g in findings if g.type in _FREED}
    kept: list[Finding] = []
    for f in findings:
        counted = f.type == "sentence" and f.count is not None
        if counted and _verdict_of_freed_subject(f.trigger, freed, numbers):
            if not f.persons:
                continue
            f.count = None
        kept.append(f)
    return kept


def _verdict_of_freed_subject(t: Token, freed: set[tuple[int, int]], numbers: Collection[str]) -> bool:
    """The trigger is a participle on a counted subject whose verb (or a word it governs, «оказались
    на свободе», «выйшлі на волю») is a release or a deportation."""
    group = t.head
    if group.dep_ == "appos" and group.head.dep_ in _SUBJECTS and group.head.i < group.i:
        group = group.head  # «АБУ-ДАБИ — Пятеро россиян, осужденных …»: a dateline taken for the subject
    if t.dep_ != "acl" or group.i >= t.i or group.dep_ not in _SUBJECTS:
        return False
    counted = t.head
    if not (
        counted.like_num
        or any(c.like_num or c.pos_ == "NUM" or c.dep_.startswith("nummod") for c in counted.children)
        or (counted.i > 0 and (counted.nbor(-1).like_num or counted.nbor(-1).pos_ == "NUM"))
        or (counted.i > 0 and counted.nbor(-1).lower_ in numbers)
    ):
        return False
    verb = group.head
    doc = id(t.doc)
    # (not a clause of its own hung on the verb: «…, а двоих освободили» frees another group)
    words = (verb, *(w for w in verb.children if w.dep_ not in _CLAUSES))
    return any((w.i, doc) in freed for w in words if w.i not in (t.i, group.i, counted.i))


def _they_of_own_clause(f: Finding) -> bool:
    """English: the plural pronoun is the subject of a clause of its own ("In 2022, 16 journalists
    were jailed pending trial; they were released the following year", "three of my colleagues
    were arrested in 2023, and they were sentenced last year"). GUIDELINES: a count needs a
    number in the event's own clause, and a group referred to only as "they" gets no count. The
    object of a verb that shares the counted clause's subject ("freed 52 prisoners and drove them
    to the border") is still told of the group just counted: the read gold counts it (session 49
    census, the carried count switched off over the 47 English read sets: 18 true counts lost in
    15 sets, nearly all "freed N and put them on a plane", against 6 false ones; of those, the 3
    whose pronoun is a clause's subject were all false, in 3 sets, and none true)."""
    t = f.trigger
    return t.doc.lang_ == "en" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "they" for c in t.children
    )


def _apart(a: Token, b: Token) -> bool:
    """«Двоих из них отпустили; двое других остаются в ИВС», «задержали пятерых; всех продержали
    … и отпустили»: a semicolon between the counted finding and the plural pronoun's finding
    parts two clauses of their own, and GUIDELINES give a count only for a number in the event's
    own clause (not across «освободили 16 и вывезли их в Литву»). Census (session 53, every
    Russian and Belarusian read set and meta-ru/be): the count is carried 16 times, 10 right by
    the gold and 6 wrong; 4 of the wrong have a semicolon between, none of the right."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[lo:hi])


def _refusers_join_the_expelled(
    cohorts: list[Cohort], findings: list[Finding], refusers: set[int]
) -> set[int]:
    """'Fourteen were pardoned and driven to the border. X refused to cross and was taken back':
    X was one of the group freed, though not expelled (GUIDELINES: a release and an arrest), when
    no group names X already."""
    joined: set[int] = set()
    if not refusers:
        return joined
    for f in findings:
        for person in f.persons:
            if id(person) not in refusers or any(person in c.members for c in cohorts):
                continue
            expelled = [c for c in cohorts if c.start < f.trigger.i and "deportation" in c.types]
            if expelled and not _out_of_reach(expelled[-1], f.trigger):
                expelled[-1].add_members([person], f.trigger)
                joined.add(id(person))
    return joined


# "X was also freed" joins a group that was freed (or expelled: that implies it), never one
# that was arrested; "X was also deported" only a group that was deported, so that one
# expulsion never spreads to everyone a pardon freed
_FREED = frozenset({"release", "deportation"})
# a group freed is drawn from those held or tried, not the other way round: "those detained"
# after a release names the larger group, whose members were not all freed
_HELD = frozenset({"arrest", "sentence"})


def _latest(cohorts: list[Cohort], before: int, etype: str | None) -> Cohort | None:
    """The last group told before `before` that went through `etype` (any, for None). A group
    driven abroad was freed: "those freed" and "X was also freed" may be members of the
    nearest group that was released or expelled."""
    accepted = {etype, *_IMPLIED_BY.get(etype or "", ())}
    candidates = [c for c in cohorts if c.start <= before and (etype is None or accepted & set(c.types))]
    return candidates[-1] if candidates else None


# "Among them was X", "One of them, X," point back a few sentences at most; a group told
# many sentences earlier is not what "them" refers to ("One of them, Mr X," after a sentence
# about two politicians, 19 sentences after "96 people were detained")
_MEMBERSHIP_REACH = 5


def _told_with(where: Token | None, fs: list[Finding]) -> bool:
    """A refuser is one of the number told when named in its sentence or the next ("driven to the
    border, but one of them, X, refused"); not an English refuser told paragraphs later ("Not all
    accepted the deal. X ... refused to board the plane"), who was outside the number."""
    if where is None or where.doc.lang_ != "en":
        return True
    doc = where.doc
    for f in fs:
        sent = f.trigger.sent
        nxt = doc[sent.end].sent if sent.end < len(doc) else sent
        if sent.start <= where.i < nxt.end:
            return True
    return False


def _same_sentence(g: Finding, fs: list[Finding]) -> bool:
    """`g` is told in the sentence of one of `fs` (English only: its own branch)."""
    return g.trigger.doc.lang_ == "en" and any(g.trigger.sent == f.trigger.sent for f in fs)


def _unnamed_counted_part(fs: list[Finding]) -> bool:
    """English only (`whole` is set by the English reader): a counted part of a group told in
    the whole's own clause ("freed eight people, among them five political prisoners") that no
    one is named in describes the group, so blind gold counts the whole alone; a part whose
    members are named ("including six jailed activists ... The six include X") keeps its count."""
    return bool(fs) and all(f.part and f.whole is not None for f in fs)


def _members_of_parts_join_wholes(cohorts: list[Cohort]) -> None:
    """'pardons 154 prisoners, including six jailed activists ... The six include X and Y':
    X and Y were pardoned among the 154 too."""
    for part in cohorts:
        links = [f for f in part.findings if f.whole is not None]
        for cohort in cohorts:
            tied = [f for f in links if any(f.whole is g for g in cohort.findings)]
            if cohort is part or not tied:
                continue
            for person in part.members:
                where = part.where[id(person)]
                if all(f.part_of_them and _counted_apart(cohorts, f, where) for f in tied):
                    continue
                cohort.add_members([person], where)


def _counted_apart(cohorts: list[Cohort], part: Finding, where: Token) -> bool:
    """`where` lies in the sentence of another finding that counts a group of its own (another
    telling: "In June, three prisoners, among them X, were released", not the part)."""
    return any(
        g is not part and g.count is not None and g.count != part.count and g.trigger.sent == where.sent
        for c in cohorts
        for g in c.findings
    )


def _latest_joined(cohorts: list[Cohort], token: Token, etype: str | None) -> Cohort | None:
    """The group that names or "those" at `token` join: the latest of that event, but not a
    counted part told beside its whole ("... and two others to life") unless the sentence
    says the part's number ("The six include X and Y", not "Those sentenced to death include X")."""
    cohort = _latest(cohorts, token.i, etype)
    if cohort is None or not _unnamed_part(cohort, token):
        return cohort
    wholes = [c for c in cohorts if not _unnamed_part(c, token)]
    return _latest(wholes, token.i, etype) or cohort


def _full(cohort: Cohort, persons: list[Person]) -> bool:
    """The group's stated count is already reached by the people named as it (its members and
    those named in its own sentences) and `persons` name someone else: two told as A and B take
    no third person."""
    counts = [f.count for f in cohort.findings if f.count is not None and not f.part]
    if not counts or not persons:
        return False
    named = list(cohort.members)
    named += [p for p in _named_with(cohort, persons) if p not in named]
    return len(named) >= max(counts) and any(p not in named for p in persons)


def _named_with(cohort: Cohort, persons: list[Person]) -> list[Person]:
    """Those of `persons` named in a sentence that tells the group's event («Двое — A і B — …»)."""
    spans = [(f.trigger.sent.start, f.trigger.sent.end) for f in cohort.findings]
    return [p for p in persons if any(s <= m < e for m, _ in p.mentions for s, e in spans)]


def _sized(cohorts: list[Cohort], item: Membership) -> Cohort | None:
    """'freed 12 prisoners and drove ten of them to the border. Among the 12 were A and B': the
    latest group told before whose count is the one the membership phrase says (not the ten)."""
    if item.count is None:
        return None
    for cohort in reversed(cohorts):
        if cohort.start <= item.token.i and any(
            f.count == item.count and (item.type is None or f.type == item.type) for f in cohort.findings
        ):
            return cohort
    return None


def _named_by_noun(cohorts: list[Cohort], f: Finding) -> Cohort | None:
    """The latest group with named members that was counted by the noun `f` tells again ("six
    journalists ... [the six named] ... The journalists were arrested in raids")."""
    noun = (f.noun_back or "")[:5]
    for cohort in reversed(cohorts):
        if cohort.start >= f.trigger.i or not cohort.members:
            continue
        if any(g.group and g.group.lower().split()[-1][:5] == noun for g in cohort.findings):
            return cohort
    return None


def _own_type_cohort(cohorts: list[Cohort], f: Finding) -> Cohort | None:
    """The latest group within reach that went through the named finding's own event."""
    if not f.persons:
        return None
    cohort = _latest_joined(cohorts, f.trigger, f.type)
    if cohort is None or _out_of_reach(cohort, f.trigger):
        return None
    latest = _latest_joined(cohorts, f.trigger, None)
    sent = cohort.findings[0].trigger.sent
    # ("released 12 people who were detained ... Among those released was X": the group told in
    # the same sentence as its release is one group, and X went through both)
    if latest is not None and latest.findings and latest.findings[0].trigger.sent == sent:
        return None
    return cohort


def _uncounted_tally(f: Finding) -> bool:
    """(English) 'at least 15 people have since been re-arrested': a perfect tense with no exact
    count tallies up to now; "those still held" after it are the stock, not that group's members."""
    return f.count is None and any(c.dep_ == "aux" and c.lemma_ == "have" for c in f.trigger.children)


def _unnamed_part(cohort: Cohort, token: Token) -> bool:
    if not cohort.findings or not all(f.part for f in cohort.findings):
        return False
    # the part's number as its own phrase wrote it ("six jailed activists" ... "The six include")
    trigger = cohort.findings[0].trigger
    written = {t.lower_ for t in trigger.subtree if t.like_num and t.i <= trigger.i}
    return not any(t.like_num and t.lower_ in written for t in token.sent)


def _out_of_reach(cohort: Cohort, token: Token) -> bool:
    """More than `_MEMBERSHIP_REACH` sentences of the story's own narration lie between the
    group's last mention and `token`. Sentences that open with a quotation mark are someone's
    words inside the story ("I asked the officer ...", "So I did not refuse."): a member's
    quote about the group does not carry the narration away from it."""
    last = max([f.trigger.i for f in cohort.findings] + [t.i for t in cohort.where.values()], default=token.i)
    if last >= token.i:
        return False
    last = max(last, _count_told_again(cohort, last, token))
    between = sum(
        1 for t in token.doc[last + 1 : token.i + 1] if t.is_sent_start and t.text not in _OPENING_QUOTES
    )
    return between > _MEMBERSHIP_REACH


_OPENING_QUOTES = frozenset({'"', "“", "‘", "«", "„", "'"})

# Words a number counts when it is no group of people ("six years", «шесть лет», «шэсць гадоў»):
# the same number word before one of them tells a term or a time, not the group again.
_UNIT_STEMS = (
    "year",
    "month",
    "week",
    "day",
    "hour",
    "minute",
    "time",
    "percent",
    "km",
    "mile",
    "лет",
    "год",
    "месяц",
    "недел",
    "дней",
    "дня",
    "сут",
    "час",
    "минут",
    "раз",
    "процент",
    "гад",
    "тыдн",
    "дзён",
    "сутак",
    "гадзін",
    "хвілін",
    "разоў",
    "працэнт",
)


# Set by a language whose parse does not tag its number words (Russian, Belarusian: «шестерых»,
# «шасцярых» come out adjectives): `doc.user_data[NUMBER_VALUES]`, token index -> value of every
# number word; `doc.user_data[PEOPLE_NUMBERS]`, the indices of the collective numerals, which
# count people only («шестерых», «траіх»; not «с тремя детьми», «шесть лет»)
NUMBER_VALUES = "vigil.number_values"
PEOPLE_NUMBERS = "vigil.people_numbers"


def _count_word(tok: Token) -> str | None:
    """The number `tok` writes, as written (lower case), or None: digits (no year), a word the
    language valued, or an English number word ("six")."""
    if tok.is_digit:
        return None if len(tok.text) == 4 else tok.lower_
    valued = tok.doc.user_data.get(NUMBER_VALUES)
    if valued is not None:
        return tok.lower_ if tok.i in valued else None
    return tok.lower_ if tok.like_num and tok.pos_ == "NUM" else None


def _count_told_again(cohort: Cohort, last: int, token: Token) -> int:
    """The last word between the group's last mention and `token` that tells the group again by
    its number: the headline's «ФСБ забрала шестерых», the lead's «Шестерых мужчин увезли в
    Симферополь», then «Имена четверых из них: это A, B …»; "Police detain six volunteers ... The
    six were taken to the KGB building ... Among them were A and B". A story that retells its
    group by its number is still telling that group, so the members named after the retelling
    are in reach of it even when the first telling is many sentences back (a headline, a byline
    and a caption between). The retelling is the very number word of the group's sentence (when
    that sentence has one number only: "three of the nine" leaves open which counts the group),
    counting the same noun if it counts one ("six volunteers", not "six children"), or a
    Russian or Belarusian collective numeral of the count («шестерых», which counts people only;
    not «с тремя детьми»). A number before a unit of time or a term ("six months", «шесть лет»)
    tells no group. `last` when nothing retells the count."""
    doc = token.doc
    people = doc.user_data.get(PEOPLE_NUMBERS, {})
    words: dict[str, str | None] = {}  # the count as written -> the noun it counts
    counts: set[int] = set()
    for f in cohort.findings:
        if f.count is None or f.part:
            continue
        counts.add(f.count)
        written = [t for t in f.trigger.sent if _count_word(t) is not None]
        if len(written) == 1 and written[0].lower_ not in ("one", "один", "адзін"):
            words[written[0].lower_] = _counted_noun(written[0])
    if not counts:
        return last
    told = max(f.trigger.sent.end for f in cohort.findings)  # (past the group's own sentences)
    for t in reversed(doc[max(last + 1, told) : token.i]):
        if _before_unit(t):
            continue
        if people.get(t.i) in counts:
            return t.i
        if t.lower_ in words and _counted_noun(t) in (None, words[t.lower_]):
            return t.i
    return last


def _counted_noun(tok: Token) -> str | None:
    """The lemma of the noun a number counts ("six volunteers" -> volunteer), None for a number
    standing alone ("The six were taken")."""
    if tok.dep_ == "nummod" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head.lemma_.lower()
    return None


def _before_unit(tok: Token) -> bool:
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_.startswith(_UNIT_STEMS)


def _other_agent(cohort: Cohort, item: Finding) -> bool:
    """The finding names who acted, and the group's events name someone else."""
    agents = {fold(f.agent) for f in cohort.findings if f.agent}
    return bool(item.agent and agents and fold(item.agent) not in agents)


_IMPLIED_BY = {"release": ("deportation",)}  # a prisoner expelled abroad was freed


def _told_as_members(cohorts: list[Cohort], f: Finding) -> bool:
    """«Среди освобождённых — X»: the trigger inside a membership phrase names the cohort's
    own event, so it adds nothing once X is a member named in the same sentence."""
    cohort = _latest(cohorts, f.trigger.i, f.type)
    if cohort is not None and f.type not in cohort.types and not _frees(cohort):
        return False  # "were sent back from Thailand; B was released on bail": no release told yet
    return (
        cohort is not None
        and bool(f.persons)
        and f.term is None
        and f.date is None
        and all(p in cohort.members and cohort.where[id(p)].sent == f.trigger.sent for p in f.persons)
    )


def _frees(cohort: Cohort) -> bool:
    """A deportation of the group implies that it was freed (see `group_findings`)."""
    return any(f.type == "deportation" and f.implies_release for f in cohort.findings)


def _the_rest(f: Finding) -> bool:
    """'Giorgi and five others are in detention. The others were released.': 'the others', 'the
    rest' are those outside the group just told, so none of its members."""
    verbs = {f.trigger, _subject_holder(f.trigger)}  # ("the two others were acquitted and freed")
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in ("others", "rest")
        for verb in verbs
        for c in verb.children
    )


def _those_held(f: Finding) -> bool:
    """'those detained', 'those sentenced': the phrase names everyone who went through it."""
    return f.trigger.dep_ in ("acl", "relcl") and f.trigger.head.lower_ in ("those", "these")


def _refers_back(f: Finding) -> bool:
    if f.pronoun_group:
        return True  # the extractor found a plural pronoun patient («все они», «іх», "them")
    patients = [t for t in f.trigger.children if t.dep_ in ("nsubj", "nsubjpass", "dobj")]
    # (English: "pardoned a group of detained protesters in 2025" brings in a new group, it does
    # not tell again one told before)
    patient_words = {t.lower_ for t in patients if not _indefinite_group(t)}
    if f.trigger.dep_ == "acl" or f.trigger.dep_ == "relcl" and f.trigger.head.lower_ == "those":
        # (English "those who had been pardoned": the relative clause's head is the group)
        patient_words.add(f.trigger.head.lower_)
    return bool(patient_words & {"they", "them", "those", "group", "most", "all", "rest", "others", "these"})


def _counts(cohort: Cohort) -> set[int]:
    return {g.count for g in cohort.findings if g.count is not None}


def _counted_in_own_sentence(f: Finding, counts: set[int]) -> bool:
    """A plural pronoun whose own sentence counts a group of people before it ("police came for
    five members of the chat and detained them all", «пришли к пятерым участникам — всех
    задержали») points at that group, not back at an earlier one — unless the number is the
    earlier group's own count told again («из 18 помилованных всех …»)."""
    doc = f.trigger.doc
    people = doc.user_data.get(PEOPLE_NUMBERS, {})
    sent = f.trigger.sent
    for t in doc[sent.start : f.trigger.i]:
        if _before_unit(t):
            continue
        value = people.get(t.i)
        noun = _counted_noun(t) if doc.lang_ == "en" and not t.is_digit else None
        if value is None and noun and not noun.startswith(_UNIT_STEMS):
            value = SMALL_NUMBERS.get(t.lower_)  # ("between two and five months": no group)
        if value is not None and value > 1 and value not in counts:
            return True
    return False


def _indefinite_group(noun: Token) -> bool:
    """'a group of protesters': the English indefinite article before "group" opens a new group."""
    return noun.lower_ == "group" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _own_subject_between(head: Token, trigger: Token) -> bool:
    """The conjoined `trigger` has a subject of its own standing between it and `head`."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and head.i < c.i < trigger.i for c in trigger.children
    )


def _only_most(f: Finding) -> bool:
    """'Most of those freed ...', 'Most were fined', 'The defendants, most of whom have been held
    since their arrests, ...': a part of the group, not each member."""
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and (t.lower_ == "most" or t.lower_ in _SOME and any(c.lower_ == "of" for c in t.children))
        for t in f.trigger.children
    )


# English quantifiers that take a part of a group ("some of them", "many of whom")
_SOME = frozenset({"some", "many", "several"})


def _linked_cohort(cohorts: list[Cohort], f: Finding) -> Cohort | None:
    """A cohort this finding continues: a conjoined verb ("freed and driven to ...") or
    "freed alongside X" where X is in a cohort."""
    trigger = f.trigger
    # (what is asked of the finding's own trigger is read once, not again for every other finding)
    pos = trigger.pos_
    head = trigger.head if trigger.dep_ == "conj" else None  # the verb it is conjoined to
    # a conjoined number ("11 in Minsk and 6 in Gomel") is a group of its own, not a verb
    # (and so is a gapped object: "a woman to death and 9 others to jail terms")
    counted = pos == "NUM" or f.count is not None and pos in _GROUP_POS
    for cohort in cohorts:
        for other in cohort.findings:
            if (
                head is not None
                and head == other.trigger
                and not f.own_patient
                # (and so is a conjoined clause with its own subject between the verbs: «Most were
                # freed, three got ten days», «Большинство отпустили, трое получили … ареста»)
                and not (counted or f.count is not None and _own_subject_between(other.trigger, trigger))
            ):
                return cohort
            # "Thirteen members who were arrested at a meeting have been set free": the relative
            # clause tells of the same group as the verb whose subject it describes
            if other.type != f.type and _same_described_group(other.trigger, trigger):
                return cohort
            if other.type != f.type and (
                trigger.doc.lang_ == "ru"
                and _same_described_group(trigger, other.trigger)
                or trigger.doc.lang_ == "en"
                and _object_described_after(trigger, other.trigger)
            ):
                # «огласил приговор пятерым, задержанным в декабре»: the participle after; "freed nine
                # members who had been held for a week": the relative clause on the object after
                return cohort
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in _LINK_PREPS:
            for g in child.subtree:
                if g.dep_ == "poss":
                    continue  # "convicted alongside her brother": the brother, not "her", is beside
                for cohort in reversed(cohorts):
                    if any(g.i in range(s, e) for p in cohort.members for s, e in p.mentions):
                        return cohort
    for cohort in cohorts:
        if cohort.findings and cohort.findings[-1].trigger.sent == trigger.sent and _refers_back(f):
            if _the_rest(f) and (cohort.members or cohort.findings[-1].count is not None):
                # "Seven of them, including X, were remanded; the rest were freed": not X; "released
                # 12 of them and remanded the rest": not the 12 (those remanded later named are no
                # members of the release)
                continue
            return cohort
    return None


def _russian(doc: Doc) -> bool:
    """A Russian article's doc (a Belarusian one shares the Russian vocabulary, so `lang_`
    does not tell them apart; the parse stores the language in `user_data`)."""
    return doc.user_data.get("vigil_language") == "ru"


_DESCRIBING = frozenset({"relcl", "acl", "acl:relcl"})
_PATIENTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj"})


def _same_described_group(described_by: Token, trigger: Token) -> bool:
    """`described_by` is a clause describing the noun `trigger` is told of ("Twelve activists who
    were detained in May were released", «активистов, задержанных в мае, освободили»), or both
    clauses describe one noun (a main verb misparsed as a second relative clause)."""
    if described_by.dep_ not in _DESCRIBING:
        return False
    if described_by.dep_ == "acl" and described_by.doc.lang_ == "en":
        return False  # an English participle ("charges filed ...") describes more than a group's noun
    noun = described_by.head
    if noun.head == trigger and noun.dep_ in _PATIENTS:
        return True
    if noun.head == trigger and noun.dep_ == "iobj" and _russian(noun.doc):
        return True  # «огласил приговор пятерым участникам, задержанным в декабре»: the verdict's dative
    return trigger.dep_ in _DESCRIBING and trigger.head == noun and trigger.i > described_by.i


def _object_described_after(clause: Token, trigger: Token) -> bool:
    """'freed nine members of the youth wing who had been held for a week': an English passive
    relative clause on the object of `trigger` (or on the noun of its "of" phrase, where the
    parser may hang it) tells of the same group."""
    if clause.dep_ != "relcl" or clause.i < trigger.i:
        return False
    if not any(c.dep_ == "nsubjpass" and c.lower_ in ("who", "that") for c in clause.children):
        return False  # (not "released 37 people it had jailed": the state's own telling, a verdict or not)
    noun = clause.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        noun = noun.head.head
    return noun.head == trigger and noun.dep_ == "dobj"


_BACK_REFERENCES = frozenset({"they", "them", "defendants", "accused", "all", "both"})
_MEN = frozenset({"men", "мужчин", "мужчын", "мужчыны", "мужчины"})
_WOMEN = frozenset({"women", "женщин", "женщины", "жанчын", "жанчыны"})


def _other_group(a: Finding, b: Finding) -> bool:
    """Two counted groups told by different nouns («студэнтаў», «журналістаў»): not the same
    people, though of the same size."""
    if not a.group or not b.group:
        return False
    return a.group.lower().split()[-1][:5] != b.group.lower().split()[-1][:5]


def _described_group(trigger: Token) -> set[str]:
    """The group a relative clause describes, and whether it is every one of them: 'each of the
    defendants, who were arrested in December' ({"defendants", "all"})."""
    if trigger.dep_ not in ("relcl", "acl"):
        return set()
    noun = trigger.head
    words = {noun.lower_}
    if noun.head.lower_ == "of" and noun.head.head.lower_ in ("each", "all", "every"):
        words.add("all")
    return words


def _subject_holder(trigger: Token) -> Token:
    """The verb whose subject the trigger has: the verb it is coordinated with when it has none
    of its own ('were acquitted and freed'), else the trigger itself."""
    if trigger.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in trigger.children):
        return trigger.head
    return trigger


def _shared_subject(trigger: Token) -> set[str]:
    """'The two others on trial were acquitted and freed': the words of the subject a verb
    shares with the verb it is coordinated with, when it has none of its own."""
    holder = _subject_holder(trigger)
    if holder is trigger:
        return set()
    return {t.lower_ for c in holder.children if c.dep_.startswith("nsubj") for t in c.subtree}


# English words that set a group apart from the people named before it ("the other three")
_OTHERS = frozenset({"other", "others", "remaining"})


def _all_counted(trigger: Token) -> bool:
    """'All six were arrested', 'police detained all seven', '... including all five defendants':
    "all" in the event's own phrase, not in a clause joined to it ('detained 11 men ..., and a court
    ordered all of them held')."""
    doc = trigger.doc
    for t in trigger.subtree:
        if t.lower_ != "all":
            continue
        if doc[t.i - 1].text == "," and t.i + 1 < len(doc) and not doc[t.i + 1].like_num:
            continue  # "freed three of the accused, all aged 17": an aside on the part, not "all six"
        up = t.head
        # ("including all five defendants": a preposition read as a verb is still the phrase)
        while (
            up.i != trigger.i and (up.pos_ not in ("VERB", "AUX") or up.dep_ == "prep") and up.head.i != up.i
        ):
            up = up.head
        if up.i == trigger.i:
            return True
    return False


# Russian and Belarusian "all" and the collective numerals it counts with: «все трое», «всех
# пятерых», «усе трое», «усіх чатырох» tell the whole group as "All three" does
_ALL_RU_BE = frozenset({"все", "всех", "всем", "усе", "усіх", "ўсе", "ўсіх", "усім", "ўсім"})
_COLLECTIVE = frozenset(
    {
        "двое", "трое", "четверо", "пятеро", "шестеро", "семеро", "восьмеро", "девятеро", "десятеро",
        "двоих", "троих", "четверых", "пятерых", "шестерых", "семерых", "восьмерых", "девятерых",
        "десятерых", "чацвёра", "пяцёра", "шасцёра", "сямёра", "васьмёра", "дзевяцёра", "дзесяцёра",
        "дваіх", "траіх", "чатырох", "пецярых", "пяцярых", "шасцярых", "сямярых", "васьмярых",
    }
)  # fmt: skip


def _all_counted_ru_be(trigger: Token) -> bool:
    """«Все трое были задержаны», «Усе трое былі арыштаваныя», «задержали всех пятерых»: the
    Russian or Belarusian "all" right before the number in the event's sentence (read on the
    surface: Belarusian has no parse)."""
    sent = trigger.sent
    return any(
        t.lower_ in _ALL_RU_BE
        and t.i + 1 < sent.end
        and (t.doc[t.i + 1].lower_ in _COLLECTIVE or t.doc[t.i + 1].like_num)
        for t in sent
    )


def _one_telling_before(
    trigger: Token, named: list[Person], where: dict[int, Token], findings: list[Finding]
) -> bool:
    """«Суд вынес приговор … A, B, C … / Всех пятерых доставили в СИЗО»: the people «все N» takes
    are those one paragraph told, that of `trigger` or one before it, where no finding before
    `trigger` names anyone else (not «Задержали пенсионера X, с ним проходят ещё трое. Всех
    троих задержали …» after a digest's items about A and B: a group of its own story)."""
    text = doc_text(trigger.doc)
    own = text.rfind("\n", 0, trigger.idx) + 1
    starts = {text.rfind("\n", 0, where[id(p)].idx) + 1 for p in named}
    if len(starts) != 1 or next(iter(starts)) > own:
        return False
    return not any(
        own <= f.trigger.idx < trigger.idx and any(p not in named for p in f.persons) for f in findings
    )


def _digest_item_start(trigger: Token) -> int | None:
    """Where the paragraph of `trigger` starts when it is a digest's item, opened by a bullet
    or an emoji («🔴», «•», «▪»): each item is a story of its own, whose group the people of
    the items before are not. None for a paragraph of running text."""
    text = doc_text(trigger.doc)  # (`Doc.text` joins every token again on each call)
    start = text.rfind("\n", 0, trigger.idx) + 1
    opening = text[start : start + 1]
    if not opening or opening.isalnum() or opening in "«\"'„“(—–-[":
        return None
    return start


def _name_back_references(cohorts: list[Cohort], findings: list[Finding]) -> None:
    """'Seven were sentenced ... A got four years; B, C and D ... All seven were arrested in
    June': a group event that names nobody but refers back to a group the article has already
    broken down gets that group's named people, when their number is exactly the group's size
    and they were told as that group (`_named_as_the_group`): a counted part of a larger group,
    of another group or of no group named is not the people named before it."""
    for cohort in cohorts:
        if cohort.members or not cohort.findings or any(f.persons for f in cohort.findings):
            continue
        if _name_told_between(cohort, findings):
            continue
        first = cohort.findings[0]
        if first.more_count:
            continue  # «Яшчэ чатырох …»: others than those told before
        if _only_most(first):
            continue  # "The defendants, most of whom have been held since their arrests": some, not each
        words = {t.lower_ for t in first.trigger.subtree if not _points_to_own_object(first.trigger, t)}
        words |= {t.lemma_.lower() for t in first.trigger.children}
        words |= _described_group(first.trigger) | _shared_subject(first.trigger)
        if words & _OTHERS:
            continue  # "The other three members were released on bail": not the people named
        size = first.count
        if size is None:
            if not (words & _BACK_REFERENCES or first.told_back):
                continue
            earlier = [f for f in findings if f.count and f.trigger.i < first.trigger.i]
            if first.told_back and earlier and earlier[-1].type in cohort.types:
                continue  # «Пятерых задержали в мае … Журналистов задержали и в июле»: another arrest
            size = earlier[-1].count if earlier else None
            if size and first.pronoun_group and _counted_in_own_sentence(first, {size}):
                continue  # «… пришли к четверым …, всех задержали» after three named: those four
        if not size or "both" in words and size != 2:
            continue  # ("Both had been detained" after five sentenced: two others, not the five)
        # the group was counted before ("Seven were sentenced"): only people named from there on
        # belong to it, not those of an earlier story in the same digest
        counted = [f for f in findings if f.count == size and f.trigger.i < first.trigger.i]
        anchor = max((f.trigger.i for f in counted), default=-1)
        # ("the trial of six residents of Pinsk ... All six had been detained": the group counted
        # afresh just before, no event told of it; the people named before it are not of it)
        anchor = max(anchor, first.sized_at)
        if counted and first.count and _other_group(max(counted, key=lambda f: f.trigger.i), first):
            continue  # «Суд асудзіў траіх студэнтаў: …» then «Трох журналістаў вызвалілі»: other people
        # "All six were arrested": every named defendant, though the story may name only some
        every = "all" in _described_group(first.trigger) or _all_counted(first.trigger)
        every_ru_be = not every and _all_counted_ru_be(first.trigger)
        item = _digest_item_start(first.trigger) if not counted else None
        named, where, units = _named_from(cohort, cohorts, findings, first, anchor, item)
        if first.told_back and first.count is None and len(named) != size:
            # «Осудили четверых … Реальные сроки получили двое из них … Сотрудников «X» задержали
            # в январе»: the group told back is the whole counted before its parts
            whole = _whole_told_back(cohort, cohorts, findings, first, size)
            if whole is not None:
                size, anchor, (named, where, units) = whole
                counted = [f for f in findings if f.count == size and f.trigger.i < first.trigger.i]
        picked = False
        if len(named) != size:
            # «Пяцёх мужчын затрымалі …» after six named defendants, one of them a woman: a group
            # counted as men (or women) is the named people of that gender, when exactly that many
            sent = first.trigger.sent
            nouns = {t.lower_ for t in sent}
            gender = "masc" if nouns & _MEN else "fem" if nouns & _WOMEN else None
            if gender is not None:
                same = [p for p in named if p.gender == gender]
                if len(same) == size and all(p.gender for p in named):
                    named = same
                    picked = True  # (the part's own noun picks its people out of the group)
            family = _family_named(first.trigger, named)
            if not picked and len(family) == size:
                named = family
                picked = True  # «Гапонікаў затрымалі»: the family's surname picks its people
        if every_ru_be:
            every = _one_telling_before(first.trigger, named, where, findings)
        if not picked and not _named_as_the_group(cohort, findings, named, units, size, bool(counted), every):
            continue
        # («Усіх траіх затрымалі» after two names: «все N» takes no part of a group, only all of it)
        if len(named) == size or every and not every_ru_be and 2 <= len(named) < size:
            for p in named:
                cohort.add_members([p], where[id(p)])


# the endings a surname takes in the plural, as `fold` spells them: Belarusian «Гапонікаў»,
# «Гапонікі», Russian «Ивановых», «Ивановы», «Гапоников»; not a singular's («Иванова»,
# «Иванову», «Ивановым» may each be one man)
_FAMILY_ENDINGS = ("au", "ou", "eu", "ov", "ev", "ykh", "ikh", "y", "i", "ymi", "imi")


def _family_named(trigger: Token, named: list[Person]) -> list[Person]:
    """«Гапонікаў затрымалі яшчэ ў сакавіку», «Ивановых задержали»: a surname in the plural as
    the event's own subject or object names the people of that surname, here those named before
    (the group of a verdict may hold them and others); empty unless two or more."""
    words = [
        fold(c.text)
        for c in trigger.children
        if c.dep_ in ("obj", "dobj", "nsubj", "nsubj:pass", "nsubjpass") and c.text[:1].isupper()
    ]
    picked: list[Person] = []
    for p in named:
        surname = fold(p.tokens[-1]) if len(p.tokens) > 1 else ""
        stems = {surname, surname.removesuffix("a")} - {""}
        if any(w.startswith(s) and w[len(s) :] in _FAMILY_ENDINGS for w in words for s in stems):
            picked.append(p)
    return picked if len(picked) >= 2 else []


def _points_to_own_object(trigger: Token, tok: Token) -> bool:
    """'Belarus has released several hundred political prisoners since July 2024, most of them
    through pardons': a plural pronoun after the event's own noun object (or passive subject)
    points to that object, a group told afresh, not back to a group told before (the parser may
    hang "most of them" on the verb). Found in session 51: a sentence of `syn39b` took two people
    named before for the several hundred."""
    if tok.lower_ not in ("they", "them"):
        return False
    return any(
        c.dep_ in ("dobj", "nsubjpass")
        and c.pos_ == "NOUN"
        and c.i < tok.i
        and c.lower_ not in _BACK_REFERENCES
        for c in trigger.children
    )


def _named_from(
    cohort: Cohort,
    cohorts: list[Cohort],
    findings: list[Finding],
    first: Finding,
    anchor: int,
    item: int | None,
) -> tuple[list[Person], dict[int, Token], dict[int, Finding | Cohort]]:
    """The people named between the group's count (`anchor`) and the finding that tells it
    back, by findings of other types or by lists, each with where and by what they were named."""
    named: list[Person] = []
    where: dict[int, Token] = {}
    units: dict[int, Finding | Cohort] = {}  # id(person) -> the finding or list that named them
    for f in findings:
        if f.trigger.i >= first.trigger.i or f.trigger.i < anchor or f.type in cohort.types:
            continue
        if item is not None and f.trigger.idx < item:
            continue  # «🔴 В Оше задержали пятерых жителей»: a digest item's own story
        if f.beyond_group:
            continue
        for p in f.persons:
            if p not in named:
                named.append(p)
                where[id(p)] = f.trigger
                units[id(p)] = f
    for other in cohorts:  # members named by a list ("Those sentenced include A and B")
        if other is not cohort and other.start < first.trigger.i and not set(other.types) & set(cohort.types):
            for p in other.members:
                if p not in named and other.where[id(p)].i >= anchor:
                    named.append(p)
                    where[id(p)] = other.where[id(p)]
                    units[id(p)] = other
    return named, where, units


# the Russian and Belarusian plural personal pronouns: «их» tells back the nearest group, a part
# as well as a whole, so no whole is sought behind it
_THEY_RU_BE = frozenset({"они", "их", "им", "ими", "яны", "іх", "ім", "імі"})


def _whole_told_back(
    cohort: Cohort, cohorts: list[Cohort], findings: list[Finding], first: Finding, size: int
) -> tuple[int, int, tuple[list[Person], dict[int, Token], dict[int, Finding | Cohort]]] | None:
    """«Суд осудил четверых журналистов … Реальные сроки получили двое из них … двоих
    освободили в зале суда … Сотрудников «Ош Ньюс Медиа» задержали 23 января»: a group noun
    with no number of its own tells back a group counted before; when the latest count is a part
    of it (its people named after it are more than it counts), the group is the nearest larger
    count before it whose people, named from there on, are exactly as many as it counts (the
    verdict's whole group, broken down into parts after it). None when no such count was told,
    when an event of the back reference's own type was counted between (another occasion), or
    when a plural pronoun tells it back («Их задержали»: the nearest group, which may be the part)."""
    sent = first.trigger.sent
    if any(t.lower_ in _THEY_RU_BE for t in sent.doc[sent.start : min(sent.end, first.trigger.i + 3)]):
        return None  # («… двоих освободили в зале суда. Их задержали в январе»: the part, nearest)
    earlier = [f for f in findings if f.count and f.trigger.i < first.trigger.i]
    for f in reversed(earlier):
        if f.type in cohort.types:
            return None  # «Пятерых задержали в мае … Журналистов задержали и в июле»
        if f.count <= size:
            continue
        anchor = max(g.trigger.i for g in earlier if g.count == f.count)
        named = _named_from(cohort, cohorts, findings, first, anchor, None)
        if len(named[0]) == f.count:
            return f.count, anchor, named
        return None  # (only the nearest larger count: the whole the parts were told of)
    return None


# words that open another story inside the same article ("Separately, a court jailed X"): the
# people a verdict names after them are no defendants of the group told before
_CASE_BREAKS = (
    "separately",
    "separate case",
    "another case",
    "unrelated case",
    "отдельно",
    "по другому делу",
    "по отдельному делу",
    "в другом деле",
    "асобна",
    "па іншай справе",
    "у іншай справе",
)


def _name_forward_references(cohorts: list[Cohort], findings: list[Finding]) -> None:
    """'Court jails five ..., acquits one / All six defendants were arrested in January. / The
    court found A guilty ... B, C and D each received five years ... E was given three years of
    restricted freedom ... F was acquitted': a group event that names nobody, told back by its
    number ("All six", "the four of them", "All 17") after a verdict counted its group, and
    before the verdict's people are named one by one. The people the following findings of the
    verdict's own types name are its members, when exactly as many as its number (or, with
    "all", at least two and no more). The run ends at another story: a finding dated otherwise
    than the verdict ("On 5 November the same court upheld ...", "Last year the same court
    jailed ..."), a larger group, or a sentence that opens another case ("Separately, ...").
    Not in a digest's items (each its own story), not for a part ("the other three")."""
    for cohort in cohorts:
        if not cohort.findings or any(f.persons for f in cohort.findings):
            continue
        back = cohort.findings[-1]
        if any(cohort.where[id(p)].i < back.trigger.i for p in cohort.members):
            continue  # named before it: `_name_back_references` has read the group
        size = back.count
        if not size or not back.counted_back or back.more_count or _only_most(back):
            continue
        if _digest_item_start(back.trigger) is not None:
            continue
        words = {t.lower_ for t in back.trigger.subtree} | _described_group(back.trigger)
        words |= _shared_subject(back.trigger)
        if words & _OTHERS or "both" in words and size != 2:
            continue
        every = "all" in words or _all_counted(back.trigger) or _all_counted_ru_be(back.trigger)
        if not every and not words & _BACK_REFERENCES:
            continue
        before = [
            f for f in findings if f.trigger.i < back.trigger.i and all(f is not g for g in cohort.findings)
        ]
        # (the verdict's count may be in the same cohort: "found all four guilty ... detained the
        # four of them")
        told = sorted([*before, *cohort.findings[:-1]], key=lambda f: f.trigger.i)
        verdict = [f for f in told if f.count and f.count <= size and f.type != back.type]
        if not verdict and back.sized_at < 0:
            continue  # no group counted before: "All 17" tells no group the names after it join
        # ("the closed trial of six residents ... All six had been detained ... A was jailed for six
        # years; B received five": the group counted afresh right before, no event told of it)
        counted_at = max(verdict[-1].trigger.i if verdict else -1, back.sized_at)
        if any(f.persons and f.type != back.type for f in before if f.trigger.i > counted_at):
            continue  # names told between the count and the part: `_name_back_references` reads them
        dates = {f.date for f in [*before, *cohort.findings] if f.date}
        named: list[Person] = []
        where: dict[int, Token] = {}
        for f in findings:
            if f.trigger.i <= back.trigger.i or any(f is g for g in cohort.findings):
                continue
            if f.date and f.date not in dates or f.count and f.count > size:
                break  # another occasion or a larger group: another story
            if any(m in f.trigger.sent.text.lower() for m in _CASE_BREAKS):
                break
            if f.type == back.type or f.beyond_group:
                continue
            for person in f.persons:
                if person not in named:
                    named.append(person)
                    where[id(person)] = f.trigger
        if not all(p in named for p in cohort.members):
            continue  # (members a verdict's list gave it after the number stay the only ones)
        if len(named) == size or every and 2 <= len(named) < size:
            for person in named:
                cohort.add_members([person], where[id(person)])


def _unit_count(unit: Finding | Cohort) -> int | None:
    """The number of the group whose finding or list first named someone (None: named alone)."""
    found = unit.findings if isinstance(unit, Cohort) else [unit]
    return next((f.count for f in found if f.count is not None), None)


def _named_as_the_group(
    cohort: Cohort,
    findings: list[Finding],
    named: list[Person],
    units: dict[int, Finding | Cohort],
    size: int,
    anchored: bool,
    every: bool,
) -> bool:
    """The earlier names are the group a counted part tells again only when they were told as
    that group: none named as a member of a group of another size ("seven detained, among them
    A and B" are not "the two"), and, with no group of that number counted before, all named
    together by one verb, not as some of a larger group ("Among the detained were A and B") nor
    in separate stories ("A was sentenced in 2021. B was detained. Two journalists were freed").
    A part that says "all" ("All six were detained") is the whole group, whatever named them."""
    if every:
        return True  # "All six were detained": the whole group, whichever group the names were told in
    if _other_count_between(cohort, findings, size):
        return False  # "seven detained, among them A and B ... Two were released": a part of the seven
    if any((_unit_count(units[id(p)]) or 0) > size for p in named):
        return False  # (a smaller group named before is a part of this one: "Two defendants, A and B, …")
    if anchored or cohort.findings[0].counted_back:
        return True  # ("… Two defendants, A and B, were acquitted. The eight were detained in March")
    told = {id(units[id(p)]) for p in named}
    if len(told) != 1:
        return False
    unit = units[id(named[0])]
    return isinstance(unit, Finding) and not unit.group_ref


def _other_count_between(cohort: Cohort, findings: list[Finding], size: int) -> bool:
    """The nearest group counted before the part is larger: the part is some of that group, not
    the people named before it ("Police also detained five students in Hrodna. Two were
    released"); a smaller one ("Two defendants, A and B, were acquitted … The eight were
    detained") is a part of this group."""
    first = cohort.findings[0]
    before = [
        f
        for f in findings
        if f.count is not None and f.trigger.i < first.trigger.i and all(f is not g for g in cohort.findings)
    ]
    if not before:
        return False
    return max(before, key=lambda f: f.trigger.i).count > size


def _name_told_between(cohort: Cohort, findings: list[Finding]) -> bool:
    """'Azerbaijan sentences five journalists ... A received eight years, B and C seven, D six
    ... All five were arrested in November': the group was counted first and told again by its
    number later, and the people named in between, one by one, are its members (all of them,
    or some when the later phrase says "all"). False when nothing was named."""
    first = cohort.findings[0]
    size = first.count
    backs = [f for f in cohort.findings[1:] if f.counted_back and f.count in (None, size)]
    back = backs[-1] if backs else None
    if not size or back is None:
        return False
    between = [
        f
        for f in findings
        if first.trigger.i < f.trigger.i < back.trigger.i and all(f is not g for g in cohort.findings)
    ]
    if any(f.count not in (None, size) for f in between):
        return False  # another group told in between ("... and fined three of their relatives")
    named: list[Person] = []
    where: dict[int, Token] = {}
    for f in between:
        for p in [] if f.beyond_group else f.persons:
            if p not in named:
                named.append(p)
                where[id(p)] = f.trigger
    every = "all" in _described_group(back.trigger) or _all_counted(back.trigger)
    if not (len(named) == size or every and 2 <= len(named) < size):
        return False
    for p in named:
        cohort.add_members([p], where[id(p)])
    return True
