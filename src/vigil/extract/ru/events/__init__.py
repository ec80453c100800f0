"""Events of Russian and Belarusian news: `EventFinder` matches the trigger patterns
(`patterns/triggers.jsonl`) and turns the asserted ones into findings with their patients.

`finder` holds the finder's entry point and its per-trigger reading (`_finding`); the rules it
calls live in mixins by topic — `assertion` (is it told as a fact), `relation` (how a name
relates to the trigger in the parse), `patients` (patients the parse does not link), `linear`
and `linear_back` (Belarusian, read without a parse), `terms` and `gapped` (prison terms),
`groups` (counted groups), `members` (members and lists), `exits` (releases, deportations,
deaths), `dates`. `words` and `clauses` hold the data and the free helpers they share; imports
run one way: words → clauses → rule modules → finder.
"""

from vigil.extract.ru.events.clauses import _accusative_read_as_subject as _accusative_read_as_subject
from vigil.extract.ru.events.finder import EventFinder

__all__ = ["EventFinder"]
