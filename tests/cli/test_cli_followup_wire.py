"""A follow-up wire on the command line (round 22, newcomer21 N21-13): the agency in the
dateline is never listed as an actor, and a yearless dateline comes after the dated event
it reports. Made-up wires."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.extractrun import shutdown

WIRE = (
    "Hollin Grain ships first cargo\n\n"
    "VELMOR, Jan 12 (OPA) - Hollin Grain loaded its first maize cargo for Rastel Fertilisers "
    "on Monday under the accord the two firms signed on 24 November 2025, Hollin Grain said.\n"
)


@pytest.fixture(autouse=True)
def _stop_children() -> Iterator[None]:
    yield
    shutdown()


def test_the_wires_agency_is_no_actor_but_named_bodies_are(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "wire.txt"
    article.write_text(WIRE, "utf-8")
    assert main(["extract", str(article), "--json"]) == 0
    names = {a["name"] for a in json.loads(capsys.readouterr().out)["actors"]}
    assert "OPA" not in names and "Hollin Grain" in names
    assert main(["extract", str(article)]) == 0
    assert "OPA" not in capsys.readouterr().out


def test_the_yearless_dateline_follows_the_event_it_reports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "wire.txt"
    article.write_text(WIRE, "utf-8")
    assert main(["import", str(article), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["published"] == "2026-01-12" and shown["outlet"] == "OPA"
    assert "as the story reports 24 November 2025 before it" in shown["notes"]
    assert main(["extract", str(article), "--json"]) == 0
    read = json.loads(capsys.readouterr().out)["dates_resolved"]
    dates = {d["text"]: d["resolved"] for d in read}
    assert dates["Monday"] == "2026-01-12"  # 12 January 2026 was a Monday: that day, not after
