"""Fixtures the CLI tests share."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads

KORKUT_TEXT = (
    "Serevia signs deal for Korkut systems\n\n"
    "Serevia signed a contract on Monday to buy four Korkut air defence systems from Turkey "
    "for $400 million, its defence ministry said.\n"
)


@pytest.fixture
def korkut_brief(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A brief drafted from a one-deal article (Serevia buys from Turkey, $400 million), with
    a spare organisation ("Aselsan") to put in a party's place; the CLI's output so far read."""
    article, brief = tmp_path / "a.txt", tmp_path / "b.brief"
    article.write_text(KORKUT_TEXT, encoding="utf-8")
    assert main(["new", str(brief)]) == 0
    assert main(["add-source", str(brief), str(article)]) == 0
    assert main(["draft", str(brief)]) == 0
    assert main(["actors", "add", str(brief), "Aselsan", "--type", "organization"]) == 0
    capsys.readouterr()
    assert "Turkey" in loads(brief.read_bytes()).bluf
    return brief
