"""newcomer10's findings, through the commands as the desk officer ran them (draft, check,
export)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads

ARTICLE = (
    "Canberra, 3 March 2026 — Australia signed a contract with Saab to buy sonar systems in a "
    "deal worth $2.4 billion, officials said.\n"
)


def _drafted(tmp_path: Path, article: str = ARTICLE) -> Path:
    source = tmp_path / "article.txt"
    source.write_text(article, encoding="utf-8")
    path = tmp_path / "article.brief"
    assert main(["new", str(path)]) == 0
    assert main(["add-source", str(path), str(source)]) == 0
    assert main(["draft", str(path)]) == 0
    return path


def test_export_warns_that_the_bluf_is_still_the_draft(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """N10-25: ``check`` said so, ``export`` sent the machine's BLUF without a word."""
    path = _drafted(tmp_path)
    capsys.readouterr()
    out = tmp_path / "out.docx"
    assert main(["export", str(path), "-t", "deal-sheet", "-o", str(out)]) == 0
    assert "the BLUF is still BriefDesk's draft" in capsys.readouterr().err
    bluf = "Australia has bought Saab sonars for $2.4 billion."
    assert main(["set", str(path), f"bluf={bluf}"]) == 0
    assert loads(path.read_bytes()).bluf == bluf
    capsys.readouterr()
    assert main(["export", str(path), "-t", "deal-sheet", "-o", str(out), "--force"]) == 0
    assert "still BriefDesk's draft" not in capsys.readouterr().err


SENEGAL = (
    "Dakar, 12 November 2026 — Senegal signed a contract with Chantiers Navals de l'Atlantique "
    "Sud for three offshore patrol vessels worth 78 billion CFA francs, the ministry said.\n"
)


def _check(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    main(["check", str(path)])
    return capsys.readouterr().out


def test_the_same_amount_by_its_currency_code_is_not_a_stale_bluf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """N10-11: "XOF 78 billion" in the analyst's BLUF was "drafted from a deal, but the deal's
    value now says “78 billion CFA francs”: update the BLUF's hedge or currency"."""
    path = _drafted(tmp_path, SENEGAL)
    brief = loads(path.read_bytes())
    assert "78 billion CFA francs" in brief.drafted["bluf"]
    assert brief.deals[0].value is not None and brief.deals[0].value.currency == "XOF"
    bluf = "Senegal has ordered three patrol vessels for XOF 78 billion (about €119 million)."
    assert main(["set", str(path), f"bluf={bluf}"]) == 0
    assert "drafted from a deal" not in _check(path, capsys)


def test_the_drafted_words_beside_a_value_restated_by_its_code_are_not_flagged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _drafted(tmp_path, SENEGAL)
    assert main(["deals", "edit", str(path), "1", "--value", "XOF 78 billion"]) == 0
    assert "drafted from a deal" not in _check(path, capsys)
    assert main(["deals", "edit", str(path), "1", "--value", "EUR 78 billion"]) == 0
    assert "update the BLUF" in _check(path, capsys)  # a real change of currency still is


class _Stdin(io.TextIOWrapper):
    """A piped standard input (not a terminal) holding ``data``."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8")

    def isatty(self) -> bool:
        return False


def test_extract_dash_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """N10-18: ``extract -`` said "-: file not found" where import and add-source read stdin."""
    monkeypatch.setattr(sys, "stdin", _Stdin(b"Poland will buy 180 K2 tanks from Hyundai Rotem."))
    assert main(["extract", "-", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert "Hyundai Rotem" in {a["name"] for a in found["actors"]}
    monkeypatch.setattr(sys, "stdin", _Stdin(b""))
    assert main(["extract", "-"]) == 1
    assert "standard input: is empty" in capsys.readouterr().err
