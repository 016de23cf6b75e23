"""The library helps recognise an actor, never moves it (newcomer26 N26-17, N26-12).

Every test reads a real library (SQLite and PostgreSQL, a temp folder of briefs indexed): what
the desk confirmed earlier may name a party, link a short form to the one body it shortens, and
keep a known body from being a place; it never puts a party on the other side of a deal, nor
drops a side the text states, and when it would have, the suggestion and the draft say so.
"""

from __future__ import annotations

from pathlib import Path

from briefdesk.editing.draft import draft, summary
from briefdesk.editing.edits import apply_edits
from briefdesk.extract import extract_text
from briefdesk.extract.components.known_forms import affixes
from briefdesk.extract.known import KnownActor
from briefdesk.extract.library_sides import RULE
from briefdesk.library.sqlbase import SqlBase
from briefdesk.model import Actor, Brief, Source
from briefdesk.model.codes import ActorType
from tests.library.factory import make_brief, write_brief

FILING = """ORVANNE RESOURCES PLC
("Orvanne" or "the Company")

Sale of 25% interest in the Tembo Nickel Project to Kessgrove Mining

1 December 2026

Orvanne Resources plc (AIM: ORV), the East Africa-focused nickel developer, announces that it \
has entered into a binding share purchase agreement (the "SPA") with Kessgrove Mining Co., Ltd \
("Kessgrove") for the sale of a 25 per cent interest in Tembo Nickel Limited, the Kenyan company \
that holds the Tembo Nickel Project, for a cash consideration of US$140 million (the \
"Transaction").

Concurrently, Orvanne and Kessgrove have signed an offtake agreement under which Kessgrove will \
purchase half of the nickel concentrate from the Tembo Nickel Project for eight years.
"""

FOLLOW_UP = """Ministry confirms corvette schedule

PUERTO LUMBRE, 2 December 2026 - The Minister of Defence said on Monday that the contract with \
Skipsverft for four corvettes was signed on 28 November. The first steel for the third corvette \
will be cut at Astillero Cantábrico in Puerto Lumbre in May 2027.
"""


def _library(lib: SqlBase, folder: Path, bodies: list[tuple[str, list[str]]]) -> tuple:
    """A desk whose one earlier brief confirmed these organisations; its gazetteer."""
    brief = make_brief(1)
    for i, (name, aliases) in enumerate(bodies):
        brief.actors.append(
            Actor(id=f"act-k{i}", type=ActorType.ORGANIZATION, name=name, aliases=aliases)
        )
    write_brief(folder, brief)
    assert lib.index([folder]).added == 1
    return tuple(lib.gazetteer())


def _sale(found) -> tuple[str, str]:
    deal = next(d for d in found.deals if d.value and d.value.as_stated == "US$140 million")
    return deal.buyer, deal.seller


def test_a_known_issuer_is_not_made_the_buyer(lib: SqlBase, tmp_path: Path) -> None:
    known = _library(lib, tmp_path / "desk", [("Orvanne Resources plc", ["Orvanne"])])
    alone = extract_text(FILING)
    found = extract_text(FILING, known_actors=known)
    # the text's reading names Kessgrove the buyer; the library's name may not replace it
    assert _sale(alone)[0] == "Kessgrove Mining Co., Ltd"
    assert _sale(found)[0] == "Kessgrove Mining Co., Ltd"
    assert "Orvanne" not in _sale(found)[0]
    deal = next(d for d in found.deals if d.buyer == "Kessgrove Mining Co., Ltd" and d.value)
    said = [r.text for r in deal.why if r.rule == RULE]
    assert said and said[0].startswith("buyer 'Kessgrove Mining Co., Ltd' as the text gives it")
    # (the letterhead's capitals give way to the body's normal-case name: r26-nc26p)
    assert "the rules read buyer 'Orvanne Resources plc'" in said[0]


def test_the_draft_says_the_text_kept_its_sides(lib: SqlBase, tmp_path: Path) -> None:
    known = _library(lib, tmp_path / "desk", [("Orvanne Resources plc", ["Orvanne"])])
    brief = Brief(sources=[Source(id="src-1", text=FILING, title="Sale of 25% interest")])
    found = extract_text(FILING, known_actors=known)
    edits = draft(brief, "src-1", found)
    after = apply_edits(brief, edits)
    said = summary(brief, after, [e.what for e in edits], found)
    assert said.count("the text's sides kept over the library's: buyer 'Kessgrove") == 1
    buyers = [
        after.actor(p.actor_id).name  # type: ignore[union-attr]
        for d in after.deals
        for p in d.parties
        if p.role == "buyer"
    ]
    assert "ORVANNE RESOURCES PLC" not in buyers and "Orvanne Resources plc" not in buyers


def test_a_library_that_moves_nothing_says_nothing(lib: SqlBase, tmp_path: Path) -> None:
    # Kessgrove known: the same reading as the text's; no line about sides
    known = _library(lib, tmp_path / "desk", [("Kessgrove Mining Co., Ltd", ["Kessgrove"])])
    found = extract_text(FILING, known_actors=known)
    assert _sale(found)[0] == "Kessgrove Mining Co., Ltd"
    assert not any(r.rule == RULE for d in found.deals for r in d.why)


def test_a_short_form_links_to_the_one_known_body(lib: SqlBase, tmp_path: Path) -> None:
    known = _library(
        lib, tmp_path / "desk", [("Bergholm Skipsverft", []), ("Astillero Cantábrico", [])]
    )
    assert [a.name for a in extract_text(FOLLOW_UP).actors] == ["Skipsverft"]
    found = extract_text(FOLLOW_UP, known_actors=known)
    yard = next(a for a in found.actors if a.name == "Bergholm Skipsverft")
    assert yard.aliases == ["Skipsverft"]
    assert any("its short form 'Skipsverft'" in r.text for r in yard.why)
    assert "Skipsverft" not in [a.name for a in found.actors]


def test_a_known_company_is_no_place(lib: SqlBase, tmp_path: Path) -> None:
    known = _library(
        lib, tmp_path / "desk", [("Bergholm Skipsverft", []), ("Astillero Cantábrico", [])]
    )
    assert "Astillero Cantábrico" in [p.name for p in extract_text(FOLLOW_UP).places]
    found = extract_text(FOLLOW_UP, known_actors=known)
    assert [p.name for p in found.places] == ["Puerto Lumbre"]  # the town stays a place
    assert "Astillero Cantábrico" in [a.name for a in found.actors]


def test_a_short_form_of_two_known_bodies_links_to_neither(lib: SqlBase, tmp_path: Path) -> None:
    known = _library(
        lib, tmp_path / "desk", [("Bergholm Skipsverft", []), ("Nordvik Skipsverft", [])]
    )
    names = [a.name for a in extract_text(FOLLOW_UP, known_actors=known).actors]
    assert "Skipsverft" in names
    assert "Bergholm Skipsverft" not in names and "Nordvik Skipsverft" not in names


def test_generic_words_and_shared_words_are_no_short_form() -> None:
    forms = affixes(
        (
            KnownActor("Tembo Nickel Limited", (), "organization"),
            KnownActor("Kessgrove Mining Group", (), "organization"),
            KnownActor("Ruth Halvard", (), "person"),
            KnownActor("Halvard Shipping", (), "organization"),
            KnownActor("Orvanne Resources plc", ("Orvanne",), "organization"),
        )
    )
    assert forms["Tembo"].name == "Tembo Nickel Limited"
    assert forms["Kessgrove Mining"].name == "Kessgrove Mining Group"
    assert "Nickel Limited" not in forms and "Limited" not in forms  # only generic words
    assert "Group" not in forms and "Mining Group" not in forms
    assert "Halvard" not in forms  # a known person's name too: names nobody
    assert "Orvanne" not in forms  # an alias already: the verbatim match has it


def test_a_part_that_names_another_body_is_no_short_form() -> None:
    forms = affixes(
        (
            KnownActor("Export-Import Bank of Valdor", (), "organization"),
            KnownActor("FMS Watch", (), "organization"),
            KnownActor("OPEC Fund", (), "organization"),
            KnownActor("Airbus Helicopters", (), "organization"),
        )
    )
    assert not {"Bank of Valdor", "Watch", "OPEC", "Airbus"} & set(forms)
