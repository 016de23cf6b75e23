"""The role of a party named after a preposition, from the deal words of its clause (nearest
first): "sell ... to X" buys, "buy ... from X" sells, "awarded ... to X" sells, "made by X" sells,
"a contract ... for X" buys. Loans and grants read their own way (party_phrases.py)."""

from __future__ import annotations

from collections.abc import Callable

from briefdesk.extract import rx as re
from briefdesk.extract.words import word_list

BUYER, SELLER = "buyer", "seller"
_SELL = word_list("sell")
_BUY = word_list("buy")
_WIN_OR_RECEIVE = word_list("win_or_receive")
_WIN = word_list("win")
# "was confided to", "entrusted to": awarded in other words (translated copy).
_AWARD = frozenset(
    ["award", "awards", "awarded", "awarding", "confided", "entrusted", "subcontracted"]
)
_MAKE = word_list("make")
# "a subcontract placed by X", "an order tendered by X": who places an order buys.
_PLACE = frozenset(["commissioned", "placed", "tendered"])
_OWNED = frozenset(["company", "firm", "venture", "unit", "subsidiary", "group", "consortium"])
_CHOOSE = word_list("choose")
_CONTRACT_NOUNS = word_list("contract_nouns")
_DEAL_NOUNS = word_list("deal_nouns")
_BE = word_list("be")
_ITEM_NOUNS = word_list("item_nouns")
# "to X" after these is travel or a post, never a buyer.
_NOT_TRADE_BEFORE_TO = word_list("not_trade_before_to")
# "people from X", "pressure from X": not a seller.
_NOT_TRADE_BEFORE_FROM = word_list("not_trade_before_from")
_LEGAL_FORMS = word_list("legal_suffixes")
_WORKS = frozenset({"role", "work", "works", "construction", "award", "tender", "job", "package"})
_DESIGNATION_WORD = re.compile(r"[a-z]{1,3}-?\d{1,3}[a-z]*$")


# "The owner's engineer role went to Ridgeline Inc", "Construction of the plant went to X for
# 165 billion pesos", "Terminal contract goes to Korean-led group": an award told with "go".
WENT_TO = re.compile(
    r"\b(?:contract|contracts|deal|order|role|work|works|construction|award|tender|job|"
    r"package)\b[^.;]{0,80}?\b(?:went|goes|go|has\s+gone)\s+to\b",
    re.IGNORECASE,
)
_GO = frozenset({"went", "goes", "go", "gone"})


def _to(words: list[str], nearest: str) -> list[tuple[str, int]]:
    if nearest in _GO and any(w in _CONTRACT_NOUNS or w in _WORKS for w in words[1:12]):
        return [(SELLER, 2)]  # "the civil works contract went to X": X does the work
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
    if any(w in _AWARD for w in words[14:24]):
        # "awarded a EUR 34 million contract to rehabilitate the spillway of the Fierza dam on
        # the Drin river to Italian contractor X": a long object between.
        return [(SELLER, 2)]
    return []


def _from(words: list[str], nearest: str) -> list[tuple[str, int]]:
    if nearest in {"come", "comes", "came"} and words[1:2] in (["will"], ["to"], ["would"]):
        return [(SELLER, 2)]  # "Step-up transformers will come from Tajik Transformer Works"
    if nearest in _LEGAL_FORMS and any(w in _BUY for w in words[1:6]):
        return [(SELLER, 3)]  # "to acquire Caspara Copper Ltd from X": a company bought (N17-01)
    if nearest in _NOT_TRADE_BEFORE_FROM or nearest in _LEGAL_FORMS:
        return []  # "Ruixiang Engineering Co., Ltd. from China": where the firm is from
    for i, w in enumerate(words[:14]):
        if w in _CONTRACT_NOUNS and any(
            v in _WIN or v in _WIN_OR_RECEIVE for v in words[i + 1 : i + 8]
        ):
            return [(BUYER, 3)]
        if w in _BUY:
            return [(SELLER, 3)]
        if w in _SELL:
            return [(SELLER, 2)]  # "the sale of jets from Pakistan to Azerbaijan"
    if any(w in _DEAL_NOUNS for w in words[:8]):
        return [(SELLER, 2)]  # "a separate deal for 20 locomotives from X"
    return [(SELLER, 1)]


def _by(words: list[str], nearest: str) -> list[tuple[str, int]]:
    if nearest in {"owned", "controlled", "backed"} and _OWNED.intersection(words[1:4]):
        return []  # "X, a company owned by Y": the owner describes X
    if nearest in {"won", "secured"} and any(w in _CONTRACT_NOUNS for w in words[1:6]):
        return [(SELLER, 3)]  # "The tender was won by Okinawa Suido Engineering"
    if nearest == "held":
        return _held(words[1:6])
    for w in words[:10]:
        if w in _SELL or w in _MAKE:
            return [(SELLER, 3)]
        if w in _BUY or w in _AWARD or w in _CHOOSE or w in _PLACE:
            return [(BUYER, 3)]  # "selected by Thailand's space agency"
        if w in _BE or w.endswith("ed"):
            return []  # "approved by Congress": another verb governs "by"
    return []


# "the engineering contract held by X": X does the work; "the mining licence held by X": X
# holds rights the state granted, so takes them.
_HELD_WORKS = frozenset({"contract", "contracts", "subcontract", "consultancy", "order", "works"})
_HELD_RIGHTS = frozenset(
    {"concession", "concessions", "licence", "licences", "license", "licenses", "lease", "permit"}
)


def _held(words: list[str]) -> list[tuple[str, int]]:
    for w in words:
        if w in _HELD_RIGHTS:
            return [(BUYER, 2)]
        if w in _HELD_WORKS:
            return [(SELLER, 2)]
    return []


def _for(words: list[str], nearest: str) -> list[tuple[str, int]]:
    head = words[:6]
    if nearest in {"minister", "secretary", "commissioner", "responsible", "good", "bad"}:
        return []
    if words[1:2] and words[1] in {"first", "originally", "initially"}:
        return []  # "ships first meant for the Danish navy": who was to have them, not a party
    if any(w in _DEAL_NOUNS or w in _ITEM_NOUNS or _DESIGNATION_WORD.match(w) for w in head):
        return [(BUYER, 2)]
    return []


_PLACED = frozenset({"placed", "places", "placing", "place", "booked", "books", "booking"})
_STOPPED = frozenset(
    {"cancelled", "canceled", "terminated", "suspended", "froze", "rescinded", "scrapped"}
)
_PLACED_NOUNS = frozenset({"order", "orders", "launch", "launches", "contract", "slot", "slots"})


def _with(words: list[str], nearest: str) -> list[tuple[str, int]]:
    """ "has placed an order with X", "booked the launch with X", "cancelled its contract with
    X": X supplies."""
    for i, w in enumerate(words[:6]):
        if w in _PLACED_NOUNS and _PLACED.intersection(words[i + 1 : i + 5]):
            return [(SELLER, 2)]
        # "cancelled its contract with X": the client's contractor
        if w in _CONTRACT_NOUNS and words[i + 1 : i + 2] in (["its"], ["their"]):
            return [(SELLER, 2)] if _STOPPED.intersection(words[i + 2 : i + 4]) else []
    return []


BY_PREPOSITION: dict[str, Callable[[list[str], str], list[tuple[str, int]]]] = {
    "to": _to,
    "from": _from,
    "by": _by,
    "for": _for,
    "with": _with,
}


_CLEARED = frozenset({"approved", "cleared", "authorised", "authorized", "endorsed", "ratified"})
_EXPORT_NOUNS = frozenset({"sale", "sales", "export", "exports", "transfer", "delivery"})
_PURCHASE_NOUNS = frozenset({"purchase", "acquisition", "procurement", "order", "import"})


def approved_by_state(clause: str) -> list[tuple[str, int, str]]:
    """ "The sale of six helicopters to Peru was approved by Spain's cabinet": a state body
    that clears an export sells, one that clears a purchase buys; nothing otherwise."""
    words = list(reversed(re.findall(r"[a-z][\w'-]*", clause)))[:14]
    if not words or words[0] not in _CLEARED:
        return []
    for word in words[1:]:
        if word in _EXPORT_NOUNS:
            return [(SELLER, 2, f"clears the {word}: approved by its own state body")]
        if word in _PURCHASE_NOUNS:
            return [(BUYER, 2, f"clears the {word}: approved by its own state body")]
    return []


# "a consortium led by X", "the group headed by the Korean firm X": X stands for the group.
LED_BY = re.compile(
    r"\b(?:consortium|group|venture|team|alliance)\s+(?:led|headed)\s+by\s+(?:the\s+)?$"
)
# The preposition that governs the group: "awarded the EPC contract to a consortium led by",
# "signed with a joint venture headed by", "bought from a group led by".
_GROUP_AFTER = re.compile(r"\b(to|from|with)\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?$")


def led_by(
    lowered: str, led: re.Match[str], prep: re.Pattern[str]
) -> tuple[str, re.Match[str] | None]:
    """The text and preposition that decide the role of the name after "led by" (``led``):
    the one before the group ("to a consortium led by X": X is awarded) read on the text cut
    after it; none when the group leads its clause ("a consortium led by X will deliver", where
    the verb after the name decides)."""
    group = _GROUP_AFTER.search(lowered, max(0, led.start() - 60), led.start())
    if not group:
        return lowered, None
    cut = lowered[: group.end(1)] + " "
    return cut, prep.search(cut, max(0, len(cut) - 80))


def group_leader(text: str, first: int, at: int) -> tuple[str, int] | None:
    """(preposition, its position) that governs the group a name after "led by" at ``at``
    leads ("awarded the contract to a consortium led by X": "to"); None otherwise."""
    base = max(first, at - 80)
    lowered = text[base : at + 2].lower() + " "
    led = LED_BY.search(lowered)
    if not led:
        return None
    group = _GROUP_AFTER.search(lowered, max(0, led.start() - 60), led.start())
    return (group.group(1), base + group.start(1)) if group else None
