"""newcomer8 F19: an article forwarded inline (Gmail, Outlook, Apple Mail) was cited as written
by the colleague who forwarded it, its text opening with the cover note and header block. The
forwarded message's Subject, From and Date are the source's; the cover note is a note."""

from __future__ import annotations

import datetime as dt

import pytest

from briefdesk.sources.from_email import extract_email

ARTICLE = (
    "SANTIAGO, 24 November 2026 — Chile has agreed to buy 12 medium utility helicopters "
    "from Venturi Aerospace in a deal worth €410 million, the ministry said on Tuesday."
)
TITLE = "Chile to buy 12 utility helicopters from Italy's Venturi Aerospace"
BLOCKS = {
    "gmail": (
        "---------- Forwarded message ---------\nFrom: Andes Defence Wire <news@andes.example>\n"
        "Date: Tue, 24 Nov 2026 at 09:12\nSubject: {t}\nTo: <alex@example.org>\n\n{a}\n"
    ),
    "outlook": (
        "-----Original Message-----\nFrom: Andes Defence Wire <news@andes.example>\n"
        "Sent: Tuesday, November 24, 2026 9:12 AM\nTo: Alex\nSubject: {t}\n\n{a}\n"
    ),
    "apple": (
        "Begin forwarded message:\n\nFrom: Andes Defence Wire <news@andes.example>\n"
        "Subject: {t}\nDate: 24 November 2026 at 09:12:00 GMT\nTo: Alex\n\n{a}\n"
    ),
}


def _mail(body: str, content_type: str = "text/plain") -> bytes:
    head = (
        "From: Alex Colleague <alex@example.org>\nTo: desk@example.org\n"
        "Subject: Fwd: Chile to buy 12 utility helicopters\n"
        "Date: Tue, 24 Nov 2026 15:00:00 +0000\nMIME-Version: 1.0\n"
        f"Content-Type: {content_type}; charset=utf-8\n\n"
    )
    return (head + body).encode("utf-8")


@pytest.mark.parametrize("client", sorted(BLOCKS))
def test_the_forwarded_article_is_the_source(client: str) -> None:
    body = "FYI - relevant to your Chile file.\n\n" + BLOCKS[client].format(t=TITLE, a=ARTICLE)
    [article] = extract_email(_mail(body))
    assert article.title == TITLE
    assert article.author == "Andes Defence Wire"
    assert article.published == dt.date(2026, 11, 24)
    assert article.text.startswith("SANTIAGO, 24 November 2026")
    assert "Alex" not in article.text and "Forwarded" not in article.text
    assert any(
        n == "Cover note from Alex Colleague: FYI - relevant to your Chile file."
        for n in article.notes
    )


def test_a_reply_above_a_quoted_original_stays_the_message() -> None:
    reply = " ".join(["My own analysis of the helicopter deal follows here."] * 30)
    body = reply + "\n\n" + BLOCKS["outlook"].format(t=TITLE, a=ARTICLE)
    [article] = extract_email(_mail(body))
    assert article.title == "Fwd: Chile to buy 12 utility helicopters"
    assert article.author == "Alex Colleague" and article.text.startswith("My own analysis")


def test_a_message_with_no_forward_is_unchanged() -> None:
    [article] = extract_email(_mail(ARTICLE + "\n"))
    assert article.author == "Alex Colleague" and article.text.startswith("SANTIAGO")


def test_an_html_forward_is_read_the_same_way() -> None:
    html = (
        "<html><body><div>FYI.</div><div class=gmail_quote>"
        "<div>---------- Forwarded message ---------<br>From: <b>Andes Defence Wire</b> "
        "&lt;news@andes.example&gt;<br>Date: Tue, 24 Nov 2026 at 09:12<br>"
        f"Subject: {TITLE}<br>To: &lt;alex@example.org&gt;<br></div><br>"
        f"<p>{ARTICLE} The defence minister told reporters the contract includes training.</p>"
        "</div></body></html>"
    )
    [article] = extract_email(_mail(html, "text/html"))
    assert (article.title, article.author) == (TITLE, "Andes Defence Wire")
    assert article.text.startswith("SANTIAGO, 24 November 2026")
