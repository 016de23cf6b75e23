"""Last look at imported text: replacement marks and mojibake are repaired or reported.

Every path (files, mail parts, pasted text) passes here inside the import worker, so no
reader can keep garbled text without the user being told.
"""

from __future__ import annotations

import re
import unicodedata

from briefdesk.sources.errors import Refusal

# Above this share of U+FFFD the text is not worth keeping; below it, a warning is enough.
_MAX_REPLACEMENT_SHARE = 0.01
# "â€" left at a word's end: the UTF-8 of ” (E2 80 9D) read as Windows-1252, which has no
# character for 9D and drops it; ftfy alone then turned it into "†" under a "repaired" note
# (N11-19). E2 80 + a byte Windows-1252 drops is ” far more often than anything else.
_LOST_9D = re.compile(r"â€(?=[\s.,;:!?)\]]|$)")
# Characters that only occur in mis-decoded UTF-8 in practice; without them ftfy is skipped.
_MOJIBAKE_HINTS = ("Ã", "Â", "â€", "â\x80", "Ð", "Ñ", "Å", "Ä")


def check_text(text: str, warnings: list[str]) -> str:
    """The text, repaired when it is plainly mojibake; Refusal when mostly undecodable."""
    bad = text.count("\ufffd")
    if bad:
        if bad > _MAX_REPLACEMENT_SHARE * len(text) and bad > 3:
            raise Refusal(
                f"has {bad:,} characters that could not be decoded (shown as �); "
                "the file's character encoding is wrong or it is damaged"
            )
        warnings.append(f"{bad} character(s) could not be decoded and show as �")
    if any(hint in text for hint in _MOJIBAKE_HINTS):
        text = _repair_mojibake(text, warnings)
    return text


def _repair_mojibake(text: str, warnings: list[str]) -> str:
    import ftfy
    from ftfy.badness import is_bad

    if not is_bad(text):
        return text
    fixed = ftfy.fix_encoding(_LOST_9D.sub("â€\x9d", text))
    if fixed != text and not is_bad(fixed):
        warnings.append("repaired characters that had been decoded with the wrong encoding")
        return fixed
    warnings.append("text may be garbled (characters decoded with the wrong encoding)")
    return text


def repairs_to_text(text: str) -> bool:
    """True when ``text``, full of control characters, is mojibake ftfy turns back into text:
    "Polandâ€™s … Koreaâ€\x9d" keeps the C1 byte a Latin-1 reading leaves, which reads as
    binary junk yet every character of it is recoverable (N11-19)."""
    if not any(hint in text for hint in _MOJIBAKE_HINTS):
        return False
    import ftfy

    return junk_share(ftfy.fix_encoding(text[:200_000])) < junk_share(text[:200_000]) / 10


def junk_share(text: str) -> float:
    """Share of control characters and replacement marks: high means not really text."""
    if not text:
        return 0.0
    sample = text[:200_000]
    junk = sum(1 for ch in sample if ch == "\ufffd" or is_control(ch))
    return junk / len(sample)


def is_control(ch: str) -> bool:
    """A control code other than the line and page breaks and tab text uses."""
    return unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f"


def unreadable_note(data: bytes, text: str, name: str) -> str:
    """What in ``text`` is not text: "7 bytes read as control codes, the first 0x8E at byte 3"
    and the count of sequences ``name`` cannot read; the bytes a page leaves as control codes
    are the usual reason, and a count of 0 undecodable ones alone contradicts the refusal."""
    parts = []
    bad = text.count("\ufffd")
    if bad:
        parts.append(f"{bad} byte sequence{'s are' if bad > 1 else ' is'} not {name}")
    if len(text) == len(data):  # a single-byte page: character i is byte i
        controls = [i for i, ch in enumerate(text) if is_control(ch)]
        if controls:
            first = controls[0]
            parts.append(
                f"{len(controls)} byte{'s' * (len(controls) > 1)} read as control codes"
                f", the first 0x{data[first]:02X} at byte {first}"
            )
    return "; ".join(parts) or f"it reads as control codes in {name}"
