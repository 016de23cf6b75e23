"""Bytes to text: BOMs, strict UTF-8, labels as browsers read them, then charset-normalizer.

Charset labels follow the WHATWG Encoding Standard (through ``webencodings``, the table
html5lib uses): ``iso-8859-1``, ``latin1`` and ``us-ascii`` mean Windows-1252, as in every
browser, because that is what such pages and mails really hold. Valid UTF-8 wins over any
single-byte label or none: a wrong label is common, UTF-8 that is valid by accident is not.
"""

from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING

from briefdesk.sources.charset_label import label_name, reread_western
from briefdesk.sources.charset_mac import reads_as_mac_roman
from briefdesk.sources.charset_pick import choose, rank
from briefdesk.sources.charset_reading import Readings
from briefdesk.sources.charset_symbols import garbled_note, misread_words
from briefdesk.sources.errors import Refusal
from briefdesk.sources.textcheck import junk_share, repairs_to_text, unreadable_note

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatch

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
# Code pages in wide use for their languages (Central European, Cyrillic, Greek, Turkish,
# Hebrew, Arabic, Vietnamese; East Asian), kept when charset-normalizer ranks them first; any
# other first pick (DOS, Mac, Baltic ...) gives way to a Windows code page that decodes the text.
# Measured in benchmarks/bench_charset_guess.py.
_WINDOWS_CODE_PAGES = frozenset(
    ("cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1258")
)
_WIDELY_USED = (
    *sorted(_WINDOWS_CODE_PAGES),
    "iso8859_2", "iso8859_5", "iso8859_7", "iso8859_8", "iso8859_9", "koi8",
    "utf", "ascii",
)  # fmt: skip
# Latin-script text in a single-byte code page: under a fifth of its bytes over 127 (French
# about 4 %, Lithuanian 8 %; Russian, Greek, Chinese over 40 %).
_LATIN_HIGH_SHARE = 0.2
_SHARE_SAMPLE = 65_536
# Windows-1252 characters of 0x80-0x9F that are not letters or an apostrophe, or capitals
# among lower-case letters: inside a word, the bytes were accented letters in another code page.
_INNER_PUNCTUATION = re.compile(r"[^\W\d_](?:[†‡ˆ‰‹›•–—˜™“”„‚]|(?<=[a-z])[ŠŽŒŸ](?=[a-z]))[^\W\d_]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_bytes(
    data: bytes,
    *,
    html: bool = False,
    notes: list[str] | None = None,
    encoding: str | None = None,
) -> str:
    """Decode a text file whose encoding nobody told us; raise Refusal if it is not text.

    When the encoding had to be guessed (no BOM, not UTF-8, no ``<meta charset>``), a line
    saying which one was chosen goes to ``notes``, for the import's warnings: a guess on a
    short text can be wrong, and the user is the one who can tell. ``encoding`` (a codec
    from :func:`text_codec`): the user's choice, read as told, over any label or guess.
    """
    if encoding is not None:
        return _decode_as(data, encoding, notes)
    text, damaged_utf8 = _decode(data, html=html, notes=notes)
    # Damaged UTF-8's few U+FFFD are counted and said, not taken for garbage.
    if not damaged_utf8 and junk_share(text) > _MAX_JUNK_SHARE and not repairs_to_text(text):
        raise Refusal("is binary or garbled, not text (wrong file type or damaged file?)")
    return text


def decode_labelled(data: bytes, label: str | None, where: str, warnings: list[str]) -> str:
    """Text of bytes that came with a charset label (a mail part); never raises on the label.

    An unknown label is reported in ``warnings`` ("unknown charset 'rot-13' in …") and the
    encoding is guessed instead.
    """
    known = whatwg_codec(label) if label else None
    if label and known is None:
        # Said even when the bytes read as UTF-8: the sender's label may mean another text.
        shown = " ".join(label.split())[:40]
        warnings.append(f"unknown charset {shown!r} in {where}; the encoding was guessed")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if known is not None and known != "utf-8":
        text, said = read_single_byte_label(data, known, label or "")
        if said:
            warnings.append(f"{where}: {said}")
        return text
    if known == "utf-8":
        # Labelled UTF-8 but not valid UTF-8: mislabelled legacy text, far more often
        # than a damaged UTF-8 one; guess rather than fill it with U+FFFD.
        warnings.append(f"{where} says UTF-8 but is not; the encoding was guessed")
    chosen = choose(data, _pick(data), _PREFERRED)
    if garbled := garbled_note(chosen.text):
        warnings.append(f"{where}: {garbled}")
    if not label:  # a guess with no label at all is said, as for a text file
        warnings.append(f"{where}: {_guess_note(chosen.page, chosen.text, rival=chosen.rival)}")
    return chosen.text


def _decode_as(data: bytes, encoding: str, notes: list[str] | None) -> str:
    """The bytes in the encoding the user chose; bytes it cannot read are counted and said,
    and a file mostly unreadable in it is refused (the wrong choice, not a damaged file)."""
    name = encoding_name(encoding)
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd")
    if junk_share(text) > _MAX_JUNK_SHARE:
        raise Refusal(f"is not text in {name} ({unreadable_note(data, text, name)})")
    if notes is not None:
        told = f"read as {name}, as asked"
        if bad:
            told += f"; {bad} byte sequence{'s' * (bad > 1)} not {name}, shown as \ufffd"
        notes.append(told + _utf8_unlike(data, text))
    return text


def _utf8_unlike(data: bytes, text: str) -> str:
    """ "; the file is valid UTF-8, which reads 'Žemaitis' where this reads 'ЕЅemaitis'" when
    the chosen encoding changes a valid UTF-8 file's text: the user asked for another reading
    because something looked wrong, and must not get a worse text without a word."""
    try:
        utf8 = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return ""
    if utf8 == text:
        return ""
    theirs, ours = utf8.split(), text.split()
    for right, shown in zip(theirs, ours, strict=False):
        if right != shown:
            return (
                f"; but the file is valid UTF-8, which reads {right[:30]!r} where this reads"
                f" {shown[:30]!r}: choose UTF-8 unless you are sure"
            )
    return "; but the file is valid UTF-8 and reads differently in it: choose UTF-8 unless sure"


def text_codec(name: str) -> str:
    """The codec a user names for ``--encoding`` (``cp1250``, ``windows-1250``, ``latin2``,
    ``utf-8``); ValueError with a one-line reason for a name that is none, or no text encoding
    (``rot13``, ``base64``)."""
    words = name.strip()
    try:
        info = codecs.lookup(words)
    except LookupError:
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):
        raise ValueError(
            f"unknown encoding {name!r} (e.g. cp1250, windows-1257, iso-8859-2, utf-8)"
        )
    return info.name


def whatwg_codec(label: str) -> str | None:
    """Python codec for a charset label as browsers read it; None for unknown labels."""
    import webencodings

    found = webencodings.lookup(label.strip())
    if found is None or found.name in ("replacement", "x-user-defined"):
        return None
    return str(found.codec_info.name)


def _decode(data: bytes, *, html: bool, notes: list[str] | None) -> tuple[str, bool]:
    """The text, and whether it is UTF-8 with a few damaged characters."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), False
            except UnicodeDecodeError as exc:
                raise Refusal(f"claims to be {codec.upper()} but is not valid {codec}") from exc
    if b"\x00" not in data[:4096]:  # English in UTF-16 without a BOM is valid UTF-8 too
        try:
            return data.decode("utf-8"), False
        except UnicodeDecodeError:
            pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        if notes is not None:
            notes.append(_guess_note("utf-8", damaged))
        return damaged, True
    label = _declared_label(data) if html else None
    declared = whatwg_codec(label) if label else None
    if declared and declared != "utf-8":  # a false UTF-8 label: guess below
        text, said = read_single_byte_label(data, declared, label or "")
        if notes is not None and said:
            notes.append(said)  # a wrong label: "Pol¶ka" is said, never added silently
        return text, False
    # NULs without a BOM: binary, or UTF-16 without BOM, which only a guess can tell (no check
    # of charset_pick turns another page into UTF-16, nor UTF-16 bytes with NULs into another).
    nul = b"\x00" in data[:4096]
    first = _pick(data)
    if nul and not (first or "").startswith("utf_16"):
        raise Refusal("is binary, not text (it contains NUL bytes)")
    if first is None:
        raise Refusal("is binary or in an unknown text encoding")
    chosen = choose(data, first, _PREFERRED)  # "Pol¶ka": Latin-2, not Windows-1250
    if nul and not chosen.page.startswith("utf_16"):
        raise Refusal("is binary, not text (it contains NUL bytes)")
    if notes is not None:
        said = _guess_note(
            chosen.page, chosen.text, declared_utf8=declared == "utf-8", rival=chosen.rival
        )
        notes.append(said)
        if garbled := garbled_note(chosen.text):
            notes.append(garbled)
    return chosen.text, False


def read_single_byte_label(data: bytes, codec: str, declared: str = "") -> tuple[str, str]:
    """(text, note) of bytes labelled with a single-byte ``codec``. Such a label reads any
    bytes, so a wrong one shows only in the words: when its reading misreads some ("SociИtИ":
    Windows-1252 read through a KOI8-R label) and the guess reads none, the guess is taken and
    the note says so (newcomer10 N10-19); when no page reads clean, the label stays and the note
    names the misread words. The note is "" for a label that reads clean. A Western label
    whose letters spell no one language is weighed in ``charset_label`` (N15-42).
    ``declared``: the label as written, named in the note."""
    text = data.decode(codec, errors="replace")
    misread = misread_words(text)
    if not misread:
        return reread_western(data, codec, text, declared)
    first = _pick(data)
    if first is not None and b"\x00" not in data[:4096]:
        chosen = choose(data, first, _PREFERRED)
        moved = codecs.lookup(chosen.page).name != codecs.lookup(codec).name
        if moved and not misread_words(chosen.text):
            label, name = label_name(declared, codec), encoding_name(chosen.page)
            return chosen.text, (
                f"declared {label}, but words read in it come out garbled ("
                f"{', '.join(f'“{w}”' for w in misread)}); read as {name} "
                "instead (a guess: if letters look wrong, choose the encoding in File → Add "
                "source in encoding… in the window, or with --encoding on the command line)"
            )
    return text, garbled_note(text)


def _damaged_utf8(data: bytes) -> str | None:
    """The text, when bytes that are not valid UTF-8 are UTF-8 with a few bad sequences (a file
    cut in the middle of a character, a stray byte); None when they are another encoding.
    Legacy text hardly ever forms a valid multi-byte sequence, so many good ones and few bad
    ones mean UTF-8. NULs (UTF-16 without a BOM, or binary) are left to the guess."""
    if b"\x00" in data[:4096]:
        return None
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ch > "\x7f") - bad
    return text if good >= 1 and bad <= max(2, good // 20) else None


def _guess_note(
    codec: str, text: str, *, declared_utf8: bool = False, rival: str | None = None
) -> str:
    """What the user is told about a guessed encoding, in one line; with a ``rival`` that reads
    the bytes about as well, the line says it is unsure and how to choose."""
    name = encoding_name(codec)
    if name == "UTF-8":
        damaged = text.count("\ufffd")
        plural = "s" if damaged != 1 else ""
        return f"not valid UTF-8: {damaged} damaged or cut character{plural}, shown as \ufffd"
    said = (
        "declared UTF-8 but is not"
        if declared_utf8
        else "no character encoding declared and not UTF-8"
    )
    if rival is not None:
        other = encoding_name(rival)
        return (
            f"{said}; unsure between {name} and {other}, read as {name} (if accented letters "
            f"look wrong, import it again choosing {other}: --encoding {codecs.lookup(rival).name})"
        )
    return f"{said}; read as {name} (a guess: check accented letters and currency signs)"


def encoding_name(codec: str) -> str:
    """The name users know an encoding by: ``cp1252`` is "Windows-1252", ``mac-roman`` "Mac OS
    Roman", ``cp850`` "DOS code page 850"."""
    name = codecs.lookup(codec).name
    if name.startswith("cp125"):
        return f"Windows-{name[2:]}"
    if name.startswith("mac-"):
        return _MAC_NAMES.get(name, "Mac OS " + name[4:].replace("-", " ").title())
    if name.startswith("cp") and name[2:].isdigit() and len(name) == 5:
        return f"DOS code page {name[2:]}"
    if name.startswith("iso8859-"):
        return f"ISO-8859-{name[8:]}"
    return name.upper().replace("_", "-")


# Python's Mac codecs, as classic Mac OS named its encodings (mac-iceland is Mac OS Roman with
# six letters swapped; it is what charset-normalizer often names Mac OS Roman text).
_MAC_NAMES = {
    "mac-roman": "Mac OS Roman",
    "mac-iceland": "Mac OS Roman (Icelandic)",
    "mac-latin2": "Mac OS Central European",
    "mac-cyrillic": "Mac OS Cyrillic",
    "mac-greek": "Mac OS Greek",
    "mac-turkish": "Mac OS Turkish",
}


def _declared_label(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:8192])
    return match.group(1).decode("ascii", "replace") if match else None


def _guess(data: bytes) -> str | None:
    """The encoding to read undeclared legacy bytes in (see :func:`guess_encoding`)."""
    return guess_encoding(data)[0]


def guess_encoding(data: bytes) -> tuple[str | None, str | None]:
    """(encoding, rival): the pick, and another code page that reads the bytes about as
    plausibly into other letters (None when the pick is clear), after the letters and script
    checks of sources/charset_pick.py (its symbols check needs the whole text: ``_decode``)."""
    picked = _pick(data)
    if picked is None:
        return None, None
    return rank(Readings(data), picked)


def _pick(data: bytes) -> str | None:
    """charset-normalizer's pick, with the code pages legacy articles really come in first.

    On short texts charset-normalizer often ranks a DOS, Mac, Baltic or even East Asian code
    page first (cp775, cp852, mac_latin2, cp1257, big5: "café €1.6" read as "cafķ Ć1.6"),
    because a few accented letters and curly quotes read as letters in any of them. Articles
    a desk officer saves come from Windows or the web, so when such a code page comes first
    for mostly-ASCII text that decodes as Windows-1252, the best-ranked of the widely used
    Windows code pages is taken instead (cp1252 when it ties with it). Otherwise cp1252 wins
    a tie: short Western European texts decode equally well as cp1250, cp1252 and cp1254.
    What stays wrong (a Hungarian, Czech or Lithuanian text read as cp1252 on a tie) is why
    every guess is reported to the user. Measured in benchmarks/bench_charset_guess.py.
    """
    from charset_normalizer import from_bytes

    sample = data[:2_000_000]
    matches = list(from_bytes(sample))
    if not matches:
        return None
    best = matches[0]
    if _looks_latin9(sample):
        return "iso8859_15"
    if _high_share(sample) < _LATIN_HIGH_SHARE and reads_as_mac_roman(sample):
        return "mac_roman"  # "fŸr …sterreich" in Windows-1252: an old Mac export (N15-42)
    if _PREFERRED in best.could_be_from_charset:
        return _PREFERRED
    if _unlikely_pick(best, sample) and _plausible_cp1252(sample):
        windows = [m for m in matches if m.could_be_from_charset[0] in _WINDOWS_CODE_PAGES]
        if not windows:
            return _PREFERRED
        for match in windows:
            if _PREFERRED in match.could_be_from_charset and match.chaos <= windows[0].chaos + 0.01:
                return _PREFERRED
        return str(windows[0].encoding)
    for match in matches:
        tied = match.chaos <= best.chaos + 0.01 and match.coherence >= best.coherence - 0.01
        if tied and _PREFERRED in match.could_be_from_charset:
            return _PREFERRED
    return str(best.encoding)


def _unlikely_pick(match: CharsetMatch, sample: bytes) -> bool:
    """A DOS, Mac, Baltic or East Asian code page for text that is mostly ASCII.

    Latin-script text has a few bytes over 127 (accents, curly quotes, €); Cyrillic, Greek
    or East Asian text, many. Only the first kind is at risk of a wrong exotic pick.
    """
    if str(match.encoding).startswith(_WIDELY_USED):
        return False
    return _high_share(sample) < _LATIN_HIGH_SHARE


def _looks_latin9(sample: bytes) -> bool:
    """ISO-8859-15 (Latin-9), told by its euro sign at 0xA4 in mostly-ASCII text.

    In Windows-1252 and Latin-1 that byte is "¤", a sign real text hardly ever uses; a Latin-9
    file has no bytes in 0x80-0x9F, where Windows-1252 keeps its quotes, dashes and euro.
    """
    if b"\xa4" not in sample or any(0x80 <= byte <= 0x9F for byte in sample):
        return False
    return _high_share(sample) < _LATIN_HIGH_SHARE


def _high_share(sample: bytes) -> float:
    """Share of bytes over 127 in the first 64 KB."""
    head = sample[:_SHARE_SAMPLE]
    return sum(1 for byte in head if byte > 127) / max(1, len(head))


def _plausible_cp1252(data: bytes) -> bool:
    """The bytes decode as Windows-1252 and read like it: its punctuation in 0x80-0x9F
    (dashes, bullets, quotes) never sits inside a word, where a Mac or DOS code page keeps
    accented letters ("na\x95ve" is Mac OS Roman "naïve", not "na•ve")."""
    try:
        text = data.decode(_PREFERRED)
    except UnicodeDecodeError:
        return False
    return _INNER_PUNCTUATION.search(text) is None
