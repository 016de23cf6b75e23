"""The oldest format version that holds a brief, so a team need not update every desk at once.

Format 3 only added deal kinds and party roles (concession, acquisition, award, sanctions and
their sides). A brief that uses none of them is written as format 2, which the previous BriefDesk
reads; this one reads format 2 as 3 unchanged (``migrations._v2_to_v3``). A brief that uses them
is written as 3, and the previous BriefDesk refuses it with its one-line "newer BriefDesk"
message instead of misreading it.
"""

from __future__ import annotations

from briefdesk.model.brief import FORMAT_VERSION, Brief
from briefdesk.model.codes import DealKind, PartyRole

OLDEST_WRITTEN = 2  # the versions this BriefDesk writes: 2 and 3 (the schema allows both)
_FORMAT_3_KINDS = frozenset(
    {DealKind.CONCESSION, DealKind.ACQUISITION, DealKind.AWARD, DealKind.SANCTIONS}
)
_FORMAT_3_ROLES = frozenset(
    {
        PartyRole.GRANTOR,
        PartyRole.CONCESSIONAIRE,
        PartyRole.PAYER,
        PartyRole.PAYEE,
        PartyRole.IMPOSING_PARTY,
        PartyRole.TARGET,
    }
)


def lowest_version(brief: Brief) -> int:
    """2 when no deal uses a format-3 kind or role, else 3 (``FORMAT_VERSION``)."""
    for deal in brief.deals:
        if deal.kind in _FORMAT_3_KINDS or any(p.role in _FORMAT_3_ROLES for p in deal.parties):
            return FORMAT_VERSION
    return OLDEST_WRITTEN
