"""Component: runs of capitals that are a document's heading or a person's title, no body
(round 10, newcomer10 N10-08). Chunk rules, read by shape:

- a line in capitals opened by a document's noun and "of"/"on"/"by" ("COMMUNIQUÉ OF THE
  COUNCIL OF MINISTERS", "DECLARATION OF THE NATIONAL SECURITY COUNCIL"): the document's
  heading, no organisation (``heading_documents``);
- a run in capitals opened by a preposition, or of four words or more holding a preposition
  no name joins with or a headline's verb ("KENYA NAVY TO RECEIVE TWO ...", "ADB AND WORLD
  BANK BOARDS APPROVE FINANCING"): a headline, no organisation (round 13);
- a title whose first word is a body's head, before a comma and an honorific ("The Government
  Spokesperson, Mr X", "the Army Spokesman, Col. X"): the person's title, no organisation.
(A minister's portfolio, "the Minister of the Armed Forces, Mrs X", is a remit, not a body:
``ranked_names._title``.)
"""

from __future__ import annotations

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.lexicon import ORG_HEADS, ROLE_HEADS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.words import word_list

_DOCUMENTS = word_list("heading_documents")
_JOINERS = frozenset({"of", "on", "by", "from"})
_OPENERS = frozenset({"of", "by", "on", "at", "to", "from", "with", "in"})
_INSIDE = frozenset({"to", "at", "with", "over", "after", "against", "amid", "into", "via"})
_VERBS = word_list("headline_verbs")
_HONORIFIC_NAME = lazy(
    r",\s+(?:(?:Mr|Mrs|Ms|Dr|Mme|Madame|Monsieur|Prof|Col|Gen|Maj|Capt|Adm|Brig)\.?\s+)+"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
)


def document_heading(res: Resolver, v: View) -> str:
    """CLAIM (nothing proposed) for a document's heading in capitals; NEXT otherwise."""
    words = v.words
    if not (len(words) > 2 and v.phrase.isupper()):
        return NEXT
    if v.lowered[1] in _JOINERS and v.lowered[0] in _DOCUMENTS:
        return CLAIM
    if _headline(v.lowered):
        _states_in(res, v)
        return CLAIM
    return NEXT


def _states_in(res: Resolver, v: View) -> None:
    """The states a headline names ("... PARLIAMENT OF GUYANA"): states, whatever the rest."""
    tokens = v.chunk.tokens
    k = 0
    while k < len(tokens):
        for n in (3, 2, 1):
            if k + n > len(tokens):
                continue
            start, end = tokens[k].start, tokens[k + n - 1].end
            code = res.gaz.names.get(res.text[start:end].title(), "")
            if code:
                res.rule = "state.name"
                res.state(code, res.text[start:end], start, end)
                k += n - 1
                break
        k += 1


def _headline(lowered: list[str]) -> bool:
    """A run in capitals that a name never holds: one opened by a preposition ("BY THE
    PORTFOLIO COMMITTEE ON ...", "OF THE THIRTEENTH PARLIAMENT"), or four words or more with
    a preposition no name joins with ("KENYA NAVY TO RECEIVE ...", "LNG TERMINAL AT X") or a
    headline's verb ("ADB AND WORLD BANK BOARDS APPROVE FINANCING"): a headline."""
    if lowered[0] in _OPENERS:
        return True
    return len(lowered) > 3 and any(
        w in _INSIDE or w in _VERBS or w + "s" in _VERBS for w in lowered[1:]
    )


def body_word_title(res: Resolver, v: View) -> str:
    """ "The Government Spokesperson, Mr Cheikh Sarr": the person with the whole title."""
    lowered = v.lowered
    if (
        len(lowered) < 2
        or lowered[-1] not in ROLE_HEADS
        or "of" in lowered
        or lowered[0] not in ORG_HEADS
        or res.text[v.chunk.end : v.chunk.end + 1] != ","
    ):
        return NEXT
    name = _HONORIFIC_NAME.match(res.text, v.chunk.end)
    if name is None:
        return NEXT
    res.rule = "person.role-comma-name"
    res.person(name.group(1), name.start(1), name.end(1), v.phrase)
    return CLAIM
