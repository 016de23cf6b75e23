"""Who buys and who sells (or borrows and lends), from the words around each party in a sentence.

Each party mention gets a role from the preposition in front of it and the deal word that governs
that preposition ("sell ... to X": buyer; "buy ... from X": seller; "won an order from X": buyer;
"awarded a contract to X": seller; "made by X": seller), from a verb it is the subject of ("X agreed
to buy", "X will supply", "X approved a loan"), from a possessive ("X's purchase of", "Y's export
of") or from an origin adjective ("Chinese-made", "US-built"). Explicit patterns outrank weak ones
such as a bare "to X" after a deal noun.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from briefdesk.extract import rx as re
from briefdesk.extract.frame_lexicon import REPORTING, reports_itself
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.party_acts import ACT_WORDS, describing_states, took_or_placed
from briefdesk.extract.party_clauses import cue_words, infinitive_votes, units_of, with_infinitive
from briefdesk.extract.party_phrases import (
    DEMONYM_BODY,
    LOAN_SUBJECT_WORDS,
    OFFTAKE_WORDS,
    SIGN_VERBS,
    STATE_BODY,
    concession_roles,
    demonym_before_noun,
    helped_in,
    loan_prepositional,
    loan_subject,
    noun_use,
    offtaker,
    signed_for_from,
)
from briefdesk.extract.party_possessive import intent_owned, possessive_role
from briefdesk.extract.party_preps import BY_PREPOSITION, LED_BY, approved_by_state, led_by
from briefdesk.extract.side_reading import SideReading
from briefdesk.extract.span_sweeps import following_parties, outside
from briefdesk.extract.words import word_list

Mention = tuple[int, int, str]  # (start, end, actor key)

BUYER, SELLER = "buyer", "seller"

_SELL = word_list("sell")
_BUY = word_list("buy")
_WIN_OR_RECEIVE = word_list("win_or_receive")
_WIN = word_list("win")
_AWARD = frozenset(["award", "awards", "awarded", "awarding"])
_GIVE_VERBS = (
    "give|gives|gave|giving|grant|grants|granted|lend|lends|lent|offer|offers|offered|"
    "sell|sells|sold|selling|pay|pays|paid|send|sends|sent|supply|supplies|supplied|"
    "provide|provides|provided|arm|arms|armed|equip|equips|equipped"
)
_CHOOSE_VERBS = (
    "chose|chosen|choose|chooses|selected|selects|select|picked|picks|pick|"
    "opted for|opts for|opt for|preferred|prefers|ordered from|"
    "contracting|contracted|hired|hires|hiring|tapped|taps"  # "contracting PT X for four ships"
)
# The last words the two patterns above can end on.
_GIVE_ENDS = (*_GIVE_VERBS.split("|"), "the", "-based")
_CHOOSE_ENDS = (*(verbs.split()[-1] for verbs in _CHOOSE_VERBS.split("|")), "the")
_CHOOSE = word_list("choose")
_APPROVE = word_list("approve")
_APPROVE_SALE = word_list("approve_sale")
_SELL_NOUNS = word_list("sell_nouns")
_CONTRACT_NOUNS = word_list("contract_nouns")
_BE = word_list("be")
_WORD = re.compile(r"[A-Za-z][\w'-]*")
_ORIGIN = re.compile(
    r"^-(?:made|built|manufactured|produced|designed|developed|supplied|origin)\b", re.IGNORECASE
)


@dataclass
class Vote:
    role: str
    strength: int
    position: int
    key: str
    why: str = ""


class Assignment(NamedTuple):
    """The parties of one sentence; keys are '' when unknown, whys say what decided each."""

    buyer: str
    seller: str
    strength: int
    buyer_why: str = ""
    seller_why: str = ""
    buyer_strength: int = 0
    seller_strength: int = 0


def assign(
    text: str,
    sent_start: int,
    sent_end: int,
    mentions: list[Mention],
    loan: bool,
    lender_like: Callable[[str], bool],
    concession: bool = False,
    government: Callable[[str], bool] | None = None,
    reading: SideReading | None = None,
) -> Assignment:
    """Buyer and seller keys, and the strength of the weaker of the two, for one sentence.

    For loans the buyer is the borrower and the seller the lender. Keys are '' when unknown.
    ``reading``: the article's facts the side readers share (side_reading, round 20).
    """
    reading = reading or SideReading(text)
    described = [m for m in mentions if reading.described(m)]
    # A name inside a describing one ("Vietnam" in "Vietnam Electricity") describes too.
    mentions = outside(mentions, described)
    units = units_of(text, mentions)
    votes: list[Vote] = []
    # A demonym describing a noun ("60 Ghanaian sailors") does not end a party's clause.
    adjectives = [reading.adjective(u[0], u[1]) for u in units]
    next_starts = following_parties(units, adjectives, sent_end)
    for index, (start, end, key, lead) in enumerate(units):
        before = text[max(sent_start, lead - 140) : lead]
        after = text[end : min(sent_end, end + 90)]
        next_start = next_starts[index]
        following = text[end : min(next_start, sent_end, end + 90)]
        infinitive = with_infinitive(text, sent_start, units, index, following)
        if infinitive and government is not None and not loan:
            for role, at, key_, why in infinitive_votes(
                units, index, infinitive, following, government, _subject, _BUY | _SELL, concession
            ):
                votes.append(Vote(role, 2, at, key_, why))
            continue
        roles = _roles(before, after, following, text[start:end], loan)
        if concession:
            roles = concession_roles(before, following) or [
                (_OTHER[role], strength, why) for role, strength, why in roles
            ]
        for role, strength, why in roles:
            votes.append(Vote(role, strength, start, key, why))
    if loan:
        # Guesses stay inside the first clause that names a party: "The EIB has offered a
        # loan, and the Netherlands has signed a memorandum" lends nothing to the Netherlands.
        cut = _CLAUSE_BREAK.search(text, units[0][1], sent_end) if units else None
        keys = [u[2] for u in units if cut is None or u[0] < cut.start()]
        states = describing_states(text, units)  # "The US DFC" (read once: round 20)
        keys = [k for k in keys if k not in states]
        lenders = [k for k in keys if lender_like(k)]
        others = [k for k in keys if not lender_like(k)]
        if lenders:
            votes.append(Vote(SELLER, 1, 10**9, lenders[0], "a bank or fund in a loan sentence"))
        if others:
            votes.append(Vote(BUYER, 1, 10**9, others[0], "the other party of a loan sentence"))
    first = max(votes, key=lambda v: (v.strength, -v.position), default=None)
    buyer = seller = None
    if first is not None:
        other_role = SELLER if first.role == BUYER else BUYER
        other = _best(votes, other_role, exclude=first.key)
        buyer, seller = (first, other) if first.role == BUYER else (other, first)
    strength = min(v.strength for v in (buyer, seller) if v) if (buyer or seller) else 0
    return Assignment(
        buyer.key if buyer else "",
        seller.key if seller else "",
        strength,
        buyer.why if buyer else "",
        seller.why if seller else "",
        buyer.strength if buyer else 0,
        seller.strength if seller else 0,
    )


_BUYER_LABELS = word_list("buyer_labels")
_FACT_LABEL = re.compile(
    r"^[\s•*·▪‣-]*(buyer|purchaser|customer|borrower|recipient|importer|seller|supplier|"
    r"vendor|lender|exporter|manufacturer|contractor|prime contractor|concessionaire|operator|"
    r"grantor|granting authority|licensor|licensee)s?\s*[:–—-]\s*$"
)


def _best(votes: list[Vote], role: str, exclude: str = "") -> Vote | None:
    mine = [v for v in votes if v.role == role and v.key != exclude]
    if not mine:
        return None
    return max(mine, key=lambda v: (v.strength, -v.position))


_OTHER = {"buyer": "seller", "seller": "buyer"}
_IN_RELATIVE = re.compile(r",\s*(?:which|who|whose)\b[^,;]*$")
_OWN_MONEY = re.compile(r"['’]s\s+(?:own\s+|existing\s+|internal\s+)*(?:cash|funds|resources)\b")


def _roles(
    before: str, after: str, following: str, surface: str, loan: bool
) -> list[tuple[str, int, str]]:
    """(role, strength, why in plain words) for one party mention."""
    lowered = before.lower()
    label = _FACT_LABEL.search(lowered)
    if label:
        # A fact box: "• Buyer: Malaysia", "- Lender: Export-Import Bank of India".
        role = BUYER if label.group(1) in _BUYER_LABELS else SELLER
        return [(role, 3, f"labelled {label.group(1)!r} in a fact box")]
    helped = helped_in(lowered)
    if helped:
        # "A$25 million to help Fiji host the summit": the one helped receives the money.
        return [(BUYER, 3, f"helped: {helped.group().strip()!r}")]
    ending = lowered.rstrip()  # (cheap tests of the end before the patterns anchored there)
    give = (
        re.search(rf"\b(?:{_GIVE_VERBS})\s+(?:the\s+)?(?:[a-z-]+-based\s+)?$", lowered)
        if ending.endswith(_GIVE_ENDS)
        else None
    )
    if give:
        # "will give Egypt €7.4 billion", "sold Azerbaijan jets"; "pay Spain €90 million": the
        # one paid sells.
        paid = give.group().split()[0] in {"pay", "pays", "paid", "paying"}
        paid = paid or bool(_GIVEN_CONTRACT.match(after))  # "gave X a contract": X supplies
        return [(SELLER if paid else BUYER, 3, f"indirect object of {give.group().strip()!r}")]
    chose = (
        re.search(rf"\b(?:{_CHOOSE_VERBS})\s+(?:the\s+)?$", lowered)
        if ending.endswith(_CHOOSE_ENDS)
        else None
    )
    if chose:
        return [(SELLER, 2, f"object of {chose.group().strip()!r}")]  # "has chosen Sweden's Saab"
    stake = _STAKE_IN.search(lowered) if ending.endswith(("in", "the")) else None
    if stake:
        # "acquires a 60% stake in Bugesera International Airport Ltd": its shares are sold.
        return [(SELLER, 2, f"the company whose {stake.group(1)} is sold")]
    found: list[tuple[str, int, str]] = []
    # "to crisis-hit Sri Lanka", "from cash-strapped Pakistan": a hyphenated epithet between.
    # Anchored at the end and never longer than ~70 characters: read only the tail.
    cut = max(0, len(lowered) - 80)
    prep = _PREP.search(lowered, cut) if _prep_may_end(ending) else None
    if prep and (led := LED_BY.search(lowered)):
        # "a consortium led by X will deliver": X acts for the consortium, and takes its
        # preposition: "awarded the contract to a consortium led by X" (party_preps)
        lowered, prep = led_by(lowered, led, _PREP)
    if prep and prep.group(1) == "for" and re.match(r"\s+(?:side|delegation)\b", after):
        return []  # "signed for the Qatari side by ...": who signed, not who buys
    if prep and prep.group(1) == "from" and _OWN_MONEY.match(after):
        return []  # "funded from the Company's existing cash": its own money, no lender
    doing = (
        prep and prep.group(1) == "for" and _TO_VERB.match(following) and _subject(following, loan)
    )
    if doing:
        # "export licences for Skyward Avionics to sell radars": X does what follows.
        cue = " ".join(_WORD.findall(following)[:2])
        return [(role, strength, f"subject of {cue!r}") for role, strength in doing]
    if prep and prep.group(1) == "by" and STATE_BODY.match(after):
        # "The sale ... was approved by Spain's cabinet": the state that clears its own export
        # sells, the one that clears its purchase buys.
        found.extend(approved_by_state(lowered[: prep.start()]))
    elif prep:
        cue = " ".join(before.split()[-5:])
        found.extend(
            (role, strength, f"after {cue!r}")
            for role, strength in _prepositional(prep.group(1), lowered[: prep.start()], loan)
        )
    elif (
        not demonym_before_noun(surface, following) or DEMONYM_BODY.match(following)
    ) and not _IN_RELATIVE.search(lowered):
        # "The consortium, which includes Shiratori Corporation, will invest": the verb's
        # subject is the noun the relative clause describes, not a name inside the clause.
        subject = _subject(following, loan)
        if subject:
            plain = _APPOSITION.sub(" ", _BRACKET.sub("", following, count=1), count=1)
            cue = " ".join(_WORD.findall(plain)[:3])
            found.extend((role, strength, f"subject of {cue!r}") for role, strength in subject)
    if not loan and _ORIGIN.match(after):
        found.append((SELLER, 3, f"origin adjective {' '.join(after.split()[:3])!r}"))
    elif owner := possessive_role(after, loan):  # "X's contract to buy" (party_possessive)
        found.append((owner[0], 3, owner[1]))
    return found


def _prepositional(prep: str, clause: str, loan: bool) -> list[tuple[str, int]]:
    """The role of the party after ``prep``, from the words of its clause (nearest first)."""
    words = cue_words(clause)
    if loan:
        return loan_prepositional(prep, words)
    rule = BY_PREPOSITION.get(prep)
    return rule(words, words[0] if words else "") if rule else []


def _subject(following: str, loan: bool) -> list[tuple[str, int]]:
    """Roles from the first deal verb after a party that is not the object of a preposition."""
    following = _own_clause(following)
    if not following:
        return []
    # "China, which supplies most of Pakistan's weapons": the relative clause says what the
    # party itself does.
    relative = re.match(r"\s*,\s*(?:which|who)\s+", following)
    if relative:
        following = following[relative.end() :].split(",")[0]
    words = [w.lower() for w in _WORD.findall(re.split(r";| which | who ", following)[0])][:12]
    cues = _LOAN_CUES if loan else _CUES  # (only where a rule below can answer: round 19)
    for i, w in [(i, w) for i, w in enumerate(words) if w in cues]:
        if w in REPORTING and not reports_itself(words, i):
            # "A State Department official said the firms had shipped fuel"; but "Kenya said it
            # would buy" keeps Kenya as the one who buys.
            return []
        passive = i > 0 and words[i - 1] in _BE
        if loan:
            role = loan_subject(words, i, passive)
            if role is not None:
                return role
            continue
        took = took_or_placed(words, i, passive)
        if took is not None:
            return took
        offtake = offtaker(words, i)
        if offtake:
            # "X has signed a separate offtake", "will take the output"; "X signed an offtake
            # agreement with Y": Y takes the output, X sells it.
            return [(offtake, 2)]
        if w in _BUILD and not passive and i and words[i - 1] in {"to", "will", "would"}:
            return [(SELLER, 2)]  # "Hexi Metals will build the plant", "was to build"
        if w in _AWARD:
            return [(SELLER, 2)] if passive else [(BUYER, 2)]
        if w in _CHOOSE:
            return [(SELLER, 2)] if passive else [(BUYER, 2)]  # "has been selected by"
        if w in _WIN or w in _WIN_OR_RECEIVE:
            if any(n in _CONTRACT_NOUNS for n in words[i + 1 : i + 4]):
                return [(SELLER, 2)]  # "Rheinmetall has received an order", "X won a contract"
            if w in _WIN:
                continue
        if not passive and signed_for_from(words, i):
            return [(BUYER, 2)]  # "Morocco signed a $1 billion deal for tanks from the US"
        if w in _APPROVE and not passive:
            # "The United States approved a possible sale of", "Poland signed the purchase of"
            nxt = words[i + 1 : i + 6]
            if any(n in _SELL_NOUNS for n in nxt) and w in _APPROVE_SALE:
                return [(SELLER, 2)]
            if any(n in {"purchase", "acquisition", "procurement"} for n in nxt):
                return [(BUYER, 2)]
        if w in _BUY or w in _GET:  # "Ghana will get two patrol ships"
            if noun_use(words, i):
                continue  # a noun: "the purchase of", "two orders"
            if w in {"acquisition", "procurement"}:
                continue
            return [] if passive else [(BUYER, 2)]
        if w in _SELL and w not in _SELL_NOUNS:
            if noun_use(words, i):
                continue  # a noun: "the supply of", "two patrol ships"
            return [] if passive else [(_seller_unless_leased_from(w, following), 2)]
    return []


def _own_clause(following: str) -> str:
    """What the party itself does after its name ('' when it is only a possessor or another's
    request is what follows)."""
    # "Mekong Gas, a unit of state utility Vietnam Electricity, signed": past the apposition.
    following = _past_apposition(following)
    if intent_owned(following):
        return ""  # "voted against the government's request to buy": the government's role
    body = STATE_BODY.match(following)
    if body:
        # "Egypt's armed forces will procure": the state acts through its forces or ministry.
        return following[body.end() :]
    return "" if re.match(r"\s*['’]s\b", following) else following


def _seller_unless_leased_from(word: str, following: str) -> str:
    """ "X will lease two aircraft to Y" sells the use; "to lease two aircraft from Y" buys it."""
    return BUYER if word.startswith("lease") and " from " in following else SELLER


_CLAUSE_BREAK = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+")


def _past_apposition(following: str) -> str:
    """ "Mekong Gas, a unit of state utility Vietnam Electricity, signed": what follows it."""
    if following[:3].lstrip()[:1] in {",", "("}:
        return _APPOSITION.sub(" ", following, count=1)
    return following


# "to crisis-hit Sri Lanka", "by Auckland contractor X", "to the Tongan builder X".
_PREP = re.compile(
    r"\b(to|from|by|for|with|between|and)\s+(?:the\s+)?(?:[a-z]+-[a-z]+\s+)?(?:[a-z]+['’]s\s+)?"
    r"(?:(?:(?:[a-z]+\s+)?(?:[a-z]+(?:er|or)s?|company|firm|group|yard|shipyard|consortium)|"
    r"(?:[a-z]+\s+){2}(?:firm|company|group)),?\s+)?$"  # (2 words: "the private equity firm")
)
_PREP_ENDS: tuple[str, ...] = ("to", "from", "by", "for", "with", "between", "and", "the")
_PREP_ENDS += ("'s", "’s", "er", "ers", "or", "ors", "company", "firm", "group", "yard")
_PREP_ENDS += ("consortium",)


def _prep_may_end(ending: str) -> bool:
    """Whether the stripped text can end a ``_PREP`` match: on its preposition, "the", a
    hyphened word, a possessive or its noun (with a comma). The engine tries the end-anchored
    pattern at every position; this is a few C calls (round 8)."""
    ending = ending.rstrip(",")
    return ending.endswith(_PREP_ENDS) or "-" in ending[ending.rfind(" ") + 1 :]


_GIVEN_CONTRACT = lazy(r"\s+(?:a|an|the)\s+(?:[\w$€£.,-]+\s+){0,4}?(?:contract|order|tender)\b")
_STAKE_IN = re.compile(r"\b(stake|shares|interest|holding)\s+in\s+(?:the\s+)?$")
_TO_VERB = re.compile(r"\s*to\s+[a-z]")
_BRACKET = re.compile(r"^\s*\([^)]*\)")
_APPOSITION = re.compile(r"^\s*(?:\([^)]{1,40}\)\s*)?,\s*(?:a|an|the)\s[^,;()]{3,80},")
# Verbs that report another's words: what follows has its own subject.
_GET = frozenset({"get", "gets"})
_BUILD = frozenset({"build", "construct", "develop", "operate", "run", "lay", "install"})
# The words at which a rule in ``_subject``'s loop can answer; it skips the others.
_LOAN_CUES = REPORTING | LOAN_SUBJECT_WORDS
_CUES = REPORTING | ACT_WORDS | OFFTAKE_WORDS | SIGN_VERBS | _BUILD | _AWARD | _CHOOSE | _WIN
_CUES |= _WIN_OR_RECEIVE | _APPROVE | _BUY | _GET | _SELL


def subject_roles(following: str, loan: bool) -> list[tuple[str, int]]:
    """Roles of a sentence's subject from the words after it (for a subject that is no name:
    "It raised $300 million in a loan from ...", "The shipbuilder will supply ...")."""
    return _subject(following, loan)
