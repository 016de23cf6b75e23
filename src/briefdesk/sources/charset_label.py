"""A Western label weighed against the letters its bytes spell (newcomer15 N15-42).

Web servers and mail programs label text "iso-8859-1" by default, so Polish ISO-8859-2 or
Turkish ISO-8859-9 often arrives under it. Such a label reads any bytes, and mostly into real
Latin-1 letters: Turkish "Başkanı" becomes "Baþkaný", every character a letter, no sign
inside a word for the symbols check to see. What gives it away is the letters: "þ, ý, ð" beside
"ç, ö, ü" belong to no one language. The label's reading is therefore put through the same
letters and script checks as an unlabelled file (``charset_pick.choose``, over
charset-normalizer's statistics and langdetect's language); when another page reads the bytes
into one language's letters and the label does not, that page is taken and both are named.
A near tie keeps the label and says the reading is unsure. Only the Western labels are
revisited: the others name a script, and a page of another script is caught by the symbols
check already.
"""

from __future__ import annotations

import codecs

from briefdesk.sources.charset_letters import letter_fit
from briefdesk.sources.charset_mac import foreign_letters, reads_as_mac_roman
from briefdesk.sources.charset_pick import choose
from briefdesk.sources.charset_symbols import misread_words

# What "iso-8859-1", "latin1", "us-ascii", "windows-1252" and "iso-8859-15" labels read as.
_WESTERN = frozenset(("cp1252", "iso8859-15", "iso8859-1"))
# A reading spells one language's letters when this share of them belongs to one alphabet.
_WHOLE = 0.999
_SHOWN = 3
# Below this letter fit a reading is said to be doubtful even when no page reads it better:
# Greek under Latin-1 fits 0.56-0.65; Western articles with names of several languages 0.75+
# (benchmarks/bench_charset_guess.py).
_FOREIGN = 0.66


def reread_western(data: bytes, codec: str, text: str, declared: str) -> tuple[str, str]:
    """(text, note) for bytes whose Western label ``codec`` reads them as ``text`` without a
    sign inside a word. The note is "" when the label reads the letters of one language (or
    nothing beyond ASCII); otherwise it says which page was taken, or that the label was kept
    though unsure. ``declared``: the label as the file wrote it, for the note."""
    if codecs.lookup(codec).name not in _WESTERN or data.isascii():
        return text, ""
    label = label_name(declared, codec)
    if _latin9(data):  # "¤45": the euro sign of ISO-8859-15 read as Latin-1
        euro = data.decode("iso8859_15", errors="replace")
        return euro, (
            f"declared {label}, but words read in it come out garbled (“¤”, the euro sign of "
            "ISO-8859-15); read as ISO-8859-15 instead"
        )
    if reads_as_mac_roman(data):  # "fŸr …sterreich": an old Mac export under a Web label
        return _reread(data, "mac_roman", text, label)
    fit = letter_fit(text[:65_536])
    if fit >= _WHOLE and not foreign_letters(text):  # "szerzõdést": Hungarian writes no õ
        return text, ""
    chosen = choose(data, codec, codec)
    other = chosen.page if chosen.page != codec else chosen.rival
    if other is None:
        return text, _foreign_note(text, label) if fit < _FOREIGN else ""
    from briefdesk.sources.decode import encoding_name

    name = encoding_name(other)
    theirs = other_words(text, data.decode(other, errors="replace"))
    if chosen.page != codec and not misread_words(chosen.text):
        return _reread(data, chosen.page, text, label)
    if letter_fit(data[:65_536].decode(other, errors="replace")) < _WHOLE:
        # names from several languages (an English story's "São", "Müller"), unless no
        # language's letters fit at all
        return text, _foreign_note(text, label) if fit < _FOREIGN else ""
    shown = ", ".join(f"“{old}”" for old, _ in theirs)
    return text, (
        f"declared {label}, but some words look misread in it ({shown}): unsure between "
        f"{encoding_name(codec)} and {name}; if letters look wrong, import it again choosing "
        f"{name}: --encoding {codecs.lookup(other).name}"
    )


def _reread(data: bytes, other: str, text: str, label: str) -> tuple[str, str]:
    """(the bytes read in ``other``, the note naming the label, the page and the words)."""
    from briefdesk.sources.decode import encoding_name

    read_other = data.decode(other, errors="replace")
    theirs = other_words(text, read_other)
    read = ", ".join(f"“{new}”" for _, new in theirs)
    return read_other, (
        f"declared {label}, but words read in it come out garbled ("
        f"{', '.join(f'“{old}”' for old, _ in theirs)}); read as {encoding_name(other)} instead "
        f"({read}; a guess: if letters look wrong, choose the encoding in File → Add source in "
        "encoding… in the window, or with --encoding on the command line)"
    )


def _latin9(data: bytes) -> bool:
    """The euro sign at 0xA4 (Latin-1's "¤", a sign text hardly ever uses) and nothing in
    0x80-0x9F (where Windows-1252 keeps its own euro, quotes and dashes): ISO-8859-15 text."""
    return b"\xa4" in data and not any(0x80 <= byte <= 0x9F for byte in data)


def _foreign_note(text: str, label: str) -> str:
    """The label kept with no better page found, though its letters fit no one language (Greek
    read as Latin-1): said, never silent."""
    words = [w for w in text.split() if not w.isascii()][:_SHOWN]
    shown = ", ".join(f"“{w.strip('.,;:')}”" for w in words)
    return (
        f"declared {label}, but some words look misread in it ({shown}): their accented letters "
        "belong to no one language, so the label may be wrong; if letters look wrong, import it "
        "again choosing the encoding (File → Add source in encoding… in the window; --encoding "
        "cp1253, iso-8859-2 … on the command line)"
    )


def other_words(text: str, other: str) -> list[tuple[str, str]]:
    """Up to three (word in ``text``, the same word in ``other``) pairs that differ."""
    pairs: list[tuple[str, str]] = []
    for old, new in zip(text.split(), other.split(), strict=False):
        old, new = old.strip(".,;:!?()\"'"), new.strip(".,;:!?()\"'")
        if old != new and (old, new) not in pairs:
            pairs.append((old, new))
            if len(pairs) >= _SHOWN:
                break
    return pairs


def label_name(declared: str, codec: str) -> str:
    """The label as written ("iso-8859-1"), with the page browsers read it as when they differ."""
    from briefdesk.sources.decode import encoding_name

    shown = " ".join(declared.split())[:40] or encoding_name(codec)
    name = encoding_name(codec)
    if shown.lower().replace("_", "-") in (name.lower(), codecs.lookup(codec).name):
        return name
    return f"{shown} (read by browsers as {name})"
