from __future__ import annotations

import pytest

from briefdesk.library.markings import above_ceiling, ceiling_rank
from briefdesk.model import Marking
from briefdesk.model.codes import MarkingScheme
from briefdesk.model.marking_rank import marking_rank


def tlp(level: str) -> Marking:
    return Marking(scheme=MarkingScheme.TLP, level=level)


def uk(level: str) -> Marking:
    return Marking(scheme=MarkingScheme.UK, level=level)


def test_one_ordering_across_schemes() -> None:
    ranks = [
        marking_rank(m)
        for m in (
            Marking(),
            tlp("CLEAR"),
            tlp("GREEN"),
            tlp("AMBER"),
            tlp("AMBER+STRICT"),
            tlp("RED"),
        )
    ]
    assert ranks == sorted(ranks) and len(set(ranks)) == len(ranks)
    assert marking_rank(uk("SECRET")) == marking_rank(tlp("RED"))
    assert marking_rank(uk("OFFICIAL")) < marking_rank(uk("OFFICIAL-SENSITIVE"))


@pytest.mark.parametrize(
    ("marking", "ceiling", "withheld"),
    [
        (tlp("RED"), "TLP:AMBER", True),
        (tlp("AMBER"), "TLP:AMBER", False),
        (uk("SECRET"), "OFFICIAL-SENSITIVE", True),
        (uk("OFFICIAL"), "TLP:AMBER", False),
        (Marking(scheme=MarkingScheme.CUSTOM, level="EYES ONLY"), "TLP:RED", True),
        (tlp("RED"), "", False),
    ],
)
def test_ceiling(marking: Marking, ceiling: str, withheld: bool) -> None:
    assert above_ceiling(marking, ceiling) is withheld


def test_unknown_ceiling_names_the_accepted_words() -> None:
    with pytest.raises(ValueError, match=r"'TLP:PURPLE' is not one of: TLP:CLEAR"):
        ceiling_rank("TLP:PURPLE")
