"""Bytes to text: BOMs, strict UTF-8, then charset-normalizer; refuse binary and garbage."""

from __future__ import annotations

import codecs
import re
import unicodedata

from briefdesk.sources.errors import Refusal

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Share of characters that may be control codes or U+FFFD before text counts as garbled.
_MAX_JUNK_SHARE = 0.01
_PREFERRED = "cp1252"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_bytes(data: bytes, *, html: bool = False) -> str:
    """Decode a text file whose encoding nobody told us; raise Refusal if it is not text."""
    text = _decode(data, html=html)
    if junk_share(text) > _MAX_JUNK_SHARE:
        raise Refusal("is binary or garbled, not text (wrong file type or damaged file?)")
    return text


def junk_share(text: str) -> float:
    """Share of control characters and replacement marks: high means not really text."""
    if not text:
        return 0.0
    sample = text[:200_000]
    junk = sum(
        1
        for ch in sample
        if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    )
    return junk / len(sample)


def _decode(data: bytes, *, html: bool) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise Refusal(f"claims to be {codec.upper()} but is not valid {codec}") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if html:
        declared = _declared_charset(data)
        if declared:
            return data.decode(declared, errors="replace")
    if b"\x00" in data[:4096]:
        # NULs without a BOM: binary, or UTF-16 without BOM, which only a guess can tell.
        guessed = _guess(data)
        if guessed is None or not guessed.startswith("utf_16"):
            raise Refusal("is binary, not text (it contains NUL bytes)")
    guessed = _guess(data)
    if guessed is None:
        raise Refusal("is binary or in an unknown text encoding")
    return data.decode(guessed, errors="replace")


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:8192])
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _guess(data: bytes) -> str | None:
    """charset-normalizer's pick, except that Windows-1252 wins a tie.

    Short Western European texts decode equally well as cp1250, cp1252 and cp1257;
    cp1252 is by far the most common legacy encoding of the articles desk officers save.
    """
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:2_000_000]))
    if not matches:
        return None
    best = matches[0]
    for match in matches:
        tied = match.chaos <= best.chaos + 0.01 and match.coherence >= best.coherence - 0.01
        if tied and _PREFERRED in match.could_be_from_charset:
            return _PREFERRED
    return str(best.encoding)
