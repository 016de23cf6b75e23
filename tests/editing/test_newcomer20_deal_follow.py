"""newcomer20 N20-02: a kind change that leaves two signatories says so, a deal drafted as
"Deal between A and B" is retitled once its two sides are named, and the procurement Role list
names its sides in the contract's words (tests/gui/test_newcomer20_parties.py)."""

from __future__ import annotations

from briefdesk.editing.deal_follow import kind_follow, role_follow
from briefdesk.editing.edits import apply_edits
from briefdesk.model import Actor, Brief, Deal, DealParty
from briefdesk.model.codes import DealKind, PartyRole

AGENCY = Actor(name="Zamundan Space Agency")
FIRM = Actor(name="Arvelle Launch Services")
TITLE = "Deal between Zamundan Space Agency and Arvelle Launch Services"


def _signed() -> Brief:
    parties = [
        DealParty(actor_id=AGENCY.id, role=PartyRole.SIGNATORY),
        DealParty(actor_id=FIRM.id, role=PartyRole.SIGNATORY),
    ]
    brief = Brief(actors=[AGENCY, FIRM], deals=[Deal(title=TITLE, parties=parties)])
    brief.header.title = "Halden centre commentary"
    return brief


def test_a_kind_change_that_leaves_two_signatories_says_so() -> None:
    edits, said = kind_follow(_signed(), "deals[0].kind", DealKind.PROCUREMENT)
    assert [e.path for e in edits] == ["deals[0].kind"]
    assert "no party is its buyer or seller yet: set them under Parties, Role" in said
    # into a joint venture, signatories are its sides: nothing to say
    assert kind_follow(_signed(), "deals[0].kind", DealKind.JOINT_VENTURE) == ([], "")


def test_a_deal_between_two_signatories_is_retitled_once_both_sides_are_named() -> None:
    brief = _signed()
    brief.deals[0].kind = DealKind.PROCUREMENT
    # one side named: the title still says "between" (the other is still a signatory)
    assert role_follow(brief, "deals[0].parties[0].role", PartyRole.BUYER) == ([], "")
    brief.deals[0].parties[0].role = PartyRole.BUYER
    edits, said = role_follow(brief, "deals[0].parties[1].role", PartyRole.SELLER)
    after = apply_edits(brief, edits)
    assert after.deals[0].parties[1].role == PartyRole.SELLER
    assert "between" not in after.deals[0].title
    assert after.deals[0].title == "Procurement by Zamundan Space Agency"  # the made-up title
    assert after.header.title == "Halden centre commentary"  # not the deal's: left alone
    assert "retitled" in said
    # a title the user wrote is never touched
    brief.deals[0].title = "Launch contract"
    assert role_follow(brief, "deals[0].parties[1].role", PartyRole.SELLER) == ([], "")
