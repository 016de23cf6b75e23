"""Outlets as a reader cites them: no capital city, no ticker, no letterhead capitals
(newcomer15 N15-38)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.sources.outlet_name import cited_outlet


@pytest.mark.parametrize(
    ("printed", "cited"),
    [
        ("Ministry of Energy and Water of the Republic of Ghana, Accra",
         "Ministry of Energy and Water (Ghana)"),
        ("KESTREL MINERALS LIMITED (ASX: KML)", "Kestrel Minerals Limited"),
        ("Port Authority of the Kingdom of Morocco", "Port Authority (Morocco)"),
        ("BHP GROUP LIMITED (ASX: BHP; LSE: BHP)", "BHP Group Limited"),
        ("THE BANK OF TANZANIA", "The Bank of Tanzania"),
    ],
)  # fmt: skip
def test_letterhead_forms_are_cited_as_names(printed: str, cited: str) -> None:
    assert cited_outlet(printed) == cited


@pytest.mark.parametrize(
    "kept",
    ["Reuters", "Radio Horizon", "Centre for Strategic Horizons", "Daily Graphic, Kumasi edition",
     "CNN", "Banco de Moçambique", "University of the Republic of Nowhere"],
)  # fmt: skip
def test_ordinary_outlets_are_left_alone(kept: str) -> None:
    assert cited_outlet(kept) == kept


def test_an_exchange_filing_is_cited_by_the_company_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "filing.txt"
    path.write_text(
        "ASX ANNOUNCEMENT 3 November 2026\n\nPELICAN GRAPHITE LIMITED (ASX: PGL)\n\n"
        "Pelican signs graphite supply agreement with Posco Future M\n\n"
        "Pelican Graphite Limited has signed a five-year agreement to supply 20,000 tonnes a "
        "year of graphite concentrate to Posco Future M of Korea from its Balama East mine.\n",
        encoding="utf-8",
    )
    assert main(["import", "--json", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["outlet"] == "Pelican Graphite Limited"
