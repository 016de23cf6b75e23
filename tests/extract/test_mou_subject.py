"""What a signed memorandum is about (round 13, N13-42): "a Memorandum of Understanding on
<subject> between A and B" gives the MoU its item, in several wordings; a date or a bare MoU
gives none. Made-up sentences."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _items(text: str) -> list[str]:
    return [d.item for d in extract_text(text).deals if d.kind.value == "mou"]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "3. The two leaders witnessed the signing of a Memorandum of Understanding on "
            "cooperation in copper smelting between Peru's state miner, Minera Andes Sur (MAS), "
            "and India's Bharat Copper Ltd (BCL).",
            "cooperation in copper smelting",
        ),
        (
            "The ministers signed a Memorandum of Understanding on port development between "
            "Ghana Ports Authority and Vestfjord Havn AS.",
            "port development",
        ),
        (
            "A memorandum for the joint training of pilots was signed by the two air forces.",
            "joint training of pilots",
        ),
    ],
)
def test_the_memorandum_takes_its_subject(text: str, item: str) -> None:
    assert _items(text) == [item]


@pytest.mark.parametrize(
    "text",
    ["Kenya and Peru signed an MoU on Monday.", "Kenya and Peru signed a memorandum on 3 May."],
)
def test_a_date_is_no_subject(text: str) -> None:
    assert _items(text) == [""]
