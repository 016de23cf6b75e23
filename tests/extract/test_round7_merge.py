"""Where two round-7 branches met: a state's long form is no part of a title."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "Hon. Peter Kaiwi Tamate MP, Prime Minister of the Independent State of Papua New"
            " Guinea, held a meeting.",
            "Peter Kaiwi Tamate",
            "Prime Minister",
            "PG",
        ),
        (
            "The Prime Minister of the Republic of Ghana, Kofi Mensah, spoke.",
            "Kofi Mensah",
            "Prime Minister",
            "GH",
        ),
    ],
)
def test_the_long_form_of_a_state_stays_out_of_the_role(
    text: str, name: str, role: str, country: str
) -> None:
    [person] = [a for a in extract_text(text).actors if a.name == name]
    assert (person.role, person.country) == (role, country)


def test_a_state_body_in_a_role_keeps_its_words() -> None:
    """Negative: "Secretary of State" is a title, not a state's long form."""
    text = "US Secretary of State Ann Lee met them."
    roles = [a.role for a in extract_text(text).actors if a.name == "Ann Lee"]
    assert roles and roles[0].startswith("Secretary of State")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # newcomer7 F7: the draft's BLUF said "Hyundai Rotem is delivering 180 K2 tanks".
        (
            "Poland on Friday confirmed it will buy a second batch of 180 K2 tanks from Hyundai"
            " Rotem for $6.5 billion.",
            "approved",  # (round 26: a confirmed "will buy ... for" is a commitment, status_future)
        ),
        (
            "The army plans to order the first batch of 12 howitzers from Hanwha for $300 million.",
            "proposed",
        ),
        # Negatives: a batch that arrives is a delivery under way.
        (
            "Chile's air force took the first batch of six FA-50 jets from KAI under the $1.1"
            " billion deal.",
            "in_delivery",
        ),
    ],
)
def test_a_batch_still_to_be_bought_is_no_delivery(text: str, status: str) -> None:
    [deal] = extract_text(text).deals
    assert deal.status.value == status


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # newcomer7 F7: "Belaruskali" was typed a person from its apposition.
        (
            "The EU imposed sanctions on Belaruskali, the Belarusian state potash producer, on"
            " Monday.",
            "Belaruskali",
            "organization",
        ),
        ("Talks with Gazprom, the Russian gas exporter, stalled.", "Gazprom", "organization"),
        # Negatives: a person's apposition stays a person's.
        ("Ngozi, the firm's chief executive, said it would sign.", "Ngozi", "person"),
        ("Mensah, the deputy defence minister, said it would sign.", "Mensah", "person"),
    ],
)
def test_a_one_word_name_described_as_a_business_is_one(text: str, name: str, kind: str) -> None:
    found = {a.name: a.type.value for a in extract_text(text).actors}
    assert found.get(name) == kind, found
