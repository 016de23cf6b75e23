"""Round 24: a wire's editor's note ("(Corrects value of contract to $1.45 billion from ...")
tells no deal: the deal is the one the story tells, with its sides and status. Made-up text."""

from __future__ import annotations

from tests.extract.deal_rows import deals, statuses_by_amount

STORY = (
    "UPDATE 1-Peru orders Korean trainer jets\n\n"
    "(Corrects value of trainer contract to $610 million from $601 million in paragraph 2; adds "
    "analyst comment in paragraphs 9-10)\n\n"
    "LIMA, March 3 (Reuters) - Peru has ordered 12 trainer jets from South Korea's Hanul "
    "Aerospace, the company said on Tuesday.\n\n"
    "The contract, worth $610 million, covers the aircraft, simulators and support."
)


def test_the_story_tells_the_deal() -> None:
    assert statuses_by_amount(STORY).get("$610 million") == "signed"


def test_a_note_outside_a_wire_still_counts() -> None:
    text = "Peru corrects course: it signed a $610 million contract for 12 trainer jets."
    assert statuses_by_amount(text).get("$610 million") == "signed"


def test_the_story_has_its_sides() -> None:
    rows = [row for row in deals(STORY) if row[3] == "$610 million"]
    assert rows and rows[0][0] == "Peru" and "Hanul" in rows[0][1]
