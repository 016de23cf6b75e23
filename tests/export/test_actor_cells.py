"""The actors table's role cell (N10-13, N10-26)."""

from __future__ import annotations

from pathlib import Path

from briefdesk.export.context import build_context
from briefdesk.export.render import export_docx
from briefdesk.model import Actor, Brief
from briefdesk.model.codes import ActorType
from tests.docx_text import docx_text


def _actors(*actors: Actor) -> list[dict[str, object]]:
    actors_out: list[dict[str, object]] = build_context(Brief(actors=list(actors)))["actors"]
    return actors_out


def test_an_affiliation_that_is_the_actors_country_is_not_printed_twice() -> None:
    cnas = Actor(name="CNAS", type=ActorType.ORGANIZATION, affiliation="France", country="FR")
    [row] = _actors(cnas)
    assert row["role_and_affiliation"] == "" and row["country_name"] == "France"
    other = Actor(name="CNAS", type=ActorType.ORGANIZATION, affiliation="France", country="SN")
    assert _actors(other)[0]["role_and_affiliation"] == "France"  # another country: said


def test_a_role_starts_with_a_capital(tmp_path: Path) -> None:
    ceo = Actor(
        name="Ingrid Madsen",
        type=ActorType.PERSON,
        role="chief executive",
        affiliation="Halvorsen",
        country="DK",
    )
    assert _actors(ceo)[0]["role_and_affiliation"] == "Chief executive, Halvorsen"
    brief = Brief(actors=[ceo])
    brief.header.title = "Radars"
    text = docx_text(export_docx(brief, "standard", tmp_path / "note.docx"))
    assert "Chief executive, Halvorsen" in text
