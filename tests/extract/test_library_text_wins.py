"""The text wins over the desk's library (newcomer23 N23-21).

The library may fill only what the article leaves empty: its role and affiliation go together,
taken only when the text gives neither and no other country; whatever it gives is said.
"""

from __future__ import annotations

from briefdesk.editing.draft import draft, summary
from briefdesk.editing.edits import apply_edits
from briefdesk.extract import KnownActor, extract_text
from briefdesk.extract.known_fill import RULE, library_fill, library_note
from briefdesk.model import Brief, Source

ORSO = KnownActor(
    "Talia Orsovic",
    ("Orsovic",),
    "person",
    "Defence Minister",
    "Brevanian Ministry of Defence",
    "",
    "2026-10-14",
)
ORSO_HR = KnownActor(
    "Talia Orsovic", ("Orsovic",), "person", "Defence Minister", "", "HR", "2026-10-14"
)


def _actor(text: str, known: KnownActor = ORSO):
    found = extract_text(text, known_actors=(known,))
    return next(a for a in found.actors if a.name == known.name)


def test_a_new_role_in_the_text_takes_nothing_from_the_library() -> None:
    actor = _actor(
        "Brevania's new Prime Minister Talia Orsovic named her cabinet on Monday after "
        "parliament elected her."
    )
    assert actor.role == "Prime Minister"
    assert actor.affiliation == ""  # not the old ministry glued to the new role
    assert library_note(actor.why) == ""


def test_a_role_in_a_story_that_never_names_the_body_keeps_the_body_out() -> None:
    actor = _actor(
        "Pakistan's Ministry of Defence said on Tuesday that Defence Minister Talia Orsovic "
        "had signed the contract for six patrol boats."
    )
    assert actor.role == "Defence Minister"
    assert "Brevanian" not in actor.affiliation


def test_a_bare_name_takes_role_and_affiliation_and_says_so() -> None:
    actor = _actor("Talia Orsovic told reporters on Tuesday that the programme would go on.")
    assert (actor.role, actor.affiliation) == ("Defence Minister", "Brevanian Ministry of Defence")
    assert library_note(actor.why) == (
        "role and affiliation from the library (brief of 2026-10-14)"
    )
    assert any(r.rule == RULE for r in actor.why)


def test_fill_rules() -> None:
    # the text's affiliation alone keeps the library's role out too (they go together)
    got = library_fill("", "Senate", "", ORSO)
    assert (got.role, got.affiliation, got.note) == ("", "Senate", "")
    # another country in the text: the library's role and body would contradict it
    got = library_fill("", "", "PK", ORSO_HR)
    assert (got.role, got.affiliation, got.country, got.note) == ("", "", "PK", "")
    # the same country: no contradiction
    got = library_fill("", "", "HR", ORSO_HR)
    assert got.role == "Defence Minister" and got.note.startswith("role from the library")
    # nothing in the text: all of it, said
    got = library_fill("", "", "", ORSO_HR)
    assert got.note == "role and country from the library (brief of 2026-10-14)"
    undated = KnownActor("A B", (), "person", "Envoy")
    assert library_fill("", "", "", undated).note == "role from the library"


def test_the_draft_notes_and_says_what_the_library_gave() -> None:
    text = (
        "Patrol boat deal stays on course\n\n"
        "Talia Orsovic told reporters on Tuesday that the patrol boat programme would go on.\n"
    )
    source = Source(id="src-1", text=text, title="Patrol boat deal stays on course")
    brief = Brief(sources=[source])
    extraction = extract_text(text, known_actors=(ORSO,))
    edits = draft(brief, "src-1", extraction)
    after = apply_edits(brief, edits)
    actor = next(a for a in after.actors if a.name == "Talia Orsovic")
    assert actor.note == "role and affiliation from the library (brief of 2026-10-14)"
    said = summary(brief, after, [e.what for e in edits], extraction)
    assert "Talia Orsovic's role and affiliation from the library (brief of 2026-10-14)" in said


def test_the_draft_of_a_new_role_has_no_library_note() -> None:
    text = "Brevania's new Prime Minister Talia Orsovic named her cabinet on Monday.\n"
    source = Source(id="src-1", text=text, title="Cabinet named")
    brief = Brief(sources=[source])
    extraction = extract_text(text, known_actors=(ORSO,))
    after = apply_edits(brief, draft(brief, "src-1", extraction))
    actor = next(a for a in after.actors if a.name == "Talia Orsovic")
    assert (actor.role, actor.affiliation, actor.note) == ("Prime Minister", "", "")
