"""Round 23: kinds a rule got wrong on fresh-20. Electricity counted in kilowatt-hours is a
supply; "grants X the right to operate" is a right, no grant of money; a headline's "set up
$540 mln hydro venture" is a joint venture; goods "donated by" a state are a grant, arms too.
Made-up sentences, positives and negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract.deal_kinds import deal_kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Under the swap, the Kyrgyz utility will deliver 900 million kilowatt-hours to the "
            "Kazakh grid operator between June and August.",
            "energy_supply",
        ),
        (
            "Under it, the port authority grants the national shipping line the right to "
            "operate the grain berth for 25 years.",
            "other",
        ),
        ("Armenia, Georgia sign grid pact, set up $300 mln hydro venture", "joint_venture"),
        (
            "The coast guard took delivery of four patrol boats donated by Japan at a ceremony "
            "in Suva.",
            "grant",
        ),
        # negatives
        ("The agency will fund a grant scheme for small farmers worth $3 million.", "grant"),
        ("The two banks set up a $50 million venture capital fund for start-ups.", "other"),
        ("The navy bought four patrol boats from Japan for $40 million.", "arms_sale"),
    ],
)
def test_kind_words(sentence: str, kind: str) -> None:
    assert deal_kind(sentence, "") == kind
