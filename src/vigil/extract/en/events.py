"""Events: arrest, sentence, release, deportation and death, asserted of named people or
of counted groups.

Each event starts at a trigger (a verb such as "released", "was taken into custody",
"serving a 10-year sentence"), is kept only when the article asserts it (no negation,
modal, condition, call, rumour or plan governs it), and takes its people from the
parse: the passive subject, the object, the noun a participle or relative clause
modifies, or membership phrases ("among those released was X", "they included X").
Group events are gathered into cohorts so that named members inherit what the group
went through ("37 were freed and driven to Lithuania ... among them was X").

This module runs the passes in order; the rules live in the modules named for what they
decide: `modality` (is it asserted?), `participants` (whose event?), `groups` (how many?),
`attributes` (term, date, place, agent), `terms`, `nouns`, `membership`, `leads` and
`headlines`.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from vigil.extract.doctext import span_text
from vigil.extract.en.attributes import (
    agent_of,
    date_text,
    from_country,
    home_country,
    is_abroad,
    nationals,
    place_of,
    term_near,
)
from vigil.extract.en.brackets import bracketed_member_terms, bracketed_terms, past_brackets
from vigil.extract.en.context import DocContext
from vigil.extract.en.fallback import fallback_persons
from vigil.extract.en.groups import (
    AGGREGATE,
    NEGATORS,
    count_before_apposition,
    count_of,
    counted_back,
    counted_companions,
    fronted_count,
    has_det,
    hedged_part_count,
    house_arrest_move,
    is_group,
    is_people,
    membership_phrase,
    named_and_others,
    part_before_them,
    running_total,
    size_by_comparison,
    terms_one_each,
)
from vigil.extract.en.headlines import (
    headline_duration_for,
    headline_named_term,
    headline_predicate,
    headline_remands,
    headline_term,
    headline_verb,
    kin_of_headline,
    misparsed_verb,
    title_case_headline,
)
from vigil.extract.en.leads import (
    counted_accused_named_next,
    headline_role_in_lead,
    interview_answers,
    introduced_after_lead,
    introduced_members,
    named_after_lead,
    named_in_apposition,
    without_speaker_label,
)
from vigil.extract.en.membership import (
    MEMBER_LEMMAS,
    MEMBER_WORDS,
    all_but,
    also_in_the_group,
    also_listed,
    broken_down,
    bulleted_members,
    companion_groups,
    counted_among,
    counted_back_rosters,
    counted_parts,
    counted_parts_listed,
    counted_parts_named,
    described_members,
    earlier_wholes,
    fronted_lists,
    gapped_groups,
    held_wholes,
    later_wholes,
    membership_at,
    named_by_their_noun,
    named_next,
    named_part_of_earlier,
    named_parts,
    names_given_as,
    names_given_next,
    on_board,
    part_of_earlier,
    picked_by_age,
    point_described_them,
    reassembled_groups,
    refusers_named_back,
    rest_named_apart,
    so_was,
    split_by_place,
    superlative_members,
    the_counted_others,
    the_others,
    the_others_listed,
)
from vigil.extract.en.modality import SPEECH, asserted, future_frame, offender_label
from vigil.extract.en.nouns import (
    clemency_scope,
    counted_among_those,
    counted_included,
    counted_participle_groups,
    event_nouns,
    freshly_freed,
    held_before_release,
    held_since_aside,
    taken_by_force,
    upheld_for_group,
    verdict_for_group,
)
from vigil.extract.en.numbers import parse_number
from vigil.extract.en.participants import (
    a_thing,
    among_group_of_participle,
    as_well_as,
    both_of_two,
    companions_of,
    counted_back_to_named,
    counted_back_to_told,
    expelled_as_freed,
    flat_list,
    freed_and_expelled_together,
    gapped_passive_subject,
    group_of_the_body,
    group_read_as_clause_subject,
    is_passive,
    joined_in_own_sentence,
    listed_persons,
    members_set_off_after,
    name_before_participle,
    name_plural_pronouns,
    named_set_told_before,
    named_together_before,
    names_after,
    names_past_owner_phrase,
    names_set_off,
    object_relative,
    one_of,
    ordered_held,
    patient_of,
    persons_of,
    relative_clause_of_one,
    sized_afresh,
    subject_lost,
    subject_of,
    they_of_main_clause,
)
from vigil.extract.en.persons import PERSON_NOUNS, fold, trigger_marks
from vigil.extract.en.remainders import without_kept_rest
from vigil.extract.en.surface import named_object
from vigil.extract.en.teasers import teaser_lines
from vigil.extract.en.term_layouts import case_card_terms, term_table, verdict_lines
from vigil.extract.en.terms import (
    bare_terms_after,
    bare_terms_after_request,
    bracketed_verdicts,
    changed_terms,
    elided_terms,
    fronted_recipient_terms,
    fronted_terms,
    group_totals,
    imposed_terms,
    respectively_lists,
    same_terms,
    served_part_of_terms,
    served_terms,
    set_off_participles,
    split_respectively,
    stated_terms,
    term_list,
    term_nouns,
    terms_after_colon,
    terms_to_spend,
    terms_up_from,
    total_terms,
    verbless_terms_after,
    verdict_list,
    verdict_terms_for,
)
from vigil.extract.en.timelines import profile_lines, timeline_entries
from vigil.extract.en.trailing_lists import trailing_group_lists
from vigil.extract.en.triggers import (
    CUSTODY_WORDS,
    TERM_NOUNS,
    accused_noun,
    guilty_second_object,
    handed_between_states,
    handed_to_custody,
    handed_to_state,
    having_done,
    held_where_sent,
    is_diplomat,
    lexicon,
    noun_rules,
    official_tried,
    own_clause,
    sent_home_by_other_state,
    term_in,
    tried_aside,
    trigger_type,
)
from vigil.extract.en.verbless import verbless_runs_after_verdict, verbless_verdicts
from vigil.extract.findings import Finding, Membership, Person
from vigil.extract.scan import indices_in, occurs


def _counted_conjuncts(group: Token, count: int) -> int:
    """'3 dissidents and 2 dual nationals': the sizes of the counted people joined to a counted
    group, which one event befell together (0 when a conjunct is uncounted or names someone, or
    when the count is a whole the parts break down: "the five - two women and three men -")."""
    own = next((c for c in group.children if c.dep_ == "nummod"), None)
    if own is None or count_of(group)[0] != count or parse_number(own.text) != count:
        return 0
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in group.children):
        return 0  # ("eleven prisoners released, 14 new convictions": a headline's second item)
    conjuncts = [c for c in group.children if c.dep_ == "conj"]
    if not all(is_people(c) for c in conjuncts):
        return 0
    sizes = [n for c in conjuncts if (n := count_of(c)[0]) is not None]
    return sum(sizes) if conjuncts and len(sizes) == len(conjuncts) else 0


def told_of_oneself(ctx: DocContext, tok: Token) -> bool:
    """'"I was arrested at a checkpoint," X told Reuters', '"They jailed me for a poem," X said':
    a quoted trigger whose one undergoing it is the speaker's own "I" or "me" (`first_person`,
    set for quotes a named speaker gives) is the speaker's account of their own event, as an
    interview's answer is; the rest of a quote stays speech inside a report, and so does what
    describes someone else ('the same judge who jailed me': the judge's deed, told of the judge)."""
    if tok.dep_ == "relcl":
        return False
    return any(
        c.i in ctx.first_person
        and (c.dep_ == "nsubjpass" and c.lower_ == "i" or c.dep_ == "dobj" and c.lower_ == "me")
        for c in tok.children
    )


class EventFinder:
    """Finds the asserted events of one parsed document."""

    def __call__(self, ctx: DocContext) -> tuple[list[Finding], list[Membership], set[int]]:
        # an interview's answers ("Karatkevich: Maryia was detained a week after me") are the
        # article's own account, not speech inside a report
        ctx = dataclasses.replace(ctx, quoted=ctx.quoted - interview_answers(ctx))
        home = home_country(ctx)
        findings: list[Finding] = []
        memberships: list[Membership] = []
        refusers: set[int] = set()
        doc = ctx.doc
        candidates = set(trigger_marks(doc))
        # every other token is none of the words the rules below start from
        words = indices_in(doc, "LOWER", MEMBER_WORDS) + indices_in(doc, "LEMMA", _MEMBER_OR_REFUSE)
        for i in sorted(candidates.union(words)):
            tok = doc[i]
            if tok.i in ctx.quoted and not told_of_oneself(ctx, tok):
                continue
            etype = trigger_type(tok, home) if tok.i in candidates else None
            if etype is not None and asserted(tok):
                finding = self._finding(ctx, tok, etype, home)
                if (finding is None or not finding.persons) and headline_verb(tok):
                    # "Russia expels jailed activist X": tagged a verb, its object still the participle's
                    finding = misparsed_verb(ctx, tok) or finding
                if finding is not None and etype == "release" and tok.lemma_ in ("allow", "permit"):
                    finding.count = None  # "Three others were allowed to go home": part of the freed group
                if finding is not None:
                    finding.persons = past_brackets(ctx, finding.persons, tok.sent)
                    finding.persons = without_speaker_label(finding.persons, tok.sent)
                    findings += [
                        f
                        for part in split_respectively(finding)
                        for f in bracketed_terms(ctx, part)
                        for f in split_by_place(f)
                        for f in gapped_groups(ctx, f)
                        for f in counted_parts(ctx, f)
                        for f in companion_groups(f)
                    ]
            elif tok.i in candidates and (finding := misparsed_verb(ctx, tok)) is not None:
                findings.append(finding)
            membership = membership_at(ctx, tok)
            if membership is not None:
                membership.persons = past_brackets(ctx, membership.persons, tok.sent)
                memberships.append(membership)
                if refusers_named_back(tok):
                    refusers.update(id(p) for p in membership.persons)
            if tok.lemma_ == "refuse" and any(c.lemma_ in lexicon("refused_departures") for c in tok.subtree):
                for subj in _refusing_subjects(tok):
                    refusers.update(id(p) for p in ctx.persons_in(subj))
                memberships.extend(_refused_removal(ctx, tok, findings))
        all_but(findings)
        # (a verb the parser got right but whose object it hung elsewhere counts no one)
        taken = {f.trigger.i for f in findings if f.persons or f.count is not None}
        for tok in _headline_tokens(doc):
            if tok.i not in taken and tok.i not in ctx.quoted and (found := title_case_headline(ctx, tok)):
                findings.append(found)
        names_past_owner_phrase(ctx, findings)
        joined_in_own_sentence(ctx, findings)
        name_plural_pronouns(findings)
        they_of_main_clause(ctx, findings)
        named_together_before(ctx, findings)
        # "they received 10 and 12 years respectively": 'they' named just now, each takes a term
        findings = [part for f in findings for part in split_respectively(f)]
        findings.extend(elided_terms(ctx, findings))
        findings.extend(terms_after_colon(ctx, findings))
        findings.extend(bracketed_verdicts(ctx, findings))
        findings.extend(bracketed_member_terms(ctx, findings, memberships))
        listed, members = verdict_list(ctx, findings)
        findings.extend(listed)
        memberships.extend(members)
        findings.extend(verdict_lines(ctx, findings))
        findings.extend(term_table(ctx, findings))
        findings.extend(case_card_terms(ctx, findings))
        findings.extend(verbless_verdicts(ctx, findings))
        findings.extend(verbless_runs_after_verdict(ctx, findings))
        findings.extend(bare_terms_after(ctx, findings))
        findings.extend(bare_terms_after_request(ctx, findings))
        findings.extend(term_nouns(ctx, findings))
        findings.extend(stated_terms(ctx, findings))
        findings.extend(verbless_terms_after(ctx, findings))
        findings.extend(fronted_terms(ctx, findings))
        findings.extend(set_off_participles(ctx, findings))
        findings.extend(changed_terms(ctx, findings))
        findings.extend(terms_up_from(ctx, findings))
        findings.extend(served_part_of_terms(ctx, findings))
        findings.extend(terms_to_spend(ctx, findings))
        findings.extend(imposed_terms(ctx, findings))
        findings.extend(fronted_recipient_terms(ctx, findings))
        findings.extend(verdict_terms_for(ctx, findings))
        findings.extend(total_terms(ctx, findings))
        findings.extend(same_terms(ctx, findings))
        findings.extend(respectively_lists(ctx, findings))
        kin_of_headline(ctx, findings, patient_of)
        if (told := headline_term(ctx, findings)) is not None:
            findings.append(told)
        if (told := headline_duration_for(ctx, findings)) is not None:
            findings.append(told)  # "Three years in prison for blogger X"
        if (told := headline_named_term(ctx, findings)) is not None:
            findings.append(told)  # "Court sentences blogger X to 10 years", "X handed 10 years"
        findings.extend(event_nouns(ctx, findings, home))
        findings.extend(taken_by_force(ctx, findings))
        findings.extend(upheld_for_group(ctx, findings))
        findings.extend(verdict_for_group(ctx, findings))
        findings.extend(clemency_scope(ctx, findings))
        findings.extend(freshly_freed(ctx, findings))
        findings.extend(counted_participle_groups(ctx, findings))
        findings.extend(counted_among_those(ctx, findings))
        findings.extend(counted_included(ctx, findings))
        trailing_group_lists(ctx, findings)  # "detained dozens in three cities, including A and B"
        findings.extend(timeline_entries(ctx, findings, home))
        profile_lines(ctx, findings)
        findings.extend(fronted_lists(ctx, findings, home))
        findings.extend(so_was(ctx, findings))
        findings.extend(held_since_aside(ctx, findings))
        findings.extend(held_before_release(ctx, findings))
        findings.extend(held_wholes(ctx, findings))
        later_wholes(findings)
        earlier_wholes(findings)
        memberships.extend(bulleted_members(ctx, home, findings))
        broken = broken_down(findings)
        memberships.extend(broken)
        named, terms = named_next(ctx, findings)
        memberships.extend(named)
        memberships.extend(names_given_next(ctx, findings))
        memberships.extend(names_given_as(ctx, findings))
        memberships.extend(named_parts(ctx, findings))
        the_others(ctx, findings, memberships)
        the_counted_others(ctx, findings, memberships)
        memberships.extend(the_others_listed(ctx, findings))
        memberships.extend(rest_named_apart(ctx, findings))
        findings.extend(terms)
        findings.extend(named_after_lead(ctx, findings))
        findings.extend(introduced_after_lead(ctx, findings))
        findings.extend(headline_role_in_lead(ctx, findings))
        findings.extend(counted_accused_named_next(ctx, findings))
        named_set_told_before(ctx, findings)  # (after the elided terms: "A to six years and B to four")
        both_of_two(findings)
        expelled_as_freed(findings)
        freed_and_expelled_together(findings)
        counted_back_to_named(ctx, findings)
        sized_afresh(ctx, findings)
        # (a group the next sentences broke down by name is not counted back to earlier names)
        counted_back_to_told(ctx, findings, {id(m.group) for m in broken})
        memberships.extend(counted_among(ctx, findings))
        memberships.extend(introduced_members(ctx, findings))
        named, told = named_in_apposition(ctx, findings)
        findings.extend(told)
        memberships.extend(named)
        memberships.extend(part_of_earlier(ctx, findings))
        memberships.extend(named_part_of_earlier(ctx, findings, memberships))
        memberships.extend(named_by_their_noun(ctx, findings))
        memberships.extend(on_board(ctx, findings))
        memberships.extend(also_in_the_group(ctx, findings))
        memberships.extend(also_listed(ctx, memberships))
        memberships.extend(counted_parts_named(ctx))
        memberships.extend(superlative_members(ctx))
        memberships.extend(counted_parts_listed(ctx, findings))
        memberships.extend(counted_back_rosters(ctx, findings))
        memberships.extend(reassembled_groups(ctx, findings))
        point_described_them(findings, memberships)
        memberships.extend(picked_by_age(ctx, findings))
        memberships.extend(described_members(ctx, findings))
        _part_of_group_in_sentence(findings)
        headline_remands(ctx, findings)
        findings.extend(_part_of_those(ctx, findings, home))
        findings.extend(_held_for_questioning(findings))
        # (last: a term served inside a release is no breakdown of a counted group told before)
        findings.extend(served_terms(ctx, findings))
        fallback_persons(ctx, findings)  # (last resort, before the officials' check drops anyone)
        findings = _without_officials_tried(ctx, findings)
        findings = without_kept_rest(findings)
        findings = _named_in_teasers(ctx, findings, memberships)
        group_totals(findings)  # ("35 years between them": a sum is nobody's term)
        return findings, memberships, refusers

    def _finding(self, ctx: DocContext, tok: Token, etype: str, home: str | None) -> Finding | None:
        if tok.dep_ == "acl" and tok.head.lower_ in ("those", "them") and not membership_phrase(tok.head):
            return None  # "those still held": a state, not an event
        if offender_label(tok):
            return None  # "the network has convicted murderer X on its panel": a label, not a verdict
        if (
            etype in ("sentence", "arrest")
            and tok.dep_ in ("xcomp", "ccomp", "dep")
            and tok.head.i == tok.i - 1
            and trigger_type(tok.head, home) in ("release", "deportation")
        ) or any(headline_verb(c) for c in tok.children if c.dep_ == "nsubj"):
            return None  # "Iran frees jailed French national X": the participle describes whom it frees
        relative = object_relative(tok) is not None  # "X, whom police arrested": X's arrest
        described = tok
        while described.dep_ == "conj" and described.head.tag_ == "VBN":
            described = described.head  # "men charged with or convicted of ...": one description
        # ("13 staff of the outlet detained in May were freed": the parser hangs it on the body)
        group = (described.tag_ == "VBN" and group_of_the_body(described.head)) or described.head
        if (
            described.dep_ == "acl"
            and not relative
            and etype in ("sentence", "arrest")
            and is_group(group)
            and group.lower_ != "bars"  # "behind bars serving seven years": a place
            and not (group.lower_ in ("those", "them") or has_det(group, ("those", "these")))
            and not membership_phrase(group)  # "among the dozens rounded up was X"
            and not names_set_off(ctx, group)  # "A and B, the students arrested on Friday"
            and not members_set_off_after(ctx, group)  # "two students held with him, A and B, were ..."
            and not headline_predicate(described)
            and (described.tag_ != "VBN" or count_of(group)[0] is None or _in_another_event(group, home))
            and not _counted_detention(described, group, etype)
            and name_before_participle(described) is None  # "Lawyers for X, detained in May, say"
        ):
            return None  # "26 people convicted in ... cases were pardoned": describes the group
        if (
            etype in ("sentence", "arrest")
            and tok.dep_ == "ccomp"
            and (group := group_read_as_clause_subject(tok.head)) is not None
            and group.head.i == tok.i
        ):
            return None  # "pardoned 18 people serving sentences" (misparsed): describes the group
        if tok.dep_ == "pcomp" and is_passive(tok) and future_frame(tok.head.head):
            return None  # "X will leave the country after being released": the release is to come too
        if (
            etype in ("sentence", "arrest")
            and not relative
            and _reduced_relative(ctx, tok)
            and not any(_whole_detained(tok, c, etype) for c in tok.children if c.dep_ == "nsubj")
        ):
            return None  # "103 people detained after the election were released": describes the group
        patient = patient_of(tok, etype)
        if patient is None and subject_lost(tok):
            return None  # "X was held after his colleagues were questioned and released": theirs
        if patient is not None and (whole := _whole_detained(tok, patient, etype)) is not None:
            patient = whole  # "Two of the nine reporters detained on Sunday were charged": the nine
        if (among := among_group_of_participle(tok, ("VBN", "VBD"))) is not None and patient is not among:
            return None  # "The two were among nine reporters rounded up": the membership tells it
        if (
            patient is not None
            and patient.lemma_.lower() in TERM_NOUNS
            and (had := _had_done(tok)) is not None
        ):
            patient = had  # "X had her term replaced with probation and was released": X was
        if patient is not None:
            # "Zuleima R., whose son Kevin R. was arrested": the clause is about the son
            patient = next(
                (
                    c
                    for c in patient.children
                    if c.dep_ == "appos" and any(g.tag_ == "WP$" for g in c.children)
                ),
                patient,
            )
        if patient is not None and a_thing(patient):
            return None  # "emails released on Friday", "a poll of 400 voters released by X"
        if (
            etype == "release"
            and patient is not None
            and patient.lemma_.lower() in lexicon("patients")
            and any(t.lemma_.lower() in lexicon("medical_stays") for t in tok.sent)
            and not any(t.lemma_.lower() in CUSTODY_WORDS for t in tok.sent)
            and not (tok.dep_ == "conj" and trigger_type(tok.head, home) == "arrest")
        ):
            # ("X's sister, Y, was arrested during that raid too and later freed": held first)
            return None  # "the two other survivors were released, a hospital spokeswoman said"
        if etype in ("arrest", "sentence") and (official_tried(tok, patient) or tried_aside(tok, patient)):
            # "a police colonel, X, was jailed for torturing detainees": no prisoner of conscience,
            # in this sentence or any other ("X was detained in 2023")
            ctx.doc.user_data.setdefault(_TRIED, set()).update(id(p) for p in _named_patient(ctx, patient))
            return None
        if etype == "release" and _to_market(tok):
            return None  # "released the Zaurus into the US market": a product
        if (
            etype == "release"
            and patient is not None
            and patient.lower_ in _REFLEXIVES
            and not any(t.lemma_.lower() in CUSTODY_WORDS for t in tok.subtree)
        ):
            return None  # "freeing himself from the rules of broadcast radio"
        if etype == "release" and tok.lemma_ == "release" and _sports_story(tok.doc):
            return None  # "X being released by the Cowboys": a player let go, in a story of no custody
        if etype == "release" and tok.lemma_ == "release" and _player_let_go(tok, patient):
            return None  # "Dinamo have released their veteran striker X": let go by a club
        finding = Finding(etype, tok)
        if patient is not None:
            if patient.lower_ in NEGATORS or any(
                c.lower_ in NEGATORS and c.dep_ == "det" for c in patient.children
            ):
                return None
            finding.persons = persons_of(ctx, patient, tok)
            if finding.persons and _pronoun_of_unnamed(ctx, tok, patient):
                return None  # "freed an aide to leader X after holding him for three days": the aide
            if _relation_after_name(ctx, patient):
                # "Court frees Karadzic bodyguard": the name modifies whom it frees
                finding.persons = [p for p in finding.persons if p is not ctx.owner_at[patient.i]]
            if not relative_clause_of_one(tok):
                finding.persons += [p for p in flat_list(ctx, patient) if p not in finding.persons]
            if patient.dep_ == "nmod":
                for sibling in patient.head.children:
                    if sibling.dep_ in ("nmod", "compound") and sibling.i != patient.i:
                        more = ctx.persons_in(sibling, pronouns=False)
                        finding.persons += [p for p in more if p not in finding.persons]
            if patient.head.i == tok.i and patient.dep_ in ("nsubj", "nsubjpass"):
                # "Seven of the released prisoners, Hlinski among them, were driven": two subjects
                for sibling in tok.children:
                    if sibling.dep_ == patient.dep_ and sibling.i != patient.i:
                        finding.persons += [p for p in ctx.persons_in(sibling) if p not in finding.persons]
            if (second := guilty_second_object(tok)) is not None:
                # "found the director, A, and reporter B guilty": B too
                finding.persons += [p for p in ctx.persons_in(second) if p not in finding.persons]
            if not finding.persons and patient.head.i == tok.i and patient.dep_ == "dobj":
                # "arrested shortstop X": the tagger read the role as a verb, the name as a second object
                # (right after it: in "sentenced the killer of blogger X" the name is the victim)
                for sibling in tok.children:
                    if sibling.dep_ == "dobj" and sibling.left_edge.i == patient.i + 1:
                        finding.persons += [p for p in ctx.persons_in(sibling) if p not in finding.persons]
            finding.count, finding.group = count_of(patient)
            if finding.count is None and not finding.persons:
                # "The six, members of a group called X, were arrested": the count before the apposition
                finding.count, finding.group = count_before_apposition(patient, tok)
            if finding.count is None and not finding.persons:
                # "freed nearly 9,000 prisoners, including 10 inmates": the exact part's number
                finding.count = hedged_part_count(patient, tok)
            if finding.count is not None and size_by_comparison(tok):
                finding.count = None  # "freed 12 people but detained twice as many"
            if finding.count is not None and _counted_for_main_verb(ctx, tok, patient, home):
                finding.count = None
            if (
                finding.count is not None
                and etype == "sentence"
                and _verdict_of_subject_of_next_verb(tok, patient, home)
            ):
                finding.count = None
            if finding.count is not None and not finding.persons:
                finding.count += len(_named_before_others(ctx, tok, patient, etype, home))
                # "frees 3 dissidents and 2 others"
                finding.count += _counted_conjuncts(patient, finding.count)
            if finding.count is not None:
                finding.count += counted_companions(patient, tok)  # "Two were freed alongside 30 others"
            if (
                finding.count is not None
                and running_total(tok)
                and not counted_back(patient)
                and not _part_of_told(patient)
            ):
                finding.count = None  # "6,512 people have been convicted since 2020": a statistic
            if finding.count is not None and etype == "arrest" and house_arrest_move(tok):
                finding.count = None  # "Two of them, A and B, were placed under house arrest"
            if (
                finding.count is not None
                and etype == "sentence"
                and len(finding.persons) == finding.count
                and terms_one_each(tok)
            ):
                finding.count = None  # "His two co-defendants, A and B, received 12 and 25 years"
            # "freed 12 people who were detained in the raids": 12 freed, the detention background
            finding.describes = finding.count is not None and _relative_of_counted(tok, patient, etype, home)
            finding.counted_back = finding.count is not None and counted_back(patient)
            if finding.count is None and patient.lower_ == "one":
                finding.count, finding.group, members = one_of(ctx, patient, tok)
                finding.persons += [p for p in members if p not in finding.persons]
            if (
                patient.lower_ == "one"
                and finding.count is None
                and not finding.persons
                and not patient.n_lefts + patient.n_rights
            ):
                # "Cuba frees dissidents, sends one into exile": one unnamed person, no group whose
                # named members went through it
                return None
            if finding.count is None and finding.persons:
                finding.count, finding.group = named_and_others(patient, len(finding.persons), tok)
            if finding.count is None and finding.persons:
                finding.count = fronted_count(patient, len(finding.persons), tok)
            finding.group_ref = finding.count is not None or is_group(patient)
            if not finding.persons and (kin := _kin_of_speaker(ctx, patient, tok)) is not None:
                finding.persons = [kin]  # "X's wife, Y, stated that her husband was detained": X's
            if not finding.persons and (kin := ctx.kin_named_before(patient)) is not None:
                finding.persons = [kin]  # "her father, X, ... her father died in prison": X
            if not finding.persons and patient.lower_ in ("he", "she", "him", "her"):
                return None
            finding.pronoun_group = patient.lower_ in ("them", "they")
            part = part_before_them(tok) if finding.pronoun_group and finding.count is None else None
            if part is not None:
                finding.count, finding.counted_back = part, True  # "put 15 of them on a bus and drove them"
            if finding.group_ref and not finding.persons and finding.count is None:
                finding.noun_back = _bare_plural(patient)
            finding.own_patient = (
                tok.dep_ == "conj"
                and patient.head.i == tok.i
                and patient.lower_ not in ("them", "they", "who", "that")
                and patient is not patient_of(tok.head, etype)
            )
            if patient.lower_ in ("those",) or tok.dep_ == "acl" and tok.head.lower_ in ("those", "them"):
                finding.joins_latest = True
        if (
            not finding.persons
            and tok.dep_ == "relcl"
            and patient is not None
            and patient.i == tok.head.i
            and patient.pos_ == "NOUN"
        ):
            # "A fellow prisoner who was released in October, Syarhei P., told ...": the name set
            # off after the clause is the noun's apposition, though the parser hangs it on the date
            misplaced = (
                t
                for t in tok.subtree
                if t.dep_ == "appos"
                and t.i in ctx.owner_at
                and t.head.i not in ctx.owner_at
                and (t.head.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") or t.head.pos_ == "NUM")
            )
            if (name := next(misplaced, None)) is not None:
                finding.persons.append(ctx.owner_at[name.i])
        for name in tok.children:
            # "... to more than 20 protesters, among them X": the name heads the trailing phrase
            # (or a second object: "sentenced the 14, among them X, to ...")
            # ("among them the editor X": a role heads the name)
            if name.dep_ in ("npadvmod", "appos", "dep", "dobj") and (
                name.i in ctx.owner_at
                or any(c.dep_ == "appos" and c.i in ctx.owner_at for c in name.children)
            ):
                amongs = [c for c in name.children if c.dep_ == "prep" and c.lower_ == "among"]
                if any(g.lower_ in ("them", "those") for a in amongs for g in a.children):
                    finding.persons += [
                        p for p in ctx.persons_in(name, pronouns=False) if p not in finding.persons
                    ]
        for among in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "among"):
            # "Dozens of protesters, among them student X, were detained": the names beside "them"
            objs = [g for g in among.children if g.dep_ in ("pobj", "conj", "appos")]
            if any(g.lower_ in ("them", "those") for g in objs):
                for g in objs:
                    if g.lower_ not in ("them", "those"):
                        finding.persons += [
                            p for p in ctx.persons_in(g, pronouns=False) if p not in finding.persons
                        ]
        if finding.group_ref and not finding.persons:
            finding.persons += _among_them_after(ctx, tok, home)
        listed = listed_persons(ctx, tok, patient)
        if listed and (finding.persons or finding.group_ref or patient is not None):
            finding.persons += [p for p in listed if p not in finding.persons]
        if (
            tok.dep_ in ("acl", "relcl")
            and tok.head.dep_ == "pobj"
            and tok.head.head.lower_ == "among"
            and any(c.dep_ == "neg" for c in tok.head.head.head.children)
            # (not a named person the parser hung on "among": "Not among those freed: the former
            # minister X, who was sentenced to 26 years")
            and not ctx.persons_in(tok.head, pronouns=False)
        ):
            finding.persons = []  # "X was not among the 41 prisoners pardoned": the group's, not X's
        surface = named_object(ctx, tok, etype)
        if surface and (not finding.persons or surface[0] in finding.persons):
            # "seized cleric X", "arrested journalists A and B": the object by word order
            finding.persons += [p for p in surface if p not in finding.persons]
        if finding.persons:
            finding.persons += as_well_as(ctx, finding.persons, tok.sent)
        companions = companions_of(ctx, tok)
        if companions and (finding.persons or finding.group_ref):
            finding.persons += [p for p in companions if p not in finding.persons]
        if _also(tok) and etype in ("release", "deportation") and finding.persons and not finding.group_ref:
            finding.joins_latest = True  # "X was also freed", "Also deported was X", "X was freed as well"
        if etype == "sentence":
            finding.term = term_near(tok) or _term_left_on_root(tok) or _term_set_off_after_object(tok)
            # (the verb's own clause: not "..., while the others received between three and seven years")
            clause = "".join(t.text_with_ws for t in sorted(own_clause(tok), key=lambda t: t.i))
            if finding.term in term_list(clause):
                finding.term = None  # "sentenced to 9, 7 and 6 years": each has one, in order
            if (
                finding.term
                and (len(finding.persons) > 1 or finding.group_ref)
                and AGGREGATE.search(span_text(tok.sent))
            ):
                finding.term = None  # "sentenced four activists to a total of 27 years": no one's own term
            if finding.term is None and finding.group_ref and not finding.persons and _served_out(tok, home):
                return None  # "eleven prisoners were released after serving their sentences": why freed
        finding.date = date_text(tok)
        finding.place = place_of(tok)
        finding.agent = agent_of(tok, patient)
        if etype == "deportation" and (
            from_country(tok)
            or _from_a_town(tok)
            or tok.dep_ == "conj"
            and trigger_type(tok.head, home) == "arrest"
        ):
            # "deported from Russia": a migrant sent home; "detained X at the airport and put her on a
            # plane to Istanbul": turned back at the border; neither is a prisoner freed
            finding.implies_release = False
        if etype == "deportation" and not _told(tok.doc, _HELD):
            finding.implies_release = False  # "the cleric was deported by Germany": no prison, no one freed
        if (
            etype == "deportation"
            and finding.persons
            and not _also(tok)  # ("X was also deported": one more of a group freed and expelled)
            and not any(_held_in_own_story(ctx, p, tok) for p in finding.persons)
        ):
            # "three men expelled on one flight, A, B and C, have not called home since": the
            # custody the story tells is someone else's; nothing says these were held and freed
            finding.implies_release = False
        if etype == "deportation" and is_diplomat(tok):
            finding.implies_release = False  # "the embassy's attache was expelled": sent home, never held
        if etype == "deportation" and (
            tok.lemma_ in ("extradite", "return", "repatriate")
            or any(c.lower_ == "back" for c in tok.children)
            or handed_to_state(tok)  # "whom Russia handed over to Tajikistan": from one jail to another
            or handed_between_states(tok)  # "handed him over to Uzbek officers": to their custody
            or handed_to_custody(tok)  # "driven to the border and handed to Cambodian police"
            or sent_home_by_other_state(tok, home)  # "Turkey deported X to Dushanbe": to his own state
            or held_where_sent(tok, home)  # "deported X to Tajikistan, where she was taken into custody"
        ):
            # an extradited prisoner is handed to another state's jail; one "returned to Tajikistan"
            # or "sent back to Russia" is handed to the state that wants them
            finding.implies_release = False
        if etype == "deportation" and any(t.lemma_ == "exile" for t in tok.subtree):
            finding.implies_release = False  # "forced into exile" says nothing of a prison
        if (
            finding.group_ref
            and not finding.persons
            and is_abroad(tok, home)
            and not nationals(patient, home)
        ):
            return None  # events abroad count only when they concern the article's people
        finding.confidence = (
            0.9 if finding.persons and patient is not None and patient.i in ctx.owner_at else 0.8
        )
        if etype == "death":
            finding.confidence = 0.7
        return finding


_PARTITIVES = frozenset(
    {"some", "several", "many", "most", "few", "dozens", "hundreds", "one", "two", "three"}
)


def _headline_tokens(doc: Doc) -> list[Token]:
    """The words written as headlines are: the text's first sentence, and the links to other
    stories ('Read more: Tajik Blogger X Freed After Serving Seven Years')."""
    first = list(next(iter(doc.sents), []))
    seen = {t.i for t in first}
    return first + [doc[i] for i in sorted(teaser_lines(doc)) if i not in seen]


def _named_in_teasers(
    ctx: DocContext, findings: list[Finding], memberships: list[Membership]
) -> list[Finding]:
    """'Read more: Blogger X sentenced to seven years': a link to another story tells the events
    of the people it names (the read sets' gold has them), but a group it only counts ('Read
    more: Belarus frees 16 prisoners') is that story's news, not this one's."""
    teasers = teaser_lines(ctx.doc)
    if not teasers:
        return findings
    named = {m.token.sent.start for m in memberships if m.token.i in teasers and m.persons}
    return [f for f in findings if f.trigger.i not in teasers or f.persons or f.trigger.sent.start in named]


def _part_of_those(ctx: DocContext, findings: list[Finding], home: str | None) -> list[Finding]:
    """'Several of those released were detained again outside, families said, among them X': the
    people named as part of "those released" went through that event too."""
    out: list[Finding] = []
    for f in findings:
        for part in f.trigger.children:
            if part.dep_ not in ("nsubj", "nsubjpass") or part.lower_ not in _PARTITIVES:
                continue
            those = [
                g
                for of in part.children
                if of.dep_ == "prep" and of.lower_ == "of"
                for g in of.children
                if g.dep_ == "pobj" and g.lower_ == "those"
            ]
            for participle in (c for t in those for c in t.children if c.dep_ == "acl"):
                etype = trigger_type(participle, home)
                if etype is None or etype == f.type or not asserted(participle):
                    continue
                persons = list(f.persons) or [
                    p
                    for t in f.trigger.sent
                    if t.lower_ == "including"
                    and t.i > f.trigger.i
                    and t.head.i in (f.trigger.i, f.trigger.head.i)
                    for p in names_after(ctx, t)
                ]
                if persons:
                    told = Finding(etype, participle, persons, confidence=0.75)
                    told.implies_release = False
                    out.append(told)
    return out


# the relative a kin noun names, seen from the one its possessive pronoun stands for
_KIN_INVERSE = {
    "husband": ("wife",),
    "wife": ("husband",),
    "son": ("mother", "father"),
    "daughter": ("mother", "father"),
    "mother": ("son", "daughter"),
    "father": ("son", "daughter"),
    "brother": ("brother", "sister"),
    "sister": ("brother", "sister"),
}


def _kin_of_speaker(ctx: DocContext, patient: Token, trigger: Token) -> Person | None:
    """'Omar Haddad's wife, Leila Haddad, stated that her husband was detained in 2021': 'her husband'
    is the speaker's relative, and the speaker was introduced as the relative of the named X
    ('X's wife'): the event is X's (the speaker's own name is no one's husband)."""
    inverse = _KIN_INVERSE.get(patient.lemma_.lower())
    owner = next((c for c in patient.children if c.dep_ == "poss"), None)
    if inverse is None or owner is None or owner.lower_ not in ("his", "her"):
        return None
    verb = trigger
    for _ in range(4):  # up to the verb of saying whose clause holds the event
        if verb.lemma_ in SPEECH or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.lemma_ not in SPEECH:
        return None
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return None
    # "X's wife, Y," (the kin noun heads, the name its apposition) or "Y, X's wife,"
    kin = speaker if speaker.lemma_.lower() in inverse else None
    kin = kin or next(
        (c for c in speaker.children if c.dep_ == "appos" and c.lemma_.lower() in inverse),
        None,
    )
    relative = next((c for c in kin.children if c.dep_ == "poss"), None) if kin is not None else None
    if relative is None or relative.i not in ctx.owner_at:
        return None
    return ctx.owner_at[relative.i]


def _had_done(tok: Token) -> Token | None:
    """The subject of 'had' in 'X had her term replaced with probation and was released': the
    parser joins the second verb to the first, whose own subject is the term."""
    if tok.dep_ != "conj" or tok.head.dep_ not in ("ccomp", "xcomp") or tok.head.head.lemma_ != "have":
        return None
    return subject_of(tok.head.head)


def _bare_plural(patient: Token) -> str | None:
    """'The journalists were arrested in raids ...': a plural noun with "the" and nothing else
    that picks out which ones (no number, adjective, clause or phrase of its own), as subject or
    object of the event: the group noun it tells again."""
    if patient.tag_ != "NNS" or patient.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    if patient.lower_ in ("others", "ones", "rest", "remainder"):
        return None  # "The others were released": not the group counted before
    if [c.lower_ for c in patient.children] != ["the"]:
        return None
    return patient.lower_


def _from_a_town(tok: Token) -> bool:
    """'was deported from Mae Sot after Thai police found him working': removed from a named place
    that is no prison (the tagger need not know the town) - a migrant sent away, not a prisoner."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        place = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if place is None or place.pos_ != "PROPN":
            continue
        words = {t.lower_ for t in place.subtree} | {t.lemma_.lower() for t in place.subtree}
        if not words & (CUSTODY_WORDS | {"prison", "jail", "colony", "camp", "centre", "center"}):
            return True
    return False


def _among_them_after(ctx: DocContext, tok: Token, home: str | None) -> list:
    """'Nicaragua expelled 22 political prisoners to Guatemala ..., among them lay leader X and
    student leader Y': the names after a closing ', among them' are the counted group's, though
    the parser, lost in the roles, hangs them on no one (the first such phrase after the verb, with
    no other event's verb between)."""
    sent = tok.sent
    if not any(tok.i < k < sent.end - 1 for k in indices_in(tok.doc, "LOWER", _AMONG)):
        return []  # (most sentences have no "among" after the verb: no need to read their verbs)
    for t in tok.doc[tok.i + 1 : sent.end - 1]:
        if t.i != tok.i + 1 and trigger_type(t, home) is not None:
            return []
        if (
            t.lower_ == "among"
            and tok.doc[t.i - 1].text == ","
            and tok.doc[t.i + 1].lower_ in ("them", "those")
        ):
            found: list = []
            for i in range(t.i + 2, sent.end):
                person = ctx.owner_at.get(i)
                if person is not None and person not in found:
                    found.append(person)
            return found
    return []


def _served_out(tok: Token, home: str | None) -> bool:
    """'released after serving their full sentences', 'walked free after completing (finishing)
    their terms', 'walked out of colonies having served their terms in full': a group's completed
    terms, told only as the reason for its release, with no term, are no verdict the article
    reports (the perfect participle "having served" is the same reason as "after serving")."""
    if tok.lemma_ not in ("serve", "complete", "finish", "end"):
        return False
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("after", "upon", "on"):
        return trigger_type(tok.head.head, home) == "release"
    return (
        having_done(tok)
        and tok.dep_ in ("advcl", "xcomp", "conj")
        and trigger_type(tok.head, home) == "release"
    )


def _counted_detention(participle: Token, group: Token, etype: str) -> bool:
    """'Three of the seven journalists detained last week were remanded', 'Of the 30 detained,
    18 were freed': a detention told as a participle of the counted whole a part is taken from is
    that whole's arrest. In 'jailed five people arrested in May' or '103 people detained after the
    vote were released' the detention is the same group's background and the number the main
    verb's (dev2's gold gives that arrest its people, not the count); '26 people convicted in ...
    cases' is a state, and 'held' a place of custody, not a detention."""
    part = group.head.head if group.dep_ == "pobj" and group.head.lower_ == "of" else None
    whole = part is not None and has_det(group, ("the",)) and _part_of_whole(part)
    return (
        etype == "arrest"
        and whole
        and participle.tag_ == "VBN"
        and participle.lower_ in _DETAINED
        and count_of(group)[0] is not None
        and not running_total(participle)
        and not any(c.dep_ == "prep" and c.lower_ == "since" for c in participle.children)
    )


def _part_of_whole(part: Token) -> bool:
    """'Three of the seven detained ...' (a counted subject or object) or 'Of the 30 detained, 18
    were freed' (the whole set before the clause, hung on its verb): the detained whole is told."""
    return part.like_num and part.dep_ in ("nsubj", "nsubjpass", "dobj") or part.pos_ in ("VERB", "AUX")


def _whole_detained(tok: Token, patient: Token, etype: str) -> Token | None:
    """'Two of the nine reporters detained on Sunday were charged', the participle parsed as a
    verb of the part: with no auxiliary it describes the whole counted group, not the part."""
    if etype != "arrest" or not patient.like_num or patient.head.i != tok.i:
        return None
    if tok.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return None
    for of in (c for c in patient.children if c.dep_ == "prep" and c.lower_ == "of"):
        whole = next((g for g in of.children if g.dep_ == "pobj"), None)
        if whole is not None and has_det(whole, ("the",)) and _counted_detention(tok, whole, etype):
            return whole
    return None


def _in_another_event(group: Token, home: str | None) -> bool:
    """'26 people convicted in ... cases were pardoned': the group the participle describes takes
    part in another event, which is the news; in 'will prosecute 300 Muslims detained at a riot'
    the detention is the only event the group's count is told for."""
    verb = group.head
    steps = 0
    if verb.dep_ == "prep" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "released 11 prisoners, including six citizens jailed for ...": a part named inside a
        # phrase of the whole ("including", "among", tagged a verb or not) takes part in the
        # whole's event
        verb = verb.head
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT" and steps < 4:
        if verb.pos_ == "NOUN" and group.head.lower_ == "of" and verb.lemma_.lower() in noun_rules():
            return True  # "announced the release of 31 people imprisoned over ...": the release is the news
        verb, steps = verb.head, steps + 1
    return verb.pos_ not in ("VERB", "AUX") or trigger_type(verb, home) is not None


def _term_set_off_after_object(tok: Token) -> int | None:
    """'received the longest terms, four and a half years each': the term set off after a term
    noun the verb took as its object (the parser hangs it on the verb as an adverbial)."""
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_ in TERM_NOUNS), None)
    if obj is None or obj.i + 2 >= len(tok.doc) or tok.doc[obj.i + 1].text != ",":
        return None
    set_off = next((c for c in tok.children if c.dep_ == "npadvmod" and c.left_edge.i == obj.i + 2), None)
    return term_in(set_off) if set_off is not None else None


def _term_left_on_root(tok: Token) -> int | None:
    """'a court in Nghe An sentenced two members ... to five years each': with the verb misread as
    an adjective, its 'to' phrase hangs on the noun left as the sentence's root."""
    root = tok.sent.root
    if tok.dep_ != "amod" or root.pos_ not in ("NOUN", "PROPN") or root.i > tok.i:
        return None
    to = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > tok.i), None)
    return term_in(to) if to is not None else None


def _relative_of_counted(tok: Token, patient: Token, etype: str, home: str | None) -> bool:
    """'released 12 people who were detained in the crackdown': a relative clause describing a
    counted group that takes part in another event tells its background, not a group of its own
    (the count is the main event's, as for a participle: '26 people convicted ... were pardoned')."""
    if etype not in ("arrest", "sentence") or tok.dep_ != "relcl" or tok.head.i != patient.i:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in tok.children):
        return False
    return (
        patient.head.i != tok.i and _in_another_event(patient, home) and patient.head.pos_ in ("VERB", "AUX")
    )


def _named_before_others(ctx: DocContext, tok: Token, patient: Token, etype: str, home: str | None) -> list:
    """'imprisons printer X for nine years, convicts 6 others': "others" counted by a verb conjoined to
    one of the same event told of named people are the rest of one group with them (7)."""
    if not (
        tok.dep_ == "conj"
        and patient.lemma_.lower() == "other"
        and not has_det(patient, ("the",))  # "the 11 others" may be a group of its own told before
        and trigger_type(tok.head, home) == etype
    ):
        return []
    first = patient_of(tok.head, etype)
    return persons_of(ctx, first, tok.head) if first is not None else []


def _part_of_told(patient: Token) -> bool:
    """'Three of the eight have stayed in custody since their arrest': a part of a group told before, counted
    in the story's own time, is no running statistic."""
    return patient.like_num and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.dep_ == "pobj" and counted_back(g) for g in c.children)
        for c in patient.children
    )


def _counted_for_main_verb(ctx: DocContext, tok: Token, group: Token, home: str | None) -> bool:
    """'Two activists detained with him, A and B, were freed': the number is the freed group's
    (the main verb's event), the participle that describes it tells the members' detention."""
    if tok.dep_ == "acl" and tok.head.i == group.i and group.dep_ in ("nsubj", "nsubjpass"):
        verbs = [group.head]
    elif group.head.i == tok.i and group.dep_ == "nsubj":
        # (the participle read as the main verb: the finite verbs hang on it with no subject)
        verbs = [
            c
            for c in tok.children
            if c.dep_ in ("conj", "ccomp", "dep")
            and c.i > tok.i
            and any(a.dep_ in ("aux", "auxpass") for a in c.children)
            and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)
        ]
    else:
        return False
    return any(trigger_type(v, home) is not None for v in verbs) and bool(members_set_off_after(ctx, group))


def _verdict_of_subject_of_next_verb(tok: Token, group: Token, home: str | None) -> bool:
    """'Seventeen Nicaraguans jailed for opposing the Sandinista government landed at La Aurora
    airport', 'Sixteen people jailed in Belarus ... were released': the parser took the verdict
    participle for the verb of the counted subject and hung the real verb on it as a conjunct
    with no subject of its own. The participle names who the group are (convicts), the real verb
    tells the news; the count belongs to that verb's event, not to a verdict (GUIDELINES: a count
    needs a number in the event's own clause). The English face of `cohorts.verdicts_of_the_freed`
    (session 50 census: 0 gold `sentence` counts of some 60 such groups in 40 read sets; L50
    counted the English subject form in syn29b, syn15a, syn27b, all false). A conjunct that is a
    verdict itself ("jailed and sentenced"), a participle with its own auxiliary ("were jailed and
    freed"), a conjunct with its own subject ("Three jailed, one acquitted") and a verb with its
    own object ("Four others received suspended sentences and were released": the group's own
    verdict; a participle naming who the group are takes none) keep the count."""
    if group.dep_ != "nsubj" or group.head.i != tok.i or tok.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg", "dobj", "dative") for c in tok.children):
        return False
    return any(
        c.dep_ == "conj"
        and c.i > tok.i
        and (c.tag_ in ("VBD", "VBZ", "VBP") or any(a.dep_ in ("aux", "auxpass") for a in c.children))
        and not any(a.dep_ in ("nsubj", "nsubjpass", "expl") for a in c.children)
        and trigger_type(c, home) != "sentence"
        for c in tok.children
    )


def _reduced_relative(ctx: DocContext, tok: Token) -> bool:
    """'103 people detained after the election were released': the parser took the participle
    for the verb of a group subject; a past participle with a subject and no auxiliary inside
    another clause is no finite verb, but a description of that group."""
    if tok.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    if tok.dep_ == "ROOT" and not _finite_verb_without_subject(tok):
        return False  # "Seven activists detained in Minsk": a headline's participle is its news
    if any(c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON") for c in tok.children):
        return False  # "police in the capital arrested X, ... said": a named object makes it finite
    if ordered_held(tok):
        return False  # "the court ordered four of them held in custody": the order's small clause
    if gapped_passive_subject(tok) is not None:
        return False  # "five were killed and 30 arrested": the passive's auxiliary left out
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subject is not None and is_group(subject) and not members_set_off_after(ctx, subject)


def _finite_verb_without_subject(root: Token) -> bool:
    """'Eight people detained in May were sentenced on Friday', parsed with the participle as the
    root: the finite verb after it, hung on it with no subject of its own, is the real verb."""
    return any(
        c.i > root.i
        and c.dep_ in ("ccomp", "conj", "dep")
        and any(a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBD", "VBZ", "VBP", "MD") for a in c.children)
        and not any(a.dep_ in ("nsubj", "nsubjpass", "expl") for a in c.children)
        for c in root.children
    )


_AMONG = frozenset({"among"})
_DETAINED = frozenset({"detained", "arrested", "re-arrested", "rearrested"})
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "ourselves", "myself", "yourself"})


def _to_market(tok: Token) -> bool:
    """'released the device into the US market', 'released on store shelves': put on sale."""
    words = lexicon("market_words")
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("into", "onto", "to", "on", "in")
        and any(g.lemma_.lower() in words or g.lower_ in words for g in c.subtree)
        for c in tok.children
    )


def _sports_story(doc: Doc) -> bool:
    """A story of sport, and nowhere of courts, custody or captivity: a person released there is a
    player let go by a club, not a prisoner (words found by their string ids, as every rule does:
    this runs for each release, and built every token's strings each time)."""
    return not _told(doc, lexicon("legal_context") | lexicon("captivity_words")) and _told(
        doc, lexicon("sport_words")
    )


def _player_let_go(tok: Token, patient: Token | None) -> bool:
    """A release whose patient or subject is a sport's role or side ("their striker X", "the
    club released X"), in a sentence that names no custody: a player let go, wherever the story
    also tells of courts."""
    if patient is None or any(t.lemma_.lower() in CUSTODY_WORDS for t in tok.sent):
        return False
    sport = lexicon("sport_words")
    subject = subject_of(tok)
    phrases = [patient, *([subject] if subject is not None else [])]
    return any(t.lemma_.lower() in sport or t.lower_ in sport for p in phrases for t in p.subtree)


def _part_of_group_in_sentence(findings: list[Finding]) -> None:
    """'... count more than 60 people who remain in custody; in October, four of them were
    released': "them" is the group of its own sentence, not the people named before, so the
    part is no one told earlier (see `Finding.more_count`)."""
    for f in findings:
        if f.count is None or f.persons:
            continue
        patient = patient_of(f.trigger, f.type)
        if patient is None or not patient.like_num:
            continue
        if not any(
            c.lower_ == "of" and any(g.lower_ == "them" for g in c.children) for c in patient.children
        ):
            continue
        if any(c.dep_ == "det" and c.lower_ == "the" for c in patient.children):
            continue  # "officers detained the four of them": all of a group told before, no part
        if any(t.tag_ == "NNS" and is_people(t) for t in f.trigger.doc[f.trigger.sent.start : patient.i]):
            f.more_count = True


def _held_for_questioning(findings: list[Finding]) -> list[Finding]:
    """'X was freed after questioning', 'released after being interrogated for six hours', 'let
    go following an interrogation': someone released after questioning had been held for it,
    so the release tells an arrest of the same people (uncounted: a group's count is its
    release's, and the arrest may be of a larger group told before)."""
    asked = lexicon("questioning")
    out: list[Finding] = []
    for f in findings:
        if f.type != "release" or not f.persons:
            continue
        after = [
            c
            for c in f.trigger.children
            if c.lower_ in ("after", "following") and c.dep_ in ("prep", "advcl", "mark")
        ]
        # "after questioning" (pcomp), "after being questioned", "following an interrogation"
        objects = [g for a in after for g in a.children if g.dep_ in ("pcomp", "pobj", "dobj")]
        if any(g.lemma_.lower() in asked for g in objects):
            arrest = Finding("arrest", f.trigger, list(f.persons), date=f.date, confidence=0.6)
            arrest.implies_release = False
            out.append(arrest)
    return out


def _without_officials_tried(ctx: DocContext, findings: list[Finding]) -> list[Finding]:
    """Every rule's event of a member of the forces tried, in any sentence, for abuse or a crime
    of office ('the appeal court confirmed X's 12-year term; X, once a tax inspector, had been found
    guilty of bribery'; see `official_tried`), or of one tried for an ordinary crime in a case the article
    sets apart (`tried_aside`): the person is no political prisoner, so 'X was detained in 2023'
    later on is no event either."""
    tried: set[int] = set(ctx.doc.user_data.get(_TRIED, ()))
    for f in findings:
        if f.type in ("arrest", "sentence") and f.persons:
            sent = f.trigger.sent
            tried.update(
                id(p)
                for p in f.persons
                for start, end in p.mentions
                if sent.start <= start < sent.end
                and (official_tried(f.trigger, ctx.doc[end - 1]) or tried_aside(f.trigger, ctx.doc[end - 1]))
            )
    if not tried:
        return findings
    out: list[Finding] = []
    for f in findings:
        if any(id(p) in tried for p in f.persons):
            f.persons = [p for p in f.persons if id(p) not in tried]
            if not f.persons and f.count is None:
                continue
        out.append(f)
    return out


def _a_person_noun(noun: Token) -> bool:
    """A noun for a person: a role, a relation ('an aide'), an offender or a plain 'man'."""
    word = fold(noun.lemma_)
    return word in PERSON_NOUNS or word in lexicon("relation_nouns") or accused_noun(noun)


def _relation_after_name(ctx: DocContext, patient: Token) -> bool:
    """A name read as the patient though a relation noun follows it ('frees Karadzic bodyguard',
    'Saddam deputy arrested'), however the parser hung the two: the relation is the one taken."""
    person = ctx.owner_at.get(patient.i)
    if person is None:
        return False
    end = max((e for s, e in person.mentions if s <= patient.i < e), default=patient.i + 1)
    doc = ctx.doc
    return end < len(doc) and end not in ctx.owner_at and doc[end].lower_ in lexicon("relation_nouns")


def _pronoun_of_unnamed(ctx: DocContext, tok: Token, patient: Token) -> bool:
    """A pronoun patient of a clause hung on a verb (or a verb joined to it) whose own object or
    passive subject is one unnamed person ('released an aide to X after holding him', 'a teacher
    was freed after police held her'): the pronoun stands for that person, not for a name inside
    their description."""
    if patient.lower_ not in ("him", "her", "he", "she"):
        return False
    step = tok
    while step.dep_ in ("advcl", "pcomp", "pobj", "prep", "conj") and step.head.i != step.i:
        step = step.head
        if step.pos_ != "VERB":
            continue
        for c in step.children:
            if (
                c.dep_ in ("dobj", "nsubjpass")
                and c.tag_ == "NN"
                and has_det(c, ("a", "an"))
                and _a_person_noun(c)
                and c.i not in ctx.owner_at
                and not any(g.i in ctx.owner_at for g in c.children if g.dep_ in ("appos", "compound"))
            ):
                return True
    return False


def _named_patient(ctx: DocContext, patient: Token | None) -> list[Person]:
    """The persons of a patient's phrase, or the name set off right after it that the parser hung
    elsewhere ('jailed a former guard, X, for ...' with X read as the verb's adverb)."""
    if patient is None:
        return []
    if found := ctx.persons_in(patient):
        return found
    doc, after = ctx.doc, patient.i + 1
    if after + 1 < len(doc) and doc[after].text == ",":
        person = ctx.owner_at.get(after + 1)
        return [person] if person is not None else []
    return []


_TRIED = "vigil_tried_persons"  # ids of the persons `_finding` found tried as no political prisoner


def _held_in_own_story(ctx: DocContext, person: Person, tok: Token) -> bool:
    """A sentence that names `person` (or the trigger's own) tells of custody, outside quotation
    marks ('X wrote: "Two of my colleagues will spend years in prison"' is others' custody)."""
    doc = ctx.doc
    sents = {doc[start].sent.start: doc[start].sent for start, _ in person.mentions}
    sents[tok.sent.start] = tok.sent
    return any(
        (t.lower_ in _HELD or t.lemma_.lower() in _HELD) and t.i not in ctx.quoted
        for sent in sents.values()
        for t in sent
    )


def _told(doc: Doc, words: frozenset[str]) -> bool:
    """Whether the document uses any of `words`, as written or as a lemma (found by string ids)."""
    return occurs(doc, "LOWER", words) or occurs(doc, "LEMMA", words)


def _also(tok: Token) -> bool:
    """'also freed', 'freed as well', 'freed too': the event of a group already told."""
    for c in tok.children:
        if c.dep_ != "advmod":
            continue
        if c.lower_ in ("also", "too"):
            return True
        following = tok.doc[c.i + 1] if c.i + 1 < len(tok.doc) else None
        if (
            c.lower_ == "well"
            and any(g.lower_ == "as" for g in c.children)
            and (following is None or following.lower_ != "as")
        ):
            return True  # "as well", not "as well as"
    return False


_HELD = CUSTODY_WORDS | {"prisoner", "inmate", "detainee", "sentence"}


def _refusing_subjects(tok: Token) -> list[Token]:
    """The refusal's own subject, or the one it shares with the verb it is coordinated with."""
    while True:
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or tok.dep_ != "conj":
            return subjects
        tok = tok.head


def _refused_removal(ctx: DocContext, refuse: Token, findings: list[Finding]) -> list[Membership]:
    """'Fourteen were freed and driven to the border. X refused to step off the bus at the
    border and was taken back', 'Y refused to get on the bus at the checkpoint': a named refuser
    of the departure was one of the group freed and driven off (GUIDELINES: a release, and an
    arrest when taken back; no deportation — the refusers are kept out of it). The group is the
    latest counted removal or release told before the refusal, outside quotes (session 55)."""
    if not asserted(refuse) or any(c.dep_ == "neg" for c in refuse.children):
        return []
    persons = [p for subj in _refusing_subjects(refuse) for p in ctx.persons_in(subj, pronouns=False)]
    removals = [
        f
        for f in findings
        if f.trigger.i < refuse.i and f.type == "deportation" and f.trigger.i not in ctx.quoted
    ]
    if not persons or not removals:
        return []  # (no group driven off told before: "refused to leave" is no refused removal)
    removal = max(removals, key=lambda f: f.trigger.i)
    # the counted release told with the removal ("freed 20 and drove them to the border"), else
    # the latest counted release before the refusal — never the removal itself, whose count
    # ("Fifteen of the 16 were driven to the border") already leaves the refuser out
    freed = [
        f
        for f in findings
        if f.type == "release"
        and f.count is not None
        and f.trigger.i < refuse.i
        and f.trigger.i not in ctx.quoted
    ]
    whole = next((f for f in freed if f.trigger.sent == removal.trigger.sent), None)
    whole = whole or (max(freed, key=lambda f: f.trigger.i) if freed else None)
    return [Membership(refuse, persons, "release", group=whole)] if whole is not None else []


_MEMBER_OR_REFUSE = MEMBER_LEMMAS | {"refuse"}


__all__ = ["EventFinder"]
