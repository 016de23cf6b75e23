"""N9-19: a wire story saved as text ("By Ingrid Halvorsen, Nordlys Wire Service" above
"OSLO, 14 October 2026 — …") was imported as kind "other" with author and outlet empty."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefdesk.cli.main import main

STORY = (
    "Norway to sell 12 Kestrel coastal patrol boats to Ghana\n\n"
    "{byline}\n"
    "OSLO, 14 October 2026 — Norway's defence materiel agency has agreed to sell 12 patrol "
    "boats to Ghana, officials said on Wednesday.\n"
)


def _imported(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    path = tmp_path / "wire.txt"
    path.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert main(["import", "--json", str(path)]) == 0
    found = json.loads(capsys.readouterr().out)
    return found[0] if isinstance(found, list) else found


def test_byline_gives_author_and_outlet_and_the_dateline_news(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = STORY.format(byline="By Ingrid Halvorsen, Nordlys Wire Service")
    source = _imported(tmp_path, text, capsys)
    assert (source["author"], source["outlet"]) == ("Ingrid Halvorsen", "Nordlys Wire Service")
    assert source["kind"] == "news"


def test_a_role_after_the_name_is_no_outlet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = STORY.format(byline="By Ana Berg, Defence Correspondent")
    source = _imported(tmp_path, text, capsys)
    assert (source["author"], source["outlet"]) == ("Ana Berg", "")


def test_a_sentence_starting_with_by_is_no_byline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = STORY.format(byline="By the end of the decade the navy wants twenty boats.")
    assert _imported(tmp_path, text, capsys)["author"] == ""
