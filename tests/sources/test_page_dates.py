"""A page's own date is kept even when it is after today's date, with a note; a year in the
body is never turned into 1 January (N11-03)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefdesk.sources import ImportLimits, import_file

BODY = (
    "<p>The ministry signed for 24 aircraft, the company said in a statement on its site.</p>"
    "<p>Separately, it delivered eight trainers, completing a 2024 contract worth 3.4 billion"
    " kronor, and it expects more orders from the region over the next two years.</p>"
)


def _page(tmp_path: Path, head: str, byline: str = "") -> Path:
    path = tmp_path / "page.html"
    path.write_text(
        f"<html><head><title>Maker lands fighter order</title>{head}</head><body><article>"
        f"<h1>Maker lands fighter order</h1>{byline}{BODY}</article></body></html>",
        encoding="utf-8",
    )
    return path


def test_the_page_date_after_today_is_kept_with_a_note(tmp_path: Path) -> None:
    ahead = dt.date.today() + dt.timedelta(days=95)
    meta = f'<meta property="article:published_time" content="{ahead.isoformat()}T09:30:00Z">'
    source = import_file(_page(tmp_path, meta), limits=ImportLimits(isolate=False))
    assert source.published == ahead
    assert f"Published date {ahead.isoformat()} is after today's date" in source.notes


def test_a_year_in_the_body_is_not_the_first_of_january(tmp_path: Path) -> None:
    source = import_file(_page(tmp_path, ""), limits=ImportLimits(isolate=False))
    assert source.published != dt.date(2024, 1, 1)
    assert source.published is None
    assert "only a year in its text (2024), which is not taken as 1 January" in source.notes


def test_a_first_of_january_the_page_writes_is_kept(tmp_path: Path) -> None:
    byline = "<p class='byline'>By Ana Ruiz · 1 January 2026</p>"
    source = import_file(_page(tmp_path, "", byline), limits=ImportLimits(isolate=False))
    assert source.published == dt.date(2026, 1, 1)


def test_a_mail_date_wins_and_no_year_note_is_left(tmp_path: Path) -> None:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Desk <desk@example.org>"
    message["Subject"] = "Fighter order"
    message["Date"] = "Tue, 03 Mar 2026 09:00:00 +0000"
    message.set_content("See below.")
    message.add_alternative(f"<html><body>{BODY}</body></html>", subtype="html")
    path = tmp_path / "m.eml"
    path.write_bytes(bytes(message))
    source = import_file(path, limits=ImportLimits(isolate=False))
    assert source.published == dt.date(2026, 3, 3)
    assert "only a year" not in source.notes
