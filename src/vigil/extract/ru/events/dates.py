"""The date words of an event: the time phrase under the trigger, cleaned of this language's
noise words, for the shared date reader."""

from __future__ import annotations

from spacy.tokens import Token


class DateRules:
    """An event's date words; a mixin of `EventFinder`, whose `lexicon`, `linear` and
    other rules its methods use."""

    def _date_linear(self, t: Token) -> str | None:
        doc = t.doc
        for x in doc[t.sent.start : t.sent.end]:
            if x.like_num and len(x.text) == 4 and x.text[:2] in ("19", "20"):
                return x.text
            if self._word_in(x, "dates"):
                start = x.i - 1 if x.i > t.sent.start and doc[x.i - 1].like_num else x.i
                end = x.i + 1
                if end < t.sent.end and doc[end].like_num and len(doc[end].text) == 4:
                    end += 1
                return self._clean_date(doc[start:end].text)
        return None

    def _clean_date(self, text: str | None) -> str | None:
        """Date words as the shared reader takes them, without this language's noise words
        («начале», «конце»); the reader itself knows weekdays and prepositions."""
        if not text:
            return None
        words = [
            w
            for w in text.replace(",", " ").split()
            if w.lower() not in self.lexicon.sets.get("date_noise", ())
        ]
        return " ".join(words) or None

    def _date(self, t: Token) -> str | None:
        return self._clean_date(self._date_words(t))

    def _date_words(self, t: Token) -> str | None:
        for child in t.children:
            if child.dep_ not in ("obl", "nmod", "advmod", "obl:tmod"):
                continue
            words = list(child.subtree)
            if any(self._word_in(x, "dates") or (x.like_num and len(x.text) == 4) for x in words):
                return t.doc[words[0].i : words[-1].i + 1].text
        return None
