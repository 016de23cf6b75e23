"""newcomer8 F18: mail headers are decoded as the body is (the kind of cases/sources/s5a): an
encoded word labelled iso-8859-1 or us-ascii holding Windows-1252 quotes, and raw 8-bit bytes
in a header, used to lose the apostrophe or become U+FFFD in the source's title and author."""

from __future__ import annotations

import pytest

from briefdesk.sources.from_email import extract_email

BODY = b"\r\nLIMA - The navy ordered four patrol boats on Monday, officials said.\r\n"


def _mail(headers: bytes) -> bytes:
    return headers + b"\r\nContent-Type: text/plain; charset=utf-8\r\n" + BODY


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        (b"=?iso-8859-1?Q?Peru=92s_navy_orders_patrol_boats?=", "Peru’s navy orders patrol boats"),
        (b"=?us-ascii?Q?Peru=92s_navy_=96_update?=", "Peru’s navy – update"),
        (b"=?latin1?B?UGVydZJz?= navy", "Peru’s navy"),
        (b"Re: =?utf-8?Q?Per=C3=BA?= navy", "Re: Perú navy"),
        (b"Peru\x92s navy \x96 raw 8bit header", "Peru’s navy – raw 8bit header"),
        (b"Per\xc3\xba navy (raw UTF-8)", "Perú navy (raw UTF-8)"),
    ],
)
def test_the_subject_reads_as_the_sender_wrote_it(subject: bytes, title: str) -> None:
    [article] = extract_email(_mail(b"From: wire@example.org\r\nSubject: " + subject))
    assert article.title == title
    assert "\ufffd" not in article.title


def test_the_author_keeps_accents_and_apostrophes() -> None:
    sender = b"From: =?iso-8859-1?Q?Jos=E9_O=92Connor?= <jose@example.org>\r\nSubject: Navy"
    [article] = extract_email(_mail(sender))
    assert article.author == "José O’Connor"


def test_a_guess_and_an_unreadable_header_are_said() -> None:
    [raw] = extract_email(_mail(b"From: wire@example.org\r\nSubject: Peru\x92s navy"))
    assert any("Subject header had no charset" in w for w in raw.warnings)
    [broken] = extract_email(_mail(b"From: wire@example.org\r\nSubject: =?utf-16?B?2D0=?= x"))
    assert "\ufffd" not in broken.title or any("could not be read" in w for w in broken.warnings)
