"""The house rule's guess is drafted (newcomer17 N17-04): a public body that signs an arms,
procurement or works contract with a company buys from it. A newsletter's main deal ("Kenya's
Ministry of Defence has signed a $310 million contract with ...") was drafted with no parties and
a BLUF naming nobody. Every other guess (two states, two companies, other kinds) stays a
suggestion, as N12-26 wants."""

from __future__ import annotations

import pytest

from briefdesk.editing.draft import bluf_draft, draft
from briefdesk.editing.draft_sure import main_deal
from briefdesk.editing.edits import apply_edits
from briefdesk.extract import extract_text
from briefdesk.model import Brief, Source

MINISTRY = (
    "NAIROBI - Zamundan Ministry of Defence has signed a $310 million contract with Falcorra "
    "Aeronautica SpA for six FX-9 attack helicopters, officials said on Tuesday.\n"
)


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (MINISTRY, "Ministry of Defence", "Falcorra Aeronautica SpA"),
        (
            "The Norvian Defence Materiel Agency signed a EUR 120 million contract with Brask "
            "Systems AB for 40 armoured trucks.\n",
            "Defence Materiel Agency",
            "Brask Systems AB",
        ),
    ],
)
def test_a_public_body_contracting_with_a_company_is_drafted_as_buyer(
    text: str, buyer: str, seller: str
) -> None:
    deal = main_deal(extract_text(text), text)
    assert deal is not None
    assert buyer in deal.buyer and deal.seller == seller
    sentence = bluf_draft(deal, text)
    assert seller in sentence and buyer in sentence


def test_the_draft_gives_the_main_deal_its_parties_and_a_bluf_naming_them() -> None:
    brief = Brief(sources=[Source(id="src-1", text=MINISTRY)])
    drafted = apply_edits(brief, draft(brief, "src-1", extract_text(MINISTRY)))
    (deal,) = drafted.deals
    roles = {str(p.role): drafted.actor(p.actor_id).name for p in deal.parties}  # type: ignore[union-attr]
    assert roles["seller"] == "Falcorra Aeronautica SpA"
    assert roles["buyer"].endswith("Ministry of Defence")
    assert "Falcorra Aeronautica SpA" in drafted.bluf and "Ministry of Defence" in drafted.bluf


@pytest.mark.parametrize(
    ("text", "never"),
    [
        # two states: no direction, the guess stays a suggestion (N12-26)
        ("Georgia and Armenia signed a €120 million electricity agreement in Tbilisi.\n",
         ("Georgia", "Armenia")),
        # two companies: the first-named is only guessed to sell
        ("Orvane Energy Ltd and Delmar Turbines GmbH signed a $40 million contract for two gas "
         "turbines.\n", ("Orvane", "Delmar")),
        # a ministry and a company, but gas may go either way: not the house rule's kinds
        ("The Ministry of Energy signed a $200 million gas agreement with Carrow Petroleum plc.\n",
         ("Ministry", "Carrow")),
        ("The Ministry of Finance signed a $200 million agreement with Carrow Bank plc.\n",
         ("Ministry", "Carrow")),
    ],
)  # fmt: skip
def test_other_guesses_stay_suggestions(text: str, never: tuple[str, ...]) -> None:
    deal = main_deal(extract_text(text), text)
    assert deal is not None
    sentence = bluf_draft(deal, text)
    assert sentence and not any(name in sentence for name in never)


def test_an_agency_contracting_with_a_company_in_an_other_deal_keeps_the_direction() -> None:
    """newcomer20 N20-01: "INASA signed a US$185 million contract with Arvelle" (kind other)
    was drafted with both as signatories though its suggestion read "Arvelle → INASA"; the
    drafted deal has the suggestion's buyer and seller, the BLUF still names both as signing."""
    text = (
        "On 14 October the Zamundan Space Agency signed a US$185 million contract with Arvelle "
        "Launch Services SA, officials said.\n"
    )
    brief = Brief(sources=[Source(id="src-1", text=text)])
    drafted = apply_edits(brief, draft(brief, "src-1", extract_text(text)))
    (deal,) = drafted.deals
    roles = {drafted.actor(p.actor_id).name: p.role for p in deal.parties}  # type: ignore[union-attr]
    assert roles == {"Zamundan Space Agency": "buyer", "Arvelle Launch Services SA": "seller"}
