"""A deal made from a selection (Ctrl+Alt+N) of a lease or charter sentence is titled in its
own verb and notes its option, as a draft does (newcomer21 N21-02, N21-07, after the freeze).
Made-up sentences only."""

from __future__ import annotations

from briefdesk.editing.deal_act import act_title
from briefdesk.editing.deal_from_text import deal_from_selection
from briefdesk.editing.draft_dates import selection_option
from briefdesk.extract.results import DealSuggestion
from briefdesk.model import Actor, Brief, Source
from briefdesk.model.codes import ActorType


def _made(sentence: str, actors: list[Actor] | None = None) -> tuple[str, dict[str, str], str]:
    text = f"Made up\n\n{sentence}\n"
    source = Source(title="Made up", text=text)
    brief = Brief(sources=[source], actors=actors or [])
    start = text.index(sentence)
    made = deal_from_selection(brief, source, start, start + len(sentence))
    names = {a.id: a.name for a in [*brief.actors, *made.new_actors]}
    sides = {names[p.actor_id]: p.role.value for p in made.deal.parties}
    return made.deal.title, sides, made.deal.note


def test_a_charter_is_titled_as_a_charter_with_the_charterer_as_lessee() -> None:
    board = Actor(name="Velmoran Grain Board", aliases=["VGB"], type=ActorType.ORGANIZATION)
    title, sides, _note = _made(
        "VGB has also chartered four bulk carriers from Orrin Bulk Shipping for 18 months at a "
        "cost of about US$21 million.",
        [board],
    )
    assert title == "Charter by Velmoran Grain Board from Orrin Bulk Shipping"
    # a lease kind since round 22: the charterer is the lessee, the owner the lessor
    assert sides == {"Velmoran Grain Board": "lessee", "Orrin Bulk Shipping": "lessor"}


def test_a_lease_is_titled_as_a_lease_and_notes_its_option() -> None:
    title, sides, note = _made(
        "The Velmoran Navy will lease three Corvid C-9 patrol jets from Brightwing Leasing for "
        "eight years, with an option to buy them in 2034."
    )
    assert title == "Velmoran Navy to lease Corvid C-9 patrol jets from Brightwing Leasing"
    assert sides == {"Velmoran Navy": "lessee", "Brightwing Leasing": "lessor"}
    assert note == "Term: eight years. Option to buy them in 2034."


def test_a_sale_stays_a_sale_and_a_lessor_name_is_no_lease() -> None:
    title, _sides, note = _made(
        "The Velmoran Navy will buy three Corvid C-9 patrol jets from Brightwing Leasing for "
        "EUR 75 million."
    )
    assert title == "Brightwing Leasing to sell Corvid C-9 patrol jets to Velmoran Navy"
    assert note == ""


def test_a_sale_with_an_option_to_lease_more_stays_a_sale() -> None:
    title, _sides, _note = _made(
        "The Velmoran Navy will buy three Corvid C-9 patrol jets from Brightwing Aerospace, "
        "with an option to lease two more."
    )
    assert title == "Brightwing Aerospace to sell Corvid C-9 patrol jets to Velmoran Navy"


def test_an_item_less_charter_title_never_names_the_catch_all_kind() -> None:
    deal = DealSuggestion(kind="other", buyer="Velm Board", seller="Orrin Shipping")
    assert act_title(deal, "charter", "other") == "Charter by Velm Board from Orrin Shipping"
    deal = DealSuggestion(kind="other", item="bulk carriers", buyer="Velm Board")
    assert act_title(deal, "charter", "bulk carriers") == "Velm Board to charter bulk carriers"


def test_selection_option_words() -> None:
    assert selection_option("an option for two further vessels, to be used by 2028.") == (
        "Option for two further vessels, to be used by 2028."
    )
    assert selection_option("The Navy has several options under review.") == ""
