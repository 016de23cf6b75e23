"""Which title a file's source gets: the headline the reader sees, before a file name or a
document property nobody looks at.

A Word file's Title property is often stale ("ADB press release" from the template the office
uses for every release) and a PDF often has none, so the file's name ("report final v2") was
cited as the article's title in every export. The visible headline wins: a Word heading (Title
or Heading 1 style), else a PDF's short first line; a note says where a title came from when
there was a choice, so a wrong guess is caught in the Sources list. Word and PDF follow one
rule (checker9 C9-11): a heading the reader sees (a heading style, a bold or large first line)
beats the Title property; a property that is only the producer's file name ("Microsoft Word -
report.docx") is never a title; a title from the property alone says so.
"""

from __future__ import annotations

import re

_MAX_TITLE = 150
_ENDS = (".", ",", ";", ":", "-")  # a sentence or a line broken mid-phrase is no headline
_WORD = re.compile(r"[^\W\d_]{2,}")
# "Microsoft Word - report.docx", "untitled": what printers and converters put in the property.
_PRODUCER_TITLE = re.compile(r"^(Microsoft (Office )?(Word|PowerPoint|Excel) - |untitled\b)", re.I)
_FILENAME_TITLE = re.compile(r"\.(docx?|docm|dotx?|pdf|odt|rtf|txt|indd|qxp|pptx?|xlsx?)$", re.I)
_FROM_PROPERTY = "Title taken from the document's Title property (the text shows no heading)"


def property_title(value: str) -> tuple[str, list[str]]:
    """(the Title property fit to serve as a title, notes): "" with a note when it is only a
    converter's label or a file name."""
    value = " ".join(value.split())
    cleaned = _PRODUCER_TITLE.sub("", value).strip()
    if cleaned and not _FILENAME_TITLE.search(cleaned):
        return cleaned, []
    if not value:
        return "", []
    return "", [f"The Title property “{value}” is a file name or a program's label, not used"]


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


def text_title(text: str) -> str:
    """A title for a text of one short line, its closing full stop dropped ("。" too), as a
    text file of one line gets. Why (N14-21): a Shift_JIS page of one clear sentence and no
    <title> was titled by its file name, "sj"."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    if len(lines) != 1 or len(lines[0]) > _MAX_TITLE or not _WORD.search(lines[0]):
        return ""
    line = lines[0]
    if line.endswith(("。", "．")) or (line.endswith(".") and not line.endswith("..")):
        line = line[:-1].rstrip()
    return line


def docx_title(
    heading: str, control: str, prop: str, emphasised: str = "", text: str = ""
) -> tuple[str, list[str]]:
    """(the title, notes) for a Word file: its first Title/Heading 1 paragraph, else a title
    content control, else a first paragraph set as a headline (bold or large, ``emphasised``),
    else the Title property, else a first line shaped as a headline, as for text and PDF; a
    note says where the title came from when there was a choice."""
    heading, control, emphasised = (" ".join(s.split()) for s in (heading, control, emphasised))
    prop, notes = property_title(prop)
    title = heading or control or emphasised or prop
    if not title and (title := first_line_headline(text)):
        notes.append("Title taken from the first line (no heading style, no Title property)")
    if title and title == emphasised and not (heading or control):
        notes.append("Title taken from the first paragraph, set as a headline (bold or large)")
    if prop and title != prop:
        notes.append(f"Title taken from the document's heading; its Title property says “{prop}”")
    elif prop and title == prop and not (heading or control or emphasised):
        notes.append(_FROM_PROPERTY)
    return title, notes


def pdf_title(
    prop: str, text: str, heading_shown: bool = False, heading: str = ""
) -> tuple[str, list[str]]:
    """(the title, notes) for a PDF: its first line when set larger than the text
    (``heading_shown``) and shaped as a headline, else the ``heading`` set large just above
    the text (a newsletter's headline under its masthead), else its Title property, else its
    first line as a headline; a note says which, and names a property that was passed over."""
    prop, notes = property_title(prop)
    headline = first_line_headline(text)
    if headline and (heading_shown or not prop):
        if prop and headline != prop:
            notes.append(
                f"Title taken from the heading on the first page; its Title property says “{prop}”"
            )
        elif not prop:
            notes.append("Title taken from the first line (the PDF has no Title property)")
        return headline, notes
    heading = first_line_headline(f"{heading}\n.")  # (the same headline shape)
    if heading:
        passed = f"; its Title property says “{prop}”" if prop and prop != heading else ""
        notes.append(f"Title taken from the heading set in large type on the first page{passed}")
        return heading, notes
    if prop:
        notes.append(_FROM_PROPERTY)
        return prop, notes
    return "", notes
