"""Round 21, second wave (newcomer21 N21-09): two kinds of junk place. Made-up texts, positives
and negatives; every "Sale of the …" case and every unknown "Republic of X" case fails at
round21-merged (the "Kingdom of X" cases and the negatives guard what already held).

- A capitalised event noun before "of (the)" and a name ("Sale of the Dornveld wind farm") is a
  heading or a topic: never a place or a body as a whole; the name after it is read alone.
- "Republic of X" / "Kingdom of X" that the registry does not know is a state's formal name:
  no place, unless the text puts something in it (a republic inside a state) or says
  "Autonomous"."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


def names(text: str) -> set[str]:
    result = extract_text(text)
    return {p.name for p in result.places} | {a.name for a in result.actors}


# --- an event noun before "of the" and a name ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "junk", "site"),
    [
        (
            "Sale of the Dornveld wind farm\n\nThe utility said on Friday it had agreed the sale.",
            "Sale of the Dornveld",
            "Dornveld",
        ),
        (
            "Launch of the Kelvara Terminal\nOfficials gathered at the port on Monday.",
            "Launch of the Kelvara Terminal",
            "Kelvara Terminal",
        ),
        (
            "The cabinet approved the Sale of the Halvik refinery on Tuesday.",
            "Sale of the Halvik",
            "Halvik",
        ),
        ("Opening of the Brisk Canal was delayed by a year.", "Opening of the Brisk Canal", ""),
        ("Construction of the Orlen Dam began in March.", "Construction of the Orlen Dam", ""),
    ],
)
def test_event_of_a_name_is_no_place(text: str, junk: str, site: str) -> None:
    found = names(text)
    assert junk not in found
    if site:
        assert site in places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Opening of the Brisk Canal was delayed by a year.", "Brisk Canal"),
        ("Construction of the Orlen Dam began in March.", "Orlen Dam"),
    ],
)
def test_the_site_after_the_event_is_still_read(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Gulf of Varna is shallow in winter.", "Gulf of Varna"),
        ("Ships anchored in the Port of Tesmar on Sunday.", "Port of Tesmar"),
        ("The Bay of Korrin froze early this year.", "Bay of Korrin"),
    ],
)
def test_a_place_named_with_of_is_untouched(text: str, place: str) -> None:
    assert place in places(text)


def test_an_event_noun_with_no_name_after_it_is_left_alone() -> None:
    # "Sale of the" has no name to hand on: the rule passes, nothing breaks.
    assert "Sale of the" not in names("Sale of the century, the papers said on Monday.")


# --- "Republic of X" / "Kingdom of X" outside the registry --------------------------------------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "The Tavrell Grain Company, the trading arm of the Republic of Ostrava, signed on "
            "Monday.",
            "Republic of Ostrava",
        ),
        ("The Republic of Meldavia signed the loan on Monday.", "Republic of Meldavia"),
        ("The Kingdom of Essaria will buy six patrol ships.", "Kingdom of Essaria"),
        ("Farmers in the Kingdom of Essaria will get water.", "Kingdom of Essaria"),
        (
            "The loan was signed in the Republic of Tirelia. The Tirelian Minister of "
            "Transport, Ana Loureiro, welcomed it.",
            "Republic of Tirelia",
        ),
    ],
)
def test_an_unknown_states_formal_name_is_no_place(text: str, state: str) -> None:
    assert state not in places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The loan will finance canals in the Republic of Karakalpakstan and Khorezm region.",
            "Republic of Karakalpakstan",
        ),
        ("Wells were dug in the Republic of Ostravia last year.", "Republic of Ostravia"),
        (
            "Farmers in the Autonomous Republic of Nerevia will get water.",
            "Autonomous Republic of Nerevia",
        ),
        ("The Republic of Tatarstan opened a plant.", "Republic of Tatarstan"),
    ],
)
def test_a_republic_inside_a_state_stays_a_place(text: str, place: str) -> None:
    assert place in places(text)


def test_a_known_states_formal_name_stays_the_state() -> None:
    result = extract_text("The Kingdom of Morocco signed the licence with the Republic of Korea.")
    states = {a.name for a in result.actors if a.type.value == "state"}
    assert {"Morocco", "South Korea"} <= states
    assert not {p.name for p in result.places}
