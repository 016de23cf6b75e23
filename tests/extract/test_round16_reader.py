"""Round 16 experiment: the learned reader of deal sentences and the deals it proposes."""

from __future__ import annotations

import pytest

from briefdesk.extract import deal_learned, extract_text
from briefdesk.extract.deal_reader import features, probability, weights

SUPPLY = (
    "Lusaka, 4 June. Lakeside Power Ltd will supply up to 40 MW to the Zambia Electricity "
    "Supply Corporation under terms agreed this week. The talks went on."
)


def _learned(text: str) -> list[dict]:
    return [
        d
        for d in extract_text(text).to_json()["deals"]
        if any(w["rule"] == "deal.learned-reader" for w in d["why"])
    ]


def test_weights_ship_and_features_name_classes() -> None:
    table = weights()
    assert "bias" in table and len(table) > 1000
    names = features('"We will buy it," said the Ministry of Defence of Chile for $5 million.')
    assert {"c:quote", "c:modal", "c:money", "c:legal", "w:buy", "b:will_buy"} <= set(names)
    assert "c:noend" in features("Chile buys tanks")


def test_reader_tells_deal_sentences_from_others() -> None:
    deal = "Kivu Cement Ltd has placed an order with Danube Kilns GmbH for two rotary kilns."
    visit = "Officials of Kivu Cement Ltd met Danube Kilns GmbH in Lusaka to discuss the weather."
    office = "Borealis Turbine AG opened a new office in Lusaka on Tuesday, its chief said."
    assert probability(deal) > 0.8
    assert probability(visit) < 0.2
    assert probability(office) < 0.2


def test_a_sure_sentence_the_rules_miss_becomes_a_deal_with_its_why() -> None:
    (deal,) = _learned(SUPPLY)
    assert deal["kind"] == "energy_supply"
    assert deal["seller"] == "Lakeside Power Ltd"
    assert deal["buyer"] == "Zambia Electricity Supply Corporation"
    why = next(w["text"] for w in deal["why"] if w["rule"] == "deal.learned-reader")
    assert why.startswith("deal sentence (learned reader 0.9") and "Lakeside Power" in why


def test_reader_off_leaves_the_rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deal_learned, "THRESHOLD", 2.0)
    assert extract_text(SUPPLY).to_json()["deals"] == []


def test_reader_ships_on_at_the_chosen_threshold() -> None:
    """Switched on at 0.8, the threshold chosen left one set out (docs/extraction.md, round 16)."""
    import importlib

    assert importlib.reload(deal_learned).THRESHOLD == 0.8


@pytest.mark.parametrize(
    "text",
    [
        # names, but no deal told
        "Lusaka, 4 June. Officials of Zambia and Borealis Turbine AG met in Lusaka on Tuesday "
        "and discussed the weather. The talks went on.",
        "Lusaka, 4 June. The Ministry of Health thanked Andes Medical S.A. for its long record of "
        "service in the region. The talks went on.",
        # a deal the rules already found: no second one
        "Lusaka, 4 June. The Ministry of Health has placed an order with Andes Medical S.A. for "
        "forty ambulances. The talks went on.",
        # a headline (no full stop) is not read
        "Lakeside Power Ltd to supply 40 MW to Zambia Electricity Supply Corporation",
    ],
)
def test_no_learned_deal(text: str) -> None:
    assert _learned(text) == []


def test_a_restatement_naming_only_known_sides_adds_nothing() -> None:
    text = SUPPLY + (
        " Lakeside Power Ltd will supply the power to the Zambia Electricity Supply Corporation "
        "from a plant near Kafue under the same terms."
    )
    assert len(_learned(text)) == 1
