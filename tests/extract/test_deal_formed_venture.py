"""A joint venture told being formed (set up, formed, established, its agreement signed, approved)
is a deal of kind joint_venture with no buyer or seller (round 22, deals not found:
``deal_formed_venture``); a venture only described, wished for or denied is not. Made-up
sentences, each after a priced deal (as in news, where the venture is the second deal told)."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text

_LEAD = "Norland Navy signed a $400 million contract with Vesta Naval Systems for two corvettes. "


def _ventures(sentence: str) -> list[tuple[str, str, str]]:
    found = extract_text("Defence news\n\n" + _LEAD + sentence + "\n").deals
    return [(d.status.value, d.buyer, d.seller) for d in found if d.kind.value == "joint_venture"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the offset package, Vesta Naval Systems will set up a joint venture with Harbour "
        "Marine Dockyards Inc. to build a refit hall at Port Ellis.",
        "Separately, Brandt Industries and Vesta Naval Systems have signed a joint venture "
        "agreement to make 76 mm naval guns in the Kingdom.",
        "The grid operators of the three states signed an agreement to establish a joint "
        "venture, Tri-Sea Green Power, in equal shares.",
        "Under a separate agreement signed the same day, Vesta Naval Systems and the state-owned "
        "Norland Aero Industries will set up a joint company to maintain the fleet.",
        "The Cabinet approved on 4 November a joint venture between the Norland Petroleum "
        "Corporation and Eastern Tank Terminals Ltd to restore the tank farm.",
    ],
)
def test_a_venture_formed_is_a_sideless_joint_venture(sentence: str) -> None:
    ventures = _ventures(sentence)
    assert ventures and all(buyer == seller == "" for _status, buyer, seller in ventures)


@pytest.mark.parametrize(
    "sentence",
    [
        # described, not formed
        "The hall will be run by Harbour Marine Dockyards Inc., a joint venture of two local "
        "firms.",
        "The joint venture will be owned in equal shares by the three operators.",
        # wished for, denied
        "Vesta Naval Systems said it could set up a joint venture with a local yard later.",
        "Vesta Naval Systems denied that it had formed a joint venture with Brandt Industries.",
    ],
)
def test_no_venture_otherwise(sentence: str) -> None:
    assert _ventures(sentence) == []
