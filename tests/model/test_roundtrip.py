"""Property: any valid brief saves and loads back equal, through text and through the store."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings

from briefdesk.model import Brief
from briefdesk.model.checks import check_brief
from briefdesk.model.fileformat import dumps, loads
from briefdesk.store import open_brief, save_brief
from tests.strategies import briefs


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(briefs())
def test_any_valid_brief_round_trips_through_json(brief: Brief) -> None:
    assert check_brief(brief) == []
    text = dumps(brief)
    again = loads(text.encode("utf-8"))
    assert again == brief
    assert dumps(again) == text


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(brief=briefs())
def test_any_valid_brief_round_trips_through_a_file(tmp_path: Path, brief: Brief) -> None:
    target = tmp_path / "round.brief"
    save_brief(target, brief, force=True)
    assert open_brief(target).brief == brief
