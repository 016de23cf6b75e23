"""The deal-frame lexicon (issue 10, round 7): which side each argument of a deal verb or deal
noun plays, read from two data lists so that a new verb is a line, not a rule.

"award": its subject buys, its object and a party after "to" sell; in the passive the subject
sells and a party after "by" buys. "sale": a possessor or a party after "from" or "by" sells, a
party after "to" buys. ``@order`` frames apply only when a contract word is the verb's object
("won an order from X": the winner sells), ``@subject`` only when one is its subject ("the
contract went to X"), ``@money`` only to loans and grants, ``@goods`` to every other deal.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from briefdesk.extract.words import word_list

# Words that make a verb an "@order" verb: the thing won, received or handed is a contract
# ("tenders" is left out: "handed over six fire tenders").
CONTRACT_WORDS = frozenset(
    {"contract", "contracts", "order", "orders", "tender", "deal", "deals", "award"}
    | {"work", "works", "job", "package", "role", "subcontract", "concession"}
)
MONEY_KINDS = frozenset({"loan", "grant"})


class Frame(NamedTuple):
    """One reading of a verb or noun: the role of each slot, active and passive."""

    lemma: str
    active: dict[str, str]
    passive: dict[str, str]
    only: str  # "", "order", "subject", "money" or "goods"

    def fits(self, kind: str) -> bool:
        """Whether the frame applies to a deal of ``kind``."""
        if self.only == "money":
            return kind in MONEY_KINDS
        if self.only == "goods":
            return kind not in MONEY_KINDS
        return True


def _slots(field: str) -> dict[str, str]:
    return dict(pair.split("=", 1) for pair in field.split())


def _parse(line: str) -> tuple[list[str], Frame]:
    fields = [f.strip() for f in line.split(";")]
    words = fields[0].split()
    lemma, _, only = words[0].partition("@")
    active = _slots(fields[1]) if len(fields) > 1 else {}
    passive = _slots(fields[2]) if len(fields) > 2 else {}
    return [lemma, *words[1:]], Frame(lemma, active, passive, only)


def _table(lines: frozenset[str]) -> dict[str, tuple[Frame, ...]]:
    table: dict[str, list[Frame]] = {}
    for line in sorted(lines):
        forms, frame = _parse(line)
        for form in dict.fromkeys(forms):
            table.setdefault(form, []).append(frame)
    return {form: tuple(frames) for form, frames in table.items()}


@cache
def verb_frames() -> dict[str, tuple[Frame, ...]]:
    """Each verb form and its frames (a plain one and an ``@order`` one for some verbs)."""
    return _table(word_list("deal_frame_verbs"))


@cache
def noun_frames() -> dict[str, tuple[Frame, ...]]:
    """Each deal noun form and its frame (slots in ``active``)."""
    return _table(word_list("deal_frame_nouns"))


def pick(
    frames: tuple[Frame, ...], kind: str, contract_object: bool, contract_subject: bool = False
) -> Frame | None:
    """The frame of a form for this deal: an ``@order`` frame when a contract word is its
    object, a ``@subject`` one when a contract word is its subject, else a plain one; None when
    none fits."""
    fitting = [f for f in frames if f.fits(kind)]
    ordered = [f for f in fitting if f.only == "order"]
    subject = [f for f in fitting if f.only == "subject"]
    plain = [f for f in fitting if f.only not in {"order", "subject"}]
    if contract_object and ordered:
        return ordered[0]
    if contract_subject and subject:
        return subject[0]
    return plain[0] if plain else None


REPORTING = frozenset({"said", "says", "told", "stated", "added", "noted", "explained", "wrote"})
# "said on Thursday it", "said last week that it", "said in a statement it": the words a report
# puts between its verb and the "it" that is its subject again (round 12, N11-09).
_REPORT_GAPS = frozenset(
    {
        "on",
        "in",
        "a",
        "statement",
        "last",
        "this",
        "week",
        "month",
        "today",
        "yesterday",
        "earlier",
        "late",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "filing",
        "its",
    }
)


def reports_itself(words: list[str], i: int) -> bool:
    """Whether the reporting word ``words[i]`` ("said") is followed, past a time or "in a
    statement", by "it", "they" or "that": the speaker is then the subject of what follows
    ("Kenya said on Thursday it would buy")."""
    for w in words[i + 1 : i + 6]:
        if w in ("it", "they", "that"):
            return True
        if w not in _REPORT_GAPS:
            return False
    return False
