"""N9-02: the first word of a quotation or a sentence is no place ('"Better river ports will
cut freight costs," said …' drafted a place "Better", cited and printed in every template)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads

RELEASE = Path(__file__).resolve().parents[1] / "data" / "articles" / "loan_release.docx"


def test_draft_takes_no_place_from_a_quotation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "loan.brief"
    assert main(["new", str(path)]) == 0
    assert main(["add-source", str(path), str(RELEASE), "--grade", "A1"]) == 0
    assert main(["draft", str(path)]) == 0
    places = [place.name for place in loads(path.read_bytes()).places]
    assert "Better" not in places
    assert {"Narayanganj", "Chandpur"} <= set(places)


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        (
            "“Modern port facilities will help exporters,” said the minister in Gwadar",
            "Modern",
            "Gwadar",
        ),
        ("'Deeper river channels matter,' the director said in Chandpur", "Deeper", "Chandpur"),
        ("Larger dam projects are planned near Mangla, officials said", "Larger", "Mangla"),
    ],
)
def test_extract_takes_no_place_from_an_opening_word(
    tmp_path: Path, sentence: str, wrong: str, right: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "item.txt"
    path.write_text(f"ISLAMABAD, 3 March 2026 — Work began. {sentence}.\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["extract", str(path)]) == 0
    places = next(line for line in capsys.readouterr().out.splitlines() if "Places:" in line)
    assert wrong not in places and right in places


def test_a_named_site_opening_a_sentence_stays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "item.txt"
    path.write_text(
        "ISLAMABAD, 3 March 2026 — Work began. Gwadar port will be dredged, officials said.\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    assert main(["extract", str(path)]) == 0
    assert "Gwadar" in capsys.readouterr().out
