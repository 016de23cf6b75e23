"""One canonical form for source text, so offsets of evidence spans stay valid forever.

The text stored in a Source is the output of :func:`normalize_text`; spans index into it.
Never re-normalise stored text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

# Invisible characters that only confuse searching and quoting. ZWNJ/ZWJ (U+200C/D) are
# kept: they change the meaning of Persian, Indic and emoji text.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff\u180e"), None)
_LINE_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n\n", "\x0b": "\n", "\x0c": "\n\n"})
# Latin typographic ligatures (U+FB00–FB06), common in PDF text layers: as letters, so that
# "Oﬃce" can be found, quoted and read as "Office".
_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
    }
)
# Styled letters pasted from social media ("𝐒𝐚𝐢𝐝", mathematical bold) and full-width Latin
# letters and digits ("Ｋ９"): plain letters, so that a styled word is read, found and quoted as
# the word it spells (NFKC per character; full-width punctuation stays, it is CJK typography).
_STYLED_LETTERS = re.compile("[\U0001d400-\U0001d7ff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
# A word broken at a line end: "govern-\nment". Only lowercase letters on both sides, so
# names ("Jean-\nPierre") and numbers ("2026-\n27") are never glued together.
_LINE_END_HYPHEN = re.compile(r"\b([^\W\d_]+)-\n([^\W\d_]+)")
_WORD = re.compile(r"[^\W\d_]+")
# Compounds written on one line ("state-owned"); every word starts at most one look-ahead.
_COMPOUND = re.compile(r"\b(?=([^\W\d_]+-[^\W\d_]+))")


def normalize_text(text: str) -> str:
    """NFC, one kind of newline, single spaces, at most one blank line, safe de-hyphenation,
    Latin ligatures and styled or full-width letters as plain letters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LINE_BREAKS)
    text = text.translate(_LIGATURES)
    text = _STYLED_LETTERS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    # Drop invisible and control characters before NFC: removing one between a letter and
    # a combining accent creates a pair that NFC must then compose.
    text = _CONTROL.sub("", text.translate(_INVISIBLE).replace("\t", " "))
    text = unicodedata.normalize("NFC", text)
    text = "\n".join(_HORIZONTAL_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    text = dehyphenate(text)
    return _MANY_BLANK_LINES.sub("\n\n", text).strip()


def dehyphenate(text: str) -> str:
    """Rejoin words split by a hyphen at a line break; keep real compounds hyphenated.

    Evidence from the text itself decides: if ``state-owned`` (or both ``state`` and
    ``owned`` as words) occurs elsewhere, the hyphen stays; otherwise the break was a
    typesetter's and the halves are joined (``govern-\\nment`` → ``government``).
    Linear in the length of the text: the evidence is counted once, up front.
    """
    if "-\n" not in text:
        return text
    lowered = text.casefold()
    counts = Counter(_WORD.findall(lowered))
    compounds = set(_COMPOUND.findall(lowered))

    def join(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        if not (left[-1].islower() and right[0].islower()):
            return match.group(0)
        if f"{left}-{right}".casefold() in compounds:
            return f"{left}-{right}"
        if counts[f"{left}{right}".casefold()] > 0:
            return f"{left}{right}"
        # Each half occurs once here already; more means they are words in their own right.
        halves_are_words = (
            min(len(left), len(right)) > 2
            and min(counts[left.casefold()], counts[right.casefold()]) > 1
        )
        return f"{left}-{right}" if halves_are_words else f"{left}{right}"

    return _LINE_END_HYPHEN.sub(join, text)


def paragraphs_to_text(blocks: list[str]) -> str:
    """Blocks (paragraphs, table rows groups) separated by one blank line."""
    return "\n\n".join(block for block in (b.strip() for b in blocks) if block)


def one_line(value: str) -> str:
    """Metadata as one normalised line."""
    return normalize_text(value).replace("\n", " ") if value else ""
