"""One status word everywhere, and template names with underscores (newcomer25 N25-02, N25-17)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from briefdesk import paths
from briefdesk.cli.main import main
from briefdesk.export import ExportError
from briefdesk.export.registry import builtin_dir, resolve_template
from briefdesk.model import Brief, Deal, DealDates
from briefdesk.model.codes import DealKind, DealStatus
from briefdesk.model.fileformat import dumps


def _brief(tmp_path: Path, deal: Deal) -> Path:
    path = tmp_path / "licence.brief"
    path.write_text(dumps(Brief(deals=[deal])), encoding="utf-8")
    return path


LICENCE = Deal(
    title="Port licence",
    kind=DealKind.CONCESSION,
    status=DealStatus.SIGNED,
    dates=DealDates(signed=dt.date(2026, 12, 1)),
)


def test_show_says_granted_for_a_licence_as_the_window_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", str(_brief(tmp_path, LICENCE))]) == 0
    shown = capsys.readouterr().out
    assert "granted 1 December 2026" in shown and "signed" not in shown
    revoked = LICENCE.model_copy(update={"status": DealStatus.CANCELLED})
    assert main(["show", str(_brief(tmp_path, revoked))]) == 0
    assert "revoked; granted 1 December 2026" in capsys.readouterr().out


def test_an_arms_sale_still_says_signed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sale = LICENCE.model_copy(update={"kind": DealKind.ARMS_SALE, "title": "Tanks"})
    assert main(["show", str(_brief(tmp_path, sale))]) == 0
    assert "signed 1 December 2026" in capsys.readouterr().out


def test_deals_list_json_keeps_the_code_and_adds_the_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["deals", "list", str(_brief(tmp_path, LICENCE)), "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["status"], row["status_words"]) == ("signed", "granted")
    assert main(["deals", "list", str(_brief(tmp_path, LICENCE))]) == 0
    assert "granted" in capsys.readouterr().out


def test_template_names_take_underscores_spaces_and_any_case() -> None:
    for name in ("deal_sheet", "Deal Sheet", "DEAL-SHEET", "deal-sheet"):
        assert resolve_template(name).id == "deal-sheet"
    assert resolve_template("bluf_memo").id == "bluf"
    assert resolve_template("standard_note").id == "standard"
    with pytest.raises(ExportError, match="unknown template 'deal_sheets'"):
        resolve_template("deal_sheets")


def test_an_exact_user_template_name_wins_over_the_folded_builtin() -> None:
    mine = paths.templates_dir() / "deal_sheet.docx"  # the isolated home's folder
    mine.write_bytes((builtin_dir() / "standard.docx").read_bytes())
    assert resolve_template("deal_sheet").path == mine
    assert resolve_template("deal-sheet").builtin
