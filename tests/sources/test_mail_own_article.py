"""A mail's own article beside an attachment: its richer part, a source of its own (N15-01)."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.sources import ImportLimits, import_file_all
from briefdesk.sources.mail_body import plain_is_cut, reads_as_article

INLINE = ImportLimits(isolate=False)
FIRST = (
    "The Kestrel Ministry of Transport signed a contract with Veldra Rail worth EUR 80 "
    "million for twelve regional trains, the minister said on Sunday."
)
SECOND = (
    "Separately, the Orvian Development Bank agreed a USD 60 million loan to Kestrel for "
    "a port extension, the finance secretary said in the capital."
)
ATTACHED = (
    "Readout of the meeting of the two foreign ministers\n\n"
    "The ministers welcomed the signing of a memorandum on two patrol vessels built by "
    "Marlow Yards, valued at about EUR 140 million, with delivery in 2029.\n"
)


def _newsletter(plain: str, html_paragraphs: list[str]) -> EmailMessage:
    """multipart/mixed: (text/plain, text/html) alternative + a text attachment, as a mail
    client sends a newsletter with a file."""
    message = EmailMessage()
    message["From"] = "Desk Watch <newsletter@deskwatch.example>"
    message["To"] = "desk@example.org"
    message["Subject"] = "Morning brief: Kestrel trains; Orvian loan"
    message["Date"] = "Mon, 30 Nov 2026 06:15:00 +0000"
    message.set_content(plain)
    html = "".join(f"<p>{p}</p>" for p in html_paragraphs)
    message.add_alternative(f"<html><body>{html}</body></html>", subtype="html")
    message.add_attachment(
        ATTACHED.encode(), maintype="text", subtype="plain", filename="readout.txt"
    )
    return message


def _write(tmp_path: Path, message: EmailMessage) -> Path:
    path = tmp_path / "newsletter.eml"
    path.write_bytes(bytes(message))
    return path


def test_the_mails_richer_html_article_is_the_first_source_and_the_attachment_second(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The text part holds the first story only; the HTML part holds both: the HTML is the
    mail's article, a source of its own before the attachment — not a "Cover note"."""
    paragraphs = ["Morning brief", FIRST, SECOND, "Full story attached."]
    path = _write(tmp_path, _newsletter(FIRST + "\n", paragraphs))
    found = import_file_all(path, limits=INLINE)
    assert [i.source.title for i in found] == [
        "Morning brief: Kestrel trains; Orvian loan",
        "Readout of the meeting of the two foreign ministers",
    ]
    own = found[0].source
    assert "Veldra Rail" in own.text and "Orvian Development Bank" in own.text
    assert all("Cover note" not in i.source.notes for i in found)
    assert main(["import", str(path), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown[0]["title"].startswith("Morning brief") and len(shown) == 2


def test_a_one_story_mail_beside_an_attachment_stays_a_note_but_says_so(tmp_path: Path) -> None:
    """One reporting paragraph is still read as the sender's note on the attachment, but the
    user is told it was kept as a note, never silently."""
    path = _write(tmp_path, _newsletter(FIRST + "\n", [FIRST]))
    found = import_file_all(path, limits=INLINE)
    assert len(found) == 1
    assert "Cover note from Desk Watch" in found[0].source.notes
    assert any("kept as a cover note" in w for w in found[0].warnings)


def test_a_short_personal_cover_note_stays_a_note_without_a_warning(tmp_path: Path) -> None:
    note = (
        "Hi Sam,\n\nI think you will want the attached readout before the Friday meeting, "
        "our minister asked about the vessels.\n\nBest, Alex\n"
    )
    path = _write(tmp_path, _newsletter(note, note.split("\n\n")))
    found = import_file_all(path, limits=INLINE)
    assert len(found) == 1
    assert "Cover note from Desk Watch" in found[0].source.notes
    assert not any("kept as a cover note" in w for w in found[0].warnings)


def test_a_plain_part_is_cut_only_when_the_html_says_a_story_more() -> None:
    html = "\n\n".join(["Morning brief", FIRST, SECOND])
    assert plain_is_cut(FIRST, html)
    # The same story, the HTML adding only a list footer or a short line: the plain part stays.
    footer = "You are receiving this because you subscribed to Desk Watch. Unsubscribe here."
    assert not plain_is_cut(FIRST, "\n\n".join([FIRST, footer]))
    assert not plain_is_cut(FIRST, "\n\n".join([FIRST, "Read more on our website."]))
    # A plain part that says something the HTML does not is not the HTML cut short.
    assert not plain_is_cut(FIRST + " Trains run from 2028.", html)


def test_two_reporting_paragraphs_read_as_an_article_a_note_does_not() -> None:
    assert reads_as_article("\n\n".join([FIRST, SECOND]))
    assert not reads_as_article("FYI - two releases attached.\n\nAlex")
    assert not reads_as_article(
        "Hi all, please find attached the two releases we discussed on the call today.\n\n"
        "I would read the second one first, it changes the picture for our desk a lot."
    )


def test_an_attached_article_says_which_mail_brought_it(tmp_path: Path) -> None:
    """newcomer15 N15-34: the export cited the attached readout with no outlet and nothing
    saying it came in a mail; a list sender ("newsletter@") is its outlet, a colleague not."""
    paragraphs = ["Morning brief", FIRST, SECOND]
    found = import_file_all(_write(tmp_path, _newsletter(FIRST + "\n", paragraphs)), limits=INLINE)
    attached = found[1].source
    assert attached.outlet == "Desk Watch"
    assert (
        "Attached to the mail “Morning brief: Kestrel trains; Orvian loan” from Desk Watch, "
        "2026-11-30" in attached.notes
    )
    colleague = _newsletter(FIRST + "\n", paragraphs)
    colleague.replace_header("From", "Alex Morgan <alex.morgan@ministry.example>")
    path = tmp_path / "colleague.eml"
    path.write_bytes(bytes(colleague))
    attached = import_file_all(path, limits=INLINE)[1].source
    assert attached.outlet == "" and "from Alex Morgan" in attached.notes
