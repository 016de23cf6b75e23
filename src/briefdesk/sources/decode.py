"""Bytes to text: BOMs, strict UTF-8, labels as browsers read them, then charset-normalizer.

Charset labels follow the WHATWG Encoding Standard (through ``webencodings``, the table
html5lib uses): ``iso-8859-1``, ``latin1`` and ``us-ascii`` mean Windows-1252, as in every
browser, because that is what such pages and mails really hold. Valid UTF-8 wins over any
single-byte label or none: a wrong label is common, UTF-8 that is valid by accident is not.
"""

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


def decode_labelled(data: bytes, label: str | None, where: str, warnings: list[str]) -> str:
    """Text of bytes that came with a charset label (a mail part); never raises on the label.

    An unknown label is reported in ``warnings`` ("unknown charset 'rot-13' in …") and the
    encoding is guessed instead.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if label:
        known = whatwg_codec(label)
        if known is not None and known != "utf-8":
            return data.decode(known, errors="replace")
        if known == "utf-8":
            # Labelled UTF-8 but not valid UTF-8: mislabelled legacy text, far more often
            # than a damaged UTF-8 one; guess rather than fill it with U+FFFD.
            warnings.append(f"{where} says UTF-8 but is not; the encoding was guessed")
            label = ""
    if label:
        shown = " ".join(label.split())[:40]
        warnings.append(f"unknown charset {shown!r} in {where}; the encoding was guessed")
    guessed = _guess(data)
    return data.decode(guessed or _PREFERRED, errors="replace")


def whatwg_codec(label: str) -> str | None:
    """Python codec for a charset label as browsers read it; None for unknown labels."""
    import webencodings

    found = webencodings.lookup(label.strip())
    if found is None or found.name in ("replacement", "x-user-defined"):
        return None
    return str(found.codec_info.name)


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
        if declared and declared != "utf-8":  # a false UTF-8 label: guess below
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
    return whatwg_codec(match.group(1).decode("ascii", "replace"))


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
