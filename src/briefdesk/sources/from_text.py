"""Plain text and Markdown files, and pasted text."""

from __future__ import annotations

import datetime as dt
import re

from briefdesk.sources.bylines import byline, is_byline
from briefdesk.sources.extracted import Extracted
from briefdesk.sources.front_matter import FrontMatter, split_front_matter
from briefdesk.sources.md_tables import table_lines
from briefdesk.sources.wire_credit import credit_note, without_wire_credits

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$")
_MD_EMPHASIS = re.compile(
    r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)"
)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\((?:[^()\s]+)(?:\s+\"[^\"]*\")?\)")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_MAX_TITLE = 150


def extract_text(text: str, *, from_file: bool = False) -> Extracted:
    """Text as it is; a short first line that looks like a headline becomes the title.

    A file holding one short line only is its own headline (a closing full stop dropped): its
    text names it better than its file name. Pasted text keeps the headline rule alone, so a
    pasted sentence is never cited as if it were the outlet's headline.
    """
    meta = split_front_matter(text) if from_file else None
    text = meta.text if meta else text
    text, credits = without_wire_credits(text)  # "Copyright 2026 The Associated Press. …"
    notes = [credit_note(credits)] if credits else []
    title = _first_line_title(text) or (_only_line_title(text) if from_file else "")
    if title and is_byline(title):  # "By MARIA GARCIA, Associated Press": no headline
        title = ""
        notes.append("The first line is a byline, not a headline: it gives the author and outlet")
    author, outlet = byline(text)  # "By Ingrid Halvorsen, Nordlys Wire Service"
    found = Extracted(
        text=text, format="text", title=title, author=author, outlet=outlet, notes=notes
    )
    return _with_front_matter(found, meta)


def _with_front_matter(found: Extracted, meta: FrontMatter | None) -> Extracted:
    """The front matter's fields win over what the text suggests: the note's own metadata."""
    if meta is None:
        return found
    found.title = meta.title or found.title
    found.author = meta.author or found.author
    found.published = meta.published or found.published
    found.url = meta.url or found.url
    read = [name for name in ("title", "author", "date", "url") if getattr(meta, _FM[name])]
    found.notes.append(
        "Front matter left out of the text"
        + (f"; its {', '.join(read)} used" if read else "")
        + f" (fields: {', '.join(meta.fields)})"
    )
    return found


_FM = {"title": "title", "author": "author", "date": "published", "url": "url"}


def extract_markdown(text: str) -> Extracted:
    """Markdown reduced to readable text: no ``#``, ``**`` or link syntax left to quote."""
    meta = split_front_matter(text)  # Obsidian, Hugo, Jekyll notes (N14-39)
    text = meta.text if meta else text
    title = ""
    lines = []
    rows = table_lines(text)  # "| a | b |" rows as "a | b", the "| --- |" line dropped
    for number, line in enumerate(text.splitlines()):
        if number in rows:
            row = rows[number]
            if row is None:
                continue
            line = row
        heading = None if number in rows else _MD_HEADING.match(line)
        if heading:
            line = heading.group(2)
            if not title and len(heading.group(1)) == 1:
                title = line
        elif _MD_RULE.match(line):
            line = ""
        line = _MD_LINK.sub(lambda m: m.group(1), line)
        line = _MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(3), line)
        lines.append(line)
    plain = "\n".join(lines)
    author, published = _byline(lines)
    found = Extracted(
        text=plain,
        format="markdown",
        title=title or _first_line_title(plain),
        author=author,
        published=published,
    )
    return _with_front_matter(found, meta)


_BYLINE = re.compile(
    r"^By\s+(?P<who>[^,;]{2,80}?)(?:\s*[,;|·—-]\s*(?P<when>\d{1,2} [A-Z][a-z]+ \d{4}|"
    r"[A-Z][a-z]+ \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2}))?\s*$"
)


def _byline(lines: list[str]) -> tuple[str, dt.date | None]:
    """A byline near the top ("By Ana Berg, 14 October 2026", emphasis already removed) as the
    author and publication date, as a web page's meta tags give them."""
    for line in [ln.strip() for ln in lines if ln.strip()][:4]:
        match = _BYLINE.match(line)
        if match:
            return match.group("who").strip(), _date_words(match.group("when") or "")
    return "", None


def _date_words(text: str) -> dt.date | None:
    for form in ("%d %B %Y", "%B %d, %Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, form).date()
        except ValueError:
            continue
    return None


def _only_line_title(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) != 1 or len(lines[0]) > _MAX_TITLE:
        return ""
    line = lines[0]
    return line[:-1].rstrip() if line.endswith(".") and not line.endswith("..") else line


def _first_line_title(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line:
            # A line ending in "-" breaks a word ("a-" / "b") that de-hyphenation joins later.
            ends = (".", ",", ";", ":", "-")
            looks_like_heading = len(line) <= _MAX_TITLE and not line.endswith(ends)
            return line if looks_like_heading else ""
    return ""
