"""A deal's amount told bare in the headline and restated rough in the lead ("for about $90
million") is an estimate (newcomer23 N23-04). Made-up texts; positives were exact at
round24-start."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text

HEAD = "Chile to buy six Talcahuano tugboats from Brenmar Yards in $90 million deal\n\n"


def value(text: str) -> tuple[str, bool]:
    rows = [d for d in extract_text(text).deals if d.value is not None]
    assert len(rows) == 1, rows
    money = rows[0].value
    assert money is not None
    return money.as_stated, money.estimate


@pytest.mark.parametrize("hedge", ["about", "some", "around", "roughly", "an estimated"])
def test_a_rough_restatement_makes_the_value_an_estimate(hedge: str) -> None:
    text = HEAD + (
        "SANTIAGO, May 4 (Wire) - Chile has agreed to buy six harbour tugboats from "
        f"shipbuilder Brenmar Yards for {hedge} $90 million, the Chilean Navy said on Tuesday."
    )
    assert value(text) == ("$90 million", True)  # as stated (and the key) stay the bare amount


@pytest.mark.parametrize(
    "lead",
    [
        # the same amount restated exactly: no hedge anywhere
        "Chile has agreed to buy six harbour tugboats from Brenmar Yards for $90 million.",
        # a ceiling is no rough figure: "up to" says something else than the headline
        "Chile has agreed to buy six harbour tugboats from Brenmar Yards for $90 million. "
        "Financing of up to $45 million will come from the budget.",
        # a rough other amount leaves the deal's own exact
        "Chile has agreed to buy six harbour tugboats from Brenmar Yards for $90 million. "
        "Spare parts will cost about $9 million more.",
    ],
)
def test_near_misses_stay_exact(lead: str) -> None:
    assert value(HEAD + "SANTIAGO, May 4 (Wire) - " + lead) == ("$90 million", False)
