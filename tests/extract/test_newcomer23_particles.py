"""A Dutch/Flemish/Spanish surname keeps its particle as a person's short form (newcomer23
N23-12): "Mr. van Hoorn" is "van Hoorn", not "Hoorn". Made-up texts; the positive gave
"Hoorn" at round23-start."""

from __future__ import annotations

from briefdesk.extract import extract_text


def _aliases(text: str, name: str) -> list[str]:
    return next(a.aliases for a in extract_text(text).actors if a.name == name)


def test_the_particle_stays_with_the_surname() -> None:
    text = (
        "The lease was signed by the port director, Mr. Joris van Damme, on Monday.\n\n"
        "Mr. van Damme said the company would keep all 400 workers."
    )
    assert _aliases(text, "Joris van Damme") == ["van Damme"]


def test_a_surname_with_no_particle_in_the_name_stays_bare() -> None:
    text = (
        "The lease was signed by the port director, Joris Damme, on Monday.\n\n"
        "Damme said the company would keep all 400 workers."
    )
    assert _aliases(text, "Joris Damme") == ["Damme"]
