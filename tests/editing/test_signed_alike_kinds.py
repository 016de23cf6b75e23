"""A deal whose parties sign alike (a joint venture, a memorandum, a trade agreement) has
signatories, not a seller and a buyer (newcomer18 N18-03): a kind change gives the sides the
new kind's words, the made-up titles say "between", not "to", the export prints signatories,
and Checks say when a party's role does not belong to its deal's kind."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.editing.accept import deal_title
from briefdesk.editing.deal_follow import kind_change_edits, kind_follow
from briefdesk.editing.deal_swap import swapped_parties
from briefdesk.editing.edits import apply_edits
from briefdesk.extract.results import DealSuggestion
from briefdesk.model import Actor, Brief, Deal, DealParty
from briefdesk.model.codes import DealKind, PartyRole, deal_sides, role_fits, slot_names
from briefdesk.model.fileformat import loads
from briefdesk.review import review_brief


def _energy_deal() -> Brief:
    """Ctrl+Alt+N's reading of the Kaito sentence: an energy supply, Kaito selling."""
    kaito, song = Actor(name="Kaito Gas Corporation"), Actor(name="Song Hau Gas Corporation")
    deal = Deal(
        kind=DealKind.ENERGY_SUPPLY,
        title="Energy supply to Song Hau Gas Corporation",
        parties=[
            DealParty(actor_id=kaito.id, role=PartyRole.SELLER),
            DealParty(actor_id=song.id, role=PartyRole.BUYER),
        ],
    )
    brief = Brief(actors=[kaito, song], deals=[deal])
    brief.header.title = "Energy supply to Song Hau Gas Corporation"
    brief.drafted = {"header.title": brief.header.title}
    return brief


@pytest.mark.parametrize("kind", [DealKind.JOINT_VENTURE, DealKind.MOU, DealKind.TRADE_AGREEMENT])
def test_a_kind_signed_alike_makes_both_sides_signatories_in_one_step(kind: DealKind) -> None:
    brief = _energy_deal()
    edits, said = kind_follow(brief, "deals[0].kind", kind)
    after = apply_edits(brief, edits)  # one list of edits: one undo step in the window
    deal = after.deals[0]
    assert [p.role for p in deal.parties] == [PartyRole.SIGNATORY, PartyRole.SIGNATORY]
    assert "Kaito Gas Corporation now the signatory" in said
    word = "MoU" if kind == DealKind.MOU else kind.value.replace("_", " ").capitalize()
    expected = f"{word} between Kaito Gas Corporation and Song Hau Gas Corporation"
    assert deal.title == expected and after.header.title == expected
    assert " to " not in deal.title
    # and back: the signatories stay (which side each is, the text seldom says)
    back = apply_edits(after, kind_change_edits(after, 0, DealKind.ARMS_SALE))
    assert [p.role for p in back.deals[0].parties] == [PartyRole.SIGNATORY] * 2


def test_checks_flag_a_seller_in_a_joint_venture() -> None:
    brief = _energy_deal()
    brief.deals[0].kind = DealKind.JOINT_VENTURE  # set without the follow (an old brief)
    found = [str(f) for f in review_brief(brief, spelling=False)]
    assert any(
        "Kaito Gas Corporation is a seller, but a joint venture's parties are its signatories" in f
        for f in found
    ), found
    fixed = apply_edits(brief, [])
    for party in fixed.deals[0].parties:
        party.role = PartyRole.SIGNATORY
    assert not any("parties are its signatories" in str(f) for f in review_brief(fixed))


def test_the_model_has_no_buyer_or_seller_in_a_kind_signed_alike() -> None:
    for kind in (DealKind.JOINT_VENTURE, DealKind.MOU, DealKind.TRADE_AGREEMENT):
        assert deal_sides(kind) == (PartyRole.SIGNATORY, PartyRole.SIGNATORY)
        sale = role_fits(kind, PartyRole.SELLER) or role_fits(kind, PartyRole.BUYER)
        assert sale == (kind == DealKind.MOU)  # a memorandum may be one to sell
        assert role_fits(kind, PartyRole.SIGNATORY)
    assert role_fits(DealKind.ARMS_SALE, PartyRole.SELLER)  # a sale keeps its sides
    named = [("signatory", "A"), ("signatory", "B")]
    assert slot_names(DealKind.MOU, named) == ("B", "A")
    assert slot_names(DealKind.LOAN, [("lender", "L"), ("borrower", "K")]) == ("K", "L")


def test_a_swap_leaves_signatories_as_they_are() -> None:
    brief = _energy_deal()
    brief.deals[0].kind = DealKind.MOU
    for party in brief.deals[0].parties:
        party.role = PartyRole.SIGNATORY
    assert swapped_parties(brief.deals[0]) is None


def test_a_suggested_joint_venture_is_accepted_with_two_signatories() -> None:
    suggestion = DealSuggestion(
        kind=DealKind.JOINT_VENTURE, seller="Kaito Gas", buyer="Song Hau Gas"
    )
    deal = suggestion.to_deal("src-1", "", {"Kaito Gas": "a1", "Song Hau Gas": "a2"})
    assert [(p.actor_id, p.role) for p in deal.parties] == [
        ("a1", PartyRole.SIGNATORY),
        ("a2", PartyRole.SIGNATORY),
    ]
    assert deal_title(suggestion) == "Joint venture between Kaito Gas and Song Hau Gas"
    assert deal_title(DealSuggestion(kind=DealKind.MOU, seller="Nordvind")) == "MoU with Nordvind"
    assert deal_title(DealSuggestion(kind=DealKind.LOAN, buyer="Ghana")) == "Loan to Ghana"


def test_the_cli_kind_change_gives_the_sides_the_new_kinds_words(tmp_path: Path) -> None:
    path = tmp_path / "j.brief"
    for line in (
        f"new {path}",
        f"actors add {path} 'Kaito Gas' --type organization",
        f"actors add {path} 'Song Hau' --type organization",
        f"deals add {path} --kind energy_supply --item LNG --seller 'Kaito Gas' --buyer 'Song Hau'",
        f"deals edit {path} 1 --kind joint_venture",
    ):
        assert main(shlex.split(line)) == 0, line
    deal = loads(path.read_bytes()).deals[0]
    assert [p.role for p in deal.parties] == [PartyRole.SIGNATORY, PartyRole.SIGNATORY]
