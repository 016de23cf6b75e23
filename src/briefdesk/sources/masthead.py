"""A newsletter's or a broadcast's masthead: the outlet's name in capitals, then its edition.

Why (newcomer19 N19-06, N19-11): "ANDES RESOURCES WEEKLY - Issue 48, 27 November 2026" above a
mailed newsletter and "RADIO DOBRUJA - MORNING EDITION" above a radio transcript left the outlet
empty; the newsletter's From name became its author and its Subject kept the outlet's name in
front ("Andes Resources Weekly: Halvard buys …"), so the export printed the name three times;
the transcript was titled by its time line ("Transcript, Tuesday 24 November 2026, 07:30"). The
masthead names the outlet; the edition line is no title; a title made from the masthead names
the outlet, the edition and the day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefdesk.sources.label_head import title_case

if TYPE_CHECKING:
    from briefdesk.sources.extracted import Extracted

# "ANDES RESOURCES WEEKLY - Issue 48, 27 November 2026"; "RADIO DOBRUJA - MORNING EDITION"
_MASTHEAD = re.compile(
    r"^(?P<name>[A-Z][A-Z0-9&'’.]*(?:\s+[A-Z0-9&'’.]+)+)\s+[-—–|]\s+(?P<rest>.+)$"
)
_EDITION = re.compile(
    r"\b(?:issue|edition|no\.?|vol\.?|volume|bulletin|newsletter|transcript|news|digest|"
    r"broadcast)\b",
    re.IGNORECASE,
)
_DATE = re.compile(
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_HEAD = 3


@dataclass(frozen=True)
class Masthead:
    outlet: str  # "Andes Resources Weekly"
    edition: str  # "Morning Edition", "Issue 48"; ""
    date: str  # "24 November 2026" as the head writes it; ""
    lines: tuple[str, ...]  # the head's lines that name no headline: the masthead, a time line


def masthead(text: str) -> Masthead | None:
    """The masthead on the first line of ``text``, or None when the first line is none."""
    lines = [" ".join(ln.split()) for ln in text.splitlines() if ln.strip()][:_HEAD]
    found = _MASTHEAD.match(lines[0]) if lines else None
    if found is None:
        return None
    rest = found.group("rest")
    rest_letters = [ch for ch in rest if ch.isalpha()]
    shouted = bool(rest_letters) and all(ch.isupper() for ch in rest_letters)
    if not (_EDITION.search(rest) or _DATE.search(rest)):
        return None  # "NATO - a headline", "FORUM | COMMENTARY" (a label: label_head.py)
    taken = [lines[0]]
    date = _DATE.search(rest)
    if len(lines) > 1 and (below := lines[1]) and _time_line(below):
        taken.append(below)
        date = date or _DATE.search(below)
    edition = title_case(_DATE.split(rest)[0].strip(" ,;-—–")) if shouted else rest.split(",")[0]
    return Masthead(
        title_case(found.group("name")), edition, date.group() if date else "", tuple(taken)
    )


def _time_line(line: str) -> bool:
    """ "Transcript, Tuesday 24 November 2026, 07:30": a date line, not a headline."""
    return bool(_DATE.search(line)) and len(_DATE.sub("", line).split()) <= 4


def read_masthead(extracted: Extracted, text: str, title_note: str) -> None:
    """Fill an empty outlet from the masthead, drop an author that is only the outlet's name,
    title a source titled by its masthead or time line by outlet, edition and day, and cut
    the outlet's name from the front of a Subject; notes starting ``title_note`` are dropped
    with a title replaced."""
    found = masthead(text)
    if found is None:
        return
    done = []
    if not extracted.outlet.strip():
        extracted.outlet = found.outlet
        done.append("outlet")
    if extracted.author.strip().casefold() == found.outlet.casefold():
        extracted.author = ""  # the From name of a newsletter is its name, not a writer
    title = " ".join(extracted.title.split())
    prefix = re.match(rf"^{re.escape(found.outlet)}\s*[:|—–-]\s*(?=\S)", title, re.IGNORECASE)
    if not title or title in found.lines:
        parts = [found.outlet + (f" – {found.edition}" if found.edition else ""), found.date]
        extracted.title = ", ".join(p for p in parts if p)
        extracted.notes = [n for n in extracted.notes if not n.startswith(title_note)]
        done.append("title")
    elif prefix is not None:
        extracted.title = title[prefix.end() :]
    if done:
        extracted.notes.append(
            f"{' and '.join(done).capitalize()} read from the masthead (“{found.lines[0]}”)"
        )
