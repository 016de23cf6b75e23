"""The signer buys, not the end user (issue 10, round 10): "The Ministry of Defence signed a
contract with Kenya Shipyards for two patrol vessels for the Kenya Navy" - the ministry signs
and buys, the navy only receives the ships. A buyer read from the closing "for the <unit>"
gives way to the government body that signed with the company, and the company after "with"
sells (a guess had made the ministry the seller, since the yard shares the navy's state).

Only a government signer (ministry, agency, department, a state) and a company after "with"
count; two companies, or a government after "with", keep their sides.
"""

from __future__ import annotations

import bisect

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_parties import is_government
from briefdesk.extract.resolver import Found

Mention = tuple[int, int, str]
# Between the signer and the company: the signing verb, then "with" before the company.
_SIGNED_WITH = re.compile(
    r"[^.;]{0,60}?\b(?:signed|inked|concluded|sealed)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\bwith\s+"
    r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?$"
)
# Before the end user: "for the", "for its", with the item's words between it and the company.
_FOR_USER = re.compile(r"\bfor\s+(?:the\s+|its\s+)?$")
_FOR_WHY = re.compile(r"\bfor(?: the| its)?'")


def _mentions(ordered: list[Mention], starts: list[int], start: int, end: int) -> list[Mention]:
    first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    inside = ordered[first:last]
    # "Kenya" inside "Kenya Shipyards Limited" is no mention of its own here.
    return [m for m in inside if not any(o != m and o[0] <= m[0] and m[1] <= o[1] for o in inside)]


def signer_buys(text: str, found: Found, deals: list[DealBuild]) -> None:
    """Turn each deal whose buyer is the end user named after "for" into the signer's (in
    the amount's sentence or the one it points back to: "The contract, worth KSh 14.6bn")."""
    ordered: list[Mention] = []
    for deal in deals:
        if not deal.evidence or not _FOR_WHY.search(deal.buyer_why):
            continue
        ordered = ordered or sorted(found.mentions)
        starts = [m[0] for m in ordered]
        for start, end in [*deal.evidence, _before(text, ordered, found, deal)]:
            if start < end and _turned(text, found, deal, _mentions(ordered, starts, start, end)):
                break


def _before(text: str, ordered: list[Mention], found: Found, deal: DealBuild) -> tuple[int, int]:
    """The sentence before the amount's, up to its last mention of the buyer: the side a
    sentence like "The contract, worth KSh 14.6 billion, covers" took from the one before."""
    first = deal.evidence[0][0]
    user = [m for m in ordered if m[1] <= first and found.actors[m[2]].name == deal.buyer]
    if not user or first - user[-1][1] > 40:
        return 0, 0
    end = user[-1][1]
    start = max(text.rfind(". ", 0, end), text.rfind("\n\n", 0, end)) + 1
    return start, end


def _turned(text: str, found: Found, deal: DealBuild, mentions: list[Mention]) -> bool:
    for i, (_a_start, a_end, a_key) in enumerate(mentions[:-1]):
        signer = found.actors[a_key]
        if signer.name == deal.buyer:
            continue
        # "with Brazilian manufacturer X": the state of the adjective is skipped.
        after = [m for m in mentions[i + 1 :] if found.actors[m[2]].type != "state"]
        if not after:
            return False
        b_start, b_end, b_key = after[0]
        other = found.actors[b_key]
        if other.type != "organization" or is_government(other) == is_government(signer):
            continue
        if not _SIGNED_WITH.match(text, a_end, b_start):
            continue
        if not any(
            found.actors[m[2]].name == deal.buyer
            and _FOR_USER.search(text, max(b_end, m[0] - 12), m[0])
            for m in after[1:]
        ):
            return False
        government, company = (signer, other) if is_government(signer) else (other, signer)
        deal.buyer, deal.seller = government.name, company.name
        deal.buyer_why = "signed with the company; the unit after 'for' only receives"
        deal.seller_why = "the company the government side signed with"
        return True
    return False


# Reasons that only say a party is there, not what it does.
_WEAK = re.compile(r"^(?:a guess|the other party|the other member|after '[^']*\bfor')")


def one_actor_both_sides(deals: list[DealBuild]) -> None:
    """A deal never has one actor on both sides ("Vietnam signs $700 mn deal for Indian
    missiles": India sells by the origin adjective, so "for Indian" names no buyer). The side
    whose reason is weaker (a guess, "the other party", a demonym after "for") is emptied for
    the later rules (the article's own state) to fill."""
    for deal in deals:
        if not deal.buyer or deal.buyer != deal.seller:
            continue
        if _WEAK.match(deal.seller_why) and not _WEAK.match(deal.buyer_why):
            deal.seller, deal.seller_why = "", ""
        else:
            deal.buyer, deal.buyer_why = "", ""
