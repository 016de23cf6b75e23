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
from briefdesk.sources.charset_pick import choose
from briefdesk.sources.charset_symbols import misread_words

# What "iso-8859-1", "latin1", "us-ascii", "windows-1252" and "iso-8859-15" labels read as.
_WESTERN = frozenset(("cp1252", "iso8859-15", "iso8859-1"))
# A reading spells one language's letters when this share of them belongs to one alphabet.
_WHOLE = 0.999
_SHOWN = 3


def reread_western(data: bytes, codec: str, text: str, declared: str) -> tuple[str, str]:
    """(text, note) for bytes whose Western label ``codec`` reads them as ``text`` without a
    sign inside a word. The note is "" when the label reads the letters of one language (or
    nothing beyond ASCII); otherwise it says which page was taken, or that the label was kept
    though unsure. ``declared``: the label as the file wrote it, for the note."""
    if codecs.lookup(codec).name not in _WESTERN or data.isascii():
        return text, ""
    if letter_fit(text[:65_536]) >= _WHOLE:
        return text, ""
    chosen = choose(data, codec, codec)
    label = label_name(declared, codec)
    other = chosen.page if chosen.page != codec else chosen.rival
    if other is None:
        return text, ""
    from briefdesk.sources.decode import encoding_name

    name = encoding_name(other)
    theirs = other_words(text, data.decode(other, errors="replace"))
    if chosen.page != codec and not misread_words(chosen.text):
        read = ", ".join(f"“{new}”" for _, new in theirs)
        return chosen.text, (
            f"declared {label}, but words read in it come out garbled ("
            f"{', '.join(f'“{old}”' for old, _ in theirs)}); read as {name} instead ({read}; a "
            "guess: if letters look wrong, choose the encoding in File → Add source in "
            "encoding… in the window, or with --encoding on the command line)"
        )
    if letter_fit(data[:65_536].decode(other, errors="replace")) < _WHOLE:
        return text, ""  # names from several languages (an English story's "São", "Müller")
    shown = ", ".join(f"“{old}”" for old, _ in theirs)
    return text, (
        f"declared {label}, but some words read in it look misread ({shown}): unsure between "
        f"{encoding_name(codec)} and {name}; if letters look wrong, import it again choosing "
        f"{name}: --encoding {codecs.lookup(other).name}"
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
