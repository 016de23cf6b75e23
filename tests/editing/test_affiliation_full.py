"""A person's short affiliation names the one body it stands for (newcomer18 N18-08), in the
draft, in an accepted deal's parties and in an accepted person; never when two bodies share the
short form, never a state's name."""

from __future__ import annotations

from briefdesk.editing.affiliation_full import full_affiliation
from briefdesk.editing.draft import draft
from briefdesk.editing.edits import apply_edits
from briefdesk.extract import extract_source
from briefdesk.model import Actor, Brief, Source
from briefdesk.model.codes import ActorType

TEXT = (
    "Railway work to start in January\n\n"
    "KAMPALA, Nov 30 - Work on the eastern railway will start in January, Yaprak's chairman, "
    "Mehmet Yaprak, told reporters in Kampala on Sunday.\n\n"
    "Separately, Song Hau chairman Nguyen Van Phuc said the terminal at Cai Mep would open in "
    "2029.\n"
)


def _org(name: str) -> Actor:
    return Actor(name=name, type=ActorType.ORGANIZATION)


def _people(*bodies: str) -> dict[str, str]:
    source = Source(text=TEXT, title="Railway work to start in January")
    brief = Brief(sources=[source], actors=[_org(b) for b in bodies])
    drafted = apply_edits(brief, draft(brief, source.id, extract_source(source)))
    return {a.name: a.affiliation for a in drafted.actors if a.type == ActorType.PERSON}


def test_the_draft_writes_the_short_form_out() -> None:
    people = _people("Yaprak Insaat", "Song Hau Gas Corporation")
    assert people["Mehmet Yaprak"] == "Yaprak Insaat"
    assert people["Nguyen Van Phuc"] == "Song Hau Gas Corporation"


def test_two_bodies_sharing_the_short_form_leave_it() -> None:
    people = _people("Yaprak Insaat", "Song Hau Gas Corporation", "Song Hau Power Company")
    assert people["Nguyen Van Phuc"] == "Song Hau"
    assert people["Mehmet Yaprak"] == "Yaprak Insaat"
    assert _people()["Mehmet Yaprak"] == "Yaprak"  # no body to stand for: as written


def test_the_rule() -> None:
    bodies = [
        ("Kaito Gas Corporation", ["Kaito"]),
        ("Uganda Railways Corporation", []),
        ("Corvalis Naval Systems", []),
        ("Nordvind A/S", []),
    ]
    assert full_affiliation("Kaito", bodies) == "Kaito Gas Corporation"  # an alias
    assert full_affiliation("Kaito Gas", bodies) == "Kaito Gas Corporation"  # first words
    assert full_affiliation("Corvalis", bodies) == "Corvalis Naval Systems"
    assert full_affiliation("Uganda", bodies) == "Uganda"  # a state is never a company
    assert full_affiliation("Nordvind", bodies) == "Nordvind A/S"
    assert full_affiliation("Nord", bodies) == "Nord"  # a word's start is no short form
    assert full_affiliation("Corvalis Naval Systems", bodies) == "Corvalis Naval Systems"
    both = [*bodies, ("Corvalis", [])]
    assert full_affiliation("Corvalis", both) == "Corvalis"  # a body of that very name
    assert full_affiliation("", bodies) == ""
