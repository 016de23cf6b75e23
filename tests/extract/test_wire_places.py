"""C9-7: "By Jane Miller, Reuters" closes a byline like "By Ana Reyes, Quito", and "Reuters"
was suggested, drafted as a place and then questioned for having no country. A news wire's
name is an outlet, never a place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads

ARTICLE = (
    "Canberra signs submarine support deal with Saab\n\n"
    "By Jane Miller, {wire}\n\n"
    "CANBERRA, 3 March 2026 — Australia agreed on Tuesday to buy more than $2.4 billion of "
    "sonar systems from Saab, the Swedish defence group, Defence Minister Richard Marles said.\n"
)


@pytest.mark.parametrize("wire", ["Reuters", "Associated Press", "AFP"])
def test_a_wire_in_the_byline_is_no_place(
    tmp_path: Path, wire: str, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "sonar.txt"
    article.write_text(ARTICLE.format(wire=wire), encoding="utf-8")
    capsys.readouterr()
    assert main(["extract", "--json", str(article)]) == 0
    places = json.loads(capsys.readouterr().out)["places"]
    assert wire not in places and "Canberra" in places

    brief = tmp_path / "sonar.brief"
    assert main(["new", str(brief)]) == 0
    assert main(["add-source", str(brief), str(article)]) == 0
    assert main(["draft", str(brief)]) == 0
    drafted = {place.name for place in loads(brief.read_bytes()).places}
    assert wire not in drafted and any(name.startswith("Canberra") for name in drafted)


def test_a_town_in_a_byline_is_still_a_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "quito.txt"
    article.write_text(ARTICLE.format(wire="Quito"), encoding="utf-8")
    capsys.readouterr()
    assert main(["extract", "--json", str(article)]) == 0
    assert "Quito" in json.loads(capsys.readouterr().out)["places"]
