"""Layout and typography fuzz: read-set articles re-typed as real copy arrives, extracted again.

    PYTHONPATH=src .venv/bin/python benchmarks/fuzz_layouts.py [SET ...] [--mutation NAME ...]
        [--every N] [--show N] [--json FILE]

What it measures, per mutation and language:

* **failures**: articles whose extraction raised (the batch skips such an article as
  "extraction failed": every fact of it is lost). Each is printed with the last code frames.
* **changed**: for the mutations that should not alter meaning (marked `same` below: CRLF,
  NBSP, soft hyphens, zero-width marks, hard line-wraps, quote style, ё written as е, HTML
  entities, Latin look-alike letters, repeated paragraphs ...), the share of articles whose
  facts differ from the clean text's. A fact is what `score.py` compares: (event type,
  person), (event type, count), (person, term in months), (speaker, first words of a quote),
  names folded (case, accents, ё/е, apostrophes), dates and offsets left out.
  The other mutations (a dash before each sentence, no spaces after punctuation, all-caps
  headline, bullets, emoji ...) change the text's grammar or add words; for them only the
  failures count, and the changed share is shown as information.

SETs are folder names as `score_sets.py` takes them (default: every read set of every
language, from `/work/wt/sets.sh`'s lists: $EN $RU $BE; never a blind or judge set). The
language of a set is read from its name (`-ru`, `-be`), as `fuzz.py` of session 42 did.
`--every N` keeps every N-th article of each set (a quick look). `--show N` prints up to N
changed articles per mutation with the facts gained and lost.
"""

from __future__ import annotations

import argparse
import json
import re
import textwrap
import time
import traceback
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from vigil.errors import SourceError
from vigil.extract import Extractor
from vigil.ingest.documents import make_document
from vigil.model import Extraction

try:  # run as a script (benchmarks/ on sys.path) or imported as benchmarks.fuzz_layouts by the tests
    from score_sets import resolve
except ImportError:
    from benchmarks.score_sets import resolve

Mutation = Callable[[str, str], str]  # (text, language) -> text

_CYR_TO_LATIN = str.maketrans("іаеорсхуІАЕОРСХ", "iaeopcxyIAEOPCX")
_PARAS = "\n\n"


def _paras(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def _each_para(f: Callable[[int, str], str]) -> Callable[[str], str]:
    return lambda t: _PARAS.join(f(i, p) for i, p in enumerate(_paras(t)))


def _wrap(text: str, width: int = 70) -> str:
    """Hard line-wraps at `width` columns inside each line (e-mail / PDF copy); the text's own
    line ends stay."""
    return "\n".join(wrap_paragraph(para, width) for para in text.split("\n"))


def wrap_paragraph(paragraph: str, width: int) -> str:
    """One paragraph broken greedily at `width` columns, words and hyphens whole, as mail does."""
    return textwrap.fill(paragraph, width, break_long_words=False, break_on_hyphens=False)


def _soft_hyphens(text: str) -> str:
    return re.sub(r"\w{8,}", lambda m: "\u00ad".join(re.findall(r".{1,4}", m.group())), text)


def _zero_width(text: str) -> str:
    text = re.sub(r"(?<=\w)(\w{3})(?=\w{3})", lambda m: m.group(1) + "\u200b", text, count=0)
    return "\ufeff" + text.replace(" — ", " \u200d— ")


def _nbsp(text: str) -> str:
    """NBSP after short words and before dashes, as typographers set Russian and English copy."""
    text = re.sub(r"(?<=\b\w\b) ", "\u00a0", text)
    text = re.sub(r"(?<=\b\w\w\b) ", "\u00a0", text)
    return text.replace(" —", "\u00a0—").replace(" -", "\u00a0-")


def _thin(text: str) -> str:
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", "\u2009", text)
    return text.replace(" — ", "\u202f—\u2009").replace(", ", ",\u2009")


def _typographic(text: str, language: str) -> str:
    """Straight quotes made typographic: «» (Russian, Belarusian) or “” (English); ' made ’."""
    opened, close = ("«", "»") if language != "en" else ("\u201c", "\u201d")
    parts = text.split('"')
    out = parts[0]
    for i, part in enumerate(parts[1:]):
        out += (opened if i % 2 == 0 else close) + part
    return out.replace("'", "\u2019")


def _straight(text: str, language: str) -> str:
    text = re.sub("[«»\u201c\u201d\u201e]", '"', text)
    return re.sub("[\u2019\u02bc]", "'", text)


def _apostrophe(text: str, language: str) -> str:
    """The Belarusian apostrophe as the modifier letter ʼ (U+02BC), or ’ in English."""
    return re.sub("(?<=\\w)['\u2019](?=\\w)", "\u02bc" if language != "en" else "\u2019", text)


def _lookalikes(text: str) -> str:
    """A Latin look-alike letter typed inside a Cyrillic word (the first one of every other
    word), as a Latin keyboard layout leaves "i" in Belarusian words."""
    words = re.split(r"(\w+)", text)
    return "".join(_one_latin(w) if i % 4 == 1 and re.search("[а-яё]", w) else w for i, w in enumerate(words))


def _one_latin(word: str) -> str:
    for j, c in enumerate(word):
        if c.translate(_CYR_TO_LATIN) != c:
            return word[:j] + c.translate(_CYR_TO_LATIN) + word[j + 1 :]
    return word


def _entities(text: str) -> str:
    text = text.replace("&", "&amp;").replace('"', "&quot;").replace("«", "&laquo;").replace("»", "&raquo;")
    text = text.replace("—", "&mdash;").replace("'", "&#39;")
    return re.sub(r"(?<=\b\w\w\b) ", "&nbsp;", text)


def _dateline(text: str, language: str) -> str:
    paras = _paras(text)
    line = {"ru": "МИНСК, 5 декабря — ", "be": "МІНСК, 5 снежня — ", "en": "MINSK, Dec 5 (Reuters) - "}[
        language
    ]
    i = 1 if len(paras) > 1 else 0
    paras[i] = line + paras[i]
    return _PARAS.join(paras)


def _bullets(text: str) -> str:
    marks = ["• ", "1. ", "- ", "* ", "2) "]
    return _each_para(lambda i, p: (marks[i % len(marks)] + p) if i else p)(text)


def _telegram(text: str, language: str) -> str:
    tags = {"ru": "#Беларусь #политзаключенные", "be": "#Беларусь #палітвязні", "en": "#Belarus #FreeThemAll"}
    emoji = ["🔴 ", "⚡️ ", "❗️", "👉 "]
    body = _each_para(lambda i, p: emoji[i % len(emoji)] + p.replace(". ", ". 🙏 ", 1))(text)
    return f"{body} 💔\n\n{tags[language]}"


def _urls(text: str) -> str:
    def one(i: int, p: str) -> str:
        if i % 2:
            return re.sub(
                r"\.(\s|$)", r" (https://spring96.org/ru/news/2025/12/05/12345.html).\1", p, count=1
            )
        return re.sub(r"\.(\s|$)", r", info@spring96.org.\1", p, count=1)

    return _each_para(one)(text)


def _caps_headline(text: str) -> str:
    paras = _paras(text)
    paras[0] = paras[0].upper()
    return _PARAS.join(paras)


# name -> (mutation, whether meaning is kept: the facts should be the same as the clean text's)
MUTATIONS: dict[str, tuple[Mutation, bool]] = {
    # session 42's seven (fuzz.py)
    "colon-dash": (lambda t, _: t.replace(". ", ": — "), False),
    "dash-lines": (lambda t, _: _each_para(lambda _i, p: "— " + p)(t), False),
    "speaker": (lambda t, _: _each_para(lambda i, p: ("Ivan Petrov: — " if i % 2 else "Q: ") + p)(t), False),
    "nospace": (lambda t, _: re.sub(r"([.,;:!?])\s+", r"\1", t), False),
    "trailing": (lambda t, _: t + "\n\n:\n\n—\n\n«", False),
    "quotes-cut": (lambda t, _: t.replace("»", "").replace('"', "").replace("\u201d", ""), False),
    "colon-end": (lambda t, _: _each_para(lambda _i, p: p.rstrip(".") + ":")(t), False),
    # real copy's layouts and typography
    "crlf": (lambda t, _: t.replace("\n", "\r\n"), True),
    "cr": (lambda t, _: t.replace("\n", "\r"), True),
    "nbsp": (lambda t, _: _nbsp(t), True),
    "thin-space": (lambda t, _: _thin(t), True),
    "soft-hyphen": (lambda t, _: _soft_hyphens(t), True),
    "zero-width": (lambda t, _: _zero_width(t), True),
    "wrap70": (lambda t, _: _wrap(t), True),
    "quotes-typographic": (_typographic, True),
    "quotes-straight": (_straight, True),
    "apostrophe": (_apostrophe, True),
    "yo-as-e": (lambda t, _: t.replace("ё", "е").replace("Ё", "Е"), True),
    "lookalikes": (lambda t, _: _lookalikes(t), True),
    "entities": (lambda t, _: _entities(t), True),
    "repeated": (lambda t, _: _PARAS.join(p + _PARAS + p for p in _paras(t)), True),
    "caps-headline": (lambda t, _: _caps_headline(t), False),
    "bullets": (lambda t, _: _bullets(t), False),
    "dateline": (_dateline, False),
    "telegram": (_telegram, False),
    "one-paragraph": (lambda t, _: " ".join(_paras(t)), False),
    "long-paragraphs": (lambda t, _: _PARAS.join(" ".join(_paras(t)) for _ in range(3)), False),
    "urls": (lambda t, _: _urls(t), False),
}


def fold(s: str) -> str:
    """A name or quote's words as score.py folds them, ё as е and apostrophes dropped."""
    s = unicodedata.normalize("NFKD", s.replace("ё", "е").replace("Ё", "Е"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_ʼ]+", " ", s.casefold()).split())


def facts(x: Extraction) -> frozenset[tuple]:
    """What score.py compares, with the extractor's own names standing for the gold persons."""
    names = {p.id: fold(p.name) for p in x.persons}
    out: set[tuple] = set()
    for e in x.events:
        for pid in e.persons:
            out.add(("event", e.type, names.get(pid, pid)))
            if e.term_months is not None:
                out.add(("term", names.get(pid, pid), e.term_months))
        if e.count is not None:
            out.add(("count", e.type, e.count))
    for q in x.quotes:
        out.add(("quote", names.get(q.speaker or "", "?"), " ".join(fold(q.text).split()[:4])))
    return frozenset(out)


def language_of(name: str) -> str:
    return "ru" if "-ru" in name else "be" if "-be" in name else "en"


def read_sets() -> list[str]:
    """Every read set of every language, as /work/wt/sets.sh or the session lists them."""
    import subprocess

    script = Path("/work/wt/sets.sh")
    if not script.exists():
        raise SystemExit("fuzz_layouts: name the sets (no /work/wt/sets.sh to read $EN $RU $BE from)")
    out = subprocess.run(["bash", "-c", f". {script}; echo $EN $RU $BE"], capture_output=True, text=True)
    return out.stdout.split()


@dataclass
class Outcome:
    result: Extraction | None
    error: str | None = None


def extract_all(
    ex: Extractor, texts: list[tuple[str, str, str]], seen: dict[tuple[str, str], Outcome]
) -> list[Outcome]:
    """(source, language, text) -> outcomes, batched by language; a failing batch is redone
    one article at a time so the failing article and its traceback are known.

    Extraction reads only the cleaned text (and its language): a mutated text that cleans to a
    text already extracted (a clean article's CRLF or NBSP twin) has that text's outcome, taken
    from `seen` instead of extracted again."""
    out: list[Outcome | None] = [None] * len(texts)
    by_lang: dict[str, list[int]] = defaultdict(list)
    docs = {}
    for i, (source, lang, text) in enumerate(texts):
        try:
            docs[i] = make_document(text, source=source, language=lang)
        except SourceError as exc:
            out[i] = Outcome(None, f"SourceError {exc}")
            continue
        if (lang, docs[i].text) in seen:
            out[i] = seen[lang, docs[i].text]
        else:
            by_lang[lang].append(i)
    for lang, idx in by_lang.items():
        le = ex.extractor_for(lang)
        for start in range(0, len(idx), 16):
            chunk = idx[start : start + 16]
            try:
                for i, r in zip(chunk, le.extract_many([docs[i] for i in chunk], batch_size=16), strict=True):
                    out[i] = Outcome(r)
            except Exception:
                for i in chunk:
                    try:
                        out[i] = Outcome(next(iter(le.extract_many([docs[i]], batch_size=1))))
                    except Exception as exc:
                        frames = [ln.strip() for ln in traceback.format_exc().splitlines() if "/vigil/" in ln]
                        out[i] = Outcome(None, f"{type(exc).__name__}: {exc} | {' ; '.join(frames[-2:])}")
            for i in chunk:
                seen[lang, docs[i].text] = out[i]
    return [o if o is not None else Outcome(None, "lost") for o in out]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("sets", nargs="*", help="set names (default: every read set of every language)")
    parser.add_argument("--mutation", action="append", choices=sorted(MUTATIONS), help="only these mutations")
    parser.add_argument("--every", type=int, default=1, help="keep every N-th article of each set")
    parser.add_argument("--show", type=int, default=0, help="print up to N changed articles per mutation")
    parser.add_argument("--json", type=Path, help="write the per-mutation, per-language figures here")
    args = parser.parse_args()

    names = args.sets or read_sets()
    chosen = args.mutation or list(MUTATIONS)
    articles: list[tuple[str, str, str]] = []
    for name in names:
        folder, blind = resolve(name)
        if blind:
            raise SystemExit(f"fuzz_layouts: {name} is a judge; the fuzz reads read sets only")
        for path in sorted(folder.glob("*.txt"))[:: args.every]:
            articles.append((f"{name}/{path.name}", language_of(name), path.read_text(encoding="utf-8")))

    ex = Extractor()
    t0 = time.time()
    # the clean texts' facts, only when some mutation should keep them
    seen: dict[tuple[str, str], Outcome] = {}
    clean = extract_all(ex, articles, seen) if any(MUTATIONS[m][1] for m in chosen) else []
    base = [facts(o.result) if o.result else None for o in clean] or [None] * len(articles)
    stats: dict[str, dict[str, dict[str, int]]] = {}
    for name in chosen:
        mutate, same = MUTATIONS[name]
        mutated = [(s, lang, mutate(t, lang)) for s, lang, t in articles]
        outcomes = extract_all(ex, mutated, seen)
        per: dict[str, dict[str, int]] = defaultdict(lambda: {"articles": 0, "failures": 0, "changed": 0})
        shown = 0
        for (source, lang, _), o, b in zip(mutated, outcomes, base, strict=True):
            row = per[lang]
            row["articles"] += 1
            if o.error:
                row["failures"] += 1
                print(f"FAIL {name} {source}: {o.error}", flush=True)
                continue
            if b is not None and facts(o.result) != b:
                row["changed"] += 1
                if shown < args.show:
                    shown += 1
                    got = facts(o.result)
                    print(f"CHANGED {name} {source}: lost {sorted(b - got)} gained {sorted(got - b)}")
        stats[name] = dict(per)
        cells = "  ".join(
            f"{lang} fail {r['failures']}/{r['articles']} changed {r['changed'] / max(r['articles'], 1):.1%}"
            for lang, r in sorted(per.items())
        )
        print(f"{name:20} {'same' if same else 'info'}  {cells}  [{time.time() - t0:.0f}s]", flush=True)
    failed_clean = sum(1 for o in clean if o.error)
    print(f"clean texts failing: {failed_clean}")
    if args.json:
        args.json.write_text(json.dumps(stats, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
