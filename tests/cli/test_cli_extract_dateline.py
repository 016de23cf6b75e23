"""``briefdesk extract FILE``: with no published date, the dateline's date resolves "on
Wednesday"; ``--published`` and an imported file's own date win over it (newcomer 6, F14)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefdesk.cli.main import main

STORY = (
    "Norway to buy howitzers\n\n"
    "OSLO, 14 October 2026 - Norway has agreed to buy 24 howitzers from Hanwha Aerospace, the "
    "Norwegian Defence Materiel Agency said on Wednesday. Parliament must approve the deal by "
    "1 December.\n"
)


def _dates(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, dict[str, object]]:
    assert main(["extract", *argv, "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    return {d["text"]: d for d in payload["dates_resolved"]}


def test_a_text_file_without_date_takes_the_datelines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(STORY, "utf-8")
    dates = _dates(capsys, str(path))
    assert dates["Wednesday"]["resolved"] == "2026-10-14"
    assert dates["1 December"]["resolved"] == "2026-12-01"
    rules = {w["rule"]: w["text"] for w in dates["Wednesday"]["why"]}  # type: ignore[attr-defined]
    assert "dateline" in rules["date.reference-dateline"]
    # The user's date wins.
    dates = _dates(capsys, str(path), "--published", "2026-11-06")
    assert dates["Wednesday"]["resolved"] == "2026-11-04"
    assert all(w["rule"] != "date.reference-dateline" for w in dates["Wednesday"]["why"])  # type: ignore[attr-defined]


def test_a_bad_published_date_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(STORY, "utf-8")
    with pytest.raises(SystemExit):
        main(["extract", str(path), "--published", "2026-13-06"])
    assert "not a date like" in capsys.readouterr().err


def test_an_html_pages_own_date_wins_over_the_dateline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = "".join(f"<p>{line}</p>" for line in STORY.splitlines() if line)
    dated = tmp_path / "dated.html"
    dated.write_text(
        '<html><head><meta name="date" content="2026-11-06"><title>Howitzers</title></head>'
        f"<body>{body}</body></html>",
        "utf-8",
    )
    assert _dates(capsys, str(dated))["Wednesday"]["resolved"] == "2026-11-04"
    undated = tmp_path / "undated.html"
    undated.write_text(f"<html><head><title>Howitzers</title></head><body>{body}</body></html>")
    assert _dates(capsys, str(undated))["Wednesday"]["resolved"] == "2026-10-14"
