"""``briefdesk draft`` gives a deal signed "today" under a dateline the dateline's day as its
Signed date, not Announced (round 20, newcomer19 N19-08). Made-up release."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads

RELEASE = (
    "REPUBLIC OF KELVORIA\n\nMINISTRY OF FINANCE\n\nPRESS RELEASE\n\n"
    "For immediate release - Tarvo, 18 November 2026\n\n"
    "Government signs US$120 million loan for Tarvo port cranes\n\n"
    "The Government of the Republic of Kelvoria today signed a US$120 million loan agreement "
    "with Ostmark Bank to finance new cranes at the port of Tarvo.\n\n"
    "The loan runs for ten years.\n"
)


def test_cli_draft_fills_signed_from_today_under_the_dateline(tmp_path: Path) -> None:
    article = tmp_path / "release.txt"
    article.write_text(RELEASE, encoding="utf-8")
    path = tmp_path / "loan.brief"
    assert main(["new", str(path)]) == 0
    assert main(["add-source", str(path), str(article)]) == 0
    assert main(["draft", str(path)]) == 0
    deal = loads(path.read_bytes()).deals[0]
    assert deal.dates.signed == dt.date(2026, 11, 18)
    assert deal.dates.announced is None
