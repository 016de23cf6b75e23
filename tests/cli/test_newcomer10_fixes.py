"""newcomer10's findings, through the commands as the desk officer ran them (draft, check,
export)."""

from __future__ import annotations

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
