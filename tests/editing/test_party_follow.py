"""Every change of a deal's parties carries the drafted title and BLUF along (newcomer24
N24-05, N24-12): another actor picked in a party's Actor list, or a party removed."""

from __future__ import annotations

from briefdesk.editing.edits import apply_edits
from briefdesk.editing.party_follow import actor_follow, removal_edits, rename
from briefdesk.model import Actor, Brief, Deal, DealParty
from briefdesk.model.codes import ActorType, DealKind, PartyRole

BUYER = Actor(name="Halvard Rail", type=ActorType.ORGANIZATION)
STATE = Actor(name="Czech Republic", type=ActorType.STATE, country="CZ")
TARGET = Actor(name="Brnov Signal Works", type=ActorType.ORGANIZATION)
BLUF = "Halvard Rail has agreed to buy a stake from the Czech Republic for $900 million."


def _brief(bluf: str = BLUF, drafted: bool = True) -> Brief:
    parties = [
        DealParty(actor_id=BUYER.id, role=PartyRole.BUYER),
        DealParty(actor_id=STATE.id, role=PartyRole.SELLER),
    ]
    deal = Deal(title="Acquisition by Halvard Rail", kind=DealKind.ACQUISITION, parties=parties)
    brief = Brief(actors=[BUYER, STATE, TARGET], deals=[deal], bluf=bluf)
    brief.header.title = "Halvard Rail buys stake from Czech Republic"
    brief.drafted = {"bluf": BLUF} if drafted else {}
    return brief


def test_another_actor_picked_for_a_side_the_drafted_bluf_follows() -> None:
    brief = _brief()
    edits, said = actor_follow(brief, "deals[0].parties[1].actor_id", TARGET.id)
    after = apply_edits(brief, edits)
    assert after.deals[0].parties[1].actor_id == TARGET.id
    assert "Czech Republic" not in after.bluf and "Brnov Signal Works" in after.bluf
    assert after.drafted["bluf"] == after.bluf  # still BriefDesk's: it follows the next change
    assert "Brnov Signal Works in place of Czech Republic" in said and "BLUF followed" in said
    # a title the analyst wrote (not marked drafted) is theirs: kept, and the line says so
    assert after.header.title == brief.header.title
    assert "title you wrote still names Czech Republic: not changed" in said


def test_a_bluf_the_analyst_wrote_is_kept_and_the_status_line_says_how_to_redraft() -> None:
    mine = "The Czech Republic is selling its signalling maker, my sources say."
    brief = _brief(bluf=mine, drafted=False)
    edits, said = actor_follow(brief, "deals[0].parties[1].actor_id", TARGET.id)
    after = apply_edits(brief, edits)
    assert after.bluf == mine
    assert "BLUF you wrote still names Czech Republic: not changed" in said
    assert "Ctrl+D" in said and "followed" not in said


def test_the_same_actor_picked_again_changes_nothing() -> None:
    assert actor_follow(_brief(), "deals[0].parties[1].actor_id", STATE.id) == ([], "")
    assert actor_follow(_brief(), "deals[0].title", TARGET.id) == ([], "")


def test_a_party_removed_the_drafted_bluf_is_made_again_without_it() -> None:
    brief = _brief()
    edits, said = removal_edits(brief, "deals[0].parties", 1)
    after = apply_edits(brief, edits)
    assert [p.actor_id for p in after.deals[0].parties] == [BUYER.id]
    assert "Czech Republic" not in after.bluf and "Halvard Rail" in after.bluf
    assert "Czech Republic removed from" in said and "BLUF followed" in said


def test_a_party_removed_from_a_bluf_the_analyst_wrote_is_said_not_changed() -> None:
    mine = "Halvard Rail buys from the Czech Republic."
    brief = _brief(bluf=mine, drafted=False)
    edits, said = removal_edits(brief, "deals[0].parties", 1)
    assert apply_edits(brief, edits).bluf == mine
    assert "BLUF you wrote still names Czech Republic: not changed" in said


def test_a_co_party_removed_the_made_brief_title_names_one_side_again() -> None:
    bank = Actor(name="Tarnow Savings Bank", type=ActorType.ORGANIZATION)
    moldova = Actor(name="Moldova", type=ActorType.STATE)
    parties = [
        DealParty(actor_id=moldova.id, role=PartyRole.BORROWER),
        DealParty(actor_id=bank.id, role=PartyRole.BORROWER),
    ]
    deal = Deal(
        title="Loan to Moldova and Tarnow Savings Bank", kind=DealKind.LOAN, parties=parties
    )
    brief = Brief(actors=[moldova, bank], deals=[deal])
    brief.header.title = "Loan to Moldova and Tarnow Savings Bank"
    brief.drafted = {"header.title": brief.header.title}
    after = apply_edits(brief, removal_edits(brief, "deals[0].parties", 1)[0])
    assert after.deals[0].title == "Loan to Moldova"
    assert after.header.title == after.drafted["header.title"] == "Loan to Moldova"


def test_rename_carries_the_article_the_new_name_takes() -> None:
    assert rename("from the Czech Republic.", "Czech Republic", "Brnov") == "from Brnov."
    assert rename("The Czech Republic sells.", "Czech Republic", "United Kingdom") == (
        "The United Kingdom sells."
    )
    assert rename("Czech Republicans", "Czech Republic", "Brnov") == "Czech Republicans"
