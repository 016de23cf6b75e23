"""A page copied from a browser gets its "Published …" date and its "From:" issuer (N11-16)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefdesk.editing.source_date import with_text_date
from briefdesk.sources import ImportLimits, import_file


def test_a_copied_page_gives_its_published_line_and_issuer(tmp_path: Path) -> None:
    path = tmp_path / "copied.txt"
    path.write_text(
        "Skip to main content\nMenu\nSearch GOV.UK\nHome > World > Sanctions\n\nPress release\n"
        "Erdavia sanctions drone parts network\nThe government has sanctioned 4 companies.\n"
        "From: Ministry of Foreign Affairs\nPublished 14 November 2026\n\nShare this page\n\n"
        "The government has today (14 November) sanctioned four companies on Tuesday.\n",
        encoding="utf-8",
    )
    source = with_text_date(
        import_file(path, limits=ImportLimits(isolate=False)), dt.date(2026, 12, 1)
    )
    assert source.title == "Erdavia sanctions drone parts network"
    assert source.outlet == "Ministry of Foreign Affairs"
    assert source.published == dt.date(2026, 11, 14)
    assert "read from the text ('14 November 2026')" in source.notes


def test_a_mail_from_line_is_no_issuer(tmp_path: Path) -> None:
    path = tmp_path / "mail.txt"
    path.write_text(
        "Press release\nErdavia sanctions drone parts network\n"
        "From: Press Office <press@example.org>\nThe government has sanctioned 4 companies.\n",
        encoding="utf-8",
    )
    assert import_file(path, limits=ImportLimits(isolate=False)).outlet == ""


def test_the_same_page_pasted_gets_the_same_title_and_date() -> None:
    """N11-07 addendum: Ctrl+Shift+V of the page, not only the file, is titled by its headline."""
    from briefdesk.sources import import_text

    pasted = (
        "Skip to main content\nMenu\nSearch GOV.UK\nHome > World > Sanctions\n\nPress release\n"
        "Erdavia sanctions drone parts network\nThe government has sanctioned 4 companies.\n"
        "From: Ministry of Foreign Affairs\nPublished 14 November 2026\n\n"
        "The government has today (14 November) sanctioned four companies.\n"
    )
    source = with_text_date(
        import_text(pasted, limits=ImportLimits(isolate=False)), dt.date(2026, 12, 1)
    )
    assert source.title == "Erdavia sanctions drone parts network"
    assert source.published == dt.date(2026, 11, 14)
