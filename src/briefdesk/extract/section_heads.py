"""A section heading in an article's header ("THE GULF LEDGER | COMPANIES & MARKETS | date",
"Issue 44 | Air & Land Systems | 5 November", "PORTS & PEOPLE" on a line of its own under the
masthead): a desk's or a section's name, not a body (round 23). The masthead itself is the
first part of the text's first line; a part after it that joins two plain words by "&" and
names no outlet ("ISTHMUS & ISLANDS DEAL BRIEF") is the section."""

from __future__ import annotations

from briefdesk.extract.words import word_list

_HEADER_CHARS = 700  # the masthead, issue and section lines sit in the first few lines
_HEADER_LINES = 6
_SEPARATORS = "|•—–·"
_OUTLET_WORDS = (
    word_list("outlet_words")
    | word_list("masthead_words")
    | {"brief", "briefing", "monitor", "newsletter", "report", "roundup", "watch", "wire"}
)


def section_heading(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` fills a part of a header line, after the text's first part,
    and holds no outlet word."""
    if start > _HEADER_CHARS or text.count("\n", 0, start) > _HEADER_LINES:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start].rstrip()
    after = text[end : len(text) if line_end < 0 else line_end].lstrip()
    if before and before[-1] not in _SEPARATORS:
        return False
    if after and after[0] not in _SEPARATORS:
        return False
    if not text[:start].strip(" \t\n" + _SEPARATORS):
        return False  # the text's first part: the masthead ("ORBIT & GROUND | Africa")
    words = text[start:end].lower().replace("&", " ").split()
    return not any(word in _OUTLET_WORDS for word in words)
