"""Made-up titles follow a swap of a one-sided deal and a change of kind; a kind change gives
the sides the new kind's roles; Checks say when a drafted title names another kind than the
main deal's (newcomer17 N17-02, N17-03)."""

from __future__ import annotations

from briefdesk.editing.deal_follow import kind_change_edits, kind_follow
from briefdesk.editing.deal_swap import swap_edits
from briefdesk.editing.edits import apply_edits
from briefdesk.model import Actor, Brief, Deal, DealParty
from briefdesk.model.codes import DealKind, PartyRole
from briefdesk.party_review import title_findings


def _loan(role: PartyRole, title: str, brief_title: str = "") -> Brief:
    harlow = Actor(name="Harlow Minerals plc")
    deal = Deal(title=title, kind=DealKind.LOAN, parties=[DealParty(actor_id=harlow.id, role=role)])
    brief = Brief(actors=[harlow], deals=[deal])
    brief.header.title = brief_title or title
    brief.drafted = {"header.title": brief.header.title}
    return brief


def test_a_one_sided_swap_turns_the_made_up_titles() -> None:
    brief = _loan(PartyRole.LENDER, "Loan from Harlow Minerals plc")
    after = apply_edits(brief, swap_edits(brief, 0))
    assert after.deals[0].parties[0].role == PartyRole.BORROWER
    assert after.deals[0].title == "Loan to Harlow Minerals plc"
    assert after.header.title == "Loan to Harlow Minerals plc"
    assert after.drafted["header.title"] == "Loan to Harlow Minerals plc"


def test_a_title_the_user_wrote_stays_through_a_swap() -> None:
    brief = _loan(PartyRole.LENDER, "Harlow's bridge financing")
    brief.header.title = "Harlow raises cash"  # rewritten: no longer as drafted
    after = apply_edits(brief, swap_edits(brief, 0))
    assert after.deals[0].title == "Harlow's bridge financing"
    assert after.header.title == "Harlow raises cash"


def test_a_kind_change_maps_the_sides_and_the_titles_follow() -> None:
    brief = _loan(PartyRole.BORROWER, "Loan to Harlow Minerals plc")
    after = apply_edits(brief, kind_change_edits(brief, 0, DealKind.ACQUISITION))
    assert after.deals[0].kind == DealKind.ACQUISITION
    assert after.deals[0].parties[0].role == PartyRole.BUYER
    assert after.deals[0].title == "Acquisition by Harlow Minerals plc"
    assert after.header.title == "Acquisition by Harlow Minerals plc"
    assert title_findings(after) == []


def test_a_lender_becomes_a_grantor_and_a_signatory_stays() -> None:
    mining = Actor(name="Mining Commission")
    firm = Actor(name="Lindi Graphite Ltd")
    deal = Deal(
        title="Nachu graphite licence",
        kind=DealKind.LOAN,
        parties=[
            DealParty(actor_id=mining.id, role=PartyRole.LENDER),
            DealParty(actor_id=firm.id, role=PartyRole.BORROWER),
            DealParty(actor_id=firm.id, role=PartyRole.SIGNATORY),
        ],
    )
    brief = Brief(actors=[mining, firm], deals=[deal])
    edits, said = kind_follow(brief, "deals[0].kind", DealKind.CONCESSION)
    after = apply_edits(brief, edits)
    roles = [p.role for p in after.deals[0].parties]
    assert roles == [PartyRole.GRANTOR, PartyRole.CONCESSIONAIRE, PartyRole.SIGNATORY]
    assert after.deals[0].title == "Nachu graphite licence"  # not made from the deal
    assert "Mining Commission now the grantor" in said


def test_a_kind_change_alone_brings_nothing_more() -> None:
    brief = _loan(PartyRole.BORROWER, "Harlow's facility", "Harlow's facility")
    brief.deals[0].kind = DealKind.OTHER
    brief.deals[0].parties[0].role = PartyRole.GUARANTOR
    assert kind_follow(brief, "deals[0].kind", DealKind.ARMS_SALE) == ([], "")


def test_checks_say_when_a_drafted_title_names_another_kind() -> None:
    brief = _loan(PartyRole.BUYER, "Caspara Copper Ltd", "Loan to Harlow Minerals plc")
    brief.deals[0].kind = DealKind.ACQUISITION
    (finding,) = title_findings(brief)
    assert finding.path == "header.title"
    assert "names a loan" in finding.message and "an acquisition" in finding.message
    brief.header.title = "Harlow buys Caspara"  # the user's own title is theirs
    assert title_findings(brief) == []
    brief.header.title = brief.drafted["header.title"] = "Acquisition by Harlow Minerals plc"
    assert title_findings(brief) == []
