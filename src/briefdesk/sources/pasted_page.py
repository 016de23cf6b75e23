"""A page copied whole from a browser (Ctrl+A, Ctrl+C) and pasted as a source.

Why (newcomer15 N15-35): the paste took the clipboard's plain text, so the page's menu
("Home | Awards | Subscribe") and its "Related" box came in with the article, and a related
story's "$90m" could feed a wrong suggestion; the same page opened as a file gave the article
only. When the clipboard also holds the page's HTML, it is read by the web-page reader like an
.html file, and the lines of the plain text it left out are named in a note. The plain text is
kept when the HTML reading loses most of its words (a table or a fragment the reader cannot
place), so a paste never loses the article.
"""

from __future__ import annotations

import re

from briefdesk.model import Source
from briefdesk.sources.errors import ImportRefused

_HTML_START = re.compile(r"\s*(?:<!doctype|<html)", re.I)
# The HTML reading keeps the article when it holds at least this share of the plain words.
_KEEPS_ARTICLE = 0.5
_SHOWN = 2
_WORD = re.compile(r"\w+")


def import_pasted(text: str, html: str) -> Source:
    """The source for a paste: the HTML read as a web page when it keeps the article, else
    the plain text (as before)."""
    from briefdesk.sources.api import import_text

    if not html.strip() or not text.strip():
        return import_text(text or html)
    page_html = html if _HTML_START.match(html) else f"<html><body>{html}</body></html>"
    try:
        page = import_text(page_html)
    except ImportRefused:
        return import_text(text)
    plain_words = _WORD.findall(text)
    if len(_WORD.findall(page.text)) < _KEEPS_ARTICLE * len(plain_words):
        return import_text(text)
    note = left_out_note(text, page.text, (page.author, page.title))
    if not note:
        return page
    notes = f"{page.notes}\n{note}" if page.notes else note
    return page.model_copy(update={"notes": notes})


def left_out_note(plain: str, kept: str, said: tuple[str, ...] = ()) -> str:
    """ "Read from the copied page's HTML …: left out 3 lines (“Home | Awards”, …)" for the
    plain text's lines the page reading did not keep; "" when it kept them all. A line naming
    one of ``said`` (the byline's author, read into the source's fields) is not left out."""
    have = " ".join(kept.split())
    taken = [w for w in (" ".join(_WORD.findall(x)) for x in said) if len(w) > 3]
    gone = []
    for line in plain.splitlines():
        line = " ".join(line.split())
        words = " ".join(_WORD.findall(line))
        if words and line not in have and not any(t in words for t in taken):
            gone.append(line)
    if not gone:
        return ""
    shown = ", ".join(f"“{_short(line)}”" for line in gone[:_SHOWN])
    more = f" and {len(gone) - _SHOWN} more" if len(gone) > _SHOWN else ""
    plural = "s" if len(gone) != 1 else ""
    return (
        "Read from the copied page's HTML, as the page opened as a file would be: left out "
        f"{len(gone)} line{plural} of navigation, related links and the like ({shown}{more})"
    )


def _short(line: str) -> str:
    return line if len(line) <= 60 else line[:59] + "…"
