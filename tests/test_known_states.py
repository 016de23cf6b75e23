"""newcomer16 N16-19: with the library on, a state the desk confirmed by name (none the world
registry holds, so saved with no ISO code) is suggested where the text names it — outside the
extraction rules (``briefdesk.known_states``, run by ``extractrun``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.extract.known import KnownActor
from briefdesk.extract.never import NeverSuggest
from briefdesk.extract.results import ActorSuggestion, Extraction
from briefdesk.extractrun import _extract_job, shutdown
from briefdesk.known_states import add_known_states
from briefdesk.model import Actor, Source
from briefdesk.model.codes import ActorType
from tests.library.factory import make_brief, write_brief

TEXT = (
    "Harbin Optics said on Friday that the first sensor for Serevia would ship in early 2027. "
    "Serevia's navy had asked for it."
)
SEREVIA = KnownActor("Serevia", ("Republic of Serevia",), "state")


@pytest.fixture(autouse=True)
def _no_team_library(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("BRIEFDESK_LIBRARY_DSN", raising=False)
    yield
    shutdown()


def test_a_known_state_is_suggested_where_the_text_names_it() -> None:
    plain = _extract_job(Source(text=TEXT))
    assert not any(a.answers_to("Serevia") for a in plain.actors)  # the rules alone: nothing
    known = _extract_job(Source(text=TEXT), (), (SEREVIA,))
    state = next(a for a in known.actors if a.answers_to("Serevia"))
    assert state.type == "state" and state.key == "actor:state:serevia"
    first, second = TEXT.index("Serevia"), TEXT.index("Serevia's")
    assert state.evidence == [(first, first + 7), (second, second + 7)]
    assert any(r.rule == "actor.known-to-library" for r in state.why)


def test_not_inside_a_longer_name_nor_where_a_rule_read_the_words() -> None:
    text = "Serevia Airlines ordered two jets."
    assert not add_known_states(Extraction(), text, [SEREVIA]).actors
    firm = ActorSuggestion("Serevia Holdings", ActorType.ORGANIZATION, evidence=[(0, 7)])
    claimed = add_known_states(Extraction(actors=[firm]), "Serevia said so.", [SEREVIA])
    assert [a.name for a in claimed.actors] == ["Serevia Holdings"]
    found = ActorSuggestion("Serevia", ActorType.ORGANIZATION, evidence=[(0, 7)])
    once = add_known_states(Extraction(actors=[found]), "Serevia said so. Serevia", [SEREVIA])
    assert len(once.actors) == 1  # the rules found the name: their reading stands
    person = KnownActor("Serevia", (), "person")
    assert not add_known_states(Extraction(), "Serevia said so.", [person]).actors


def test_never_list_and_dismissals_still_hold() -> None:
    never = (NeverSuggest(pattern="Serevia", kind="state"),)
    assert not any(
        a.answers_to("Serevia") for a in _extract_job(Source(text=TEXT), never, (SEREVIA,)).actors
    )
    dismissed = Source(text=TEXT, dismissed=["actor:state:serevia"])
    assert not any(a.answers_to("Serevia") for a in _extract_job(dismissed, (), (SEREVIA,)).actors)


def test_extract_library_suggests_the_known_state(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = tmp_path / "desk"
    brief = make_brief(0)
    brief.actors.append(Actor(name="Serevia", type=ActorType.STATE))
    write_brief(desk, brief)
    assert main(["library", "index", "--folder", str(desk)]) == 0
    article = tmp_path / "article.txt"
    article.write_text(TEXT + "\n", "utf-8")
    capsys.readouterr()
    assert main(["extract", str(article), "--library", "--json"]) == 0
    actors = json.loads(capsys.readouterr().out)["actors"]
    assert {"name": "Serevia", "type": "state"}.items() <= next(
        a for a in actors if a["name"] == "Serevia"
    ).items()
