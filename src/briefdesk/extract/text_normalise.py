"""The text the patterns read: odd spaces made plain and lines a page or PDF wrapped in
mid-sentence joined, at the same length (moved out of ``text``, which re-exports ``normalise``:
round 12)."""

from __future__ import annotations

import itertools
import re

from briefdesk.extract import name_edges as ne
from briefdesk.extract.words import word_list

# Spaces that look like spaces: no-break, figure, narrow and ideographic spaces, tabs. A regex
# is much faster than str.translate with a table on long texts.
_ODD_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_BULLETS = frozenset("-•*·▪◦‣–—>")
_WIRE_UPDATE = re.compile(r"(?m)^UPDATE \d{1,2}-(?=[A-Z])")
# "to award the contract to M/s. X (Pvt) Ltd.": South Asian "Messrs" before a firm's name is
# no part of it and hides the firm from the words before it (round 16, a cabinet decision).
_MESSRS = re.compile(r"(?<![\w/])M/[sS]\.?[ \t]+(?=[A-Z])")
_WRAP_MIN = 50  # a line this long that stops mid-sentence was wrapped, not a heading
# Words no line of a sentence, heading or list ends on ("a contract with\nGuangxi ...").
_NEVER_LAST = word_list("never_last")


def normalise(text: str) -> str:
    """The text the patterns read: same length as ``text``, so every offset still points at the
    source. Odd spaces become spaces, and lines that a web page or PDF broke in mid-sentence are
    joined ("Turkish Defence\nMinister Yusuf Demirci"). Headings, list items and lines ending
    in a colon or stop keep their line breaks.
    """
    if "\t" in text:
        text = _tab_rows(text)  # "X AS<TAB>Estonia<TAB>EUR 96 million": cells, not one name
    text = _ODD_SPACES.sub(" ", text)
    if "UPDATE " in text:  # a wire's "UPDATE 2-Iraq signs ...": the name after the hyphen
        text = _WIRE_UPDATE.sub(lambda m: " " * len(m.group()), text)
    if "M/" in text:
        text = _MESSRS.sub(lambda m: " " * len(m.group()), text)
    if "\n" not in text:
        return text
    lines = text.split("\n")
    # Blocks of consecutive non-empty lines, as (index of first line, index past the last).
    blocks: list[tuple[int, int]] = []
    first = None
    for index, line in enumerate([*lines, ""]):
        if line.strip() and first is None:
            first = index
        elif not line.strip() and first is not None:
            blocks.append((first, index))
            first = None
    starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    joins: list[int] = []  # the newlines of wrapped lines, each to become a space
    for first, past in blocks:
        if past - first < 2:
            continue
        ends_sentence = lines[past - 1].rstrip()[-1:] in _SENTENCE_CLOSERS
        # A narrow column (a two-column PDF, a phone-width page) wraps well under 50
        # characters: there a line is "full" at two thirds of the block's widest line.
        width = max(len(line) for line in lines[first:past])
        wrap_min = min(_WRAP_MIN, width * 2 // 3) if past - first >= 3 else _WRAP_MIN
        joins.extend(
            starts[index + 1] - 1
            for index in range(first, past - 1)
            if _wrapped(lines[index], lines[index + 1], ends_sentence, wrap_min)
        )
    if not joins:
        return text  # (most texts: no line was wrapped, and no copy of the text is made)
    chars = list(text)
    for at in joins:
        chars[at] = " "
    return "".join(chars)


_SENTENCE_CLOSERS = word_list("sentence_closers")
_TAB_CELL = re.compile(r"(?<=\S)\t+(?=[^\t\n]*\S)")


def _tab_rows(text: str) -> str:
    """Text whose rows of tab-separated cells (two lines in a row with two tabs or more between
    words, as a spreadsheet pastes) have "|" for each tab between cells, the same length: a
    tab read as a space ran the cells together ("Halvard Defence AS Estonia", "24 EUR 96
    million"), and "|" keeps them apart as a Word table's " | " does (round 18)."""
    lines = text.split("\n")
    rows = [len(_TAB_CELL.findall(line)) >= 2 for line in lines]
    out = []
    for index, line in enumerate(lines):
        near = (index > 0 and rows[index - 1]) or (index + 1 < len(lines) and rows[index + 1])
        if rows[index] and near:
            line = _TAB_CELL.sub(lambda m: "|" * len(m.group()), line)
        out.append(line)
    return "\n".join(out)


# Two spaces or more after a word and before the next cell: a table's column gap (a gap after
# a sentence's stop is typing, not a column).
_COLUMN_GAP = re.compile(r"\w {2,}\S")
_NUMBERED = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+[A-Z]")  # an item of a numbered list or form


def _wrapped(line: str, following: str, block_ends_sentence: bool, wrap_min: int) -> bool:
    head = following.lstrip()[:1]
    tail = line.rstrip()[-1:]
    if not head or not tail or head in _BULLETS or tail in {".", "!", "?", ":", ";"}:
        return False
    if line.lstrip()[:1] in _BULLETS or ("|" in line and "|" in following):
        return False  # (a table's rows, cells joined by " | " or "|", each its own line: round 13)
    if "  " in line and _COLUMN_GAP.search(line) and _COLUMN_GAP.search(following):
        return False  # rows set in columns: "2027-05-02  Ana Ruiz   President" (round 14)
    if (following[:2] == "  " and len(_COLUMN_GAP.findall(line)) >= 2) or (
        line[:2] == "  " and len(_COLUMN_GAP.findall(following)) >= 2
    ):
        return False  # a PDF row and the cell it wrapped under itself, or the next row (round 19)
    if _NUMBERED.match(following) and (_NUMBERED.match(line) or ":" in following[:80]):
        return False  # "1. Type: Ships" / "2. Details: ...": a numbered list (round 19)
    if head.islower() or (head.isdigit() and tail.isalpha()):
        return True  # "a line of credit to\ncrisis-hit Sri Lanka"
    if line.rsplit(None, 1)[-1].lower() in _NEVER_LAST or ne.name_wraps(line, following):
        return True  # "the Office of the\nChief of Staff": no line ends on "of the"
    words = line.split()
    prose = sum(w[0].islower() for w in words) >= len(words) / 2
    # "About the Ministry of Energy and Mineral Resources" above its paragraph is a heading.
    return (
        block_ends_sentence and len(line) >= wrap_min and (tail.isalnum() or tail == ",") and prose
    )
