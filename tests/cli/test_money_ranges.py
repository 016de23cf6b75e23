"""C9-12: a price range, a hedge after the amount and a hedged count keep their words.

"between $1 billion and $1.5 billion" was cut to an exact "$1 billion", "$1.8 billion or more"
lost its "or more", and "up to 11 drones" became 11 in the drafted BLUF. Through the user's
path: ``extract --json`` and ``new`` / ``add-source`` / ``draft`` / ``show``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefdesk.cli.main import main


def _deal(tmp_path: Path, sentence: str, capsys: pytest.CaptureFixture[str]) -> dict:
    path = tmp_path / "item.txt"
    path.write_text(f"BUCHAREST, 20 November 2026 — {sentence}, officials said.\n", "utf-8")
    capsys.readouterr()
    assert main(["extract", "--json", str(path)]) == 0
    deals = json.loads(capsys.readouterr().out)["deals"]
    assert len(deals) == 1, deals
    return deals[0]


@pytest.mark.parametrize(
    ("hedged", "bare", "stated"),
    [
        (
            "Romania will buy 54 Abrams tanks from the United States for between $1 billion "
            "and $1.5 billion",
            "Romania will buy 54 Abrams tanks from the United States for $1 billion",
            "between $1 billion and $1.5 billion",
        ),
        (
            "Romania will buy 54 Abrams tanks from the United States for $1 billion to "
            "$1.5 billion",
            "Romania will buy 54 Abrams tanks from the United States for $1 billion",
            "$1 billion to $1.5 billion",
        ),
        (
            "Slovakia will purchase 14 F-16 jets from Lockheed Martin for $1.8 billion or more",
            "Slovakia will purchase 14 F-16 jets from Lockheed Martin for $1.8 billion",
            "$1.8 billion or more",
        ),
    ],
)
def test_range_and_trailing_hedge_are_kept_as_an_estimate_with_a_stable_key(
    tmp_path: Path, hedged: str, bare: str, stated: str, capsys: pytest.CaptureFixture[str]
) -> None:
    deal = _deal(tmp_path, hedged, capsys)
    assert deal["value"]["as_stated"] == stated
    assert deal["value"]["estimate"] is True
    # the key is the bare amount's: a suggestion dismissed before stays dismissed
    assert deal["key"] == _deal(tmp_path, bare, capsys)["key"]


def test_a_change_from_one_amount_to_another_is_no_range(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deal = _deal(
        tmp_path,
        "Romania raised its order of 54 Abrams tanks from the United States from $1 billion "
        "to $1.5 billion",
        capsys,
    )
    assert " to " not in deal["value"]["as_stated"]


def test_hedged_count_is_kept_in_extraction_and_in_the_drafted_bluf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sentence = "Canada will buy up to 11 MQ-9B drones from General Atomics for $1.8 billion or more"
    deal = _deal(tmp_path, sentence, capsys)
    assert (deal["quantity"], deal["quantity_hedge"]) == (11, "up to")
    brief = tmp_path / "drones.brief"
    assert main(["new", str(brief)]) == 0
    assert main(["add-source", str(brief), str(tmp_path / "item.txt")]) == 0
    assert main(["draft", str(brief)]) == 0
    capsys.readouterr()
    assert main(["show", str(brief)]) == 0
    shown = capsys.readouterr().out
    assert "up to 11 MQ-9B drones" in shown
    assert "$1.8 billion or more" in shown.split("BLUF:")[1].splitlines()[1]


def test_an_exact_count_stays_exact(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deal = _deal(
        tmp_path, "Canada will buy 11 MQ-9B drones from General Atomics for $2 billion", capsys
    )
    assert (deal["quantity"], deal["quantity_hedge"]) == (11, "")
