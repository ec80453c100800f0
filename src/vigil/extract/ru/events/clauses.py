"""Token and clause helpers of the event rules that need no lexicon: mentions' edges, relative
clauses, list items, ages, agreement in gender and case. Free functions, so that any rule
module can use them without the finder."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from vigil.extract.findings import Finding, Person
from vigil.extract.ru.events.words import (
    _BULLETS,
    _LIST_ITEM,
)
from vigil.extract.ru.names import morph
from vigil.extract.ru.persons import PersonIndex, called_by_name, folded


def _accusative_read_as_subject(node: Token, verb: Token) -> bool:
    """«Суд, заседающий в …, приговорил учителя … X к …»: natasha can make the accusative
    object a second subject of an active verb when a participle clause splits the sentence;
    an accusative-only word beside a nominative subject is the object whatever its label."""
    if node.dep_ != "nsubj" or node.morph.get("Case") != ["Acc"] or "Pass" in verb.morph.get("Voice"):
        return False
    return any(c.i != node.i and c.dep_ == "nsubj" and c.morph.get("Case") == ["Nom"] for c in verb.children)


def _oblique_subject(child: Token, verb: Token) -> bool:
    """«Через неделю звукорежиссёра задержали»: the tagger may read an animate noun as an
    inanimate genitive and the parser make it the subject; a subject is nominative, so a noun
    in another case before an active plural verb with no nominative subject is its object (a
    counted noun, «пять человек задержали», is left to the groups)."""
    if child.dep_ != "nsubj" or child.pos_ != "NOUN" or child.i > verb.i:
        return False
    if not ({"Gen", "Acc"} & set(child.morph.get("Case"))) or "Plur" in child.morph.get("Number"):
        return False
    if "Plur" not in verb.morph.get("Number") or "Pass" in verb.morph.get("Voice"):
        return False
    if any(c.dep_.startswith("nummod") or c.dep_ == "det" for c in child.children):
        return False
    return not any(c.dep_ in ("nsubj", "nsubj:pass") and c.i != child.i for c in verb.children)


def _animate(noun: Token) -> bool:
    """The tagger's animacy, or the dictionary's where the tagger read a person noun as a thing
    («звукорежиссёра» tagged an inanimate genitive)."""
    if "Anim" in noun.morph.get("Animacy"):
        return True
    lemma = noun.lemma_.lower().replace("ё", "е")
    return any(
        p.normal_form.replace("ё", "е") == lemma and "anim" in p.tag for p in morph().parse(noun.text.lower())
    )


def _modifies(root: Token, noun: Token) -> bool:
    """The name whose head is `root` hangs inside `noun`'s phrase by something other than an
    apposition («врача, лечившего X», «мужа X»), so it is not who `noun` describes."""
    node = root
    while node.i != noun.i:
        if node.head.i == node.i:
            return False
        if node.dep_ not in ("appos", "flat", "flat:name"):
            return node.head.i == noun.i or _modifies(node.head, noun)
        node = node.head
    return False


def _relative_disagrees(clause: Token, root: Token) -> bool:
    """The relative pronoun of `clause` («которую») is of another gender than the name."""
    genders = set(root.morph.get("Gender"))
    for c in clause.children:
        if c.lemma_ in ("который", "каторы") and "Sing" in c.morph.get("Number"):
            own = set(c.morph.get("Gender"))
            return bool(own and genders and not own & genders)
    return False


def _named_after(doc: Doc, start: int) -> bool:
    """The name that starts at `start` follows «имени» / «им.»: a place or unit named after a
    person («колония имени Дзержинского», «полк им. Кадырова»), who is no patient of its events;
    not after «по имени» («мужчина по имени X»: the man's own name)."""
    return (
        start > 0
        and doc[start - 1].lower_ in ("имени", "им.", "им")
        and not (start > 1 and called_by_name(doc, start - 1))
    )


def _after_preposition(x: Token) -> bool:
    """The name `x` is part of stands right after a preposition («вместе с Анной Кравец»)."""
    start = x.i
    while start > x.sent.start and x.doc[start - 1].ent_type_ == "PER" and x.doc[start].ent_iob_ != "B":
        start -= 1
    return start > x.sent.start and x.doc[start - 1].pos_ == "ADP"


def _in_noun_after_preposition(x: Token) -> bool:
    """The name `x` is part of is the genitive of a common noun that a preposition governs
    («по делу Гаюна», «по «делу Гаюна»», «за поддержку Навального»): the name inside a
    phrase, whose case or cause it names, not the head noun of the clause."""
    head = x
    while head.dep_ in ("flat", "flat:name") and head.head.i != head.i:
        head = head.head
    noun = head.head
    return (
        head.dep_ == "nmod"
        and noun.i < head.i
        and noun.pos_ == "NOUN"
        and noun.is_lower
        and any(c.dep_ == "case" and c.pos_ == "ADP" for c in noun.children)
    )


def _item_body(line: str, previous: str) -> int | None:
    """Where a list line's words start, or None when the line is no item of a list: a dash or
    numbered line after its marker; an unmarked line (0) in a run of lines ending in semicolons
    after a heading («Сярод асуджаных:\nX (Ліда) — 3 гады калоніі;\nY (Орша) — 2 гады.»), the
    line or the one before it ending in a semicolon (the caller checks that a name opens it)."""
    item = _LIST_ITEM.match(line)
    if item:
        return item.end()
    end = line.rstrip()[-1:]
    if end == ";" or (end == "." and previous.rstrip().endswith(";")):
        return 0
    return None


def _unbracketed(line: str) -> str:
    """An unmarked list line up to a bracket that follows its term («… 3 гады калоніі
    (пракурор прасіў 4)»): a bracket after the name's dash holds a demand or an aside; one
    before it («X (Ліда) — …») holds the person's town and is kept."""
    dash = re.search(r"\s[—–-]\s", line)
    cut = line.find("(", dash.end()) if dash else line.find("(")
    return line if cut < 0 else line[:cut]


def _item_clause(line: str) -> str:
    """A dash or numbered list line up to its first bracket («— X — 3 гады (пракурор прасіў
    4)», «— X (10 гадоў) — вывезены»); a bracket of only a town right after the name, before the
    line's dash («— X (Гомель) — 3 гады …»), is passed over. The line ends at its first
    semicolon: what follows («; суддзя Y», «; пракурор запытваў 7 гадоў») is an aside."""
    line = line.split(";")[0]
    town = re.match(r"[^(]*?\([^()\d]*\)\s[—–-]\s", line)
    cut = line.find("(", town.end() if town else 0)
    return line if cut < 0 else line[:cut]


def _ends_in_colon(sent: Span) -> bool:
    """A sentence that introduces a list or speech: its last word is a colon."""
    last = next((x for x in reversed(sent) if not x.is_space), None)
    return last is not None and last.text == ":"


def _abbreviation(x: Token) -> bool:
    """The full stop of «ч.3 ст.342», «арт. 361-1»: glued to what follows, or after a short
    lower-case word; it ends no clause."""
    if x.text != "." or x.i == 0 or x.i + 1 >= len(x.doc):
        return False
    prev = x.doc[x.i - 1]
    return not x.whitespace_ or (prev.is_lower and prev.is_alpha and len(prev.text) <= 4)


def _mention_end(root: Token, person: Person) -> int:
    for start, end in person.mentions:
        if start <= root.i < end:
            return end
    return root.i + 1


def _mention_start(root: Token, person: Person | None, index: PersonIndex) -> int:
    """The first token of the mention of `person` around `root`."""
    start = root.i
    while start > 0 and index.person_at(root.doc[start - 1]) is person:
        start -= 1
    return start


def _mention_last(first: Token, person: Person | None, index: PersonIndex, limit: int | None = None) -> int:
    """The index of the last token of the mention of `person` that `first` opens (or stands in),
    looking no further than `limit` (exclusive; the document's end by default)."""
    doc = first.doc
    limit = len(doc) if limit is None else limit
    end = first.i
    while end + 1 < limit and index.person_at(doc[end + 1]) is person:
        end += 1
    return end


def _inflected(root: Token, person: Person, index: PersonIndex) -> bool:
    """The mention is not in the nominative («Дзяніса Мароза»): its first word differs from the
    person's nominative name, so it cannot be the subject (the agent) of a verb."""
    doc = root.doc
    start = _mention_start(root, person, index)
    word = folded(doc[start].text).replace("’", "'")
    if not person.tokens:
        return False
    if word not in {folded(t).replace("’", "'") for t in person.tokens}:
        return True  # (the apostrophe as written or as the person's name keeps it: «Дар'я»)
    # «Ежы Вішнеўскага»: a first name that does not decline, the surname's ending tells the case
    end = _mention_last(doc[start], person, index)
    last = doc[end]
    return end > start and last.is_alpha and folded(last.text) != folded(person.tokens[-1])


def _inside_relative_of(t: Token, root: Token, person: Person, owner: Person | None) -> bool:
    """«X — жонка Y, які быў арыштаваны …»: the trigger's relative clause is another person's
    (`owner`, from `EventFinder._relative_owner`), whose name comes after this person's."""
    return (
        owner is not None
        and owner is not person
        and any(root.i < start for start, _ in owner.mentions if start < t.i)
    )


def _oblique_surname(root: Token, person: Person) -> bool:
    """The surname as written is not the person's nominative («Хасанова» of Рамиль Хасанов):
    the parser's subject is an inflected object."""
    if len(person.tokens) < 2:
        return False
    for start, end in person.mentions:
        if start <= root.i < end:
            written = root.doc[end - 1]
            if not written.is_alpha or written.text[:1].islower():
                return False
            fold = folded(written.text)
            return fold != folded(person.tokens[-1]) and not any(
                fold == folded(w) for w in person.tokens[:-1]
            )
    return False


def _masculine_surname_as_written(root: Token, person: Person) -> bool:
    """«Сагитов и Ахмерова содержались под стражей»: a man's «-ов/-ев/-ин/-ын» surname written
    as his nominative is nominative whatever the tagger says (it reads «Сагитов» as a noun's
    genitive plural); the genitive of such a surname ends in «-а» («Сагитова»). The surname
    may follow the word the parse hangs the rest on: «умер политзаключённый Февзи Абилаев» (the
    unknown first name heads the mention, both tagged accusative) is nominative by «Абилаев»."""
    if person.gender != "masc" or len(person.tokens) < 2 or root.pos_ != "PROPN":
        return False
    surname = folded(person.tokens[-1])
    if not surname.endswith(("ов", "ев", "ин", "ын")):
        return False
    words = next((root.doc[s:e] for s, e in person.mentions if s <= root.i < e), (root,))
    return any(folded(x.text) == surname for x in words)


def _nominative_name(root: Token, person: Person) -> bool:
    """Some word of the name's mention is nominative: natasha may tag an unknown foreign first
    name in an oblique case («Абдиазис Абдинур … были приговорены»: Абдиазис read as Ins)."""
    for start, end in person.mentions:
        if start <= root.i < end:
            return any("Nom" in x.morph.get("Case") for x in root.doc[start:end])
    return "Nom" in root.morph.get("Case")


def _of_one_person(noun: Token) -> bool:
    """«мать пятерых детей», «матери пятерых детей Асии Биби»: a counted noun that modifies a
    noun for one person describes that person; it is no group of the event's."""
    head = noun.head
    if noun.pos_ == "NUM" and noun.dep_.startswith("nummod"):
        noun, head = head, head.head
    return (
        noun.dep_ == "nmod"
        and head.pos_ == "NOUN"
        and {"Anim", "Sing"} <= {*head.morph.get("Animacy"), *head.morph.get("Number")}
    )


def _age_years(x: Token) -> int | None:
    """«32-гадовага», «54-летняя»: the age an adjective of years gives, else None."""
    head, _, tail = x.lower_.partition("-")
    if not head.isdigit() or not tail.startswith(("гадов", "летн")):
        return None
    return int(head)


def _age(x: Token) -> bool:
    """«35-летний», «54-летняя»."""
    return x.text[:1].isdigit() and "-летн" in x.lower_


def _in_clause_without(x: Token, t: Token) -> bool:
    """`x` lies in a relative clause, or in a subordinate clause with a conjunction and a subject
    of its own («памёр, пакуль абодва сыны былі за кратамі», «умер, когда трое его сыновей сидели»),
    that does not contain `t`: the clause's number counts its own subject, not the event's."""
    node = x
    while node.head.i != node.i and node.i != t.i:
        if _own_clause(node) and not (node.left_edge.i <= t.i <= node.right_edge.i):
            return True
        node = node.head
    return False


def _before_singular_relative(child: Token, t: Token) -> bool:
    """`t`'s patient is a singular relative word («…, среди них — учитель X, которого задержали
    ещё весной»): the clause tells an event of that one person, so a counted noun before the
    relative word that the parse also hangs on `t` («вернула домой 20 гражданских, …») lies
    outside the clause and is no group of its event (as a number inside a clause is no count of
    an event outside it, `_in_clause_without`). A plural relative word («20 человек, которых
    задержали») shares the group's size and is not read here."""
    return any(
        c.dep_ in ("obj", "nsubj:pass")
        and c.lemma_.lower() == "который"
        and "Sing" in c.morph.get("Number")
        and child.i < c.i
        for c in t.children
    )


def _own_clause(node: Token) -> bool:
    """A relative clause, or an adverbial clause opened by a conjunction with its own subject."""
    if node.dep_ == "acl:relcl":
        return True
    return (
        node.dep_ == "advcl"
        and any(c.dep_ == "mark" for c in node.children)
        and any(c.dep_.startswith("nsubj") for c in node.children)
    )


def _form_gender(low: str) -> str | None:
    """Whose a Belarusian participle or past verb is by its ending («затрыманыя», «вызвалілі»:
    «plural»; «асуджаная», «выйшла»: «fem»; «затрыманы», «выйшаў», «памёр»: «masc»), or None."""
    if low.endswith(("ныя", "тыя", "лі", "ліся", "юцца", "яцца", "уцца")):
        return "plural"
    if low.endswith(("ная", "тая", "ла", "лася")):
        return "fem"
    if low.endswith(("ны", "ты", "ў", "ўся", "ёр")):  # «памёр»: a past without «-ў»
        return "masc"
    return None


def _timeline_line(t: Token) -> bool:
    """The trigger opens a timeline's line: the words before it are a date (years, months,
    numbers) closed by a dash, and nothing else: «2021 — затрыманы …», «май 2024 — …»."""
    doc = t.doc
    before = doc[t.sent.start : t.i]
    if len(before) < 2 or before[-1].text not in ("—", "–", "-", ":"):
        return False
    return (
        any(c.isdigit() for c in before.text)
        and all(
            x.like_num
            or any(c.isdigit() for c in x.text)
            or (x.is_alpha and x.is_lower)
            or x.text in (".", ",")
            or (k == 0 and x.text in _BULLETS)  # «• кастрычнік 2021 — асуджаны …»: a bulleted timeline
            for k, x in enumerate(before[:-1])
        )
    )


def _enumerator(x: Token) -> bool:
    """A digit that opens a line and is followed by «.» or «)»: a list item's number; a year
    before a dash is a timeline's date («2022 — осуждён …», «май 2024 — затрыманая …»)."""
    doc = x.doc
    if (
        len(x.text) == 4
        and x.text.isdigit()
        and 1900 <= int(x.text) <= 2100
        and x.i + 1 < len(doc)
        and doc[x.i + 1].text in ("—", "–", "-", ":")
    ):
        return True
    if not x.text.isdigit() or x.i + 1 >= len(doc) or doc[x.i + 1].text not in (".", ")"):
        return False
    before = doc[x.i - 1] if x.i else None
    return before is None or "\n" in before.text or "\n" in before.whitespace_


def _plural_verb_of_one(root: Token, t: Token) -> bool:
    """A finite plural verb has no single named person as its subject: the name the parser hangs
    on it as subject is its fronted object, the verb's subject the indefinite «они» (unless
    the name is one of several coordinated names)."""
    doc = root.doc
    after = doc[root.i + 1] if root.i + 1 < len(doc) else None
    # «Лукашенко помиловал 16 …, восемь из них вывезли»: the name is its own verb's subject
    if (
        after is not None
        and after.pos_ in ("VERB", "AUX")
        and after.i != t.i
        and {"Sing", "Fin"} <= {*after.morph.get("Number"), *after.morph.get("VerbForm")}
    ):
        return False
    return (
        "Plur" in t.morph.get("Number")
        and "Fin" in t.morph.get("VerbForm")
        and "Sing" in root.morph.get("Number")
        and root.dep_ != "conj"
        and not any(c.dep_ == "conj" for c in root.children)
    )


def _object_by_case(child: Token) -> bool:
    """«Четырнадцать человек вывезли в Литву»: the parser's subject of an impersonal plural
    verb is its fronted object when its numeral is accusative or the noun is not nominative."""
    case = child.morph.get("Case")
    numerals = [n for n in child.children if n.dep_.startswith("nummod")]
    numeral_acc = any("Acc" in n.morph.get("Case") for n in numerals)
    # «ещё 12 человек задержали в Гомеле»: a counted genitive with no other object is the object
    counted = "Gen" in case and bool(numerals) and not any(c.dep_ == "obj" for c in child.head.children)
    return (
        bool(case) and "Nom" not in case and (numeral_acc or counted or "Acc" in case or child.pos_ == "NUM")
    )


def _brackets_around(t: Token) -> tuple[int, int] | None:
    """The indices of the round brackets the token stands inside, within its sentence."""
    doc = t.doc
    sent = t.sent
    opened = next((x.i for x in reversed(doc[sent.start : t.i]) if x.text in ("(", ")")), None)
    if opened is None or doc[opened].text != "(":
        return None
    closed = next((x.i for x in doc[t.i + 1 : sent.end] if x.text in ("(", ")")), None)
    if closed is None or doc[closed].text != ")":
        return None
    return opened, closed


def _one_per_sentence(findings: list[Finding]) -> list[Finding]:
    """«Освобождена …, отбывшая весь срок» is one release; «освободили и вывезли в Литву» is a
    deportation, which implies the release: a finding whose persons another finding of the
    same sentence already covers (same type, or a deportation covering a release) goes."""
    kept: list[Finding] = []
    for f in findings:
        if f.count is None and not f.group_ref and f.persons and not (f.term or f.date):
            covered = any(
                g is not f
                and g.trigger.sent == f.trigger.sent
                and set(map(id, f.persons)) <= set(map(id, g.persons))
                and (
                    (g.type == f.type and (g.count is not None or g.trigger.i < f.trigger.i))
                    or (
                        f.type == "release"
                        and g.type == "deportation"
                        and g.implies_release
                        and g.count is None
                        and not g.group_ref
                    )
                )
                for g in findings
            )
            if covered:
                continue
        kept.append(f)
    return kept


def _postposed_subject(t: Token, index: PersonIndex) -> Token | None:
    """«…, где отбывает восемь лет её подзащитный», «…, где был задержан его сын»: a person noun
    in the nominative after a trigger of its subject, in its clause (up to the next punctuation),
    with no preposition and no name of its own after it, is the trigger's own subject (the parse
    may hang it elsewhere); a name elsewhere in the sentence is not the patient. («вышел на
    свободу журналист X»: the noun of the name that follows is the name's.)"""
    doc = t.doc
    for x in doc[t.i + 1 : t.sent.end]:
        if x.is_punct:
            return None
        if (
            x.pos_ == "NOUN"
            and x.is_lower
            and "Nom" in x.morph.get("Case")
            and "Plur" not in x.morph.get("Number")
            and _animate(x)
            and not _after_preposition(x)
            and index.person_at(x) is None
            and not (x.i + 1 < len(doc) and index.person_at(doc[x.i + 1]) is not None)
        ):
            return x
    return None


def _agrees_in_number(subject: Token, verb: Token) -> bool:
    """A plural verb takes no singular noun as its subject unless the noun has a conjunct: in
    «её забрали прямо из школы …, и суд района отправил её на 15 суток» the parser hangs «суд»
    (the next clause's subject) on «забрали»; who took her is left unnamed."""
    plural_verb = "Plur" in verb.morph.get("Number")
    conjoined = any(c.dep_ == "conj" for c in subject.children)
    single_noun = "Sing" in subject.morph.get("Number") and not conjoined
    return not (plural_verb and single_noun)
