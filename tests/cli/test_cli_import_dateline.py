"""newcomer8 F13: `import --json` said "published": null where `add-source` of the same file
takes the dateline's date; the preview is now the source it becomes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefdesk.cli.main import main

ARTICLE = (
    "Kenya rail loan approved\n\nNAIROBI, 20 November 2026 — The Meridian Development Bank has "
    "approved a $300 million loan to Kenya, the bank said on Monday.\n"
)


def test_import_shows_the_published_date_add_source_would_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "kenya.txt"
    article.write_text(ARTICLE, "utf-8")
    assert main(["import", str(article), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["published"] == "2026-11-20" and "read from the text" in shown["notes"]
    brief = tmp_path / "k.brief"
    assert main(["new", str(brief)]) == 0
    assert main(["add-source", str(brief), str(article)]) == 0
    capsys.readouterr()
    assert main(["sources", str(brief), "--json"]) == 0
    added = json.loads(capsys.readouterr().out)
    assert "2026-11-20" in json.dumps(added)
