"""The investment a concessionaire commits to (issue 10, round 10): "The concessionaire will
invest about 21 billion Djibouti francs", "the company committed to invest US$310 million",
"The Rotterdam-registered company commits to a minimum work programme of US$42 million".

The amount is what the holder of a concession, licence, lease or production sharing contract
pays in for the rights: the company that commits buys, the government side that grants the
rights sells. The company is the subject of the commitment when the sentence names it, else
the company the paragraph before names ("the company", "the concessionaire", "they"); the
grantor is the government side the deal already has or the paragraph names, else the state
the article is about (deal_sides fills it).
"""

from __future__ import annotations

import bisect

from briefdesk.extract import rx as re
from briefdesk.extract.deal_invest_grant import grant_sides, told_twice
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_parties import is_government
from briefdesk.extract.resolver import ActorBuild, Found

Mention = tuple[int, int, str]
# "The Milan-listed company", "The Dubai-based firm": a holder described by where it is listed,
# based or registered points back as "The company" does (round 19, fresh-16 U22).
HOME_MODIFIER = (
    r"(?:[A-Za-z][\w.]*(?:\s+[A-Z][\w.]*)?-(?:listed|based|registered|headquartered)\s+)?"
)
_MONEY_KINDS = frozenset({"loan", "grant"})
# The words between the commitment and its amount (the amount's own clause, read backwards).
_COMMITS = re.compile(
    r"(?:\b(?:commit(?:s|ted)?|undertak(?:es|en|ing)|pledged?)\s+(?:itself\s+)?"
    r"(?:to\s+(?:invest|spend|an?\s+|the\s+)?)?|\bwill\s+invest\s+|\bto\s+invest\s+|"
    r"\bcommitted\s+investment\s+of\s+|\bminimum\s+(?:work\s+program(?:me)?|investments?)\s+|"
    r"\binvestment\s+(?:commitment|obligation)s?\s+of\s+)"
    r"[^.;]{0,70}$"
)
_PARTNER = re.compile(
    r"\.?[^.;]{0,30}?\b(?:together\s+with|and|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$"
)
_MEMBER = re.compile(r"\b(?:includ(?:es|ed|ing)|comprising|comprises|members?)\b")
_OFFICES = frozenset({"Director", "Directorate", "Minister", "Secretary", "Commissioner"})
_WINDOW = 700  # characters before the amount's sentence read for the company and grantor


def _company(actor: ActorBuild) -> bool:
    # "Director General of Minerals and Coal" is an office of the grantor, no company.
    return (
        actor.type == "organization"
        and not is_government(actor)
        and actor.name.split()[0] not in _OFFICES
    )


def _granting(actor: ActorBuild) -> bool:
    return actor.type == "state" or is_government(actor)


def commitment_sides(text: str, found: Found, deals: list[DealBuild]) -> None:
    """The holder buys and the grantor sells each deal whose amount is a commitment to invest."""
    ordered: list[Mention] = []
    for deal in list(deals):
        if deal not in deals:
            continue  # (folded into a pledge read before)
        if deal.kind in _MONEY_KINDS or not deal.value or not deal.evidence:
            continue
        value = deal.value.start
        # (the amount's own sentence: a price folded into the deal told before follows it)
        start, end = next(((s, e) for s, e in deal.evidence if s <= value < e), deal.evidence[0])
        commit = (
            _COMMITS.search(text, max(start, value - 110), value) if start <= value < end else None
        )
        if commit is None:
            continue
        ordered = ordered or sorted(found.mentions)
        starts = [m[0] for m in ordered]
        before = ordered[
            bisect.bisect_left(starts, max(0, start - _WINDOW)) : bisect.bisect_left(starts, value)
        ]
        actors = found.actors
        sides = [a for a in actors.values() if a.name and a.name in {deal.buyer, deal.seller}]
        firms = [a for a in sides if _company(a)]
        # The company named nearest before the commitment ("where the Canadian company X
        # commits"), else the deal's one company side ("the concessionaire will invest").
        here = [m for m in before if start <= m[0] and m[1] <= commit.start()]
        firms_here = [m for m in here if _company(actors[m[2]])]
        # "led by X together with Y, committed": the leader, not its partner.
        partners = set()
        while len(firms_here) > 1 and _PARTNER.match(text, firms_here[-2][1], firms_here[-1][0]):
            partners.add(actors[firms_here.pop()[2]].name)
        if firms_here and _MEMBER.search(
            text, max(start, firms_here[-1][0] - 60), firms_here[-1][0]
        ):
            firms_here = []  # "The consortium, which includes X, will invest": X is a member
        holder = actors[firms_here[-1][2]] if firms_here else None
        grant = grant_sides(text, found, ordered, deal, (start, commit.start()), holder)
        if grant is not None:
            told_twice(deals, deal, grant)
            continue  # the grant told before names the holder and the grantor (round 23)
        if holder is None and len(firms) == 1:
            holder = firms[0]
        if holder is None and not firms_here:
            holder = _pointed_holder(text, start, before, actors)
        if holder is None:
            continue
        _orient(deal, holder, before, actors, partners)


# A commitment whose subject points back: "The company had committed", "They have committed"
# (one holder: the company named last; several: the first named, the leader or operator).
_ONE_HOLDER = re.compile(
    r"\W*(?:It|The\s+" + HOME_MODIFIER + r"(?:company|concessionaire|miner|firm|operator|"
    r"developer|licensee|investor|explorer))\b(?!-)"
)
_SEVERAL_HOLDERS = re.compile(r"\W*(?:They|The\s+(?:partners|consortium|holders|investors))\b(?!-)")
_OWNED_BY = re.compile(r"\b(?:subsidiary|unit|arm|affiliate|owned\s+by|parent)\W+(?:\w+\W+){0,3}$")


def _pointed_holder(
    text: str, start: int, before: list[Mention], actors: dict[str, ActorBuild]
) -> ActorBuild | None:
    """The company a commitment's pointing subject stands for, named in the sentence before
    (round 15): not a government side, nor an owner in an apposition ("a subsidiary of X")."""
    one = _ONE_HOLDER.match(text, start)
    if not one and not _SEVERAL_HOLDERS.match(text, start):
        return None
    previous = text.rfind(". ", 0, max(0, start - 2)) + 1
    firms = [
        actors[k]
        for s, e, k in before
        if previous <= s
        and e <= start
        and _company(actors[k])
        and not _OWNED_BY.search(text, max(0, s - 40), s)
    ]
    if not firms:
        return None
    return firms[-1] if one else firms[0]


def _orient(
    deal: DealBuild,
    holder: ActorBuild,
    before: list[Mention],
    actors: dict[str, ActorBuild],
    partners: set[str],
) -> None:
    """The holder buys; a side the deal had on the other side stays the grantor, an empty one
    is the government body the paragraph names (else left for the article's state)."""
    if deal.buyer and deal.buyer != holder.name and deal.seller != holder.name:
        return  # both sides already others: the commitment says nothing about them
    other = deal.buyer if deal.seller == holder.name else deal.seller
    if other in partners:
        other = ""  # the holder's consortium partner grants nothing
    if not other:
        other = next(
            (
                actors[k].name
                for _s, _e, k in reversed(before)
                if _granting(actors[k]) and actors[k].type != "state"
            ),
            "",
        )
    if deal.buyer != holder.name:
        deal.buyer, deal.buyer_why = holder.name, "commits the investment: the rights' holder"
    if deal.seller != other:
        deal.seller = other
        deal.seller_why = "the other side of the rights' holder" if other else ""
