"""C9-17: the bare "$" question also asks when the seller is a company of a dollar state
(General Dynamics Land Systems Canada) or the article's dateline is in one ("TORONTO —"), and
stays a warning. Through ``new`` / ``add-source`` / ``draft`` / ``check``."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.cli.main import main


def _check(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    article = tmp_path / "article.txt"
    article.write_text(text, "utf-8")
    path = tmp_path / "deal.brief"
    assert main(["new", str(path)]) == 0
    assert main(["add-source", str(path), str(article)]) == 0
    assert main(["draft", str(path)]) == 0
    capsys.readouterr()
    code = main(["check", str(path)])
    return code, capsys.readouterr().out


def test_a_canadian_seller_company_is_questioned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _check(
        tmp_path,
        "Canada LAV sale to Saudi Arabia\n\nOTTAWA, 9 Jan 2026 — Canada will sell 900 light "
        "armoured vehicles to Saudi Arabia for $15 billion, General Dynamics Land Systems "
        "Canada said.\n",
        capsys,
    )
    # Round 11: a text about Canada with no wire credit reads its bare "$" as CAD — still said.
    assert (
        "warning: Light armoured vehicles: “$15 billion” is read as CAD, the dollar of the state "
        "the article is about; wire copy writes US dollars as “$”: check the currency"
    ) in out
    assert code == 0  # a question, not an error


def test_a_dollar_state_dateline_is_questioned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _code, out = _check(
        tmp_path,
        "Saudi vehicles\n\nTORONTO, 9 Jan 2026 — Saudi Arabia will buy 900 light armoured "
        "vehicles from Germany for $15 billion, officials said.\n",
        capsys,
    )
    assert "but the dateline TORONTO writes its own dollar (CAD) as “$” too" in out


def test_a_us_dateline_asks_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _code, out = _check(
        tmp_path,
        "Saudi vehicles\n\nWASHINGTON, 9 Jan 2026 — Saudi Arabia will buy 900 light armoured "
        "vehicles from Germany for $15 billion, officials said.\n",
        capsys,
    )
    assert "check the currency" not in out
