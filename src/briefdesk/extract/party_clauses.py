"""Clause-level cues for deal parties (issue 10, round 4): who an infinitive belongs to, and
which parties sit in another clause of the sentence.

"A signed a contract with B to supply radars": who supplies is read from who is the
government (party_clauses.with_infinitive). "The EBRD signed a loan with X; the OPEC Fund has
approved a further US$60 million": each clause after a semicolon is a deal sentence of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefdesk.extract.clause_cuts import coordinated, told_aside
from briefdesk.extract.party_phrases import ORGAN
from briefdesk.extract.span_sweeps import inside_longer
from briefdesk.extract.text import Sentence

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
    infinitive = _INFINITIVE.match(following)
    if not infinitive:
        return None
    lead = units[index][3]
    before = text[max(sent_start, lead - 140) : lead].lower()
    if not _WITH_OBJECT.search(before) or not _SIGN.search(before):
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


# ", a joint venture of A and B," ", a unit of X,": describes a party, says nothing of the deal.
OWNER_APPOSITION = re.compile(
    r",\s*(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:joint\s+venture|venture|unit|subsidiary|consortium)"
    r"\s+(?:of|led\s+by|between)\s+[^,;]{0,100},"
)


def described_only(text: str) -> str:
    """The sentence less what only describes a party: an owner apposition, and a relative
    clause that names no amount; the deal's kind is read from the rest."""
    return told_aside(OWNER_APPOSITION.sub(",", text) if ", a" in text else text)


# "; and the GCF is providing ...", ", to be built by X under a contract signed with Y".
_SEMICOLON = re.compile(
    r";\s+(?:and\s+)?|,\s+(?=to\s+be\s+[a-z]+\s+by\s+[^,;]{3,80}?\s+under\s+an?\s+"
    r"(?:[\w-]+\s+){0,2}?(?:sub)?contract)"
)


def clauses(sents: list[Sentence]) -> list[Sentence]:
    """Sentences with long clauses joined by semicolons cut apart: "The EBRD signed a EUR 45
    million loan with X; the OPEC Fund has approved a further US$60 million; and the GCF is
    providing a US$15 million grant" is three deals, each with its own subject; so is the
    contract in "Wellington will provide NZ$12 million for the wharf, to be built by X under a
    contract signed Tuesday with the Ministry of Infrastructure"."""
    out: list[Sentence] = []
    for whole in sents:
        for piece in _semicolons(whole):
            out.extend(coordinated(piece))  # ("... and that Z has won ...": round 15)
    return out


def _semicolons(sentence: Sentence) -> list[Sentence]:
    """The sentence cut at its semicolons (and before ", to be built by X under a contract")."""
    if ";" not in sentence.text and "to be" not in sentence.text:
        return [sentence]
    out: list[Sentence] = []
    start = 0
    for match in _SEMICOLON.finditer(sentence.text):
        if match.start() - start >= 40 and len(sentence.text) - match.end() >= 40:
            piece = sentence.text[start : match.start() + 1]
            out.append(Sentence(sentence.start + start, sentence.start + match.start() + 1, piece))
            start = match.end()
    out.append(Sentence(sentence.start + start, sentence.end, sentence.text[start:]))
    return out


BUYER, SELLER = "buyer", "seller"
_OTHER = {BUYER: SELLER, SELLER: BUYER}


def infinitive_votes(
    units: list[tuple[int, int, str, int]],
    index: int,
    infinitive: tuple[int, str],
    following: str,
    government: Callable[[str], bool],
    subject_roles: Callable[[str, bool], list[tuple[str, int]]],
    trade_verbs: frozenset[str],
    concession: bool = False,
) -> list[tuple[str, int, str, str]]:
    """(role, position, key, why) for "A signed a contract with B to supply X", which leaves
    open who supplies ("Pelangi signed with the ministry to supply" - the signer; "Ecuador
    signed with a builder to build" - the builder). A government and a company: the government
    buys. Two of a kind: the signer does a trade verb ("to buy", "to supply"), the one signed
    with any other ("to build"). A concession turns the pair round: "A signed a concession with
    the port authority to operate the quay" - the authority grants it, A takes it."""
    first, verb = infinitive
    signer_side = (units[first][0], units[first][2])
    this_side = (units[index][0], units[index][2])
    # "A signed with B to export power", "to buy": the verb says which way; the signer does it.
    if government(signer_side[1]) != government(this_side[1]) and verb not in _WAY_VERBS:
        gov, firm = (
            (signer_side, this_side) if government(signer_side[1]) else (this_side, signer_side)
        )
        if concession:
            return [
                (SELLER, *gov, f"the government side of a concession signed 'with ... to {verb}'"),
                (BUYER, *firm, f"the company of a concession signed 'with ... to {verb}'"),
            ]
        return [
            (BUYER, *gov, f"the government side of 'signed ... with ... to {verb}'"),
            (SELLER, *firm, f"the company of 'signed ... with ... to {verb}'"),
        ]
    roles = subject_roles(" " + following[following.find("to ") :], False)[:1]
    doer, other = (signer_side, this_side) if verb in trade_verbs else (this_side, signer_side)
    votes = []
    for role, _strength in roles:
        votes.append((role, *doer, f"does what 'with ... to {verb}' says"))
        votes.append((_OTHER[role], *other, f"the other side of 'to {verb}'"))
    return votes


_WAY_VERBS = frozenset(
    {"buy", "purchase", "acquire", "import", "export", "sell", "lease", "rent", "borrow", "lend"}
)

# "Turkey's Baykar", "the Bank's Board of Directors": one party led by its possessor.
_POSSESSED_GAP = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+){0,3}|\s+|['’]s\s+(?:Executive\s+)?Board\s+of\s+"
)


def units_of(text: str, mentions: list[tuple[int, int, str]]) -> list[tuple[int, int, str, int]]:
    """Mentions with possessors folded in: "Turkey's Baykar" is one party, Baykar, led by Turkey.

    Returns (start, end, key, lead) where lead is where the unit's words begin.
    """
    inside = inside_longer({(m[0], m[1]) for m in mentions})
    ordered = [m for m in sorted(mentions) if (m[0], m[1]) not in inside]
    units: list[tuple[int, int, str, int]] = []
    skip = -1
    for i, (start, end, key) in enumerate(ordered):
        if i <= skip:
            continue
        lead = start
        j = i
        while j + 1 < len(ordered):
            nxt = ordered[j + 1]
            gap = text[ordered[j][1] : nxt[0]]
            if _POSSESSED_GAP.fullmatch(gap) and nxt[2] != ordered[j][2]:
                j += 1
            else:
                break
        if j > i:
            skip = j
            # "the World Bank's Board of Executive Directors approved": the board acts for
            # the bank, so the unit is the bank's.
            organ = ORGAN.match(text, ordered[j][0])
            start, end, key = ordered[j] if not organ else (ordered[j][0], ordered[j][1], key)
        units.append((start, end, key, lead))
    return units


# ", which operates the mine," closed before the preposition read: an aside.
_ASIDE = re.compile(r",\s+(?:which|who)\s+[^,;]{3,120},(?=[^,;]{0,40}$)")
_CUE_WORD = re.compile(r"[A-Za-z][\w'-]*")


def cue_words(clause: str) -> list[str]:
    """Words of the clause before the preposition, nearest first, stopping at a clause break
    (a relative clause closed by a comma is skipped: "to acquire X, which operates
    the mine, from Y" is "acquire X from Y", newcomer17 N17-01)."""
    clause = _ASIDE.sub(" ", clause) if ", wh" in clause else clause
    cut = max(
        clause.rfind(";"), clause.rfind(" which "), clause.rfind(" who "), clause.rfind(" while ")
    )
    if cut >= 0:
        clause = clause[cut + 1 :]
    return list(reversed(_CUE_WORD.findall(clause)))
