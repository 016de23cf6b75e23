"""Round 18: the names-as-class reader shipped, and side-less learned deals of kinds the
golds give no sides (an MoU, a joint venture, a trade agreement). Made-up sentences only."""

from __future__ import annotations

import pytest

from briefdesk.extract import deal_free_passes, deal_learned, deal_reader, extract_text
from briefdesk.extract.deal_formed_venture import formed_ventures

JV = (
    "Senegal Rail SA and Lyon Rolling Stock SAS have agreed to form a joint venture to build "
    "200 passenger coaches in Thies."
)


def _deals(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (str(d["kind"]), d["buyer"], d["seller"], d["why"][0]["rule"])
        for d in extract_text(f"Dakar, 2 March. {text} The talks went on.").to_json()["deals"]
    ]


def test_the_shipped_reader_reads_names_as_one_class() -> None:
    assert deal_reader.NAMES_AS_CLASS
    assert {"w:<n>", "b:<n>_<n>"} <= set(deal_reader.weights())
    names = deal_reader.features(JV)
    assert "w:<n>" in names and "w:lyon" not in names and "w:senegal" in names  # (first word)


def test_a_sure_joint_venture_the_rules_miss_is_a_sideless_learned_deal() -> None:
    assert deal_reader.probability(JV) >= deal_learned.THRESHOLD
    assert _deals(JV) == [("joint_venture", "", "", "deal.learned-reader")]


def test_without_the_round18_pass_the_joint_venture_is_not_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (round 22's rule reader of ventures formed, ``deal_formed_venture``, would find it too:
    # left out here, so the test still says what the learned pass adds over the other rules)
    monkeypatch.setattr(deal_learned, "NO_PARTY", False)
    monkeypatch.setattr(
        deal_free_passes,
        "FREE_PASSES",
        tuple(p for p in deal_free_passes.FREE_PASSES if p is not formed_ventures),
    )
    assert _deals(JV) == []


@pytest.mark.parametrize(
    "text",
    [
        # a joint venture the rules found already: no second one
        "Senegal Rail SA signed a joint venture agreement with Lyon Rolling Stock SAS. " + JV,
        # hearsay: the unpriced pass's veto holds
        "The press has reported that Senegal Rail SA and Lyon Rolling Stock SAS have agreed to "
        "form a joint venture to build 200 passenger coaches in Thies.",
        # no deal told: the reader is unsure
        "Senegal Rail SA and Lyon Rolling Stock SAS discussed the weather in Thies.",
    ],
)
def test_no_sideless_learned_deal(text: str) -> None:
    assert not [d for d in _deals(text) if d[3] == "deal.learned-reader"]
