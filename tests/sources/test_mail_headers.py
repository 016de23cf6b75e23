"""Mail headers read as mail readers show them (newcomer8 F18): RFC 2047 encoded words under
iso-8859-1/us-ascii labels are Windows-1252, as the body is; raw 8-bit headers are guessed and
the guess is said; nothing is left as silent U+FFFD."""

from __future__ import annotations

from email.message import Message
from pathlib import Path

import pytest

from briefdesk.sources import ImportLimits, import_file_all
from briefdesk.sources.mail_headers import sender

INLINE = ImportLimits(isolate=False)
BODY = b"LIMA - Peru's navy said on Monday it had signed a deal for four patrol boats.\r\n"


def _eml(tmp_path: Path, headers: bytes, body: bytes = BODY) -> Path:
    path = tmp_path / "mail.eml"
    date = b"Date: Mon, 30 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
    path.write_bytes(headers + date + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body)
    return path


@pytest.mark.parametrize("label", ["iso-8859-1", "us-ascii", "latin1", "windows-1252"])
def test_encoded_words_with_single_byte_labels_read_as_windows_1252(
    tmp_path: Path, label: str
) -> None:
    headers = (
        f"From: =?{label}?Q?Jos=E9_O=92Connor?= <w@x.example>\r\n"
        f"Subject: =?{label}?Q?Peru=92s_navy_=96_update?=\r\n"
    ).encode()
    source = import_file_all(_eml(tmp_path, headers), limits=INLINE)[0].source
    assert source.title == "Peru’s navy – update"
    assert source.author == "José O’Connor"


def test_raw_8bit_header_is_guessed_and_the_guess_is_said(tmp_path: Path) -> None:
    headers = b"From: Wire <w@x.example>\r\nSubject: Peru\x92s navy \x96 raw header\r\n"
    [found] = import_file_all(_eml(tmp_path, headers), limits=INLINE)
    assert found.source.title == "Peru’s navy – raw header"
    assert any(w.startswith("the Subject header: ") and "Windows-1252" in w for w in found.warnings)


def test_mixed_words_folding_utf8_and_a_comma_in_the_name(tmp_path: Path) -> None:
    headers = (
        b"From: =?utf-8?B?T+KAmUNvbm5vciwgSm9zw6k=?= <w@x.example>\r\n"
        b"Subject: Re: =?iso-8859-1?Q?Pe=F1a?=\r\n =?utf-8?Q?_in_Lima?= today\r\n"
    )
    source = import_file_all(_eml(tmp_path, headers), limits=INLINE)[0].source
    assert source.title == "Re: Peña in Lima today"
    assert source.author == "O’Connor, José"


def test_an_unknown_charset_in_a_header_is_said(tmp_path: Path) -> None:
    headers = b"From: Wire <w@x.example>\r\nSubject: =?x-unknown?Q?Peru=92s_navy?=\r\n"
    [found] = import_file_all(_eml(tmp_path, headers), limits=INLINE)
    assert found.source.title == "Peru’s navy"
    assert "unknown charset 'x-unknown' in the Subject header; the encoding was guessed" in (
        found.warnings
    )


@pytest.mark.parametrize(
    ("from_header", "name", "address"),
    [
        ("Pierre Martin", "Pierre Martin", ""),
        ("=?utf-8?Q?Jos=C3=A9_O=E2=80=99Connor?=", "José O’Connor", ""),
        ("Pierre Martin [mailto:pierre@aero.example]", "Pierre Martin", "pierre@aero.example"),
        ("pierre@aero.example", "", "pierre@aero.example"),
    ],
)
def test_a_from_header_without_angle_brackets_keeps_its_whole_name(
    from_header: str, name: str, address: str
) -> None:
    message = Message()
    message["From"] = from_header
    assert sender(message, []) == (name, address)
