"""Mail headers decoded by the rules the body follows (WHATWG labels, UTF-8 wins).

The standard library's own decoding read a Subject labelled ``iso-8859-1`` or ``us-ascii``
literally, so Windows-1252 quotes in it were deleted or became U+FFFD ("Perus navy",
"Peru�s navy"), while the body beside it, decoded as browsers do, was right (newcomer8 F18;
the kind of cases/sources/s5a). RFC 2047 encoded words go through ``decode_labelled`` as a body
part does; raw 8-bit bytes in a header are read as UTF-8 when they are, else Windows-1252, and
said; anything left unreadable is said too, never kept silently.
"""

from __future__ import annotations

import email.header
from email.message import Message

from briefdesk.sources.decode import decode_labelled


def header_text(message: Message, name: str, warnings: list[str] | None = None) -> str:
    """The header ``name`` as one clean line of text; ``""`` when absent or malformed."""
    raw = _raw(message, name)
    if raw is None:
        return ""
    notes: list[str] = []
    where = f"the {name} header"
    text = " ".join(_decoded(" ".join(raw.split()), where, notes).split())
    if "\ufffd" in text:
        notes.append(f"{where} has characters that could not be read (shown as \ufffd)")
    if warnings is not None:
        warnings.extend(n for n in notes if n not in warnings)
    return text


def _raw(message: Message, name: str) -> str | None:
    try:
        for key, value in message.raw_items():
            if key.lower() == name.lower():
                return str(value)
    except (ValueError, IndexError, TypeError, LookupError):
        return None
    return None


def _decoded(raw: str, where: str, notes: list[str]) -> str:
    try:
        data = raw.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return raw  # already text (a message built from str): nothing to decode
    if not data.isascii():  # raw 8-bit bytes, no label: the same guess as an unlabelled file
        try:
            raw = data.decode("utf-8")
        except UnicodeDecodeError:
            raw = data.decode("cp1252", errors="replace")
            notes.append(f"{where} had no charset; read as Windows-1252")
    try:
        chunks = email.header.decode_header(raw)
    except (ValueError, IndexError, TypeError, LookupError):
        return raw
    out = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            out.append(chunk)
        elif charset:
            out.append(decode_labelled(chunk, charset, where, notes))
        else:  # a part between encoded words, as decode_header gives it back
            out.append(chunk.decode("raw-unicode-escape", errors="replace"))
    return "".join(out)
