"""Round 11: licences taken away in more wordings ("suspended for six months the licence of X",
"revoked an exploration licence over the Y area held by X", an unnamed grantor), and "the Work
Plan" read as no plan. Made-up sentences only."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


@pytest.mark.parametrize(
    ("text", "holder", "grantor", "status"),
    [
        (
            "The Ministry of Natural Resources has suspended for six months the subsoil use "
            "licence of Naryn Gold LLC over the Kumtor deposit, citing tailings violations.",
            "Naryn Gold LLC",
            "Ministry of Natural Resources",
            "suspended",
        ),
        (
            "The Ministry of Mines has revoked an exploration licence over the Kafubu North "
            "area held by Chambishi Exploration Ltd for failure to meet work commitments.",
            "Chambishi Exploration Ltd",
            "Ministry of Mines",
            "cancelled",
        ),
        (
            "Mining news. The same ministry has revoked the prospecting licence of Copperbelt "
            "Prospects Ltd for failure to meet work commitments.",
            "Copperbelt Prospects Ltd",
            "",
            "cancelled",
        ),
        (
            "The Ministry of Mines revoked the licence of Batu Hijau Mining Ltd because it did "
            "not file its Work Plan and Budget for three years.",
            "Batu Hijau Mining Ltd",
            "Ministry of Mines",
            "cancelled",
        ),
    ],
)
def test_a_licence_taken(text: str, holder: str, grantor: str, status: str) -> None:
    deals = extract_text(text).deals
    assert [(d.buyer, d.seller, d.status) for d in deals] == [(holder, grantor, status)]


@pytest.mark.parametrize(
    "text",
    [
        # A plan to revoke is no deal of today.
        "The Ministry of Mines plans to revoke the licence of Copperbelt Prospects Ltd next "
        "year.",
        # Revoking a visa or a press card names no licence.
        "The Ministry of Interior revoked the press card of Nordic Media Ltd reporter Anna Berg.",
    ],
)
def test_no_licence_deal(text: str) -> None:
    assert extract_text(text).deals == []
