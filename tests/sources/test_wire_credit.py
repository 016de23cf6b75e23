"""C9-10: a wire story saved as text, "By MARIA GARCIA, Associated Press" on its first line and
"Copyright 2026 The Associated Press. All rights reserved." on its last, was titled with the
byline and kept the copyright line as text. The byline gives author and outlet only; the
credit line is left out, with a note."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefdesk.cli.main import main

STORY = (
    "By MARIA GARCIA, Associated Press\n\n"
    "MADRID (AP) — Spain will buy 25 Eurofighters from Airbus for more than €4 billion, "
    "Defence Minister Margarita Robles said on Tuesday.\n\n"
    "Copyright 2026 The Associated Press. All rights reserved.\n"
)


def _imported(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(["import", "--json", str(path)]) == 0
    found = json.loads(capsys.readouterr().out)
    return found[0] if isinstance(found, list) else found


def test_a_byline_is_no_title_and_the_copyright_line_is_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "i_wire.txt"
    path.write_text(STORY, encoding="utf-8")
    source = _imported(path, capsys)
    assert source["title"] == "i wire"
    assert (source["author"], source["outlet"]) == ("MARIA GARCIA", "Associated Press")
    assert "Copyright" not in str(source["text"])
    assert "Spain will buy 25 Eurofighters" in str(source["text"])
    notes = str(source["notes"])
    assert "credit line left out" in notes and "is a byline, not a headline" in notes

    brief = tmp_path / "wire.brief"
    assert main(["new", str(brief)]) == 0
    capsys.readouterr()
    assert main(["add-source", str(brief), str(path)]) == 0
    added = capsys.readouterr().out
    assert '"i wire"' in added and "By MARIA GARCIA" not in added


@pytest.mark.parametrize(
    "last", ["(c) delivery of the first jets in 2027.", "Copies of the contract were not released."]
)
def test_a_closing_sentence_is_no_credit(
    tmp_path: Path, last: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"Spain buys Eurofighters\n\nSpain will buy 25 jets.\n\n{last}\n", "utf-8")
    assert last in str(_imported(path, capsys)["text"])
