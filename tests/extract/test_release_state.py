"""A government release about a state no registry knows (newcomer23 N23-10, N23-12): "the
Republic of <Name>" is a state, the Government's loan is its, the ministry named short and long
is one actor, and the dateline's place is no organisation. Made-up states and texts; positives
failed at round24-start."""

from __future__ import annotations

from briefdesk.extract import extract_text

RELEASE = (
    "PRESS RELEASE\n\nKessa Bay, 2 March 2026\n\n"
    "The Ministry of Works and Housing of the Republic of Dravonia has today awarded a road "
    "contract at the Port of Kessa Bay to Kestrel Build. To finance the works, the "
    "Government has also signed a loan agreement of USD 80 million with the Meridional "
    "Development Bank.\n\n"
    "Issued by: Press Unit, Ministry of Works and Housing\n"
)


def test_the_republics_government_takes_the_loan() -> None:
    result = extract_text(RELEASE)
    states = [a.name for a in result.actors if str(a.type) == "state"]
    assert states == ["Dravonia"]
    loans = [d for d in result.deals if str(d.kind) == "loan"]
    assert [(d.buyer, d.seller) for d in loans] == [("Dravonia", "Meridional Development Bank")]
    assert all(a.name != "the Government" for a in result.actors)


def test_the_ministry_is_one_actor_and_the_dateline_no_organisation() -> None:
    result = extract_text(RELEASE)
    names = {a.name: a for a in result.actors}
    long_form = "Ministry of Works and Housing of the Republic of Dravonia"
    assert "Ministry of Works and Housing" not in names
    assert "Ministry of Works and Housing" in names[long_form].aliases
    assert "Kessa Bay" not in names


def test_near_misses() -> None:
    # two states in the text: the Government's loan is not guessed
    text = RELEASE.replace("Issued by", "The Foreign Minister of Ghana attended.\n\nIssued by")
    loans = [d for d in extract_text(text).deals if str(d.kind) == "loan"]
    assert all(d.buyer != "Dravonia" for d in loans)
    # a firm that opens a line with a comma and a date is named in the body too: it stays
    text = RELEASE + "\nKestrel Build, 3 March 2026 - the firm will start in May.\n"
    assert "Kestrel Build" in {a.name for a in extract_text(text).actors}
    # a state the registry knows is the registry's, not added twice
    text = RELEASE.replace("Dravonia", "Ghana")
    assert [a.name for a in extract_text(text).actors if str(a.type) == "state"] == ["Ghana"]


def test_a_republic_the_subdivision_table_knows_is_no_state() -> None:
    # Round 24 (merge): "the Republic of X" as a state only for a name no table knows.
    found = extract_text("Herders in the Republic of Bashkortostan want new wells.")
    assert not [a for a in found.actors if a.type.value == "state"]
