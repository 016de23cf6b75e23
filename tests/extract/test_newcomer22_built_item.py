"""The works a joint venture builds are its item even when their size holds a decimal
(newcomer22 N22-20: "to build a 2.5-million-tonne-a-year cement plant" left the JV itemless,
and its title said nothing of what it was for)."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Mkorani Cement Ltd and Anadol Yapi of Turkey signed a joint venture agreement on "
            "Monday to build a 2.5-million-tonne-a-year cement plant in Tanga, worth US$310 "
            "million.",
            "2.5-million-tonne-a-year cement plant",
        ),
        (
            "Ostia Power and Vireland Energy signed a US$90 million joint venture agreement to "
            "build a 1,200-megawatt gas plant near the port.",
            "1,200-megawatt gas plant",
        ),
        (  # a whole number, as before
            "Ostia Power and Vireland Energy signed a US$90 million joint venture agreement to "
            "build a 600-megawatt gas plant near the port.",
            "600-megawatt gas plant",
        ),
    ],
)
def test_the_works_with_a_decimal_size_are_the_item(text: str, item: str) -> None:
    [deal] = extract_text(text).deals
    assert deal.item == item


def test_a_sentence_end_is_no_decimal() -> None:
    text = (
        "Ostia Power and Vireland Energy signed a US$90 million joint venture agreement to "
        "build a new plant. 2 more plant sites are planned."
    )
    [deal] = extract_text(text).deals
    assert deal.item == "new plant"
