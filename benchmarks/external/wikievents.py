#!/usr/bin/env python3
"""WikiEvents (real news, KAIROS events) -> Vigil gold files for events, for local measurement only.

    python benchmarks/external/wikievents.py --mirror GIT_DIR --out DIR [--split dev test]

GIT_DIR is a bare git mirror of the public repository raspberryice/gen-arg (e.g. what the
`fetch` tool returns for github:raspberryice/gen-arg). The script reads, at commit
16d8f908 ("wikievent v1.0"), data/wikievents/SPLIT.jsonl (documents, entity mentions,
event mentions with argument roles) and data/wikievents/coref/SPLIT.jsonlines (entity
coreference clusters) and writes NAME.txt + NAME.gold.json per document in the format of
shared/eval/GUIDELINES.md, scored by shared/eval/score.py. The train split is listed in
that commit but its blob is absent from the public snapshot, so only dev (20 documents)
and test (20 documents) are converted.

Text: the sentences of the document as WikiEvents tokenised them. Its `text` field glues
paragraphs together with no separator ("said."We have ..."); where a sentence follows the
previous one without white space the script starts a new line (a paragraph), otherwise it
keeps one space. Nothing else of the text is changed.

Persons: entity clusters (a coref cluster, or a lone mention) of type PER that have a
*named* mention. A mention is named when every word of it is capitalised (or a title, or,
inside the name, a particle such as "de", "la", "del", "van", "bin": PARTICLES),
none of those words occurs in lower case anywhere in the document (so "Police", "Friend"
in a title-case headline, "Protesters" are not names; "Tsarnaev", "Juan Requesens" are),
it is not a pronoun and not all capitals (datelines, bylines in capitals). A one-word
named mention is widened to the run of capitalised words around it in its sentence
("Dzhokhar" in "Dzhokhar Tsarnaev"); a name is cut after its last title word ("Sinn Fein
president Gerry Adams" -> "Gerry Adams"). Not persons: one-word plurals of group nouns
and demonyms (GROUP_ENDINGS: "Irishmen", "Prosecutors", "Chechens") and names holding a
word of NOT_NAMES (a faith, a group, a role: "Balcombe Street Gang", "Muslim").
WikiEvents' clusters sometimes join different people, so a cluster's named forms are split
into people by name (same_person: one form's words all in the other, sharing its first or
last word, or the same last word and first initial); each person's gold name is its longest form, its other
forms are aliases; a one-word gold name takes the longer name the document gives when
exactly one holds it ("Tamerlan" -> "Tamerlan Tsarnaev"); people with the same gold name
in several clusters are one. An event argument that is itself named is that person; an
unnamed one (a pronoun, "the pilot") is the person most of its cluster's named mentions
name, and nobody when two people tie.

Events (argument role -> Vigil type; only arguments that resolve, through coreference,
to a named person):
  Justice.ArrestJailDetain  Detainee  -> arrest
  Justice.Sentence          Defendant -> sentence
  Justice.Convict           Defendant -> sentence (GUIDELINES: "was convicted/sentenced")
  Justice.ReleaseParole     Defendant -> release
Dropped:
  * every other type: ChargeIndict, TrialHearing, InvestigateCrime, Acquit (no Vigil
    type); Life.Die (WikiEvents does not mark death *in custody*); Movement.Transportation
    (not a deportation);
  * triggers that a request, plan or wish governs ("asked Cuba to capture X", "plans to
    arrest"; UNREAL: such a verb, at most six words, then "to" or "to be" right before the
    trigger): GUIDELINES give no event for calls, plans or conditions;
  * arguments that are unnamed ("protesters", "the man", a pronoun whose cluster has no
    name): GUIDELINES give no event to unnamed single people.
WikiEvents has no group sizes or sentence lengths and the script keeps no quotes, so the
gold has no counts, terms or quotes: only the persons and events parts of score.py's
report mean anything here. WikiEvents annotates the events of its scenario, not every
arrest of every named person (a true event it left out scores as a false positive), and
aliases it does not link ("identified as Adem Karadag") are other persons: read the
misses and false positives one by one before trusting a figure.

Outputs hold news text that belongs to its publishers: write them to a git-ignored folder
(e.g. .cache/wikievents/) and never commit them.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

REPO = "raspberryice/gen-arg"
COMMIT = "16d8f908ecf6a9ff5d50042597ac6139157c3edb"
SPLITS = ("dev", "test")
EVENTS = {
    "Justice.ArrestJailDetain": ("arrest", "Detainee"),
    "Justice.Sentence": ("sentence", "Defendant"),
    "Justice.Convict": ("sentence", "Defendant"),
    "Justice.ReleaseParole": ("release", "Defendant"),
}
PRONOUNS = {
    "he",
    "she",
    "him",
    "her",
    "his",
    "hers",
    "they",
    "them",
    "their",
    "i",
    "we",
    "you",
    "who",
    "whom",
    "it",
    "me",
    "us",
}
TITLES = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "president",
    "judge",
    "gen",
    "general",
    "sen",
    "rep",
    "gov",
    "governor",
    "minister",
    "prime",
    "senator",
    "sheikh",
    "colonel",
    "col",
    "lt",
    "sgt",
    "captain",
    "capt",
    "officer",
    "agent",
    "defendant",
    "suspect",
    "magistrate",
    "district",
    "attorney",
    "chief",
    "commissioner",
    "special",
    "staff",
    "sergeant",
    "technical",
    "lieutenant",
    "sir",
    "lord",
    "imam",
    "prophet",
    "interior",
    "foreign",
    "defense",
    "french",
    "conservative",
    "cabinet",
    "secretary",
    "assistant",
    "director",
    "us",
    "u.s.",
}
# a trigger right after "to" (or "to be") that a request, plan or wish governs is not asserted
UNREAL = re.compile(
    r"\b(?:ask|asked|asks|urge|urged|urges|call(?:ed|s)? (?:on|for)|plan(?:s|ned)?|"
    r"want(?:s|ed)?|seek(?:s|ing)?|sought|demand(?:s|ed)?|hope(?:s|d)?|threaten(?:s|ed)?|expect(?:s|ed)?)\b"
    r"(?:\W+\w+){0,6}?\W+to(?: be)?\W*$",
    re.IGNORECASE,
)
# lower-case words inside a name ("Vicente Sainz de la Peña", "María del Carmen Nadal")
PARTICLES = {
    "de",
    "la",
    "del",
    "de la",
    "da",
    "das",
    "do",
    "dos",
    "di",
    "van",
    "von",
    "der",
    "den",
    "ter",
    "bin",
    "ibn",
    "al",
    "el",
    "y",
    "e",
    "le",
    "du",
}
GROUP_ENDINGS = ("men", "ians", "ists", "ans", "ers", "ors", "ies", "ins", "ks", "ls")
# capitalised words that name a group, faith or role rather than one person
NOT_NAMES = {
    "gang",
    "group",
    "brigade",
    "army",
    "front",
    "party",
    "muslim",
    "catholic",
    "protestant",
    "sunni",
    "shiite",
    "islamist",
    "allah",
    "honor",
    "one",
    "enditem",
    "mummy",
}


def git_show(mirror: Path, path: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(mirror), "show", f"{COMMIT}:{path}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def rebuild_text(doc: dict) -> tuple[str, list[int]]:
    """The document with paragraph breaks restored, and each sentence's start in it."""
    glued, out, starts, pos = doc["text"], [], [], 0
    for i, (_tokens, sentence) in enumerate(doc["sentences"]):
        at = glued.find(sentence, pos)
        if i:
            out.append(" " if at > pos and glued[pos:at].isspace() else "\n")
        starts.append(sum(map(len, out)))
        out.append(sentence)
        pos = (at if at >= 0 else pos) + len(sentence)
    return "".join(out), starts


class Names:
    """Decides which PER mentions are names, and their fullest form, in one document."""

    def __init__(self, doc: dict):
        self.doc = doc
        self.lower = {w for w in re.findall(r"[^\W\d_][\w'-]*", doc["text"]) if w.islower()}
        self.sentence_of: list[tuple[int, int]] = []  # doc token -> (sentence, token in it)
        for i, (tokens, _text) in enumerate(doc["sentences"]):
            self.sentence_of += [(i, k) for k in range(len(tokens))]

    def _capital(self, word: str) -> bool:
        return (
            word[:1].isupper()
            and word.casefold() not in self.lower
            and word.casefold() not in PRONOUNS
            and not (len(word) > 1 and word.isupper())
        )

    def _title(self, word: str) -> bool:
        return word.casefold().rstrip(".") in TITLES

    def named(self, mention: dict) -> str | None:
        tokens = self.doc["tokens"]
        start, end = mention["start"], mention["end"]
        words = [w for w in tokens[start:end] if w not in {".", "'", "’", "-"}]
        if (
            not words
            or not all(self._capital(w) or self._title(w) or w in PARTICLES for w in words[1:-1])
            or not all(self._capital(w) or self._title(w) for w in (words[0], words[-1]))
        ):
            return None
        sentence, _ = self.sentence_of[start]
        inside = [k for k, (s, _) in enumerate(self.sentence_of) if s == sentence]
        if end - start == 1:
            while (
                start > inside[0] and self._capital(tokens[start - 1]) and not self._title(tokens[start - 1])
            ):
                start -= 1
            while end <= inside[-1] and self._capital(tokens[end]):
                end += 1
        titles = [k for k in range(start, end) if self._title(tokens[k])]
        if titles:
            start = titles[-1] + 1
        words = [w for w in tokens[start:end] if w[:1].isalpha()]
        if not words or (
            len(words) == 1
            and (words[0].casefold().endswith(GROUP_ENDINGS) or words[0].casefold() in NOT_NAMES)
        ):
            return None
        if any(w.casefold() in NOT_NAMES for w in words):
            return None
        toks, text = self.doc["sentences"][sentence]
        base = toks[0][1]  # token offsets index the unglued original; the sentence is a slice of it
        return text[toks[self.sentence_of[start][1]][1] - base : toks[self.sentence_of[end - 1][1]][2] - base]


def same_person(a: str, b: str) -> bool:
    """Two named forms of one person: one form's words are all in the other and they share the
    first or the last ("Forest", "Vicente Sainz" / "Vicente Sainz de la Peña", "Luz Fernandez"
    / "Mari Luz Fernandez"), or the same last word and first initial ("E. Forest")."""
    x, y = sorted((a.casefold().replace(".", "").split(), b.casefold().replace(".", "").split()), key=len)
    if set(x) <= set(y) and (x[0] == y[0] or x[-1] == y[-1]):
        return True
    return x[-1] == y[-1] and x[0][0] == y[0][0]


def convert(doc: dict, coref: dict) -> tuple[str, dict]:
    text, _ = rebuild_text(doc)
    names = Names(doc)
    mentions = {m["id"]: m for m in doc["entity_mentions"]}
    cluster_of: dict[str, int] = {}
    clusters = [list(c) for c in coref.get("clusters", [])]
    for i, members in enumerate(clusters):
        for m in members:
            cluster_of[m] = i
    for m in mentions:
        if m not in cluster_of:
            cluster_of[m] = len(clusters)
            clusters.append([m])
    # a cluster may join different people ("construction worker Antonio Durán" and "the
    # theatre director Vicente Sainz de la Peña"): its named forms split into people by name
    group_of: dict[str, str] = {}  # named mention -> its person's form
    lead_of: dict[int, str] = {}  # cluster -> the person its unnamed mentions refer to
    for i, members in enumerate(clusters):
        named = {
            m: names.named(mentions[m])
            for m in members
            if m in mentions and mentions[m]["entity_type"] == "PER"
        }
        named = {m: f for m, f in named.items() if f}
        heads: list[str] = []
        for f in sorted(set(named.values()), key=lambda f: (-len(f.split()), -len(f), f)):
            if not any(same_person(h, f) for h in heads):
                heads.append(f)
        weight = {h: sum(same_person(h, f) for f in named.values()) for h in heads}
        for m, f in named.items():
            group_of[m] = next(h for h in heads if same_person(h, f))
        ranked = sorted(heads, key=lambda h: -weight[h])
        if ranked and (len(ranked) == 1 or weight[ranked[0]] > weight[ranked[1]]):
            lead_of[i] = ranked[0]
    # a one-word form ("Dzhokhar", "Tamerlan") takes the full name that the document gives
    full = {f for f in group_of.values() if len(f.split()) > 1}

    def canonical(form: str) -> str:
        longer = sorted(g for g in full if form in g.split()) if len(form.split()) == 1 else []
        return longer[0] if len(longer) == 1 else form

    by_name: dict[str, set[str]] = {}
    for m, head in group_of.items():
        by_name.setdefault(canonical(head), set()).add(names.named(mentions[m]) or head)
    persons = [{"name": f, "aliases": sorted(a - {f})} for f, a in by_name.items()]
    events = []
    for e in doc["event_mentions"]:
        kind = EVENTS.get(e["event_type"].rsplit(".", 1)[0])
        if not kind:
            continue
        vtype, role = kind
        trigger = e["trigger"]
        toks, sentence_text = doc["sentences"][trigger["sent_idx"]]
        local = trigger["start"] - sum(len(x[0]) for x in doc["sentences"][: trigger["sent_idx"]])
        if UNREAL.search(sentence_text[: toks[local][1] - toks[0][1]]):
            continue
        who = set()
        for arg in e["arguments"]:
            if arg["role"] != role or arg["entity_id"] not in cluster_of:
                continue
            head = group_of.get(arg["entity_id"]) or lead_of.get(cluster_of[arg["entity_id"]])
            if head:
                who.add(canonical(head))
        who = sorted(who)
        if who:
            events.append(
                {
                    "type": vtype,
                    "persons": who,
                    "count": None,
                    "term_months": None,
                    "trigger": e["trigger"]["text"],
                    "wikievents": e["event_type"],
                }
            )
    # one person may carry the same event type in several mentions; score.py counts pairs
    gold = {
        "source": f"WikiEvents ({REPO}@{COMMIT[:8]}) {doc['doc_id']}",
        "persons": persons,
        "events": events,
        "quotes": [],
        "duplicates_removed": 0,
    }
    return text, gold


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirror", required=True, type=Path, help="bare git mirror of raspberryice/gen-arg")
    ap.add_argument("--out", required=True, type=Path, help="output folder (git-ignored)")
    ap.add_argument("--split", nargs="+", choices=SPLITS, default=list(SPLITS))
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    n_docs = n_events = 0
    for split in a.split:
        corefs = {
            c["doc_key"]: c
            for c in map(
                json.loads, git_show(a.mirror, f"data/wikievents/coref/{split}.jsonlines").splitlines()
            )
            if c
        }
        for line in git_show(a.mirror, f"data/wikievents/{split}.jsonl").splitlines():
            if not line.strip():
                continue
            doc = json.loads(line)
            text, gold = convert(doc, corefs.get(doc["doc_id"], {}))
            name = f"{split}-{re.sub(r'[^A-Za-z0-9_.-]+', '_', doc['doc_id'])}"
            (a.out / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
            (a.out / f"{name}.gold.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            n_docs += 1
            n_events += sum(len(e["persons"]) for e in gold["events"])
    print(f"wikievents: {n_docs} documents, {n_events} event-person pairs -> {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
