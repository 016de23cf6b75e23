"""Who is quoted about a deal is no side of it; a state's own central bank borrows.

"said Ana Ruiz, an analyst at the Horn Policy Institute", "according to Mekong Capital
Research", "the Centre for Fiscal Studies said in a note": the organisation is where a comment
came from, not a borrower or buyer. A think-tank's name ("... Policy Institute", "Centre for ...
Studies", "... Research") keeps it out of a side that is only a guess; an explicit cue ("a grant
to the Kenya Medical Research Institute") still names it.

"Japan signed a $40 million loan with the Bank of Papua New Guinea": a state's central bank
beside a foreign state is the borrowing side, though its name says "bank".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefdesk.extract.dateline_reader import in_dateline
from briefdesk.extract.deal_parties import donor_body, lender_like, treasury_ministry
from briefdesk.extract.loan_of import lent_by_preposition
from briefdesk.extract.parties import Assignment
from briefdesk.extract.resolver import ActorBuild, Found
from briefdesk.extract.text import Sentence

Mention = tuple[int, int, str]

_COMMENTATOR = (
    r"(?:analysts?|economists?|researchers?|strategists?|(?:senior\s+|research\s+)?fellows?|"
    r"professors?|experts?|consultants?|lecturers?|scholars?|commentators?|observers?|"
    r"specialists?)"
)
# "an analyst at the", "economists with", "according to analysts at", "according to".
_SOURCE_BEFORE = re.compile(
    rf"(?:\b{_COMMENTATOR}\s+(?:at|of|with|from)|\baccording\s+to(?:\s+{_COMMENTATOR}\s+"
    r"(?:at|of|with|from))?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# ", a think-tank", ", a Nairobi research group", "said in a note to clients".
_SOURCE_AFTER = re.compile(
    r"(?:['’]s?)?\s*(?:,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:think[- ]?tank|research\s+"
    r"(?:group|firm|house|institute|centre|center|organi[sz]ation)|"
    r"ratings?\s+agency|brokerage|watchdog|advocacy\s+group|pressure\s+group)"
    r"|\s+(?:said|wrote|estimated|noted|warned|argued)\s+in\s+an?\s+(?:[\w-]+\s+){0,2}"
    r"(?:note|report|briefing|commentary|paper|analysis)\b)",
    re.IGNORECASE,
)
# ", Senegalese officials said.", ", Ministry sources told reporters.": a reporting clause that
# ends the sentence after the deal; its people's state or body is where the news came from.
_REPORTING_TAIL = re.compile(
    r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:officials?|sources?|spokes(?:man|woman|person|people)|"
    r"diplomats?|authorities)\s+(?:said|say|says|told\s+(?:[\w-]+\s*){1,2}|confirmed|added|"
    r"noted)[\s\W]*$"
)
# "EKN will guarantee a loan of ... from Nordvik Bank": the guarantor of a loan is neither the
# borrower nor the lender (newcomer11 N11-01); nor is the state whose agency it is ("Sweden's
# export credit agency EKN will guarantee").
_GUARANTEES = re.compile(
    r"(?:['’]s?\s+(?:[\w-]+\s+){0,4}?[\w-]+|,\s+[^,]{1,60},)?\s+(?:(?:will|would|is|are|to|has|have|had|agreed|also|"
    r"expected|set|offered)\s+){0,3}(?:guarantee[sd]?|underwr(?:ite|ites|ote)|insure[sd]?)\s+"
    r"(?:[^\s,;]+\s+){0,4}(?:loans?|credit|financing|facility)\b",
    re.IGNORECASE,
)
_THINK_TANK_HEAD = {"institute", "centre", "center", "council", "foundation", "forum"}
_THINK_TANK_TOPIC = {
    "policy",
    "studies",
    "economics",
    "research",
    "affairs",
    "strategic",
    "analysis",
    "analytics",
    "intelligence",
}
_THINK_TANK_LAST = {"research", "economics", "analytics", "insights", "ratings"}


# A legislature or an exchange ratifies, hears or lists a deal; it is never a side of it:
# "Senate ratifies US$1.6bn deal", "a disclosure filed with the Dhaka Stock Exchange",
# "communicated to the Toronto Stock Exchange", "sent to the House of Representatives".
_NEVER_A_SIDE = re.compile(
    r"^(?:(?:the|The)\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Senate|Parliament|Congress|"
    r"House\s+of\s+(?:Representatives|Commons|Lords)|National\s+Assembly|Stock\s+Exchange|"
    r"Securities\s+Exchange|Bourse)$"
)
_ADDRESSED = re.compile(
    r"\b(?:filed\s+with|communicated\s+to|disclosed\s+to|notified|informed|sent\s+to|"
    r"submitted\s+to|told"
    # a guarantor or insurer: "with cover from CESCE", "guaranteed by Bpifrance"
    r"|cover\s+from|guaranteed\s+by|guarantees?\s+from|insured\s+by|insurance\s+from)"
    r"\s+(?:the\s+)?$"
)


# Words one of the patterns before a mention needs: most mentions have none, and then the
# patterns (read for every mention of every sentence a deal probes) are skipped.
_BEFORE_HINTS = (
    "analyst", "economist", "research", "strateg", "fellow", "professor", "expert",
    "consultant", "lecturer", "scholar", "comment", "observer", "specialist", "according",
    "filed", "communicated", "disclosed", "notified", "informed", "sent", "submitted", "told",
    "cover", "guarante", "insur",
)  # fmt: skip


def _quoted(text: str, start: int, end: int, m_start: int, m_end: int) -> bool:
    """Whether the mention at [m_start, m_end) of the sentence [start, end) is a source, an
    addressee, a guarantor or a dateline's state."""
    before = max(start, m_start - 60)
    window = text[before:m_start].lower()
    if any(map(window.__contains__, _BEFORE_HINTS)) and (  # (map: no generator frame)
        _SOURCE_BEFORE.search(text, before, m_start)
        or _ADDRESSED.search(text, max(start, m_start - 30), m_start)
    ):
        return True
    if _SOURCE_AFTER.match(text, m_end, min(end, m_end + 80)):
        return True
    after = text[m_end : min(end, m_end + 140)].lower()
    if ("guarant" in after or "underwr" in after or "insure" in after) and _GUARANTEES.match(
        text, m_end, min(end, m_end + 140)
    ):
        return True
    return in_dateline(text, m_start, m_end)  # "Bremen, Germany / Manta, Ecuador – 4 November"


def source_keys(
    text: str, start: int, end: int, mentions: list[Mention], never: frozenset[str] = frozenset()
) -> set[str]:
    """Keys of the mentions in [start, end) that are quoted sources, addressees, guarantors,
    datelines, or in ``never`` (legislatures and exchanges), not sides."""
    keys = {
        key
        for m_start, m_end, key in mentions
        if key in never or _quoted(text, start, end, m_start, m_end)
    }
    if " said" in text[end - 12 : end] or " told" in text[max(start, end - 40) : end]:
        keys |= _reporting(text, end, mentions)
    return keys


def _reporting(text: str, end: int, mentions: list[Mention]) -> set[str]:
    """The key of a state or body named only in a reporting clause that closes the sentence
    ("..., Senegalese officials said."); one also named in the deal itself ("to Pakistan,
    Pakistani officials said") stays a side."""
    start, m_end, key = mentions[-1]
    if text[start - 2 : start] != ", " or not _REPORTING_TAIL.match(text, m_end, end):
        return set()
    return set() if sum(m[2] == key for m in mentions) > 1 else {key}


def never_sides(actors: dict[str, ActorBuild]) -> frozenset[str]:
    """Keys of the legislatures and exchanges among ``actors``, and of projects ("the Almaty
    Heat Networks Modernisation Project" is what a loan pays for, not who borrows)."""
    return frozenset(
        k
        for k, a in actors.items()
        if _NEVER_A_SIDE.match(a.name)
        # "the World Food Programme" is an agency that receives grants (round 10)
        or (_PROJECT.search(a.name) and a.type != "international_organization")
    )


_PROJECT = re.compile(r"\s(?:Project|Programme|Program)$")


def not_sources(
    text: str, sentence: Sentence, mentions: list[Mention], never: frozenset[str]
) -> list[Mention]:
    """The mentions of ``sentence`` that may be sides of a deal."""
    if not mentions:
        return mentions
    quoted = source_keys(text, sentence.start, sentence.end, mentions, never)
    return [m for m in mentions if m[2] not in quoted]


def think_tank(actor: ActorBuild) -> bool:
    """A research body or commentator by its name ("Nairobi Policy Institute")."""
    if actor.type != "organization":
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", actor.name)]
    if not words:
        return False
    if words[-1] in _THINK_TANK_LAST:
        return True
    return bool(_THINK_TANK_HEAD & set(words)) and bool(_THINK_TANK_TOPIC & set(words))


_CENTRAL_BANK = re.compile(
    r"^(?:(?:Central|Reserve|National|State)\s+)?Bank\s+of\s+|\b(?:Central|Reserve)\s+Bank$"
)


def central_bank(actor: ActorBuild) -> bool:
    """ "Bank of Papua New Guinea", "Central Bank of Kenya", "Fiji Reserve Bank": a state's."""
    return bool(actor.country) and bool(_CENTRAL_BANK.search(actor.name))


def borrowing_bank(actor: ActorBuild, others: list[ActorBuild]) -> bool:
    """A state's central bank in a loan sentence with a foreign state: it borrows."""
    return central_bank(actor) and any(
        o.type == "state" and o.country and o.country != actor.country for o in others
    )


def lenders_among(
    actors: dict[str, ActorBuild], mentions: list[Mention], text: str = ""
) -> Callable[[str], bool]:
    """Which of a sentence's parties lend: banks and funds, but not a state's central bank
    beside a foreign state nor its finance ministry beside a bank or fund (round 19); any
    party "a loan of X" names (``text``: loan_of, round 10)."""
    present = [actors[k] for *_, k in mentions]
    banks = [a for a in present if borrowing_bank(a, present)]
    governed = lent_by_preposition(text, mentions)
    # "The Ministry of Finance and the Asian Development Bank signed": the ministry borrows.
    funds = any(lender_like(a) and not treasury_ministry(a) for a in present)

    def lends(key: str) -> bool:
        actor = actors[key]
        if key in governed:
            return True
        if funds and treasury_ministry(actor):
            return False
        if not banks:
            return lender_like(actor) or donor_body(actor)
        # The foreign state beside a state's central bank is the one that lends.
        if actor.type == "state":
            return any(b.country != actor.country for b in banks)
        return lender_like(actor) and actor not in banks

    return lends


def loan_lenders(
    actors: dict[str, ActorBuild], mentions: list[Mention], text: str, loan: bool
) -> Callable[[str], bool]:
    """``lenders_among``, built at once for a loan sentence; for any other only if asked
    (``parties.assign`` asks in loan sentences only: ~27 us a sentence saved, round 20)."""
    if loan:
        return lenders_among(actors, mentions, text)
    built: list[Callable[[str], bool]] = []

    def lends(key: str) -> bool:
        if not built:
            built.append(lenders_among(actors, mentions, text))
        return built[0](key)

    return lends


def unquoted_guesses(actors: dict[str, ActorBuild], found: Assignment) -> tuple[str, str, str, str]:
    """Buyer, seller and their whys, without a think-tank that only a guess made a side."""
    buyer, seller = found.buyer, found.seller
    if buyer and found.buyer_strength < 2 and think_tank(actors[buyer]):
        buyer = ""
    if seller and found.seller_strength < 2 and think_tank(actors[seller]):
        seller = ""
    return buyer, seller, found.buyer_why, found.seller_why


def lenders_in(found: Found, mentions: list[Mention]) -> list[str]:
    """Keys of the banks and funds among a sentence's mentions; an international organisation
    before a bank named after it ("the IMF ... its Extended Fund Facility")."""
    keys = {
        k for *_, k in mentions if lender_like(found.actors[k]) and not _forum(found.actors[k].name)
    }
    if len(keys) > 1:
        keys = {k for k in keys if found.actors[k].type.startswith("international")}
    return sorted(keys)


# A body that meets rather than lends (round 25, newcomer25 N25-11): "the next meeting of the
# Intergovernmental Committee on Trade and Economic Cooperation" names no lender of a loan told
# beside it, though "Cooperation" reads like a fund's name. Its head word decides ("Committee on
# ..."); a bank or fund named so ("Development Bank Council") still lends.
_FORUM_HEAD = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:Committee|Commission|Council|Forum|Summit|Conference|Assembly|"
    r"Dialogue|Roundtable)(?:\s+(?:on|for|of)\b|$)"
)


def _forum(name: str) -> bool:
    """Whether ``name`` is a committee, council or forum (not a bank or fund) by its head."""
    lowered = name.lower()
    return bool(_FORUM_HEAD.match(name)) and "bank" not in lowered and "fund" not in lowered
