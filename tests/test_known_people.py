"""newcomer7 F24: with the library on, a name it knows as a person is read as that person, not
as a place — outside the extraction rules (``briefdesk.known_people``, run by ``extractrun``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.extract.known import KnownActor
from briefdesk.extract.never import NeverSuggest
from briefdesk.extractrun import _extract_job, shutdown
from briefdesk.model import Actor, Source
from briefdesk.model.codes import ActorType
from tests.library.factory import make_brief, write_brief

TEXT = (
    "Vâlcea said on Sunday that talks with Krauss-Maffei Wegmann had gone well. "
    "Talks continue in Vâlcea next week."
)
VALCEA = KnownActor("Ion Vâlcea", ("Vâlcea",), "person", "Deputy Minister", "", "RO")


@pytest.fixture(autouse=True)
def _no_team_library(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("BRIEFDESK_LIBRARY_DSN", raising=False)
    yield
    shutdown()


def test_a_known_person_is_not_offered_as_a_place() -> None:
    plain = _extract_job(Source(text=TEXT))
    assert [p.name for p in plain.places] == ["Vâlcea"]  # the rules' reading, unchanged
    assert not any(a.answers_to("Vâlcea") for a in plain.actors)

    known = _extract_job(Source(text=TEXT), (), (VALCEA,))
    person = next(a for a in known.actors if a.name == "Ion Vâlcea")
    assert person.type == "person" and person.role == "Deputy Minister"
    assert person.evidence == [(0, 6)] and "Vâlcea" in person.aliases
    assert person.key == "actor:person:ion vâlcea"
    assert any(r.rule == "actor.known-to-library" for r in person.why)
    # "in Vâlcea" says it is the place: that mention stays a place, the other does not.
    place = next(p for p in known.places if p.name == "Vâlcea")
    assert place.evidence == [(TEXT.index("in Vâlcea") + 3, TEXT.index("in Vâlcea") + 9)]


def test_only_place_readings_leave_the_place_alone() -> None:
    text = "Floods hit Vâlcea county on Monday; roads in Vâlcea were closed."
    known = _extract_job(Source(text=text), (), (VALCEA,))
    assert [p.name for p in known.places] == ["Vâlcea"]
    assert not any(a.name == "Ion Vâlcea" for a in known.actors)


def test_a_known_organisation_or_state_changes_nothing() -> None:
    firm = KnownActor("Vâlcea", (), "organization")
    known = _extract_job(Source(text=TEXT), (), (firm,))
    assert [p.name for p in known.places] == ["Vâlcea"]


def test_never_list_and_dismissals_still_hold() -> None:
    never = (NeverSuggest(pattern="Ion Vâlcea", kind="person"),)
    known = _extract_job(Source(text=TEXT), never, (VALCEA,))
    assert not any(a.name == "Ion Vâlcea" for a in known.actors)
    dismissed = Source(text=TEXT, dismissed=["actor:person:ion vâlcea"])
    known = _extract_job(dismissed, (), (VALCEA,))
    assert not any(a.name == "Ion Vâlcea" for a in known.actors)


def test_extract_library_reads_the_known_person(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = tmp_path / "desk"
    brief = make_brief(0)
    brief.actors.append(
        Actor(name="Ion Vâlcea", type=ActorType.PERSON, aliases=["Vâlcea"], role="Deputy Minister")
    )
    write_brief(desk, brief)
    assert main(["library", "index", "--folder", str(desk)]) == 0
    article = tmp_path / "article.txt"
    article.write_text(TEXT + "\n", "utf-8")
    capsys.readouterr()
    assert main(["extract", str(article), "--library", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    names = [a["name"] for a in out["actors"]]
    assert "Ion Vâlcea" in names
    assert [p["evidence"][0]["start"] for p in out["place_evidence"] if p["name"] == "Vâlcea"] == [
        TEXT.index("in Vâlcea") + 3
    ]
