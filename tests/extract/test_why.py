"""Every suggestion says why it was made: a stable rule id and one line in plain words."""

from __future__ import annotations

from briefdesk.extract import extract_text
from tests.extract.conftest import actor

TEXT = (
    "Valdoria will sell twelve patrol boats to Norland for $300 million, Defence Minister "
    "Ana Sola said on Monday. Norland's navy will take delivery in Port Emmer in 2027."
)


def test_every_suggestion_has_a_reason() -> None:
    extraction = extract_text(TEXT)
    items = [
        *extraction.actors,
        *extraction.deals,
        *extraction.places,
        *extraction.dates,
        *extraction.significance,
    ]
    assert items
    for item in items:
        assert item.why, f"{item.label} has no why"
        for reason in item.why:
            assert reason.rule and reason.text


def test_title_before_a_name() -> None:
    person = actor(extract_text(TEXT), "Ana Sola")
    assert ("person.title-before-name", "title before a name: 'Defence Minister'") in {
        (r.rule, r.text) for r in person.why
    }


def test_deal_parties_say_what_decided_them() -> None:
    deal = extract_text("Valdoria will sell Norland six helicopters for €90 million.").deals[0]
    texts = [r.text for r in deal.why]
    assert any(t.startswith("amount in a sentence about a deal: '€90 million'") for t in texts)
    assert "seller: subject of 'will sell Norland'" in texts


def test_states_by_name_and_adjective() -> None:
    extraction = extract_text("Valdorian officials met. France said it would help.")
    france = actor(extraction, "France")
    assert [r.rule for r in france.why] == ["state.name"]


def test_json_carries_why() -> None:
    data = extract_text(TEXT).to_json()
    assert all(item["why"] for item in data["actors"])
    assert all(set(r) == {"rule", "text"} for item in data["actors"] for r in item["why"])
