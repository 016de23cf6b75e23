"""An article forwarded inline (Gmail's "Forward", Outlook's, Apple Mail's) is that article.

A forward attached as ``message/rfc822`` already became a source of its own, with its own
From/Date/Subject; the far commoner inline forward was cited as written by the colleague who
forwarded it ("“Fwd: Chile to buy 12 utility helicopters”, Alex Colleague"), its text opening
with the cover note and the forwarded-header block (newcomer8 F19). Here the block after the
forward marker gives the title, author and date, the text is what follows it, and the short
cover note above it is kept as a note. A long text above the marker is a message of its own
(a reply quoting the original), which is left as it is.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass

from briefdesk.sources.dates import to_date

_MARKER = re.compile(
    r"^[ \t>]*(?:-{2,}[ \t]*(?:Forwarded message|Original Message|Weitergeleitete Nachricht"
    r"|Message transféré|Mensaje reenviado)[ \t]*-*|Begin forwarded message:"
    r"|_{8,})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_FIELD = re.compile(r"^[ \t>]*(From|Date|Sent|Subject|To|Cc|Reply-To)[ \t]*:[ \t]*(.*)$", re.I)
MAX_COVER_WORDS = 120
_DATE_FORMATS = (
    "%A, %B %d, %Y %I:%M %p",  # Outlook: Tuesday, November 24, 2026 9:12 AM
    "%A, %d %B %Y %H:%M",
    "%d %B %Y %H:%M:%S",  # Apple Mail: 24 November 2026 09:12:00 (after " at " and zone)
    "%d %B %Y %H:%M",
    "%B %d, %Y %H:%M",
)


@dataclass(frozen=True)
class InlineForward:
    """The forwarded article and the cover note written above it."""

    text: str
    cover: str
    title: str
    author: str
    published: dt.date | None


def split_inline_forward(text: str) -> InlineForward | None:
    """The article forwarded inline in a message's ``text``; ``None`` when there is none."""
    text = _ONE_LINE.sub(_split_fields, text)
    marker = _MARKER.search(text)
    if marker is None:
        return None
    cover = text[: marker.start()].strip()
    if len(cover.split()) > MAX_COVER_WORDS:
        return None
    lines = text[marker.end() :].splitlines()
    at = 0
    while at < len(lines) and not lines[at].strip():
        at += 1
    fields: dict[str, str] = {}
    while at < len(lines):
        found = _FIELD.match(lines[at])
        if found is None:
            break
        fields.setdefault(found.group(1).lower(), found.group(2).strip())
        at += 1
    body = _unquoted(lines[at:])
    if not body or not (fields.get("from") or fields.get("subject")):
        return None
    name, address = email.utils.parseaddr(fields.get("from", ""))
    return InlineForward(
        text=body,
        cover=" ".join(cover.split()),
        title=" ".join(fields.get("subject", "").split()),
        author=name or address,
        published=_date(fields.get("date") or fields.get("sent") or ""),
    )


# An HTML body read as text puts the marker and the header block on one line.
_ONE_LINE = re.compile(
    r"^([ \t>]*-{2,}[ \t]*(?:Forwarded message|Original Message)[ \t]*-*)[ \t]+(From:.*)$",
    re.IGNORECASE | re.MULTILINE,
)
_NEXT_FIELD = re.compile(r"\s+(?=(?:Date|Sent|Subject|To|Cc|Reply-To):\s)")


def _split_fields(match: re.Match[str]) -> str:
    return match.group(1) + "\n" + _NEXT_FIELD.sub("\n", match.group(2))


def _unquoted(lines: list[str]) -> str:
    """The forwarded text; "> " quoting taken off when every line carries it."""
    text_lines = [line for line in lines if line.strip()]
    if text_lines and all(line.lstrip().startswith(">") for line in text_lines):
        lines = [re.sub(r"^\s*> ?", "", line) for line in lines]
    return "\n".join(lines).strip()


def _date(value: str) -> dt.date | None:
    value = " ".join(value.split())
    if not value:
        return None
    plain = re.sub(r"\s+at\s+", " ", value)  # Gmail and Apple: "24 Nov 2026 at 09:12"
    try:
        return to_date(email.utils.parsedate_to_datetime(plain))
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    plain = re.sub(r"\s+(?:[A-Z]{2,5}|[+-]\d{4})$", "", plain)  # a zone name at the end
    for form in _DATE_FORMATS:
        try:
            return to_date(dt.datetime.strptime(plain, form))
        except ValueError:
            continue
    return None
