"""The persons extraction suggests for a text, as the people tests compare them."""

from __future__ import annotations

from briefdesk.extract import extract_text


def people(text: str) -> dict[str, tuple[str, str, str]]:
    """Each suggested person's name: (role, affiliation, country)."""
    return {
        a.name: (a.role, a.affiliation, a.country)
        for a in extract_text(text).actors
        if a.type.value == "person"
    }
