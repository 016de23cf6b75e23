"""Cues that mark a short name with no legal form as a company, read from the words around
it (round 6): what only a firm does or is ("Kalumba, which holds a 10% interest", "guaranteed
by Bpifrance", "NOCAL opens bidding"), and a firm named after a city's possessive ("London's
Harcourt Commodity Finance"). A state is settled before these are asked (a loan "guaranteed
by Kenya" is Kenya); a title before a name is read by earlier rules."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.components.town_cues import firm_after_city
from briefdesk.extract.firm_roles import (
    deal_party,
    listed_with_body,
    lone_acronym,
    owned_unit,
    role_apposition,
)
from briefdesk.extract.resolver import Resolver

# ", which holds a 10% interest", ", which owns the concession": a stake or a title to an
# asset is a firm's.
_HOLDS_AFTER = re.compile(
    r",\s+which\s+(?:already\s+|also\s+|still\s+|now\s+)?(?:holds|held|owns|owned|controls|"
    r"controlled)\s+(?:a|an|the|its|\d)"
)
# "guaranteed by Bpifrance", "insured by Atradius": an export-credit agency or an insurer.
_BACKED_BY = re.compile(r"\b(?:guaranteed|backed|reinsured|co-?financed|cofinanced)\s+by\s+$")
# "NOCAL opens bidding", "Sonara launched a tender": only a buyer of works calls for bids.
_BIDS_AFTER = re.compile(
    r"\s+(?:opens|opened|launches|launched|invites|invited|issues|issued|calls|called)\s+"
    r"(?:for\s+)?(?:bidding|bids|tenders|a\s+tender|the\s+tender|expressions\s+of\s+interest)\b"
)


# "Škoda Transportation a.s.", "Mazurtech sp. z o.o.": a lower-case legal form after the name.
_LOWER_FORM_AFTER = re.compile(
    r",?\s(?:a\.s|s\.r\.o|d\.o\.o|s\.p\.a|s\.r\.l|spol|sp\.\s+z\s+o\.o|e?hf)\.?(?!\w)"
)


def firm_cue(res: Resolver, start: int, end: int, words: list[str]) -> bool:
    """True when the words around a name mark it as a company (see the module's docstring)."""
    after = res.after(end, 60)
    if (after[:1] == "," and _HOLDS_AFTER.match(after)) or (
        after[:1] == " " and (_BIDS_AFTER.match(after) or _LOWER_FORM_AFTER.match(after))
    ):
        return True
    before = res.before(start, 30)
    if before.endswith("by ") and _BACKED_BY.search(before):
        return True
    if (
        role_apposition(res, start, end, words)
        or listed_with_body(res, start, end, words)
        or lone_acronym(res, start, end, words)
        or deal_party(res, start, end, words)
        or owned_unit(res, start, end, words)
    ):
        return True  # "The contractor, Maranta,"; "Eni, TotalEnergies and Qatar Energy"
    return firm_after_city(res, start, words)
