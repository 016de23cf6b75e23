"""The scorer identifies a state by its ISO code, whichever of its names gold and output use."""

from __future__ import annotations

from briefdesk.extract.scoring import new_scores, score_article


def _gold(state: str) -> dict:
    return {
        "actors": [
            {"name": state, "type": "state"},
            {"name": "Hanwol Motors", "type": "organization"},
        ],
        "deals": [{"buyer": state, "seller": "Hanwol Motors", "kind": "purchase"}],
        "places": [],
        "dates": [],
    }


def _pred(state: str) -> dict:
    return {
        "actors": [
            {"name": state, "type": "state", "role": ""},
            {"name": "Hanwol Motors", "type": "organization", "role": ""},
        ],
        "deals": [{"buyer": state, "seller": "Hanwol Motors", "kind": "purchase"}],
        "places": [],
        "dates": [],
    }


def test_a_state_matches_under_another_of_its_names() -> None:
    scores = new_scores()
    score_article(_pred("Ivory Coast"), _gold("Côte d'Ivoire"), scores, "a")
    assert (scores["states"].tp, scores["states"].fp, scores["states"].fn) == (1, 0, 0)
    assert scores["buyer/seller"].fn == 0


def test_a_different_state_still_misses() -> None:
    scores = new_scores()
    score_article(_pred("Ghana"), _gold("Côte d'Ivoire"), scores, "a")
    assert (scores["states"].tp, scores["states"].fp, scores["states"].fn) == (0, 1, 1)
