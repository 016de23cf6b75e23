"""Round 16 experiment: the learned reader of deal sentences and the deals it proposes."""

from __future__ import annotations

import pytest

from briefdesk.extract import deal_learned, extract_text
from briefdesk.extract.deal_reader import (
    features,
    model,
    model_of,
    probability,
    reference_probability,
    sure_at_least,
    use_weights,
    weights,
)
from briefdesk.extract.deal_reader_classes import classes

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
    assert why.startswith("deal sentence (learned reader 0.") and "Lakeside Power" in why
    assert float(why.split()[4].rstrip(":")) >= deal_learned.THRESHOLD  # (its probability)


def test_reader_off_leaves_the_rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deal_learned, "THRESHOLD", 2.0)
    assert extract_text(SUPPLY).to_json()["deals"] == []


def test_reader_ships_on_at_the_chosen_threshold() -> None:
    """Switched on at 0.8 (docs/extraction.md, rounds 16 and 17)."""
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


# --- the fast path (round 16, speed): same scores as the names the reader was trained on ---

TRICKY = [
    "Aeroportuaria Iberica de Gestion S.A. will sell the airports to Borealis AG.",
    "The ministry said it won't buy them, and it didn’t deny the talks.",
    "The firm plans to sign; it is to buy 12 jets, PLANS   TO expand and Is To decide.",
    "Kivu Cement ſhall not pay USD 5 to Danube Kilns GmbH in 2024.",
    "WİLL the Agency sell the Bank's stake? No.",
    "“The Ministry of Defence of Chile is expected to order,” said a 3rd source",
    "no-deal talks between nobody and Noone, with-out a figure 5million and €",
    "plans-to x_to x_will will_ 9km 𝟗 ٣ Holdings_ S.Ascending",
    "",
]


@pytest.mark.parametrize("text", TRICKY)
def test_fast_score_equals_the_named_features(text: str) -> None:
    for first in (True, False):
        assert probability(text, first) == pytest.approx(
            reference_probability(text, first), abs=1e-9
        )


@pytest.mark.parametrize("text", TRICKY)
def test_classes_answer_as_the_patterns(text: str) -> None:
    names = features(text)
    count, found = classes(text)
    assert f"c:names{count}" in names
    expected = {n[2:] for n in names if n.startswith("c:") and n[2:] in _FLAGS}
    assert set(found) == expected


_FLAGS = {"legal", "money", "number", "modal", "neg", "quote", "noend"}


def test_classes_see_each_flag() -> None:
    """The made-up sentences above reach every class both ways (the test above can fail)."""
    seen = [set(classes(text)[1]) for text in TRICKY]
    assert set().union(*seen) == _FLAGS
    assert all(any(flag not in s for s in seen) for flag in _FLAGS)


def test_the_loaded_weights_are_the_shipped_table() -> None:
    assert model() == model_of(weights())
    use_weights({"bias": 5.0})
    try:
        assert probability("anything at all.") > 0.99
    finally:
        use_weights(None)
    assert model() == model_of(weights())


@pytest.mark.parametrize("threshold", [0.2, 0.5, 0.8, 0.95])
def test_sure_at_least_skips_only_what_cannot_reach(threshold: float) -> None:
    texts = [*TRICKY, SUPPLY, "Officials met in Lusaka to discuss the weather."]
    for text in texts:
        slow = reference_probability(text)
        sure = sure_at_least(text, False, threshold)
        if slow < threshold:
            assert sure is None
        else:
            assert sure == pytest.approx(slow, abs=1e-9)


def test_fast_score_equals_reference_on_every_tuning_clause() -> None:
    """Every clause the deal finder reads in the tuning-corpus articles (bench_deal_reader_speed
    checks the retired training sets as well)."""
    from briefdesk.extract.party_clauses import clauses
    from briefdesk.extract.text import normalise, sentences
    from tests.extract.test_corpus import BENCH

    count = 0
    for _stem, text, _gold in BENCH.load_corpus("tuning-corpus"):
        for clause in clauses(sentences(normalise(text))):
            fast = probability(clause.text, count % 2 == 0)
            assert fast == pytest.approx(
                reference_probability(clause.text, count % 2 == 0), abs=1e-9
            )
            count += 1
    assert count > 3000


def test_names_are_one_class_token() -> None:
    """Round 17 (measured, shipped off): a capitalised word after the clause's first is a name,
    whichever it is, so weights trained so hold no firm, state or product."""
    from briefdesk.extract import deal_reader

    was = deal_reader.NAMES_AS_CLASS
    try:
        deal_reader.NAMES_AS_CLASS = True
        words = deal_reader.words_of("Kivu Cement Ltd will buy two kilns from Danube GmbH.")
        assert words == ["kivu", "<n>", "<n>", "will", "buy", "two", "kilns", "from", "<n>", "<n>"]
        assert deal_reader.words_of("Then the Ministry of Chile signed.") == [
            "then", "the", "<n>", "of", "<n>", "signed",
        ]  # fmt: skip
        assert deal_reader.words_of("") == []
        deal_reader.NAMES_AS_CLASS = False
        assert "danube" in deal_reader.words_of("They buy from Danube GmbH.")
    finally:
        deal_reader.NAMES_AS_CLASS = was


@pytest.mark.parametrize("text", [*TRICKY, SUPPLY])
def test_names_path_fast_score_equals_the_named_features(text: str) -> None:
    """The names-as-class path (round 17, off) scores by both paths alike, as the words do."""
    from briefdesk.extract import deal_reader

    table = {
        "bias": -1.0, "w:<n>": 0.5, "b:<n>_will": 0.7, "b:<n>_<n>": -0.2, "w:will": 0.3,
        "w:supply": 1.1, "b:to_<n>": 0.4, "c:names2": 0.2, "c:modal": 0.3, "c:first": 0.1,
    }  # fmt: skip
    was = deal_reader.NAMES_AS_CLASS
    try:
        deal_reader.NAMES_AS_CLASS = True
        use_weights(table)
        for first in (True, False):
            fast = probability(text, first)
            assert fast == pytest.approx(reference_probability(text, first, table), abs=1e-9)
        assert text != SUPPLY or probability(text) > 0.85  # (the name pairs count: 0.67 without)
    finally:
        deal_reader.NAMES_AS_CLASS = was
        use_weights(None)
