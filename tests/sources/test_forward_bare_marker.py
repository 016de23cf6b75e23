"""A forward marker that says an article follows needs no header block (newcomer23 N23-15):
"---------- Forwarded article ----------" and the story under it are split from the cover
note, the story cited by its own dateline, not as the outer "FW: …" message."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from pathlib import Path

import pytest

from briefdesk.sources import ImportLimits, import_file_all
from briefdesk.sources.inline_forward import find_forward

INLINE = ImportLimits(isolate=False)
STORY = (
    "Ostmark senate backs frigate purchase\n\n"
    "BRELLIN, March 3 (Harbour Wire) - Ostmark's senate defence committee on Tuesday approved "
    "the purchase of four frigates from Talmor Yards, clearing the way for the contract.\n\n"
    "The vote was 11 to 2."
)


def _mail(body: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Clippings <clips@example.org>"
    message["To"] = "desk@example.org"
    message["Subject"] = "FW: Ostmark senate backs frigate purchase"
    message["Date"] = "Wed, 4 Mar 2026 09:00:00 +0000"
    message.set_content(body)
    return message


@pytest.mark.parametrize(
    "marker",
    [
        "---------- Forwarded article ----------",
        "---------- Forwarded message ----------",
        "-------- Forwarded story --------",
        "Begin forwarded message:",
    ],
)
def test_a_bare_marker_splits_the_story_from_the_cover(tmp_path: Path, marker: str) -> None:
    path = tmp_path / "fw.eml"
    path.write_bytes(bytes(_mail(f"For the Ostmark file.\n\n{marker}\n{STORY}\n")))
    [found] = import_file_all(path, limits=INLINE)
    source = found.source
    assert source.title == "Ostmark senate backs frigate purchase"
    assert source.text.startswith("Ostmark senate backs frigate purchase")
    assert "For the Ostmark file" not in source.text and "Forwarded" not in source.text
    assert "Cover note from Clippings <clips@example.org>: For the Ostmark file." in source.notes
    assert source.outlet == "Harbour Wire"
    assert source.published == dt.date(2026, 3, 3)


def test_an_original_message_rule_or_a_line_alone_still_needs_its_headers() -> None:
    assert find_forward(f"Note.\n\n-----Original Message-----\n{STORY}") is None
    assert find_forward(f"Note.\n\n{'_' * 32}\n{STORY}") is None
    assert find_forward("The story was forwarded article by article to the desk.") is None
