"""Which title a file's source gets: the headline the reader sees, before a file name or a
document property nobody looks at.

A Word file's Title property is often stale ("ADB press release" from the template the office
uses for every release) and a PDF often has none, so the file's name ("report final v2") was
cited as the article's title in every export. The visible headline wins: a Word heading (Title
or Heading 1 style), else a PDF's short first line; a note says where a title came from when
there was a choice, so a wrong guess is caught in the Sources list.
"""

from __future__ import annotations

import re

_MAX_TITLE = 150
_ENDS = (".", ",", ";", ":", "-")  # a sentence or a line broken mid-phrase is no headline
_WORD = re.compile(r"[^\W\d_]{2,}")


def first_line_headline(text: str) -> str:
    """The text's first line when it reads as a headline (short, three words or more, not a
    sentence or a page number); "" otherwise."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return ""
    first = " ".join(lines[0].split())
    if len(first) > _MAX_TITLE or first.endswith(_ENDS) or len(_WORD.findall(first)) < 3:
        return ""
    return first


def docx_title(heading: str, control: str, prop: str) -> tuple[str, list[str]]:
    """(the title, notes) for a Word file: its first Title/Heading 1 paragraph, else a title
    content control, else the Title property; a note when the property said otherwise."""
    heading, control, prop = (" ".join(s.split()) for s in (heading, control, prop))
    title = heading or control or prop
    notes = []
    if prop and title != prop:
        notes.append(f"Title taken from the document's heading; its Title property says “{prop}”")
    return title, notes


def pdf_title(prop: str, text: str) -> tuple[str, list[str]]:
    """(the title, notes) for a PDF: its Title property, else its first line as a headline."""
    if prop:
        return prop, []
    headline = first_line_headline(text)
    if headline:
        return headline, ["Title taken from the first line (the PDF has no Title property)"]
    return "", []
