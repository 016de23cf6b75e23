"""Clause-level cues for deal parties (issue 10, round 4): who an infinitive belongs to, and
which parties sit in another clause of the sentence.

"A signed a contract with B to supply radars": the infinitive's subject is the signer A, not
B, so B takes the other side of what "to supply" says. "The bank has offered a loan, and the
Netherlands has signed a memorandum": the second clause has its own subject and verb, so its
names are no parties of the first clause's deal.
"""

from __future__ import annotations

import re

# "with B", "with the Dutch yard B", "with Romania's B": B is the object of "with".
_WITH_OBJECT = re.compile(
    r"\bwith\s+(?:(?:the|a|an)\s+)?(?:[\w-]+['’]s\s+)?(?:[a-z][\w-]*\s+){0,3}$"
)
# After the name: an optional bracketed short form, then "to" and a verb.
_INFINITIVE = re.compile(r"^\s*(?:\([^)]{1,40}\)\s*)?,?\s*to\s+(?=[a-z])")


def with_infinitive(
    text: str, sent_start: int, units: list[tuple[int, int, str, int]], index: int, following: str
) -> tuple[int, str] | None:
    """ "A signed a contract with B to supply X", B being unit ``index``: (the index of the
    signer A, the infinitive's verb), or None when the pattern does not apply."""
    lead = units[index][3]
    before = text[max(sent_start, lead - 140) : lead].lower()
    infinitive = _INFINITIVE.match(following)
    if not infinitive or not _WITH_OBJECT.search(before) or not _SIGN.search(before):
        return None
    first = signer(text, sent_start, units, index)
    rest = following[infinitive.end() :].split()
    return (first, rest[0].lower()) if first >= 0 and rest else None


_SIGN = re.compile(
    r"\b(?:signed|signs?|inked|inks|sealed|seals|concluded|agreed|agrees|struck|strikes|reached)\b"
)

# Words that put a name before the signer inside a phrase, not in subject position.
_NOT_SUBJECT = re.compile(r"\b(?:to|from|by|for|with|of|in|at|on|under|between|and)\s*$", re.I)


def signer(text: str, sent_start: int, units: list[tuple[int, int, str, int]], index: int) -> int:
    """The unit that signed when unit ``index`` is the object of "with ... to <verb>": the
    first name of the sentence, in subject position ("Pelangi Aerotech, a unit of X, today
    signed a contract with B to supply"), or -1."""
    for i, (_start, _end, key, lead) in enumerate(units[:index]):
        if key == units[index][2]:
            return -1
        if not _NOT_SUBJECT.search(text[max(sent_start, lead - 12) : lead]):
            return i
        return -1
    return -1
