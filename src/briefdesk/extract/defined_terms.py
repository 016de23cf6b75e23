"""Defined terms of formal documents: a short form in brackets stands for the party before it.

Filings, contracts, award notices and rulings name a party once in full and define what they
will call it: `Harbourline Terminals Ltd (ASX: HTL) ("Harbourline" or "the Company")`,
`Korimako Port Holdings Limited (the "Vendor")`, `the Philippine Navy (hereinafter "the
Purchaser")`, `the Republic of Ghana (the "Respondent")`. Each term is an alias of that party,
never an organisation of its own; "the Company" later in the text is the party again. A role
term that names a side of a trade ("the Vendor", "the Purchaser", "the Lender") says which side
the party takes in a deal told in a sentence that names it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from briefdesk.extract import rx as re
from briefdesk.extract.words import word_list

_Q = "\"“”'‘’"
# The bracket: an optional lead-in, then one or more quoted terms joined by "or", "and", ",".
DEFINITION = re.compile(
    r"\((?:(?:hereinafter|hereafter)\s+(?:(?:referred\s+to|called|known)\s+as\s+)?|"
    r"together\s+|collectively\s+|each\s+a\s+)?"
    rf"(?:the\s+)?[{_Q}](?:the\s+)?[^{_Q}()\n]{{1,40}}[{_Q}]"
    rf"(?:\s*(?:,|or|and)\s*(?:the\s+)?[{_Q}](?:the\s+)?[^{_Q}()\n]{{1,40}}[{_Q}])*\s*\)",
    re.IGNORECASE,
)
_TERM = re.compile(rf"[{_Q}](?:[Tt]he\s+)?([^{_Q}()\n]{{1,40}}?)[{_Q}]")
# What may stand between the party's name and its definition: a comma, a ticker or a state
# in brackets ("(ASX: HTL)", "(Norway)").
GAP = re.compile(r"[ \t,]*(?:\([^()\n]{1,30}\)[ \t]*)?")
GAP_AT_END = re.compile(GAP.pattern + "$")
# A name, or a legal form's full stop or bracket, ends right before the gap.
# (lower-case legal forms too: "a.s.", "d.o.o.", "s.r.l.")
_NAME_END = re.compile(r"(?:[A-Z][\w&'’-]*\.?|\)|\b[a-z]{1,3}\.(?:[a-z]{1,3}\.)*)$")
# The capitalised run a definition follows, when no rule named it ("Skopje City Transport
# (hereinafter "the Purchaser")"): two to six words, "of", "and", "&" inside.
UNNAMED_PARTY = re.compile(
    r"(?<![\w-])[A-Z][\w'’.-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w'’.-]*){1,5}$"
)

BUYER_ROLES = word_list("defined_buyer_roles")
SELLER_ROLES = word_list("defined_seller_roles")
ROLES = BUYER_ROLES | SELLER_ROLES | word_list("defined_party_roles")
_CAPITALISED_ROLES = tuple(sorted(word.capitalize() for word in ROLES))


@dataclass(frozen=True)
class Definition:
    """One bracket: where it starts and its terms (text, start, end), "the" left out; for a
    role set before the name ("The Claimant, Nordvik Dredging AS,") where the name starts."""

    start: int
    end: int
    terms: tuple[tuple[str, int, int], ...]
    name_at: int = -1


# A role term before the party it names, in commas: "The Claimant, Nordvik Dredging AS, ...".
_ROLE_FIRST = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+),\s+(?=[A-Z])")


def has_definitions(text: str) -> bool:
    """The cheap gate: a bracket opened on a quotation mark somewhere in the text."""
    return bool(definitions(text))


@functools.lru_cache(maxsize=4)  # (three readers ask for each text: claim, bind, deal sides)
def definitions(text: str) -> tuple[Definition, ...]:
    """Every definition bracket that follows a name (a capitalised word or a legal form)."""
    found: list[Definition] = []
    quoted = "(" in text and ('"' in text or "“" in text or "'" in text or "‘" in text)
    for match in DEFINITION.finditer(text) if quoted else ():
        before = text[max(0, match.start() - 60) : match.start()]
        gap = _gap_start(before)
        if gap is None:
            continue
        terms = tuple(
            (term.group(1).strip(), term.start(1), term.start(1) + len(term.group(1).strip()))
            for term in _TERM.finditer(text, match.start(), match.end())
        )
        if terms and all(t[0][:1].isupper() for t in terms):
            found.append(Definition(match.start(), match.end(), terms))
    # (a few substring tests first: the pattern would read every "the" of the text)
    roles_first = any(f"he {word}," in text for word in _CAPITALISED_ROLES)
    for match in _ROLE_FIRST.finditer(text) if roles_first else ():
        if role_of(match.group(1)):
            term = (match.group(1), match.start(1), match.end(1))
            found.append(Definition(match.start(), match.end(), (term,), match.end()))
    return tuple(found)


def _gap_start(before: str) -> int | None:
    """Where the gap before a bracket starts, when a name ends right before it."""
    for at in range(len(before), -1, -1):
        if GAP.fullmatch(before, at):
            head = before[:at].rstrip()
            if _NAME_END.search(head):
                return at
    return None


def role_of(term: str) -> str:
    """ "buyer", "seller", "party" for a role term ("Vendor", "the Company"), "" for a name."""
    word = term.lower()
    if word in BUYER_ROLES:
        return "buyer"
    if word in SELLER_ROLES:
        return "seller"
    return "party" if word in ROLES else ""


def later_uses(text: str, term: str, after: int) -> list[tuple[int, int]]:
    """Spans of the term used again after its definition: a role term with "the" before it
    ("the Company", "The Vendor's"), a name term anywhere as a whole word ("TBS")."""
    if role_of(term):
        pattern = re.compile(rf"\b[Tt]he\s+({re.escape(term)})\b(?!\s+[A-Z])")
    else:
        pattern = re.compile(rf"(?<![\w-])({re.escape(term)})(?![\w-])")
    return [(m.start(1), m.end(1)) for m in pattern.finditer(text, after)]
