"""Whether the words tie a person to a state, and whether a person's role names someone else.

Why (newcomer16 N16-02): a wire story whose lead named one known state ("Turkish-made")
drafted Turkey's code onto a Serevian minister and a Kardovan chairman (and so onto Serevia
itself), and a company ("Aselsan") as a person whose role was "Defence Minister Dragan
Petrovic"; nothing in Checks said a word. The draft (editing/draft_trust.py) and the checks
(actor_review.py) ask of the words, never of world knowledge:

- *tied*: the state's name, demonym or capital stands in the person's own words (role,
  affiliation), in the clause around a mention (up to the comma or full stop either side:
  "…from Turkish manufacturer Aselsan, Serevia's Defence Minister Dragan Petrovic" leaves
  "Turkish" out), or in a sentence about them that gives no other name a possession;
- *owned elsewhere*: a state's post given to another owner right before the name ("Serevia's
  Defence Minister Dragan Petrovic") — words that say the country is not the one given;
- *names another person*: the role holds the name of another person the reading found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

# A clause ends at these: "…from Turkish manufacturer Aselsan, Serevia's Defence Minister X"
# keeps "Turkish" out of the minister's clause.
_CLAUSE_END = re.compile(r"[.;:!?\n()\[\]—–,]|\s-\s")
_SENTENCE_END = re.compile(r"[.;!?\n]\s|\n")
_REACH = 160  # characters looked at either side of a mention
# "Serevia's", "South Korea's": a name that owns what follows.
_POSSESSIVE = re.compile(r"\b([A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})['’]s\b")
# "Serevia's Defence Minister " right before the name: the owner, then the post's words only.
_OWNER_BEFORE = re.compile(r"\b([A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})['’]s\s+((?:[\w-]+\s+){1,6})$")
# A state's posts: "Serevia's Defence Minister" is Serevia's; "Aramco's chief executive" says
# only whose company it is, not which state.
_STATE_POST = re.compile(
    r"\b(?:[Mm]inister|[Pp]remier|[Aa]mbassador|[Ee]nvoy|[Cc]hancellor|[Ll]awmaker|[Ss]enator)\b"
)


@cache
def state_words(code: str) -> frozenset[str]:
    """The words that name a state in a text: its names, demonyms and capital, as written."""
    from briefdesk.world import world

    found = world()
    words = {name for name, owner in found.names.items() if owner == code}
    words |= {word for word, owner in found.adjectives.items() if owner == code}
    words |= {capital for capital, owner in found.capitals.items() if owner == code}
    country = found.countries.get(code)
    if country is not None:
        words.add(country.name)
    return frozenset(w for w in words if len(w) > 2)


def names_state(words: str, code: str) -> bool:
    """True when ``words`` hold one of the state's names, demonyms or capital as whole words
    ("India-France" holds India)."""
    if not words or not code:
        return False
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", words) for w in state_words(code))


def clause_around(text: str, start: int, end: int, *, sentence: bool = False) -> str:
    """The words of the clause (or, with ``sentence``, the sentence) that holds a mention;
    a clause takes an apposition after the name ("Rustam Oblakov, chairman of X,")."""
    cut = _SENTENCE_END if sentence else _CLAUSE_END
    before = text[max(0, start - _REACH) : start]
    ends = list(cut.finditer(before))
    head = before[ends[-1].end() :] if ends else before
    after = text[end : end + _REACH]
    stop = cut.search(after)
    tail = after[: stop.start()] if stop else after
    if not sentence and stop is not None and after[stop.start()] == ",":
        rest = after[stop.end() :]
        more = _CLAUSE_END.search(rest)
        tail = after[: stop.end() + (more.start() if more else len(rest))]
    return head + text[start:end] + tail


def tied(text: str, spans: Iterable[tuple[int, int]], code: str, own: Iterable[str] = ()) -> bool:
    """True when the words tie the person to state ``code`` (see the module's docstring)."""
    if any(names_state(words, code) for words in own):
        return True
    for start, end in spans:
        if not 0 <= start < end <= len(text):
            continue
        if names_state(clause_around(text, start, end), code):
            return True
        whole = clause_around(text, start, end, sentence=True)
        if names_state(whole, code) and not _other_owner(whole, code):
            return True  # "Haiti's delegation, led by Foreign Minister X": one state's sentence
    return False


def owned_elsewhere(text: str, spans: Iterable[tuple[int, int]], code: str, role: str) -> str:
    """The owner a state's post (``role``) is given to right before a mention, when it is not
    state ``code`` ("Serevia" for "Serevia's Defence Minister Dragan Petrovic"); else ""."""
    if not _STATE_POST.search(role):
        return ""
    for start, end in spans:
        if not 0 <= start < end <= len(text):
            continue
        found = _OWNER_BEFORE.search(text[max(0, start - _REACH) : start])
        if found and _STATE_POST.search(found.group(2)) and not names_state(found.group(1), code):
            return found.group(1)
    return ""


def _other_owner(sentence: str, code: str) -> bool:
    """True when the sentence gives something to a name that is not this state ("Serevia's")."""
    return any(not names_state(m.group(1), code) for m in _POSSESSIVE.finditer(sentence))


def other_person_in_role(role: str, own_names: Iterable[str], people: Iterable[str]) -> str:
    """The name of another person the role holds ("Defence Minister Dragan Petrovic" for
    Aselsan), or "": a role is a post, never a second person."""
    from briefdesk.extract.lexicon import TITLE_OR_HONORIFIC

    own = {" ".join(n.split()).casefold() for n in own_names}
    for name in people:
        name = " ".join(name.split())
        if len(name) < 4 or name.casefold() in own or not name[:1].isupper():
            continue
        for hit in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", role):
            before = role[: hit.start()].split()
            word = before[-1] if before else ""
            # "Minister Dragan Petrovic", "the board Matej Rowe": a person after a post; "Atlas
            # Travaux Publics" is one firm's name, whatever a reading made of its tail.
            if not word[:1].isupper() or word.casefold().strip(".,") in TITLE_OR_HONORIFIC:
                return name
    return ""
