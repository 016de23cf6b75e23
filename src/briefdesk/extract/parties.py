"""Who buys and who sells (or borrows and lends), from the words around each party in a sentence.

Each party mention gets a role from the preposition in front of it and the deal word that governs
that preposition ("sell ... to X": buyer; "buy ... from X": seller; "won an order from X": buyer;
"awarded a contract to X": seller; "made by X": seller), from a verb it is the subject of ("X agreed
to buy", "X will supply", "X approved a loan"), from a possessive ("X's purchase of", "Y's export
of") or from an origin adjective ("Chinese-made", "US-built"). Explicit patterns outrank weak ones
such as a bare "to X" after a deal noun.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

Mention = tuple[int, int, str]  # (start, end, actor key)

BUYER, SELLER = "buyer", "seller"

_SELL = frozenset(
    [
        "sell",
        "sells",
        "selling",
        "sold",
        "sale",
        "sales",
        "supply",
        "supplies",
        "supplied",
        "supplying",
        "deliver",
        "delivers",
        "delivered",
        "delivering",
        "delivery",
        "deliveries",
        "export",
        "exports",
        "exported",
        "exporting",
        "transfer",
        "transfers",
        "transferred",
        "transferring",
        "ship",
        "ships",
        "shipped",
        "shipping",
        "shipment",
        "shipments",
        "offer",
        "offers",
        "offered",
        "offering",
        "provide",
        "provides",
        "provided",
        "providing",
        "hand",
        "handed",
        "handing",
        "send",
        "sends",
        "sent",
        "sending",
        "lease",
        "leased",
        "leasing",
        "donate",
        "donated",
        "gift",
        "gifted",
    ]
)
_BUY = frozenset(
    [
        "buy",
        "buys",
        "buying",
        "bought",
        "purchase",
        "purchases",
        "purchased",
        "purchasing",
        "acquire",
        "acquires",
        "acquired",
        "acquiring",
        "acquisition",
        "acquisitions",
        "procure",
        "procures",
        "procured",
        "procuring",
        "procurement",
        "import",
        "imports",
        "imported",
        "importing",
        "order",
        "orders",
        "ordered",
        "ordering",
        "receive",
        "receives",
        "received",
        "receiving",
        "obtain",
        "obtained",
        "source",
        "sourced",
        "sourcing",
    ]
)
_WIN_OR_RECEIVE = frozenset(
    ["received", "receives", "receive", "got", "gets", "obtained", "booked"]
)
_WIN = frozenset(
    ["won", "win", "wins", "winning", "landed", "clinched", "bagged", "secured", "secures"]
)
_AWARD = frozenset(["award", "awards", "awarded", "awarding"])
_MAKE = frozenset(
    [
        "made",
        "built",
        "manufactured",
        "produced",
        "developed",
        "designed",
        "assembled",
        "operated",
        "owned",
    ]
)
_LEND = frozenset(
    [
        "give",
        "gives",
        "gave",
        "giving",
        "pledge",
        "pledged",
        "pledges",
        "lend",
        "lends",
        "lending",
        "lent",
        "loan",
        "loans",
        "credit",
        "credits",
        "financing",
        "finance",
        "approve",
        "approves",
        "approved",
        "approving",
        "extend",
        "extends",
        "extended",
        "extending",
        "grant",
        "grants",
        "granted",
        "disburse",
        "disburses",
        "disbursed",
        "provide",
        "provides",
        "provided",
        "providing",
        "offer",
        "offers",
        "offered",
    ]
)
_BORROW = frozenset(
    [
        "borrow",
        "borrows",
        "borrowed",
        "borrowing",
        "secure",
        "secures",
        "secured",
        "securing",
        "obtain",
        "obtains",
        "obtained",
        "receive",
        "receives",
        "received",
        "receiving",
        "seek",
        "seeks",
        "sought",
        "take",
        "takes",
        "took",
        "taking",
        "get",
        "gets",
        "got",
    ]
)
_GIVE_VERBS = (
    "give|gives|gave|giving|grant|grants|granted|lend|lends|lent|offer|offers|offered|"
    "sell|sells|sold|selling|pay|pays|paid|send|sends|sent|supply|supplies|supplied|"
    "provide|provides|provided|arm|arms|armed|equip|equips|equipped"
)
_CHOOSE_VERBS = (
    "chose|chosen|choose|chooses|selected|selects|select|picked|picks|pick|"
    "opted for|opts for|opt for|preferred|prefers|ordered from"
)
_CHOOSE = frozenset(
    [
        "chose",
        "chosen",
        "choose",
        "chooses",
        "selected",
        "selects",
        "select",
        "picked",
        "picks",
        "pick",
        "opted",
    ]
)
_APPROVE = frozenset(
    [
        "approved",
        "approves",
        "cleared",
        "authorised",
        "authorized",
        "notified",
        "signed",
        "finalised",
        "finalized",
        "announced",
        "completed",
    ]
)
_APPROVE_SALE = frozenset(
    ["approved", "approves", "cleared", "authorised", "authorized", "notified"]
)
_SELL_NOUNS = frozenset(["sale", "sales", "delivery", "deliveries", "shipment", "shipments"])
_CONTRACT_NOUNS = frozenset(
    ["contract", "contracts", "order", "orders", "deal", "deals", "tender", "tenders"]
)
_DEAL_NOUNS = frozenset(
    [
        "contract",
        "contracts",
        "order",
        "orders",
        "deal",
        "deals",
        "agreement",
        "agreements",
        "package",
        "sale",
        "sales",
        "supply",
        "supplies",
        "delivery",
        "deliveries",
        "export",
        "exports",
        "loan",
        "loans",
        "credit",
        "purchase",
    ]
)
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
# "to X" after these is travel or a post, never a buyer.
_NOT_TRADE_BEFORE_TO = frozenset(
    [
        "visit",
        "visits",
        "visited",
        "visiting",
        "trip",
        "trips",
        "travel",
        "travelled",
        "traveled",
        "ambassador",
        "ambassadors",
        "envoy",
        "envoys",
        "embassy",
        "mission",
        "delegation",
        "return",
        "returned",
        "returning",
        "flew",
        "went",
        "came",
        "came",
        "relations",
        "ties",
        "access",
        "route",
        "routes",
        "according",
        "due",
        "close",
        "closer",
        "next",
        "similar",
        "thanks",
        "compared",
        "owing",
        "addition",
        "threat",
        "threats",
    ]
)
# "people from X", "pressure from X": not a seller.
_NOT_TRADE_BEFORE_FROM = frozenset(
    [
        "officials",
        "official",
        "delegation",
        "delegations",
        "delegates",
        "representatives",
        "leaders",
        "ministers",
        "envoys",
        "experts",
        "troops",
        "visitors",
        "guests",
        "pressure",
        "support",
        "criticism",
        "opposition",
        "threat",
        "threats",
        "away",
        "apart",
        "far",
        "aside",
        "comes",
        "came",
        "counterpart",
        "counterparts",
        "team",
        "teams",
        "engineers",
    ]
)
_WORD = re.compile(r"[A-Za-z][\w'-]*")
_ORIGIN = re.compile(
    r"^-(?:made|built|manufactured|produced|designed|developed|supplied|origin)\b", re.IGNORECASE
)
_POSSESSIVE_BUY = re.compile(
    r"^['’]s\s+(?:[a-z-]+\s+){0,2}(?:purchase|purchases|acquisition|procurement|order|orders|"
    r"import|imports|imported|buying)\b"
)
_POSSESSIVE_SELL = re.compile(
    r"^['’]s\s+(?:[a-z-]+\s+){0,2}(?:sale|sales|export|exports|supply|supplies|delivery|"
    r"deliveries|transfer|offer)\b"
)
_POSSESSIVE_LEND = re.compile(r"^['’]s\s+(?:[a-z-]+\s+){0,2}(?:loan|loans|lending|credit)\b")


@dataclass
class Vote:
    role: str
    strength: int
    position: int
    key: str


def assign(
    text: str,
    sent_start: int,
    sent_end: int,
    mentions: list[Mention],
    loan: bool,
    lender_like: Callable[[str], bool],
) -> tuple[str, str, int]:
    """(buyer key, seller key, strength of the weaker of the two) for one sentence.

    For loans the buyer is the borrower and the seller the lender. Keys are '' when unknown.
    """
    mentions = [m for m in mentions if not _descriptive(text, m)]
    units = _units(text, mentions)
    votes: list[Vote] = []
    for index, (start, end, key, lead) in enumerate(units):
        before = text[max(sent_start, lead - 140) : lead]
        after = text[end : min(sent_end, end + 90)]
        next_start = units[index + 1][3] if index + 1 < len(units) else sent_end
        following = text[end : min(next_start, sent_end, end + 90)]
        for role, strength in _roles(before, after, following, text[start:end], loan):
            votes.append(Vote(role, strength, start, key))
    if loan:
        keys = [u[2] for u in units]
        lenders = [k for k in keys if lender_like(k)]
        others = [k for k in keys if not lender_like(k)]
        if lenders:
            votes.append(Vote(SELLER, 1, 10**9, lenders[0]))
        if others:
            votes.append(Vote(BUYER, 1, 10**9, others[0]))
    first = max(votes, key=lambda v: (v.strength, -v.position), default=None)
    buyer = seller = None
    if first is not None:
        other_role = SELLER if first.role == BUYER else BUYER
        other = _best(votes, other_role, exclude=first.key)
        buyer, seller = (first, other) if first.role == BUYER else (other, first)
    strength = min(v.strength for v in (buyer, seller) if v) if (buyer or seller) else 0
    return (buyer.key if buyer else "", seller.key if seller else "", strength)


_BUYER_LABELS = frozenset(["buyer", "purchaser", "customer", "borrower", "recipient", "importer"])
_FACT_LABEL = re.compile(
    r"^[\s•*·▪‣-]*(buyer|purchaser|customer|borrower|recipient|importer|seller|supplier|"
    r"vendor|lender|exporter|manufacturer|contractor|prime contractor)s?\s*[:–—-]\s*$"
)
_APPOSITION_OPEN = re.compile(r"[,—–]\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}$")
_APPOSITION_CLOSE = re.compile(r"(?:[\s-]+[a-z-]+){1,3}\s*[,—–]")


def _descriptive(text: str, mention: Mention) -> bool:
    """ "Turkey, a NATO member, agreed to sell": NATO only describes Turkey, it is no party."""
    start, end, _key = mention
    return bool(
        _APPOSITION_OPEN.search(text[max(0, start - 40) : start])
        and _APPOSITION_CLOSE.match(text, end)
    )


def _best(votes: list[Vote], role: str, exclude: str = "") -> Vote | None:
    mine = [v for v in votes if v.role == role and v.key != exclude]
    if not mine:
        return None
    return max(mine, key=lambda v: (v.strength, -v.position))


def _units(text: str, mentions: list[Mention]) -> list[tuple[int, int, str, int]]:
    """Mentions with possessors folded in: "Turkey's Baykar" is one party, Baykar, led by Turkey.

    Returns (start, end, key, lead) where lead is where the unit's words begin.
    """
    ordered = [
        m
        for m in sorted(mentions)
        if not any(
            o is not m and o[0] <= m[0] and m[1] <= o[1] and o[1] - o[0] > m[1] - m[0]
            for o in mentions
        )
    ]
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
            if re.fullmatch(r"['’]s\s+(?:[a-z-]+\s+){0,3}|\s+", gap) and nxt[2] != ordered[j][2]:
                j += 1
            else:
                break
        if j > i:
            skip = j
            start, end, key = ordered[j]
        units.append((start, end, key, lead))
    return units


def _roles(
    before: str, after: str, following: str, surface: str, loan: bool
) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    lowered = before.lower()
    label = _FACT_LABEL.search(lowered)
    if label:
        # A fact box: "• Buyer: Malaysia", "- Lender: Export-Import Bank of India".
        found.append((BUYER if label.group(1) in _BUYER_LABELS else SELLER, 3))
        return found
    if re.search(rf"\b(?:{_GIVE_VERBS})\s+(?:the\s+)?$", lowered):
        found.append((BUYER, 3))  # "will give Egypt €7.4 billion", "sold Azerbaijan jets"
        return found
    if re.search(rf"\b(?:{_CHOOSE_VERBS})\s+(?:the\s+)?$", lowered):
        found.append((SELLER, 2))  # "has chosen Sweden's Saab"
        return found
    # "to crisis-hit Sri Lanka", "from cash-strapped Pakistan": a hyphenated epithet between.
    prep = re.search(
        r"\b(to|from|by|for|with|between|and)\s+(?:the\s+)?(?:[a-z]+-[a-z]+\s+)?$", lowered
    )
    if prep:
        found.extend(_prepositional(prep.group(1), lowered[: prep.start()], loan))
    else:
        found.extend(_subject(following, loan))
    if loan:
        if _POSSESSIVE_LEND.match(after):
            found.append((SELLER, 3))
        return found
    if _ORIGIN.match(after):
        found.append((SELLER, 3))
    elif _POSSESSIVE_BUY.match(after):
        found.append((BUYER, 3))
    elif _POSSESSIVE_SELL.match(after):
        found.append((SELLER, 3))
    return found


def _cue_words(clause: str) -> list[str]:
    """Words of the clause before the preposition, nearest first, stopping at a clause break."""
    cut = max(
        clause.rfind(";"), clause.rfind(" which "), clause.rfind(" who "), clause.rfind(" while ")
    )
    if cut >= 0:
        clause = clause[cut + 1 :]
    return list(reversed(_WORD.findall(clause)))


def _prepositional(prep: str, clause: str, loan: bool) -> list[tuple[str, int]]:
    words = _cue_words(clause)
    nearest = words[0] if words else ""
    if loan:
        if (
            prep in {"to", "for"}
            and nearest not in _NOT_TRADE_BEFORE_TO
            and any(w in _LEND or w in _DEAL_NOUNS for w in words[:12])
        ):
            return [(BUYER, 3)]
        if prep == "from" and nearest not in _NOT_TRADE_BEFORE_FROM:
            return [(SELLER, 3)]
        if prep == "by" and any(w in _LEND for w in words[:6]):
            return [(SELLER, 2)]
        return []
    if prep == "to":
        if nearest in _NOT_TRADE_BEFORE_TO:
            return []
        for w in words[:14]:
            if w in _AWARD:
                return [(SELLER, 3)]
            if w in _SELL:
                return [(BUYER, 3)]
            if w in _BUY or w in _WIN:
                return []
        if any(w in _DEAL_NOUNS for w in words[:10]):
            return [(BUYER, 1)]
        return []
    if prep == "from":
        if nearest in _NOT_TRADE_BEFORE_FROM:
            return []
        for i, w in enumerate(words[:14]):
            if w in _CONTRACT_NOUNS and any(
                v in _WIN or v in _WIN_OR_RECEIVE for v in words[i + 1 : i + 8]
            ):
                return [(BUYER, 3)]
            if w in _BUY:
                return [(SELLER, 3)]
            if w in _SELL:
                return [(SELLER, 2)]  # "the sale of jets from Pakistan to Azerbaijan"
        return [(SELLER, 1)]
    if prep == "by":
        for w in words[:10]:
            if w in _SELL or w in _MAKE:
                return [(SELLER, 3)]
            if w in _BUY or w in _AWARD:
                return [(BUYER, 3)]
            if w in _BE or w.endswith("ed"):
                return []  # "approved by Congress": another verb governs "by"
        return []
    if prep == "for":
        head = words[:6]
        if nearest in {"minister", "secretary", "commissioner", "responsible", "good", "bad"}:
            return []
        if any(w in _DEAL_NOUNS or w in _ITEM_NOUNS or _DESIGNATION_WORD.match(w) for w in head):
            return [(BUYER, 2)]
        return []
    return []


def _subject(following: str, loan: bool) -> list[tuple[str, int]]:
    """Roles from the first deal verb after a party that is not the object of a preposition."""
    if re.match(r"\s*['’]s\b", following):
        return []
    # "China, which supplies most of Pakistan's weapons": the relative clause says what the
    # party itself does.
    relative = re.match(r"\s*,\s*(?:which|who)\s+", following)
    if relative:
        following = following[relative.end() :].split(",")[0]
    words = [w.lower() for w in _WORD.findall(re.split(r";| which | who ", following)[0])][:12]
    for i, w in enumerate(words):
        passive = i > 0 and words[i - 1] in _BE
        if loan:
            if w in _BORROW and not passive:
                return [(BUYER, 2)]
            if w in _LEND and w not in {"loan", "loans", "credit", "financing", "finance"}:
                return [(SELLER, 2)] if not passive else []
            continue
        if w in {"took", "take", "takes", "taking"} and words[i + 1 : i + 2] == ["delivery"]:
            return [(BUYER, 2)]
        if w in _AWARD:
            return [(SELLER, 2)] if passive else [(BUYER, 2)]
        if w in _CHOOSE and not passive:
            return [(BUYER, 2)]
        if w in _WIN or w in _WIN_OR_RECEIVE:
            if any(n in _CONTRACT_NOUNS for n in words[i + 1 : i + 4]):
                return [(SELLER, 2)]  # "Rheinmetall has received an order", "X won a contract"
            if w in _WIN:
                continue
        if w in _APPROVE and not passive:
            # "The United States approved a possible sale of", "Poland signed the purchase of"
            nxt = words[i + 1 : i + 6]
            if any(n in _SELL_NOUNS for n in nxt) and w in _APPROVE_SALE:
                return [(SELLER, 2)]
            if any(n in {"purchase", "acquisition", "procurement"} for n in nxt):
                return [(BUYER, 2)]
        if w in _BUY:
            if i > 0 and words[i - 1] in {"the", "a", "an", "its", "of", "their"}:
                continue  # a noun: "the purchase of"
            if w in {"acquisition", "procurement"}:
                continue
            return [] if passive else [(BUYER, 2)]
        if w in _SELL and w not in _SELL_NOUNS:
            if i > 0 and words[i - 1] in {"the", "a", "an", "its", "of", "their"}:
                continue  # a noun: "the supply of"
            return [] if passive else [(SELLER, 2)]
    return []


_DESIGNATION_WORD = re.compile(r"[a-z]{1,3}-?\d{1,3}[a-z]*$")
_ITEM_NOUNS = frozenset(
    [
        "jets",
        "jet",
        "aircraft",
        "fighters",
        "warplanes",
        "helicopters",
        "drones",
        "missiles",
        "tanks",
        "frigates",
        "submarines",
        "corvettes",
        "warships",
        "ships",
        "howitzers",
        "artillery",
        "launchers",
        "radars",
        "vehicles",
        "trainers",
        "rifles",
        "systems",
        "batteries",
        "gas",
        "lng",
        "oil",
        "crude",
        "fuel",
        "electricity",
        "power",
        "cargoes",
        "cargo",
        "tonnes",
        "barrels",
        "grain",
        "wheat",
        "vessels",
        "satellites",
        "reactors",
        "reactor",
        "plant",
        "plants",
        "trains",
        "locomotives",
    ]
)
