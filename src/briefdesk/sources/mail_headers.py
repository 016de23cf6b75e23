"""Mail headers (Subject, From, Organization) read as mail readers show them.

The standard library splits a header into its RFC 2047 encoded words and raw text
(``email.header.decode_header``); each piece's bytes are then read by the same charset rules as
the message body (:func:`decode_labelled`: WHATWG labels, so "iso-8859-1" and "us-ascii" are
Windows-1252 as in every browser and mail reader; unlabelled 8-bit bytes guessed, and said).
``email.policy.default`` alone reads =92 under an iso-8859-1 label as an invisible control
character and 8-bit bytes as U+FFFD: "Peru’s navy" became "Perus navy" or "Peru�s navy" in
the source's title, printed in every export's Sources line (newcomer8 F18).
"""

from __future__ import annotations

import email.utils
import re
from email.header import decode_header
from email.message import Message

from briefdesk.sources.decode import decode_labelled

_FOLD = re.compile(r"\r?\n(?=[ \t])")
_MAILTO = re.compile(r"^(?P<name>.*?)\s*\[mailto:(?P<address>[^\]\s]+)\]\s*$", re.IGNORECASE)


def header_text(message: Message, name: str, warnings: list[str]) -> str:
    """The header as one clean line of text ("" when absent or unreadable); what could not be
    read is said in ``warnings``, never left as silent U+FFFD."""
    raw = _raw(message, name)
    return decoded(raw, f"the {name} header", warnings) if raw else ""


def sender(message: Message, warnings: list[str]) -> tuple[str, str]:
    """(display name, address) of From; the name decoded after the address is split off, so
    a decoded comma ("O’Connor, José") cannot split the name."""
    raw = _raw(message, "From")
    if not raw:
        return "", ""
    name, address = name_and_address(raw)
    return decoded(name, "the From header", warnings), address


def name_and_address(value: str) -> tuple[str, str]:
    """(display name, address) of a From value in the forms mail programs write: "Name
    <addr>", '"Name" <addr>', Outlook's "Name [mailto:addr]" and "Surname, Name [mailto:addr]",
    an address alone, or a name alone (a bare or still-encoded name has no address).
    ``email.utils.parseaddr`` alone takes "Pierre Martin [mailto:x]" or "Pierre Martin" for the
    address "Pierre" (checker8 C1, C3): the author of a forwarded article was cut to one word."""
    value = value.strip()
    outlook = _MAILTO.match(value)
    if outlook:
        return _unquoted(outlook.group("name")), outlook.group("address")
    if "@" not in value:
        return _unquoted(value), ""
    name, address = email.utils.parseaddr(value)
    if "@" not in address:  # a word of the name read as the address
        return _unquoted(value), ""
    return name, address


def _unquoted(name: str) -> str:
    return name.strip().strip("\"'*").strip()


def decoded(raw: str, where: str, warnings: list[str]) -> str:
    """Encoded words and raw bytes of one header value, as text on one line."""
    pieces = []
    try:
        parts = decode_header(raw)
    except (ValueError, LookupError):  # a malformed encoded word: keep the words as written
        parts = [(raw, None)]
    for chunk, charset in parts:
        if charset and isinstance(chunk, bytes):  # an encoded word: its bytes, its label
            data, label = chunk, charset.split("*", 1)[0]  # (RFC 2231 adds "*language")
        else:
            data, label = _bytes(chunk), None
        pieces.append(decode_labelled(data, label, where, warnings))
    text = " ".join("".join(pieces).split())
    if (bad := text.count("\ufffd")) and not any(w.startswith(where) for w in warnings):
        warnings.append(f"{where}: {bad} character(s) could not be read (shown as �)")
    return text


def _raw(message: Message, name: str) -> str:
    """The header as the message holds it (8-bit bytes kept as surrogate escapes)."""
    for key, value in message.raw_items():
        if key.lower() == name.lower():
            return _FOLD.sub("", str(value)).strip()
    return ""


def _bytes(chunk: bytes | str) -> bytes:
    # decode_header gives plain text either as str or as raw-unicode-escape bytes; bytes that
    # were 8-bit in the message are surrogate escapes in both, turned back into those bytes.
    text = chunk if isinstance(chunk, str) else None
    if text is None:
        assert isinstance(chunk, bytes)
        if not any(b >= 0x80 for b in chunk) and b"\\u" not in chunk:
            return chunk
        text = chunk.decode("raw-unicode-escape")
    return text.encode("utf-8", "surrogateescape")
