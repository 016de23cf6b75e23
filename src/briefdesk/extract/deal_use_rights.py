"""Deals told as the use or the gift of goods, with no price and no contract noun (round 14).

News writes a lease or a charter as a verb or a noun with its owner after "from" and its user
after "to": "proposed to charter two ferries from Setonaikai Kisen", "a proposal to lease 40
locomotives from Germany's X", "the charter of two fast ferries from a Japanese operator", "a
lease of the old wharf to a terminal company, X,", "has leased three cranes to X". The owner
sells the use of the goods, the user buys it; the sentence may name only one of them (the other
is the subject told a sentence before), and that one side is enough to tell the deal.

A gift in kind is told with the everyday verbs of giving, the receiver as the first object and
counted goods as the second: "Japan will give the Port Authority of Douala two mobile harbour
cranes", "offered Angola 18 water tanker trucks", "will hand over three patrol boats to the
Coast Guard". With no price in the sentence the giver grants them.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import NOT_GOODS
from briefdesk.extract.scans import class_led

Mention = tuple[int, int, str]

_USE = r"(?:leas|charter|rent)"
# The verb: "to lease X from Y", "chartered two tankers from Y", "leasing ... from".
_FROM_VERB = re.compile(
    r"\b" + _USE + r"(?:e|es|ed|ing|s)?\s+(?!from\b)(?P<goods>(?:[^;,]|,(?=\d)){2,60}?)"
    r"\s+from\s+(?:the\s+)?(?=[A-Z])"  # ("2,500 masts")
)
# "to charter the vessels from X", "to lease them from X": goods named before, the deal told
# before (a lead's "the charter of two fast ferries from a Japanese operator") told again.
_GOODS_BEFORE = re.compile(r"(?:the|these|those)\s+[a-z-]+s|them|it")
# The noun: "the charter of two fast ferries from a Japanese operator".
_FROM_NOUN = re.compile(r"\b(?:lease|charter|rental)\s+of\s+[^;]{2,60}?\bfrom\s+(?:an?\s+|the\s+)?")
# "a lease of the old Danao wharf to a private terminal company, X,", "leased three cranes to X".
_TO_USER = re.compile(
    r"\b(?:lease|charter|rental)\s+of\s+[^;]{2,60}?\bto\s+|"
    r"\b(?:leased|leases|leasing|rented|rents|chartered)\s+(?!from\b|to\b)[^;]{2,60}?\bto\s+"
    r"(?=(?:the\s+|an?\s+)?(?:[a-z-]+\s+){0,3}?[A-Z])"
)
_COUNT = (
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|a\s+dozen|a\s+pair\s+of)"
)
# "will give the Port Authority of Douala two mobile harbour cranes", "offered Angola 18 trucks".
_GIVE_TWO_OBJECTS = re.compile(
    r"\b(?:give|gives|gave|giving|given|offer|offers|offered|offering|donate|donates|donated)\s+"
    r"(?:the\s+)?(?P<who>[A-Z][^;,]{1,60}?)\s+" + _COUNT + r"\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<goods>[a-z-]+s)\b"
)
# "will hand over three patrol boats to the Vietnam Coast Guard", "hands over ... to".
_HAND_OVER = re.compile(r"\b(?:hand|hands|handing)\s+over\s+[^;]{2,80}?\bto\s+(?:the\s+)?(?=[A-Z])")
_MONEY = re.compile(r"[$€£¥₹]|\b(?:million|billion|bn|mln)\b")
# A word that opens with a gate fragment ("rent", not "current"), found in one fast pass.
_GATE = re.compile(
    class_led(["charter", "donat", "gave", "give", "hand", "leas", "offer", "rent"], caseless=True)
)


def _hinted(sentence: str) -> bool:
    """A gate word, no price, and a full stop (a headline or a bullet states nothing: the body
    tells it again)."""
    if not sentence.rstrip(" \t\n\"'’”)").endswith((".", "!", "?")):
        return False
    return bool(_GATE.search(sentence)) and not _MONEY.search(sentence)


def _given_goods(sentence: str) -> bool:
    """Goods given ("give Tonga two cranes"), not time ("give Tonga three more years")."""
    match = _GIVE_TWO_OBJECTS.search(sentence)
    return match is not None and match.group("goods") not in NOT_GOODS


def use_or_gift(sentence: str) -> bool:
    """Whether the sentence tells a lease, a charter or a gift in kind with no price."""
    if not _hinted(sentence):
        return False
    verb = _FROM_VERB.search(sentence)
    if verb and _GOODS_BEFORE.fullmatch(verb.group("goods")):
        return False  # the deal told again
    return gift(sentence) or bool(verb) or any(p.search(sentence) for p in (_FROM_NOUN, _TO_USER))


def gift(sentence: str) -> bool:
    """Whether goods are given with no price (a grant in kind)."""
    return _hinted(sentence) and (_given_goods(sentence) or bool(_HAND_OVER.search(sentence)))


def _first_after(mentions: list[Mention], at: int, reach: int) -> str:
    """The first mention within ``reach`` of ``at``; "Germany's Rheinbahn GmbH": the company."""
    after = [(begin, end, key) for begin, end, key in mentions if begin >= at]
    if not after or after[0][0] > at + reach:
        return ""
    if len(after) > 1 and after[0][2].startswith("state:") and after[1][0] - after[0][1] <= 3:
        return after[1][2]
    return after[0][2]


def _last_before(mentions: list[Mention], at: int, reach: int = 60) -> str:
    """The verb's subject: the nearest mention ending at most ``reach`` before it (a body named
    clauses earlier is no side of this verb)."""
    before = [key for _begin, end, key in mentions if at - reach <= end <= at]
    return before[-1] if before else ""


def use_sides(body: str, start: int, mentions: list[Mention]) -> tuple[str, str, str] | None:
    """(user or "", owner or "", why) of a lease, charter or gift the sentence tells; None when
    it names neither side."""
    if not _hinted(body):
        return None
    match = _GIVE_TWO_OBJECTS.search(body)
    if match and match.group("goods") not in NOT_GOODS:
        receiver = _first_after(mentions, start + match.start("who"), 4)
        giver = _last_before(mentions, start + match.start())
        if receiver:
            return receiver, giver, "given: goods given to the first object"
    match = _HAND_OVER.search(body)
    if match:
        receiver = _first_after(mentions, start + match.end(), 4)
        giver = _last_before(mentions, start + match.start())
        if receiver:
            return receiver, giver, "given: goods handed over"
    for pattern in (_FROM_VERB, _FROM_NOUN):
        match = pattern.search(body)
        if match and (owner := _first_after(mentions, start + match.end(), 4)):
            user = _last_before(mentions, start + match.start())
            return ("" if user == owner else user), owner, "leased or chartered from an owner"
    match = _TO_USER.search(body)
    if match and (user := _first_after(mentions, start + match.end(), 60)):
        owner = _last_before(mentions, start + match.start())
        return user, ("" if owner == user else owner), "leased or chartered to a user"
    return None
