"""A lease or charter is its own kind (brief format 5, round 22; newcomer21 N21-02).

The extractor already reads aircraft or ships leased or chartered as no sale (``deal_services``
keeps them out of the arms sales, kind "other"), with the lessee or charterer in the buyer slot
and the lessor or owner in the seller slot — the gold conventions' sides for a lease. This names
such an "other" deal "lease" when its own sentences say it is leased or chartered and not
bought, so accepting it gives a lessee and a lessor, not a buyer and a seller. No new reading of
the text: the sides stay where they were, and the benchmark scores "lease" as the gold's
"other" (``bench_extract.as_gold_kinds``). Rights leased out by a state (a mining or
exploration lease) are a concession, named before this (``RIGHTS_RE``); an aircraft "operating
lease", which ``RIGHTS_RE`` also knows, is a lease.
"""

from __future__ import annotations

from briefdesk.extract import rx as re

# Lower-case words only: "Aerolux Leasing" and "Charter Communications" are names, not acts.
# Not "leaseback" or "lease them back" (a sale and leaseback is a sale), not "the leasing
# company" (who, not what), not "charter flights" or "chartered accountants", not a bare
# "charter" noun (a body's founding charter): a charter is chartered, or a kind of charter.
_LEASED = re.compile(
    r"\b(?:leases|leased|leasing|lease)\b(?!\s+(?:\w+\s+)?back)"
    r"(?!\s+(?:company|companies|firm|arm|unit|group|subsidiary|business|rates?|payments?))|"
    r"\b(?:bareboat|time|wet|dry|voyage)[- ]charter\w*|"
    r"\b(?:to\s+charter|charter[- ](?:agreement|contract|deal|party)s?)\b|"
    r"\b[\w]+-(?:year|month|week)\s+charter\b|"  # "the three-year charter of the supply ship"
    r"\bcharter\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:ships?|vessels?|boats?|aircraft|tankers?|carriers?|jets?|helicopters?)\b|"
    r"\b(?:charters|chartered|chartering)\b"
    r"(?!\s+(?:flights?|airlines?|carriers?|operators?|company|companies|firm|accountants?|"
    r"institute|bank|school))"
)
# The deal's words say it is bought or sold: another deal's lease is told beside it. An option
# to buy at the lease's end is left out first, as the draft does (``editing/deal_act``).
_BOUGHT = re.compile(r"\b(?:buy|buys|bought|purchased?|sells?|sold|ordered|acquired?)\b")
_OPTION = re.compile(
    r"\boptions?\s+(?:for\s+[^.;]{0,40}?\s+)?to\s+(?:lease|charter|buy|purchase)\b"
)
# Rights leased: a concession's words ("mining lease", "exploration lease", "a lease for the
# Delta 4 block", "the Block IX lease", a lease a state grants).
_RIGHTS_LEASE = re.compile(
    r"\b(?:mining|mineral|exploration|exploitation|prospecting|extraction|petroleum|oil|gas|"
    r"production)\s+leases?\b|"
    r"\bleas\w*\s+(?:for|of|over|on)\s+[^.;]{0,30}?\b(?:block|field|acreage|deposit)s?\b|"
    r"\b(?:block|field)\s+(?:[\w-]+\s+){0,2}leases?\b|"
    # a lease a state grants: "Corfo granted a 30-year lease on the salt flat to X"
    r"\bgrant(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,4}?leases?\b"
)


def leased(words: str) -> str:
    """The words that say a deal is leased or chartered ("leased", "wet lease"), or "" when
    ``words`` (the deal's own sentences) say it is bought or sold, or say neither."""
    words = _OPTION.sub(" ", words)
    if _BOUGHT.search(words) or _RIGHTS_LEASE.search(words):
        return ""
    found = _LEASED.search(words)
    return found.group() if found else ""
