"""An agreement that grants rights to the side it is signed with (round 23, newcomer22's
leftover 1): "The Ministry of Maritime Economy has signed a fisheries access agreement with
Noordzee Pelagic Trawlers BV, granting the company the right to fish …".

Both sides of such a deal were only guessed ("the government side buys from the company"), so
the draft made them signatories of an agreement, and the suggestion had the ministry buying.
The words say who gives: the side the agreement is signed *with* and then granted something
("granting it / the company / <its name>") is the holder, the other the grantor — the rights'
two sides as the gold conventions give a concession (buyer slot the concessionaire, seller slot
the grantor). Read only when both sides were guessed, so no side the text gave is overruled.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_guess import is_guess
from briefdesk.extract.deal_kinds import DealBuild

# "… agreement with X(, a Dutch company,), granting it|them|the company|X …"; "…, which grants"
_WITH_GRANTING = re.compile(
    r"\b(?:agreement|accord|contract|deal|licen[cs]e)\s+with\s+(?:the\s+)?"
    r"(?P<holder>[A-Z][^,;]{1,80}?)(?:,\s+(?:a|an|the)\s+[^,;]{1,60},)?,?\s+"
    r"(?:which\s+)?(?:granting|grants|that\s+grants|giving|gives)\s+"
    r"(?P<who>it|them|the\s+(?:company|firm|group|consortium|operator|licensee)|[A-Z])"
)
_GRANTING_HINT = ("granting", "grants", "giving", "gives")
WHY_HOLDER = "concessionaire: the agreement signed with it grants it the rights"
WHY_GRANTOR = "grants the rights: the agreement it signed grants them to the other side"


def granted_with(deal: DealBuild, said: str) -> str:
    """The holder's name when ``said`` (the deal's own sentences) grants rights to the side the
    agreement is signed with and both of ``deal``'s sides were guessed; the deal's sides are
    then set as holder (buyer slot) and grantor (seller slot). "" when not."""
    if not any(word in said for word in _GRANTING_HINT):
        return ""
    if not (deal.buyer and deal.seller) or not (
        is_guess(deal.buyer_why) and is_guess(deal.seller_why)
    ):
        return ""
    for found in _WITH_GRANTING.finditer(said):
        holder = found.group("holder").strip()
        who = found.group("who")
        if who[:1].isupper() and not said.startswith(holder.split()[0], found.start("who")):
            continue  # "granting Kenya …": another name, not the holder again
        for name, other in ((deal.buyer, deal.seller), (deal.seller, deal.buyer)):
            if holder == name or holder.startswith(name) or name.startswith(holder):
                deal.buyer, deal.seller = name, other
                deal.buyer_why, deal.seller_why = WHY_HOLDER, WHY_GRANTOR
                deal.weak = False
                return name
    return ""
