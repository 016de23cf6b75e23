"""Round 6, organisations: a short name with no legal form whose only cue is what it does
("which holds a 10% interest", "guaranteed by", "opens bidding"). Made-up sentences, with
cases that must not change."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.type.value for a in extract_text(text).actors}


def _places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "The sale needs approval from the ministry and from Kalumba, which holds a 10% "
            "interest through a subsidiary.",
            "Kalumba",
        ),
        ("Mining rights sit with Tavira, which owns the concession until 2040.", "Tavira"),
        ("The credit is guaranteed by Exportkred, the ministry said.", "Exportkred"),
        ("A loan from a French bank, backed by Coverix Assurance Export, was approved.", None),
        ("NOCAP opens bidding for three offshore blocks.", "NOCAP"),
        ("Sonhydra invited bids for the dam's second phase.", "Sonhydra"),
        ("Last week Petrolia launched a tender for two rigs.", "Petrolia"),
    ],
)
def test_a_short_firm_read_from_what_it_does(text: str, firm: str | None) -> None:
    kinds = _kinds(text)
    if firm:
        assert kinds.get(firm) == "organization"
        assert firm not in _places(text)
    else:  # a longer name with a business word was read before; it stays a firm
        assert kinds.get("Coverix Assurance Export") == "organization"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The loan is guaranteed by Kenya.", "Kenya", "state"),
        ("The bonds are guaranteed by the government of Ghana.", "Ghana", "state"),
        ("Tamsin Kerr, who holds a seat on the board, said no.", "Tamsin Kerr", "person"),
    ],
)
def test_what_must_not_change(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind
