"""The drafted BLUF and titles for a civil purchase and a works contract (newcomer13 N13-24):
"X has awarded Y a contract to build …", "X has signed a contract to buy … from Y" — never an
arms sale's "Y has signed a deal to sell … to X"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefdesk.editing.deal_sentence import deal_sentence
from briefdesk.extract.results import DealSuggestion, MoneySuggestion
from briefdesk.model.codes import DealStatus

AGENCY, MAKER = "National Space Agency", "Orbital Systems Ltd"
MINISTRY, BUILDER = "Ministry of Power", "Andes Grid Builders"


def _deal(kind: str, status: str = "reported", value: str = "", **fields: object) -> DealSuggestion:
    money = MoneySuggestion(Decimal("1"), "USD", value) if value else None
    return DealSuggestion(kind=kind, value=money, status=DealStatus(status), **fields)  # type: ignore[arg-type]


def _sats(status: str, buyer: str = AGENCY, seller: str = MAKER) -> DealSuggestion:
    return _deal(
        "procurement",
        status,
        "USD 240 million",
        item="earth-observation satellites",
        quantity=3,
        buyer=buyer,
        seller=seller,
    )


def _line(status: str, item: str = "330 kV transmission line", **sides: str) -> DealSuggestion:
    parties = {"buyer": MINISTRY, "seller": BUILDER, **sides}
    return _deal("construction", status, "USD 400 million", item=item, **parties)


@pytest.mark.parametrize(
    ("deal", "expected"),
    [
        (
            _sats("signed"),
            "The National Space Agency has signed a contract to buy three earth-observation "
            "satellites from Orbital Systems Ltd for USD 240 million.",
        ),
        (
            _sats("delivered"),
            "The National Space Agency has taken delivery of three earth-observation satellites "
            "bought from Orbital Systems Ltd for USD 240 million.",
        ),
        (
            _sats("reported", buyer=""),
            "Orbital Systems Ltd is reported to have won a contract to supply three "
            "earth-observation satellites for USD 240 million.",
        ),
        (
            _sats("cancelled"),
            "The purchase of three earth-observation satellites by the National Space Agency "
            "from Orbital Systems Ltd, worth USD 240 million, has been cancelled.",
        ),
        (
            _line("signed"),
            "The Ministry of Power has awarded Andes Grid Builders a contract to build a 330 kV "
            "transmission line, worth USD 400 million.",
        ),
        (
            _line("in_delivery"),
            "Andes Grid Builders is building a 330 kV transmission line for the Ministry of "
            "Power under a contract worth USD 400 million.",
        ),
        (
            _line("delivered", seller=""),
            "Construction of the 330 kV transmission line for the Ministry of Power, worth "
            "USD 400 million, is complete.",
        ),
        (
            _line("proposed", buyer=""),
            "Andes Grid Builders has bid for a contract to build a 330 kV transmission line, "
            "worth USD 400 million.",
        ),
        (
            _line("suspended"),
            "The contract with Andes Grid Builders to build a 330 kV transmission line for the "
            "Ministry of Power, worth USD 400 million, has been suspended.",
        ),
        (
            _line("signed", item="rehabilitation of the Kainji dam"),
            "The Ministry of Power has awarded Andes Grid Builders a contract for the "
            "rehabilitation of the Kainji dam, worth USD 400 million.",
        ),
        (
            _line("in_delivery", item="EPC contract for an 80 MW solar plant"),
            "Andes Grid Builders is carrying out the EPC contract for an 80 MW solar plant for "
            "the Ministry of Power, worth USD 400 million.",
        ),
        (
            _line("signed", item="substation at Kimpese"),
            "The Ministry of Power has awarded Andes Grid Builders a contract to build a "
            "substation at Kimpese, worth USD 400 million.",
        ),
        (
            _line("approved", item=""),
            "The Ministry of Power has approved awarding Andes Grid Builders a construction "
            "contract, worth USD 400 million.",
        ),
    ],
)
def test_a_purchase_and_a_works_contract_read_as_an_analyst_writes(
    deal: DealSuggestion, expected: str
) -> None:
    assert deal_sentence(deal) == expected


@pytest.mark.parametrize("kind", ["procurement", "construction"])
@pytest.mark.parametrize("status", list(DealStatus))
@pytest.mark.parametrize(
    "sides", [("Ruritania", "A Corp"), ("Ruritania", ""), ("", "A Corp"), ("", "")]
)
@pytest.mark.parametrize("item", ["", "railway bridge", "upgrade of the Lobo port", "80 km road"])
def test_every_status_side_and_item_gives_one_clean_sentence(
    kind: str, status: DealStatus, sides: tuple[str, str], item: str
) -> None:
    text = deal_sentence(
        _deal(kind, status.value, "$5 million", item=item, buyer=sides[0], seller=sides[1])
    )
    assert text[:1].isupper() and text.endswith(".") and "  " not in text
    assert " a a " not in text and " the the " not in text and ".." not in text
    assert "sell" not in text and "arms" not in text  # nobody sells arms in a civil contract
    assert "build upgrade" not in text and "contract under a contract" not in text
    if kind == "construction" and sides[0] and status in (DealStatus.SIGNED,):
        assert " has awarded " in text


def test_a_proposal_keeps_the_sources_own_verb() -> None:
    text = "The ministry is negotiating a contract with Andes Grid Builders for the line."
    deal = _line("proposed")
    deal.evidence.append((0, len(text)))
    assert deal_sentence(deal, text) == (
        "The Ministry of Power is negotiating a contract to build a 330 kV transmission line "
        "with Andes Grid Builders, worth USD 400 million."
    )


def test_a_drafted_brief_title_says_who_buys_and_who_builds() -> None:
    from briefdesk.editing.draft import brief_title

    assert brief_title(_sats("signed")) == (
        "National Space Agency to buy earth-observation satellites from Orbital Systems Ltd"
    )
    assert brief_title(_line("signed")) == (
        "Andes Grid Builders to build 330 kV transmission line for Ministry of Power"
    )
    assert brief_title(_line("signed", item="rehabilitation of the Kainji dam")) == (
        "Ministry of Power awards Andes Grid Builders contract for rehabilitation of the Kainji dam"
    )


def test_an_item_less_title_reads_in_the_kinds_words() -> None:
    from briefdesk.editing.accept import deal_title

    assert deal_title(_deal("procurement", buyer="Chile")) == "Procurement by Chile"
    assert deal_title(_deal("construction", buyer=MINISTRY)) == "Construction for Ministry of Power"
    assert (
        deal_title(_deal("construction", seller=BUILDER)) == "Construction by Andes Grid Builders"
    )


def test_ctrl_d_drafts_a_works_contract_with_its_client_and_contractor() -> None:
    """Draft (Ctrl+D and ``briefdesk draft``) from a source whose main deal is a works
    contract: the deal's parties are the client and the contractor, the BLUF awards the
    contract and the title says who builds what for whom."""
    from briefdesk.editing.draft import draft
    from briefdesk.editing.edits import apply_edits
    from briefdesk.extract.results import Extraction
    from briefdesk.model import Brief, Source
    from briefdesk.model.codes import DealKind, PartyRole

    text = (
        "The Ministry of Power signed a $400 million contract with Andes Grid Builders to "
        "build a 330 kV transmission line.\n"
    )
    source = Source(id="src-1", text=text)
    brief = Brief(sources=[source])
    deal = _line("signed")
    drafted = apply_edits(brief, draft(brief, "src-1", Extraction(deals=[deal])))
    made = drafted.deals[0]
    assert made.kind is DealKind.CONSTRUCTION
    names = {p.role: drafted.actor(p.actor_id).name for p in made.parties}  # type: ignore[union-attr]
    assert names == {PartyRole.CLIENT: MINISTRY, PartyRole.CONTRACTOR: BUILDER}
    assert drafted.bluf.startswith("The Ministry of Power has awarded Andes Grid Builders")
    assert drafted.header.title == (
        "Andes Grid Builders to build 330 kV transmission line for Ministry of Power"
    )


def test_a_works_contract_in_the_brief_is_known_by_its_client_and_contractor() -> None:
    """A suggestion naming the same client and contractor adds nothing to the brief's deal;
    one naming another contractor is another contract."""
    from briefdesk.editing.same_deal import adds_sides, matching_deal
    from briefdesk.model import Actor, Brief, Deal, DealItem, DealParty, Source
    from briefdesk.model.codes import DealKind, PartyRole

    ministry, builder = Actor(name=MINISTRY), Actor(name=BUILDER)
    held = Deal(
        kind=DealKind.CONSTRUCTION,
        items=[DealItem(designation="330 kV transmission line")],
        parties=[
            DealParty(actor_id=ministry.id, role=PartyRole.CLIENT),
            DealParty(actor_id=builder.id, role=PartyRole.CONTRACTOR),
        ],
    )
    source = Source(id="src-1", text="The ministry awarded the line contract.")
    brief = Brief(actors=[ministry, builder], deals=[held], sources=[source])
    same = _line("signed")
    assert matching_deal(brief, same, source) == 0
    assert not adds_sides(brief, same, source)
    assert matching_deal(brief, _line("signed", seller="Pacific Cable Works"), source) is None
