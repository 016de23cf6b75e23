"""``briefdesk show`` prints a deal's dates as the deal sheet does (newcomer24 N24-14: the
signed date was in ``deals list --json`` and the deal sheet, not in ``show``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model import Brief, Deal, DealDates
from briefdesk.model.codes import DealKind, DealStatus
from briefdesk.model.fileformat import dumps


def _show(tmp_path: Path, capsys: pytest.CaptureFixture[str], deal: Deal) -> str:
    path = tmp_path / "dates.brief"
    path.write_text(dumps(Brief(deals=[deal])), encoding="utf-8")
    assert main(["show", str(path)]) == 0
    return capsys.readouterr().out


def test_show_prints_the_signed_and_announced_dates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dates = DealDates(
        announced=dt.date(2026, 11, 28), signed=dt.date(2026, 12, 1), delivery="from October 2027"
    )
    deal = Deal(
        title="Gas supply", kind=DealKind.ENERGY_SUPPLY, status=DealStatus.SIGNED, dates=dates
    )
    shown = _show(tmp_path, capsys, deal)
    assert "signed 1 December 2026; announced 28 November 2026; delivery from October 2027" in shown


def test_a_signed_date_of_a_deal_since_cancelled_is_printed_beside_its_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dates = DealDates(signed=dt.date(2025, 3, 14))
    deal = Deal(
        title="Signalling", kind=DealKind.PROCUREMENT, status=DealStatus.CANCELLED, dates=dates
    )
    assert "cancelled; signed 14 March 2025" in _show(tmp_path, capsys, deal)
