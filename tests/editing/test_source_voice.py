"""The drafted title and BLUF lead with the side the source speaks for (newcomer17 N17-09): a
buyer's own award page reads "X awards Y contract for …", not "Y to sell … to X"; a news story
that names no speaker keeps the house order; the titles still follow a kind change."""

from __future__ import annotations

from briefdesk.editing.deal_follow import kind_change_edits
from briefdesk.editing.deal_sentence import deal_sentence
from briefdesk.editing.draft import brief_title, draft
from briefdesk.editing.edits import apply_edits
from briefdesk.editing.source_voice import BUYER, SELLER, Voice, voice_of_parts, voiced_title
from briefdesk.extract import extract_source
from briefdesk.extract.results import DealSuggestion
from briefdesk.model import Brief, Source
from briefdesk.model.codes import DealKind

AWARD = (
    "Contract awarded for six coastal radars\n\n"
    "Narvik, 3 March 2027\n\n"
    "The Coastal Surveillance Agency has awarded Brightwater Sensors Ltd a contract worth EUR 42 "
    "million to supply six coastal radars, the Agency announced on Monday.\n"
)
SALE = (
    "Radar deal for the coast\n\n"
    "Narvik, 3 March 2027\n\n"
    "Brightwater Sensors Ltd has signed a contract worth EUR 42 million to sell six coastal "
    "radars to the Coastal Surveillance Agency, people familiar with the deal said.\n"
)


def _draft(text: str, outlet: str = "", author: str = "") -> Brief:
    source = Source(text=text, title=text.split("\n")[0], outlet=outlet, author=author)
    brief = Brief(sources=[source])
    return apply_edits(brief, draft(brief, source.id, extract_source(source)))


def test_the_buyers_award_page_leads_with_the_buyer() -> None:
    brief = _draft(AWARD, outlet="Coastal Surveillance Agency (Norway)")
    assert brief.header.title == (
        "Coastal Surveillance Agency awards Brightwater Sensors Ltd contract for coastal radars"
    )
    assert "has awarded Brightwater Sensors Ltd a contract worth EUR 42 million" in brief.bluf
    assert "to sell" not in brief.header.title + brief.bluf


def test_a_news_story_naming_no_speaker_keeps_the_house_order() -> None:
    brief = _draft(SALE, outlet="Nordic Defence Wire")
    assert brief.header.title.startswith("Brightwater Sensors Ltd to sell")
    assert brief.bluf.startswith("Brightwater Sensors Ltd has signed a deal to sell")


def test_the_voice_from_the_outlet_the_author_or_the_deals_own_verb() -> None:
    buyer, seller = "Coastal Surveillance Agency", "Brightwater Sensors Ltd"
    assert voice_of_parts(buyer, seller, ["Coastal Surveillance Agency (Norway)"], "") == Voice(
        BUYER
    )
    assert voice_of_parts(buyer, seller, ["", "Press Office, Brightwater Sensors Ltd"], "").side
    assert voice_of_parts(buyer, seller, ["Brightwater Sensors Ltd"], "").side == SELLER
    said = "the Agency announced on Monday that it had awarded the contract"
    assert voice_of_parts(buyer, seller, ["Nordic Defence Wire"], said) == Voice(BUYER, True)
    assert voice_of_parts(buyer, seller, ["Nordic Defence Wire"], "a deal was signed") == Voice()
    # A state speaks through its ministry, not through a paper with its name in it.
    assert voice_of_parts("Norway", seller, ["Ministry of Defence of Norway"], "").side == BUYER
    assert voice_of_parts("Korea", seller, ["The Korea Herald"], "").side == ""
    # Only one side named: nothing to put first.
    assert voice_of_parts(buyer, "", ["Coastal Surveillance Agency"], "").side == ""


def test_every_kind_has_its_led_title() -> None:
    buyer = Voice(BUYER)
    assert voiced_title("arms_sale", "radars", "A", "B", buyer) == "A orders radars from B"
    assert voiced_title("loan", "loan", "A", "B", buyer) == "A secures loan from B"
    assert voiced_title("acquisition", "X Ltd", "A", "B", Voice(SELLER)) == "B to sell X Ltd to A"
    assert voiced_title("procurement", "buses", "A", "B", Voice(SELLER)) == "B to supply buses to A"
    # The house order already leads with that side: no other title.
    assert voiced_title("arms_sale", "radars", "A", "B", Voice(SELLER)) == ""
    assert voiced_title("arms_sale", "radars", "A", "B", Voice()) == ""


def test_a_voiced_title_follows_a_kind_change() -> None:
    brief = _draft(AWARD, outlet="Coastal Surveillance Agency (Norway)")
    after = apply_edits(brief, kind_change_edits(brief, 0, DealKind.PROCUREMENT))
    assert after.header.title == brief.header.title  # an award reads the same as a purchase
    after = apply_edits(brief, kind_change_edits(brief, 0, DealKind.ACQUISITION))
    assert after.header.title == (
        "Coastal Surveillance Agency to buy coastal radars from Brightwater Sensors Ltd"
    )


def test_the_borrowers_own_release_leads_with_the_borrower() -> None:
    deal = DealSuggestion(kind="loan", buyer="Nessa Ferries Ltd", seller="Harbour Credit Bank")  # type: ignore[arg-type]
    assert brief_title(deal) == "Harbour Credit Bank loan to Nessa Ferries Ltd"
    assert (
        brief_title(deal, Voice(BUYER)) == "Nessa Ferries Ltd secures loan from Harbour Credit Bank"
    )
    said = deal_sentence(deal, "", Voice(BUYER))
    assert said == "Nessa Ferries Ltd is reported to be receiving a loan from Harbour Credit Bank."
