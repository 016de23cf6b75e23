"""Articles forwarded inline are cited by their own headers, not the forwarder's
(newcomer8 F19): Gmail, Outlook, Apple Mail and Thunderbird blocks; the cover note kept as a
note; HTML forwards; forwards of forwards; text that only looks like one left alone."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from pathlib import Path

import pytest

from briefdesk.sources import ImportLimits, import_file_all
from briefdesk.sources.inline_forward import find_forward, header_date

INLINE = ImportLimits(isolate=False)
ARTICLE = (
    "SANTIAGO, 24 November 2026 - Chile has agreed to buy 12 medium utility helicopters from "
    "the Italian manufacturer Venturi Aerospace in a deal worth 410 million euros, the Chilean "
    "Ministry of National Defence said on Tuesday."
)
SUBJECT = "Chile to buy 12 utility helicopters from Italy's Venturi Aerospace"
BLOCKS = {
    "gmail": "---------- Forwarded message ---------\nFrom: Andes Defence Wire "
    f"<news@andes.example>\nDate: Tue, 24 Nov 2026 at 09:12\nSubject: {SUBJECT}\n"
    "To: <alex@example.org>\n",
    "outlook": "-----Original Message-----\nFrom: Andes Defence Wire <news@andes.example>\n"
    f"Sent: Tuesday, November 24, 2026 9:12 AM\nTo: Alex\nSubject: {SUBJECT}\n",
    "outlook-line": "________________________________\n*From:* Andes Defence Wire "
    f"<news@andes.example>\n*Sent:* 24 November 2026 09:12\n*Subject:* {SUBJECT}\n",
    "apple": f"Begin forwarded message:\n\nFrom: Andes Defence Wire <news@andes.example>\n"
    f"Subject: {SUBJECT}\nDate: 24 November 2026 at 09:12:00 GMT\nTo: Alex\n",
    "thunderbird": f"-------- Forwarded Message --------\nSubject: \t{SUBJECT}\n"
    "Date: \tTue, 24 Nov 2026 09:12:00 +0000\nFrom: \tAndes Defence Wire <news@andes.example>\n",
}


def _mail(body: str, html: bool = False) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Alex Colleague <alex@example.org>"
    message["To"] = "desk@example.org"
    message["Subject"] = "Fwd: Chile to buy 12 utility helicopters"
    message["Date"] = "Tue, 24 Nov 2026 15:00:00 +0000"
    if html:
        message.set_content(body, subtype="html")
    else:
        message.set_content(body)
    return message


def _import(tmp_path: Path, message: EmailMessage) -> list[object]:
    path = tmp_path / "fwd.eml"
    path.write_bytes(bytes(message))
    return import_file_all(path, limits=INLINE)  # type: ignore[return-value]


@pytest.mark.parametrize("kind", sorted(BLOCKS))
def test_an_inline_forward_is_cited_by_its_own_headers(tmp_path: Path, kind: str) -> None:
    body = f"FYI - relevant to your Chile file.\n\n{BLOCKS[kind]}\n{ARTICLE}\n"
    [found] = _import(tmp_path, _mail(body))
    source = found.source  # type: ignore[attr-defined]
    assert (source.title, source.author) == (SUBJECT, "Andes Defence Wire")
    assert source.published == dt.date(2026, 11, 24)
    assert source.text.startswith("SANTIAGO, 24 November 2026") and "Alex" not in source.text
    assert "Forwarded" not in source.text and "FYI" not in source.text
    assert source.notes.startswith(
        "Cover note from Alex Colleague <alex@example.org>: FYI - relevant to your Chile file."
    )


def test_an_html_forward_from_gmail(tmp_path: Path) -> None:
    html = (
        "<html><body><div>FYI - relevant to your Chile file.</div><br><div class='gmail_quote'>"
        "<div class='gmail_attr'>---------- Forwarded message ---------<br>From: <strong>Andes "
        "Defence Wire</strong> &lt;news@andes.example&gt;<br>Date: Tue, 24 Nov 2026 at 09:12<br>"
        f"Subject: {SUBJECT}<br>To: &lt;alex@example.org&gt;<br></div><br><p>{ARTICLE}</p>"
        "<p>Defence Minister Carolina Ibáñez said the contract includes training for 40 "
        "pilots.</p></div></body></html>"
    )
    [found] = _import(tmp_path, _mail(html, html=True))
    source = found.source  # type: ignore[attr-defined]
    assert (source.title, source.author) == (SUBJECT, "Andes Defence Wire")
    assert source.text.startswith("SANTIAGO") and "Forwarded message" not in source.text


def test_a_forward_of_a_forward_gives_the_innermost_article(tmp_path: Path) -> None:
    middle = BLOCKS["outlook"].replace("Andes Defence Wire <news@andes.example>", "Bo <bo@x.org>")
    middle = middle.replace(SUBJECT, "FW: " + SUBJECT)
    body = f"See below.\n\n{middle}\nWorth a look.\n\n{BLOCKS['gmail']}\n{ARTICLE}\n"
    [found] = _import(tmp_path, _mail(body))
    source = found.source  # type: ignore[attr-defined]
    assert (source.title, source.author) == (SUBJECT, "Andes Defence Wire")
    assert "Cover note from Bo: Worth a look." in source.notes


def test_a_long_cover_is_a_source_of_its_own(tmp_path: Path) -> None:
    cover = "Our reading of the Chilean purchase follows. " * 30
    [own, forwarded] = _import(tmp_path, _mail(f"{cover}\n\n{BLOCKS['gmail']}\n{ARTICLE}\n"))
    assert own.source.author == "Alex Colleague"  # type: ignore[attr-defined]
    assert forwarded.source.title == SUBJECT  # type: ignore[attr-defined]


def test_text_that_only_looks_like_a_forward_is_left_alone() -> None:
    article = (
        "WARSAW - The ministry said on Tuesday it would buy 180 tanks.\n\n"
        "________________________________\n\nAbout us: the Warsaw Defence Review is independent."
    )
    assert find_forward(article) is None  # a rule with no From/Subject block after it
    assert find_forward("-----Original Message-----\nFrom: A <a@b.c>\nSubject: x\n\n") is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Tue, 24 Nov 2026 at 09:12", dt.date(2026, 11, 24)),
        ("Tuesday, November 24, 2026 9:12 AM", dt.date(2026, 11, 24)),
        ("Tue, 24 Nov 2026 09:12:00 +0000", dt.date(2026, 11, 24)),
        ("24/11/2026 09:12", dt.date(2026, 11, 24)),
        ("03/04/2026 09:12", None),  # 3 April or March 4: the sender's locale decides
        ("yesterday", None),
        ("", None),
    ],
)
def test_forward_dates_as_mail_programs_write_them(text: str, date: dt.date | None) -> None:
    assert header_date(text) == date


def test_an_html_forward_block_kept_on_one_line(tmp_path: Path) -> None:
    """The main-text reader may keep Gmail's block, its <br> lines run into one."""
    html = (
        "<html><body><div>FYI.</div><div class=gmail_quote>"
        "<div>---------- Forwarded message ---------<br>From: <b>Andes Defence Wire</b> "
        "&lt;news@andes.example&gt;<br>Date: Tue, 24 Nov 2026 at 09:12<br>"
        f"Subject: {SUBJECT}<br>To: &lt;alex@example.org&gt;<br></div><br>"
        f"<p>{ARTICLE} The defence minister told reporters the contract includes training.</p>"
        "</div></body></html>"
    )
    [found] = _import(tmp_path, _mail(html, html=True))
    source = found.source  # type: ignore[attr-defined]
    assert (source.title, source.author) == (SUBJECT, "Andes Defence Wire")
    assert source.text.startswith("SANTIAGO, 24 November 2026")
    assert "includes training" in source.text and "Forwarded" not in source.text


@pytest.mark.parametrize(
    ("from_line", "author"),
    [
        ("Pierre Martin [mailto:pierre@aero.example]", "Pierre Martin"),
        ("Martin, Pierre [mailto:pierre@aero.example]", "Martin, Pierre"),
        ("Pierre Martin", "Pierre Martin"),
        ("=?utf-8?Q?Jos=C3=A9_O=E2=80=99Connor?=", "José O’Connor"),
        ("pierre@aero.example", "pierre@aero.example"),
    ],
)
def test_the_forwarded_sender_is_read_whole(from_line: str, author: str) -> None:
    """Outlook writes "Name [mailto:addr]"; a name alone has no address (checker8 C1, C3:
    the author was cut to "Pierre")."""
    text = (
        f"FYI\n\n-----Original Message-----\nFrom: {from_line}\n"
        f"Sent: Tuesday, November 24, 2026 9:12 AM\nSubject: {SUBJECT}\n\n{ARTICLE}\n"
    )
    forward = find_forward(text)
    assert forward is not None and forward.author == author


def test_header_lines_a_blank_line_apart_are_one_block() -> None:
    """An HTML-only forward's header lines come out of the main-text reader a blank line apart
    (checker8 C2: the date was lost and Sent/To/Subject stayed in the article)."""
    text = (
        "See below.\n\n-----Original Message-----\n\nFrom: Pierre Martin <pierre@aero.example>\n\n"
        f"Sent: Monday, March 2, 2026 4:30 PM\n\nTo: Alex Colleague\n\nSubject: {SUBJECT}\n\n"
        f"{ARTICLE}\n"
    )
    forward = find_forward(text)
    assert forward is not None
    assert (forward.author, forward.subject) == ("Pierre Martin", SUBJECT)
    assert forward.published == dt.date(2026, 3, 2) and forward.text.startswith("SANTIAGO")


def test_a_current_outlook_block_with_no_marker_line_is_a_forward() -> None:
    """Current Outlook draws a rule, not "-----Original Message-----": From, Sent and Subject
    lines together are the forward's header block."""
    text = (
        "See below.\n\nFrom: Pierre Martin <pierre@aero.example>\n"
        "Sent: Monday, March 2, 2026 4:30 PM\nTo: Alex Colleague\n"
        f"Subject: {SUBJECT}\n\n{ARTICLE}\n"
    )
    forward = find_forward(text)
    assert forward is not None and forward.author == "Pierre Martin"
    assert forward.cover == "See below."


@pytest.mark.parametrize(
    "text",
    [
        f"From: the Ministry of Defence\n\n{ARTICLE}",
        f"Subject: Chile\nFrom: Pierre Martin\n\n{ARTICLE}",  # no date: not a mail header
    ],
)
def test_a_from_line_alone_is_no_forward(text: str) -> None:
    assert find_forward(text) is None


def test_a_thunderbird_inline_forward_beside_an_attachment(tmp_path: Path) -> None:
    """newcomer13 N13-08: Thunderbird's "Forward inline" (text and HTML alternatives) with a
    file attached: the body was kept whole as "Fwd: …" by the forwarder; now the forwarded
    article is cited by its own headers and the cover note is a note on both sources."""
    body = f"Morning all - wire copy below, report attached.\n\nPriya\n\n{BLOCKS['thunderbird']}\n"
    message = _mail(body + ARTICLE + "\n")
    html = (
        "<html><body><p>Morning all - wire copy below, report attached.</p><p>Priya</p>"
        '<div class="moz-forward-container">-------- Forwarded Message --------<table><tr>'
        f"<th>Subject:</th><td>{SUBJECT}</td></tr><tr><th>Date:</th><td>Tue, 24 Nov 2026 "
        "09:12:00 +0000</td></tr><tr><th>From:</th><td>Andes Defence Wire "
        f"&lt;news@andes.example&gt;</td></tr></table><p>{ARTICLE}</p></div></body></html>"
    )
    message.add_alternative(html, subtype="html")
    report = "Helicopter market report\n\n" + "Latin American fleets are ageing fast. " * 20
    message.add_attachment(report.encode(), "text", "plain", filename="report.txt")
    forwarded, attached = _import(tmp_path, message)
    source = forwarded.source  # type: ignore[attr-defined]
    assert (source.title, source.author) == (SUBJECT, "Andes Defence Wire")
    assert source.published == dt.date(2026, 11, 24)
    assert source.text.startswith("SANTIAGO") and "Forwarded Message" not in source.text
    assert "Morning all" not in source.text
    cover = "Cover note from Alex Colleague <alex@example.org>: Morning all - wire copy below"
    assert cover in source.notes
    assert cover in attached.source.notes  # type: ignore[attr-defined]
    assert "Latin American fleets" in attached.source.text  # type: ignore[attr-defined]
