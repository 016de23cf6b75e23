"""The oldest format version that holds a brief, so a team need not update every desk at once.

Formats 3 to 5 only added deal kinds and party roles: 3 concession, acquisition, award and
sanctions with their sides, 4 procurement and construction with a works contract's client and
contractor, 5 the lease with its lessor and lessee. A brief is written in the oldest version
that holds every kind and role it uses (2 when it uses none of them), which the BriefDesk of
that version reads; this one reads 2 to 4 as 5 unchanged (``migrations._v2_to_v3``,
``_v3_to_v4``, ``_v4_to_v5``). An older BriefDesk refuses a newer brief
with its one-line "newer BriefDesk" message instead of misreading it.
"""

from __future__ import annotations

from briefdesk.model.brief import Brief
from briefdesk.model.codes import DealKind, PartyRole

OLDEST_WRITTEN = 2  # the versions this BriefDesk writes: 2 to 5 (the schema allows them all)
# The format version that first holds each kind and role; those not named are in format 2.
_SINCE: dict[str, int] = {
    DealKind.CONCESSION: 3,
    DealKind.ACQUISITION: 3,
    DealKind.AWARD: 3,
    DealKind.SANCTIONS: 3,
    PartyRole.GRANTOR: 3,
    PartyRole.CONCESSIONAIRE: 3,
    PartyRole.PAYER: 3,
    PartyRole.PAYEE: 3,
    PartyRole.IMPOSING_PARTY: 3,
    PartyRole.TARGET: 3,
    DealKind.PROCUREMENT: 4,
    DealKind.CONSTRUCTION: 4,
    PartyRole.CLIENT: 4,
    PartyRole.CONTRACTOR: 4,
    DealKind.LEASE: 5,
    PartyRole.LESSOR: 5,
    PartyRole.LESSEE: 5,
}


def lowest_version(brief: Brief) -> int:
    """The oldest format that holds every deal kind and party role the brief uses: 2 when it
    uses none added since, 3 with a concession's grantor, 4 with a construction contract, 5 with
    a lease."""
    version = OLDEST_WRITTEN
    for deal in brief.deals:
        version = max(version, _SINCE.get(deal.kind, OLDEST_WRITTEN))
        for party in deal.parties:
            version = max(version, _SINCE.get(party.role, OLDEST_WRITTEN))
    return version
