"""A commentary's head: a label line in capitals above the headline ("ATLANTIC SECURITY FORUM —
COMMENTARY"), and its writer's byline with a title and a post ("By Dr Helena Vastro, Senior
Fellow, Maritime Security Programme").

Why (newcomer18 N18-06): a think tank's PDF commentary was titled by its label line, kept no
outlet and no author, and the draft then made its writer an actor of the brief. The label is
the publisher's name and the kind of piece, not the title; the headline is the line under it;
the byline names the writer whatever door the file came in by (PDF, text, HTML, Word), so it
is read here, on the imported text, not in one reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefdesk.sources.bylines import is_byline
from briefdesk.sources.report_head import fill_empty_writer
from briefdesk.sources.title_choice import first_line_headline

if TYPE_CHECKING:
    from briefdesk.sources.extracted import Extracted

_TOP_LINES = 5
# The kind of piece a label names after the publisher ("— COMMENTARY", "| POLICY BRIEF").
_PIECE = (
    r"(?:commentary|analysis|opinion|comment|insight|insights|perspective|perspectives|"
    r"policy\s+brief|policy\s+paper|issue\s+brief|briefing|brief|explainer|viewpoint|"
    r"op-ed|essay|working\s+paper|occasional\s+paper|special\s+report|report|note)"
)
_LABEL_SPLIT = re.compile(
    rf"^(?P<org>.+?)\s*[—–|:]\s*(?P<piece>{_PIECE})(?:\s+no\.?\s*\S+)?$", re.I
)
_HONORIFIC = r"(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame|Ambassador|Col|Gen|Adm|Capt|Lt)\.?"
_NAME = r"[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:[A-ZÀ-Þ][\w'’.-]+|de|van|von|der|da|al|bin|el)){1,3}"
# "By Dr Helena Vastro, Senior Fellow, Maritime Security Programme"; "By Ana Berg and Li Wei"
_BYLINE = re.compile(
    rf"^(?:By|BY)\s+(?:{_HONORIFIC}\s+)?(?P<who>{_NAME}(?:\s+(?:and|&)\s+(?:{_HONORIFIC}\s+)?"
    rf"{_NAME})?)\s*(?:,\s*(?P<rest>.{{2,160}}))?$"
)
_HONORIFIC_START = re.compile(rf"^{_HONORIFIC}\s+")
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
# A byline without "By" that sets the date off by a bar: "Dr Ilse Vantongeren, Senior Fellow |
# 2 November 2026" (newcomer20 N20-08: the date was read, the writer not). A title ("Dr") or a
# post with a writer's word ("Fellow", "Analyst") tells a person from "Press Office, Ministry".
_DATED_BYLINE = re.compile(
    rf"^(?P<hon>{_HONORIFIC}\s+)?(?P<who>{_NAME}),\s*(?P<rest>[^|]{{2,80}}?)\s*[|·]\s*"
    rf"(?:\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}},\s+\d{{4}})$"
)
_WRITER_POST = re.compile(
    r"\b(?:fellow|analyst|researcher|director|professor|lecturer|scholar|editor|correspondent|"
    r"associate|adviser|advisor|chair|head|author|writer|expert)\b",
    re.I,
)
# A note's own head line: the kind of piece, who wrote it and when, set off by dashes or bars
# ("Analyst note — Indo-Pacific Maritime Desk — 2 December 2026"; newcomer22 N22-07: the line
# was glued to the headline as the outlet, and the desk offered as an actor). The desk or
# person between the kind and the date is the writer.
_PIECE_BYLINE = re.compile(
    rf"^(?:[A-Z][\w-]*\s+){{0,2}}{_PIECE}\s*[—–|]\s*(?P<who>[^—–|]{{3,80}}?)\s*[—–|]\s*"
    rf"(?:\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}},\s+\d{{4}})$",
    re.I,
)
_SMALL = frozenset({"of", "and", "the", "for", "on", "in", "at", "de", "du", "la", "to"})


@dataclass(frozen=True)
class LabelHead:
    title: str  # the headline under the label; "" when the label is no title's stand-in
    outlet: str  # the publisher the label names; ""
    author: str  # the writer the byline names, without "Dr"; ""
    line: str  # the lines read, for the note


def is_label(line: str) -> bool:
    """A line in capitals of two words or more ("ATLANTIC SECURITY FORUM — COMMENTARY"):
    a publisher's label or a section's, never a headline."""
    letters = [ch for ch in line if ch.isalpha()]
    words = re.findall(r"[^\W\d_]{2,}", line)
    return len(words) >= 2 and bool(letters) and all(ch.isupper() for ch in letters)


def label_head(text: str, title: str) -> LabelHead | None:
    """The title, outlet and author a commentary's head gives, or None when it has none.
    The label stands in for the title only when it *is* the title taken (or none was)."""
    lines = [" ".join(ln.split()) for ln in text.splitlines() if ln.strip()][:_TOP_LINES]
    if not lines:
        return None
    new_title = outlet = author = ""
    read: list[str] = []
    if is_label(lines[0]) and title in ("", lines[0]):
        below = lines[1] if len(lines) > 1 else ""
        if below and not is_label(below) and not is_byline(below):
            new_title = first_line_headline(f"{below}\n.")
        if (split := _LABEL_SPLIT.match(lines[0])) and len(split.group("org").split()) >= 2:
            outlet = title_case(split.group("org"))
        if new_title or outlet:
            read.append(lines[0])
    for line in lines:
        found = _BYLINE.match(line) or _dated_byline(line) or _PIECE_BYLINE.match(line)
        if found is not None:
            author = _HONORIFIC_START.sub("", found.group("who").strip())
            read.append(line)
            break
    if not (new_title or outlet or author):
        return None
    return LabelHead(new_title, outlet, author, " / ".join(read))


def _dated_byline(line: str) -> re.Match[str] | None:
    """ "Dr Ilse Vantongeren, Senior Fellow | 2 November 2026": a writer with a title or a
    writer's post, the date after a bar (see ``_DATED_BYLINE``)."""
    found = _DATED_BYLINE.match(line)
    if found and (found.group("hon") or _WRITER_POST.search(found.group("rest"))):
        return found
    return None


def title_case(caps: str) -> str:
    """ "ATLANTIC SECURITY FORUM" → "Atlantic Security Forum"; a short word with no vowel
    after its first letter ("CSS") stays in capitals."""
    words = []
    for number, word in enumerate(caps.split()):
        lower = word.lower()
        if number and lower in _SMALL:
            words.append(lower)
        elif len(word) <= 4 and word.isalpha() and not re.search(r"[AEIOUY]", word[1:]):
            words.append(word)
        else:
            words.append(lower[:1].upper() + lower[1:])
    return " ".join(words)


def read_label_head(extracted: Extracted, text: str, title_note: str) -> None:
    """Take the headline under a label line as the title and fill an empty outlet and author
    from the label and the byline, saying so in a note; notes starting ``title_note`` (where
    the label-line title came from) are dropped with that title."""
    found = label_head(text, " ".join(extracted.title.split()))
    if found is None:
        return
    filled = []
    if found.title:
        extracted.notes = [n for n in extracted.notes if not n.startswith(title_note)]
        extracted.title = found.title
        filled.append("title")
    filled += fill_empty_writer(extracted, found.outlet, found.author)
    if filled:
        what = ", ".join(filled[:-1]) + (" and " if len(filled) > 1 else "") + filled[-1]
        extracted.notes.append(
            f"{what[:1].upper()}{what[1:]} read from the label line and byline (“{found.line}”)"
        )
