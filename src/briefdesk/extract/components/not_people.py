"""Component: capitalised runs that read like a person next to a speech verb or a title but
name a body ("organisations taken as people").

"A spokesperson for Steppe Agrochem said": a spokesperson speaks for a body, unless the name
starts with a given name. "Bergsund Ibérica's managing director, X": a company's officer.
"Black Sea Meridian had been fined": a firm named after a sea. "the Argentine State": the
state itself.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.chunk_view import CLAIM, DEFER, NEXT, View
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lexicon import ORG_HEADS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import is_possessive

# "a spokesperson for X", "lawyers for X", "an official at X" before the run.
_SPEAKS_FOR = re.compile(
    r"\b(?:spokes(?:person|man|woman)|representatives?|lawyers?|officials?|executives?)\s+"
    r"(?:for|of|at)\s+(?:the\s+)?$"
)
# "X's managing director, Y": titles held in companies.
_CORPORATE_AFTER = re.compile(
    r"\s+(?:managing\s+director|chief\s+executive|general\s+manager|board|chairman|"
    r"shareholders|chief\s+financial\s+officer|ceo|cfo)\b"
)
STATE_NOUNS = frozenset({"State", "Government", "Nation"})
# Geographic words that do not end a firm's name inside it ("Black Sea Meridian").
GEO_INSIDE = frozenset({"Sea", "Gulf", "Ocean", "River", "Bay", "Lake", "Coast"})


def body_not_person(res: Resolver, v: View) -> str:
    words, chunk = v.words, v.chunk
    if len(words) > 5 or len(words) < 2:
        return NEXT
    if len(words) == 2 and words[1] in STATE_NOUNS:
        code = res.country_of(words[0])
        if code and words[0] in res.gaz.adjectives:  # "the Argentine State": the state
            res.state(code, v.phrase, chunk.start, chunk.end)
            return CLAIM
        return NEXT
    if not (
        (is_possessive(words[-1]) and _CORPORATE_AFTER.match(res.text, chunk.end))
        or (len(words) == 3 and words[1] in GEO_INSIDE and not res.country_of(words[0]))
        or (
            res.before(chunk.start, 6).endswith(("for ", "of ", "at ", "the "))
            and _SPEAKS_FOR.search(res.before(chunk.start, 40))
        )
    ):
        return NEXT
    if words[0].lower() in first_names() or any(w.lower() in ORG_HEADS for w in v.lowered):
        return NEXT  # (a name with a body's head word is read as a body by the later rules)
    return _as_org(res, v.bare, chunk.start)


def _as_org(res: Resolver, name: str, start: int) -> str:
    """The body, or the longer name it shortens ("Black Sea Meridian Shipping LLC"); a longer
    name not read yet is left to the late pass, which makes the short one its alias."""
    longer = next(
        (
            key
            for key, actor in res.found.actors.items()
            if actor.type != "person" and actor.name.startswith(name + " ")
        ),
        None,
    )
    if longer:
        res.alias(longer, name, start, start + len(name), "org.short-form")
        res.found.mentions.append((start, start + len(name), longer))
        return CLAIM
    if re.search(re.escape(name) + r"\s+[A-Z]", res.text):
        return DEFER
    res.org(name, start, start + len(name))
    return CLAIM
