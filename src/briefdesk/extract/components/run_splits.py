"""Component: one run of capitalised words that holds a name and something else (round 8,
issue 10). The rule hands the parts back to the chunk rules (``res.split``) or names the
place, and nothing else reads the run as one body.

- Two trades joined by "and" before a legal form are one firm: "Delta Engineering and
  Construction Ltd" (was two firms).
- A state, "and", then a firm with its legal form: "from Korea and Al Batinah Projects LLC"
  (the state and the firm; "Trinidad and Tobago" has no legal form).
- A name, then "and the French" before a lower-case noun: "the Ministry of Science and
  Higher Education of Kazakhstan and the French ministry" (the demonym belongs to the next
  body).
- An adverb after a speaker's label before "the": "A: Partly the World Bank." (the bank).
- A body's press document: "NMA Press Statement", "Halvard Press Release" (the body).
- A headline in capitals split at its verb: "NMA BOARD APPROVES LARGE-SCALE MINING LICENCE".
- A field or a mine named with its capitalised noun: "the Dragon Gas Field", "Kestrel Gold
  Mine" (the place is the name alone, as for "the Dragon gas field").
"""

from __future__ import annotations

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.lexicon import ORG_HEADS
from briefdesk.extract.name_edges import opening_adverb
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import Chunk
from briefdesk.extract.vocab import CASED_LEGAL_FORMS, is_legal_form
from briefdesk.extract.words import word_list

_DOCUMENTS = word_list("press_documents")
_HEADLINE_VERBS = word_list("headline_verbs")
_TRADES = word_list("contract_activities")
_SITE_NOUNS = word_list("site_nouns")
_SITE_KINDS = frozenset({"oil", "gas", "gold", "copper", "coal", "iron", "lithium", "nickel"})


def split_run(res: Resolver, v: View) -> str:
    """CLAIM after handing the parts on; NEXT when the run is no such pair."""
    words, lowered, rest = v.words, v.lowered, v.rest
    if len(words) < 2:
        return NEXT
    if "and" in lowered:
        at = lowered.index("and")
        if _trades_joined(words, lowered, at):
            res.rule = "org.legal-form"
            res.org(v.bare, v.chunk.start, v.chunk.start + len(v.bare))
            return CLAIM  # "Delta Engineering and Construction Ltd": one firm
        if _state_and_firm(res, words, at):
            right = at + 2 if lowered[at + 1] == "the" else at + 1  # "Ghana and the X Ltd"
            res.split.extend(Chunk(tuple(part), False) for part in (rest[:at], rest[right:]))
            return CLAIM
        last_and = len(words) - 3
        if lowered[last_and] == "and" and lowered[-2] == "the" and _demonym_before_noun(res, v):
            res.split.append(Chunk(tuple(rest[:last_and]), v.chunk.sentence_start))
            res.split.append(Chunk((rest[-1],), False))  # (the demonym: its state)
            return CLAIM
    if (
        len(words) > 2
        and lowered[1] == "the"
        and res.before(v.chunk.start, 2) == ": "
        and opening_adverb(words[0])
    ):
        res.split.append(Chunk(tuple(rest[2:]), True))
        return CLAIM  # "A: Partly the World Bank."
    if len(words) > 2 and lowered[-2] == "press" and lowered[-1] in _DOCUMENTS:
        res.split.append(Chunk(tuple(rest[:-2]), v.chunk.sentence_start))
        return CLAIM  # "NMA Press Statement"
    if lowered[-1] in _SITE_NOUNS:
        return _site(res, v)
    if len(words) > 3 and v.phrase.isupper():
        return _caps_headline(res, v)
    return NEXT


def _caps_headline(res: Resolver, v: View) -> str:
    """ "NMA BOARD APPROVES LARGE-SCALE MINING LICENCE FOR ...": a headline in capitals is a
    sentence; its verb (``headline_verbs``, after the first word) ends the subject, which
    is read on; the rest mixes everyday words in capitals with names the text gives again."""
    for at in range(1, len(v.words) - 1):
        if v.lowered[at] in _HEADLINE_VERBS:
            res.split.append(Chunk(tuple(v.rest[:at]), False))
            return CLAIM
    return NEXT


def _trades_joined(words: list[str], lowered: list[str], at: int) -> bool:
    """ "Delta Engineering and Construction Ltd": the words after "and" are only trades and
    a legal form, no name of a second firm ("Delta Engineering and Kowhai Builders Ltd" are
    two)."""
    if at < 2 or len(words) - at < 3 or not is_legal_form(words[-1]):
        return False
    if lowered[at - 1] not in ORG_HEADS:
        return False
    return all(w in ORG_HEADS or w in _TRADES for w in lowered[at + 1 : -1])


def _state_and_firm(res: Resolver, words: list[str], at: int) -> bool:
    """ "Korea and Al Batinah Projects LLC": a state before "and", a legal form at the end."""
    if at == 0 or at > 3 or at >= len(words) - 2:
        return False
    last = words[-1]
    if not (last in CASED_LEGAL_FORMS or is_legal_form(last)):
        return False
    return bool(res.country_of(" ".join(words[:at])))


def _demonym_before_noun(res: Resolver, v: View) -> bool:
    """ "... and the French ministry": a demonym closing the run before a lower-case word."""
    if v.words[-1] not in res.gaz.adjectives:
        return False
    after = res.text[v.chunk.end : v.chunk.end + 2]
    return after[:1] == " " and after[1:].islower()


def _site(res: Resolver, v: View) -> str:
    """ "the Dragon Gas Field": the words before the (commodity and) noun are the place."""
    lowered = v.lowered
    cut = len(lowered) - 1
    if cut > 1 and lowered[cut - 1] in _SITE_KINDS:
        cut -= 1
    name_words = lowered[:cut]
    if not name_words or any(w in ORG_HEADS for w in name_words) or lowered[0] == "the":
        return NEXT
    start = v.chunk.start
    end = v.rest[cut - 1].end
    name = res.text[start:end]
    if res.country_of(name):
        return NEXT  # "Ghana Gold Mine"? the state's own rules read it
    res.rule = "place.site"
    res.place(name, start, end, res.gaz.cities.get(name, ("", 0))[0])
    return CLAIM
