"""Wire copy and distributed releases (newcomer14 N14-35): kind, headline without the desk's
slugs, and the date their dateline gives. All texts are made up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefdesk.model.codes import SourceKind
from briefdesk.sources import ImportLimits, import_file
from briefdesk.sources.wire_head import dateline_date, wire_title

INLINE = ImportLimits(isolate=False)

WIRE = (
    "UPDATE 1-Ruritania to buy 12 patrol boats in $300 mln deal -sources\n\n"
    "By Anna Keller and Omar Haddad\n\n"
    "VIENNA/ZENDA, Nov 4 (Wirenews) - Ruritania has agreed to buy 12 patrol boats from "
    "Danubia Yards for about $300 million, two people familiar with the matter said.\n\n"
    "Danubia Yards declined to comment.\n"
)
RELEASE = (
    "Danubia Yards wins Ruritanian patrol boat order\n\n"
    "LINZ, Austria, 8 October 2026 /PRNewswire/ -- Danubia Yards AG today announced a "
    "contract for 12 patrol boats with the Ruritanian navy.\n\n"
    "About Danubia Yards\n\nDanubia Yards AG builds patrol craft.\n\n"
    "SOURCE Danubia Yards AG\n"
)


def _import(tmp_path: Path, text: str, name: str = "story.txt"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return import_file(path, limits=INLINE)


def test_wire_copy_is_news_with_a_clean_title_its_dateline_date_and_reporters(
    tmp_path: Path,
) -> None:
    source = _import(tmp_path, WIRE)
    assert source.kind is SourceKind.NEWS
    assert source.title == "Ruritania to buy 12 patrol boats in $300 mln deal"
    assert source.published is not None and (source.published.month, source.published.day) == (
        11,
        4,
    )
    assert source.author == "Anna Keller and Omar Haddad"
    assert source.outlet == "Wirenews"
    assert "read from the dateline" in source.notes


def test_a_distributed_release_is_a_statement_dated_by_its_dateline(tmp_path: Path) -> None:
    source = _import(tmp_path, RELEASE)
    assert source.kind is SourceKind.OFFICIAL_STATEMENT
    assert source.published == dt.date(2026, 10, 8)


def test_a_release_known_only_by_its_closing_source_line_is_a_statement(tmp_path: Path) -> None:
    text = RELEASE.replace(" /PRNewswire/ --", " --")
    assert _import(tmp_path, text).kind is SourceKind.OFFICIAL_STATEMENT


def test_an_exchange_announcement_is_a_statement_titled_by_its_headline(tmp_path: Path) -> None:
    text = (
        "ASX ANNOUNCEMENT                     14 October 2026\n\n"
        "RURITANIA MINERALS LIMITED (ASX: RML)\n\n"
        "Binding Offtake Agreement with Zenda Chemicals\n\n"
        "Ruritania Minerals Limited is pleased to announce a binding offtake agreement.\n"
    )
    source = _import(tmp_path, text)
    assert source.kind is SourceKind.OFFICIAL_STATEMENT
    assert source.title == "Binding Offtake Agreement with Zenda Chemicals"


def test_a_copied_thread_is_social(tmp_path: Path) -> None:
    text = (
        "Copied from X (formerly Twitter), thread by @ruritania_watch, 20 Nov 2026\n\n"
        "1/3 Ruritania's navy just ordered 12 patrol boats.\n"
    )
    assert _import(tmp_path, text).kind is SourceKind.SOCIAL


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("UPDATE 2-Egypt to buy helicopters -sources", "Egypt to buy helicopters"),
        ("EXCLUSIVE-Navy weighs frigate order", "Navy weighs frigate order"),
        ("CORRECTED-UPDATE 1-Army signs tank deal -ministry", "Army signs tank deal"),
        ("Hong Kong-based trader fined", "Hong Kong-based trader fined"),
        ("F-35 deal - what it means", "F-35 deal - what it means"),
        ("UPDATE-", "UPDATE-"),
    ],
)
def test_wire_title_drops_slugs_only(title: str, expected: str) -> None:
    assert wire_title(title) == expected


def test_a_dateline_with_no_year_takes_the_texts_year_else_the_latest_past_day() -> None:
    today = dt.date(2026, 12, 2)
    assert dateline_date(WIRE, today).date == dt.date(2026, 11, 4)  # type: ignore[union-attr]
    assert dateline_date(WIRE.replace("Nov 4", "Dec 20"), today).date == dt.date(  # type: ignore[union-attr]
        2025, 12, 20
    )
    with_year = WIRE + "\nThe talks began on 3 March 2024.\n"
    assert dateline_date(with_year, today).date == dt.date(2024, 11, 4)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "VIENNA - Ruritania has agreed to buy boats.\n",  # no date
        "Ruritania to buy boats\n\nThe deal, signed on Nov 4, was reported.\n",
        "VIENNA, Nov 4 - Ruritania has agreed to buy boats.\n",  # no agency or wire
    ],
)
def test_no_dateline_date_is_made_up(text: str) -> None:
    assert dateline_date(text, dt.date(2026, 12, 2)) is None
