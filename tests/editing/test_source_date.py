"""A source with no published date takes the date its text gives (newcomer7 F2)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.editing.source_date import with_text_date
from briefdesk.model.brief import Source
from briefdesk.store import open_brief

TODAY = dt.date(2026, 12, 1)


def source(text: str, **given: object) -> Source:
    return Source(id="src-1", title="t", text=text, **given)


def test_the_dateline_date_becomes_the_published_date_with_a_note() -> None:
    found = with_text_date(source("WARSAW, 20 November 2026 — Poland signed."), TODAY)
    assert found.published == dt.date(2026, 11, 20)
    assert "Published date 2026-11-20 read from the text ('20 November 2026')" in found.notes


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("WARSAW, 20 November 2026 — Poland signed.", {"published": dt.date(2026, 11, 21)}),
        ("Poland signed a contract on 20 November 2026 for tanks.", {}),  # no dateline
    ],
)
def test_left_alone(text: str, given: dict[str, object]) -> None:
    before = source(text, **given)
    assert with_text_date(before, TODAY) == before


def test_a_date_after_today_is_not_taken_and_the_note_says_why() -> None:
    found = with_text_date(source("WARSAW, 20 November 2027 — Poland signed."), TODAY)
    assert found.published is None
    assert "the text's date 2027-11-20 ('20 November 2027') is after today's date" in found.notes


def test_add_source_fills_the_date_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Poland signs for K2 tanks\n\nWARSAW, 20 November 2026 — Poland signed a contract on"
        " Wednesday for 180 K2 tanks from Hyundai Rotem.\n",
        encoding="utf-8",
    )
    brief = tmp_path / "b.brief"
    assert main(["new", str(brief)]) == 0
    assert main(["add-source", str(brief), str(article)]) == 0
    assert "note: published date 2026-11-20 read from the text" in capsys.readouterr().out
    [added] = open_brief(brief).brief.sources
    assert added.published == dt.date(2026, 11, 20)
