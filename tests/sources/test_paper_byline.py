"""A policy paper's byline line gives the outlet and authors; its month is said, not made a day
(newcomer15 N15-34)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.sources.paper_byline import paper_byline

PAPER = (
    "Policy Paper 7: Ports and Power in the Gulf of Guinea\n\n"
    "Institute for Maritime Futures, Lisbon — by Dr Ana Ferreira and Tomas Lindqvist, "
    "March 2026\n\n"
    "Summary\n\nThe ports of Lomé and Tema compete for transit cargo to the Sahel.\n"
)


def test_the_institute_and_authors_are_taken_and_the_month_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "paper.txt"
    path.write_text(PAPER, encoding="utf-8")
    assert main(["import", "--json", str(path)]) == 0
    source = json.loads(capsys.readouterr().out)
    assert source["outlet"] == "Institute for Maritime Futures"
    assert source["author"] == "Dr Ana Ferreira and Tomas Lindqvist"
    assert source["published"] is None
    assert "dated March 2026 with no day" in source["notes"]


def test_a_sentence_with_a_dash_is_no_byline() -> None:
    assert paper_byline("The Ministry said — by Friday, Jan Novak and Eva Kral, May 2026") is None
    assert paper_byline("Ports — by Ana Ferreira, March 2026") is None
