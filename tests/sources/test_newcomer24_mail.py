"""A wire story mailed as plain text reads like the same story as a .txt (newcomer24 N24-17):
the text's byline is the author (not the alert list's sender), the dateline's agency the outlet,
and the closing credit line is left out with a note. Invented story; negatives: a mail with no
byline keeps its sender as author."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from briefdesk.sources import ImportLimits, import_file_all

INLINE = ImportLimits(isolate=False)
STORY = (
    "Tallinn Shipping agrees takeover by Norvik\n\n"
    "By Anna Lepik\n\n"
    "TALLINN, May 4 (Baltic Newswire) - Finnish ferry operator Norvik Holdings has agreed to "
    "buy Tallinn Shipping Group for EUR 900 million, the companies said on Monday.\n\n"
    "The deal needs clearance from the competition authority.\n\n"
    "(Reporting by Anna Lepik; editing by Mark Hale)\n"
)


def _mail(tmp_path: Path, body: str) -> Path:
    message = EmailMessage()
    message["From"] = "Baltic Newswire Alerts <alerts@balticnews.example>"
    message["To"] = "desk@example.org"
    message["Subject"] = "Tallinn Shipping agrees takeover by Norvik"
    message["Date"] = "Mon, 04 May 2026 09:10:00 +0000"
    message.set_content(body)
    path = tmp_path / "alert.eml"
    path.write_bytes(bytes(message))
    return path


def test_a_mailed_wire_story_keeps_its_byline_and_outlet(tmp_path: Path) -> None:
    (mailed,) = import_file_all(_mail(tmp_path, STORY), limits=INLINE)
    text_file = tmp_path / "alert.txt"
    text_file.write_text(STORY, encoding="utf-8")
    (plain,) = import_file_all(text_file, limits=INLINE)
    assert (mailed.source.author, mailed.source.outlet) == ("Anna Lepik", "Baltic Newswire")
    assert (plain.source.author, plain.source.outlet) == ("Anna Lepik", "Baltic Newswire")
    assert "Reporting by" not in mailed.source.text
    assert "Norvik Holdings has agreed" in mailed.source.text


def test_a_mail_without_a_byline_keeps_its_sender(tmp_path: Path) -> None:
    body = "The ministry said on Monday it had signed the contract with Norvik Holdings.\n"
    (mailed,) = import_file_all(_mail(tmp_path, body), limits=INLINE)
    assert mailed.source.author == "Baltic Newswire Alerts"
