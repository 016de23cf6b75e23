"""Articles forwarded inline (the usual Forward in Gmail, Outlook, Apple Mail, Thunderbird).

A forward attached as ``message/rfc822`` carries its own headers for the mail parser; one
forwarded inline carries them as text under a marker line ("---------- Forwarded message
---------", "-----Original Message-----", "Begin forwarded message:"). Read as the outer
message, the article was cited as "Fwd: …" by the colleague who forwarded it, with the cover
note in its text (newcomer8 F19). Here the block is found and its From, Date and Subject read.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass

from briefdesk.sources.bylines import byline
from briefdesk.sources.dates import to_date
from briefdesk.sources.extracted import Extracted
from briefdesk.sources.mail_headers import decoded, name_and_address
from briefdesk.sources.wire_credit import credit_note, without_wire_credits

_MARKER = re.compile(
    r"^[ \t>]*(?:-{2,}[ \t]*(?:forwarded (?:message|article|story|e-?mail|mail|text)|"
    r"original message|weitergeleitete nachricht|"
    r"ursprüngliche nachricht|message transféré|message d'origine|mensaje reenviado|"
    r"mensaje original)[ \t]*-{2,}|begin forwarded message:|_{10,})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A marker line that alone says an article follows: its own header block may be left out.
_BARE_MARKER = re.compile(
    r"forwarded (?:message|article|story|e-?mail|mail|text)|begin forwarded message", re.I
)
# The header lines of a forward block, in the languages mail programs write them.
_FIELDS = {
    "from": "from", "von": "from", "de": "from",
    "date": "date", "sent": "date", "gesendet": "date", "datum": "date", "envoyé": "date",
    "enviado": "date", "fecha": "date",
    "subject": "subject", "betreff": "subject", "objet": "subject", "asunto": "subject",
    "to": "", "cc": "", "bcc": "", "reply-to": "", "an": "", "à": "", "para": "", "a": "",
    "cc.": "",
}  # fmt: skip
_HEADER = re.compile(r"^[ \t>]*\**([^\W\d_][\w.-]*)\**[ \t]*:\**[ \t]*(.*)$")
_MAX_BLANKS_BEFORE_HEADERS = 2
_FROM_LINE = re.compile(r"^[ \t>]*\**(?:from|von|de)\**[ \t]*:", re.IGNORECASE | re.MULTILINE)
_MAX_DEPTH = 5
_BLOCK_LINES = 24  # marker, blank lines and header fields of the longest block mail programs write
_MARKUP_HINT = re.compile(
    r"forwarded message|original message|weitergeleitete|ursprüngliche|transféré|d'origine|"
    r"reenviado|mensaje original|_{10}",
    re.IGNORECASE,
)
# Subject prefixes a forward adds to the outer message.
_FWD_PREFIX = re.compile(r"^\s*(?:(?:fwd?|fw|wg|tr|rv|i)\s*:\s*)+", re.IGNORECASE)
# "03/04/2026": 3 April or March 4 depending on the sender's locale; not guessed.
_AMBIGUOUS = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}\b")


@dataclass(frozen=True)
class InlineForward:
    cover: str  # the forwarder's own words above the block ("FYI - relevant to your file.")
    author: str  # the forwarded message's sender: display name, else address
    address: str
    published: dt.date | None
    subject: str
    text: str  # the forwarded message's text, without its header block
    block: str  # the marker line and the header block, as written


def find_forward(text: str) -> InlineForward | None:
    """The first forward block in ``text`` with a From or Subject line and text after it."""
    marks = [(m.start(), m.end()) for m in _MARKER.finditer(text)]
    if not marks:
        marks = [(at, at) for at in _unmarked_blocks(text)]
    for start, end in marks:
        lines = text[end:].split("\n")
        fields, used = _header_block(lines)
        # A marker that says what follows ("---------- Forwarded article ----------") needs
        # no header block: the article follows it (newcomer23 N23-15).
        bare = _BARE_MARKER.search(text[start:end]) is not None and not fields
        if not (fields.get("from") or fields.get("subject") or bare):
            continue
        body = "\n".join(lines[used:]).strip()
        if not body:
            continue
        block = text[start:end] + "\n".join(lines[:used])
        name, address = name_and_address(fields.get("from", ""))
        return InlineForward(
            cover=text[:start].strip(),
            author=decoded(name, "the forwarded From line", []) if name else address,
            address=address,
            published=header_date(fields.get("date", "")),
            subject=fields.get("subject", ""),
            text=body,
            block=block.strip(),
        )
    return None


def with_html_block(article: str, markup: str) -> str:
    """An HTML mail's article text with the forward block its main-text reader dropped as
    boilerplate (Gmail's "gmail_attr" block) put back in front, so :func:`unwrap` can read it."""
    if not _MARKUP_HINT.search(markup) or find_forward(article) is not None:
        return article
    forward = find_forward(visible_text(markup))
    if forward is None:
        return article
    if _MARKUP_HINT.search(article):  # the reader kept the block, run into one line
        article = forward.text
    cover = " ".join(forward.cover.split())
    flat = " ".join(article.split())
    if cover and flat.startswith(cover):  # the reader kept the note: not twice
        article = article.strip()[len(forward.cover.strip()) :].strip()
    return f"{forward.cover}\n\n{forward.block}\n\n{article}"


def visible_text(markup: str) -> str:
    """The text of an HTML body with its line breaks (<br>, blocks) as a reader sees them."""
    import lxml.html

    try:
        root = lxml.html.fromstring(markup)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for element in root.iter("br", "p", "div", "tr", "li", "h1", "h2", "h3", "blockquote"):
        element.tail = "\n" + (element.tail or "")
    return str(root.text_content())


def without_forward_prefix(subject: str) -> str:
    """ "Fwd: Chile to buy …" → "Chile to buy …"."""
    return _FWD_PREFIX.sub("", subject).strip()


def header_date(value: str) -> dt.date | None:
    """The date of a forward block's Date/Sent line as mail programs write it ("Tue, 24 Nov 2026
    at 09:12", "Tuesday, November 24, 2026 9:12 AM"); None when absent, unreadable or a
    numeric day/month whose order depends on the sender's locale."""
    value = " ".join(value.split())
    if not value:
        return None
    try:
        return to_date(email.utils.parsedate_to_datetime(value))
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    ambiguous = _AMBIGUOUS.search(value)
    day_or_month = {int(ambiguous.group(1)), int(ambiguous.group(2))} if ambiguous else set()
    if len(day_or_month) == 2 and max(day_or_month) <= 12:
        return None
    from dateutil import parser

    try:
        return to_date(parser.parse(value))
    except (ValueError, OverflowError, parser.ParserError):
        return None


def _header_block(lines: list[str]) -> tuple[dict[str, str], int]:
    """The forward block's fields (from, date, subject) and how many lines it takes."""
    fields: dict[str, str] = {}
    at = 0
    while at < len(lines) and at < _MAX_BLANKS_BEFORE_HEADERS and not lines[at].strip():
        at += 1
    seen = 0
    while at < len(lines):
        if seen and not lines[at].strip() and _is_field(lines[at + 1 : at + 2]):
            at += 1  # an HTML body's header lines come out a blank line apart
            continue
        match = _HEADER.match(lines[at])
        key = match.group(1).lower() if match else ""
        if match is None or key not in _FIELDS:
            break
        if _FIELDS[key] and _FIELDS[key] not in fields:
            fields[_FIELDS[key]] = " ".join(match.group(2).replace("*", " ").split())
        seen += 1
        at += 1
    return (fields, at) if seen else ({}, 0)


def _is_field(lines: list[str]) -> bool:
    match = _HEADER.match(lines[0]) if lines else None
    return bool(match and match.group(1).lower() in _FIELDS)


def _unmarked_blocks(text: str) -> list[int]:
    """Where a header block with From, Sent/Date and Subject starts with no marker line above
    it: current Outlook forwards draw a rule instead of "-----Original Message-----"."""
    starts = []
    for line in _FROM_LINE.finditer(text):
        # (a header block is a few lines: read a bounded number, not the rest of the text)
        fields, _ = _header_block(text[line.start() :].split("\n", _BLOCK_LINES)[:_BLOCK_LINES])
        if {"from", "date", "subject"} <= fields.keys():
            starts.append(line.start())
    return starts


def unwrap(body: Extracted, forwarder: str, *, cover_words: int, depth: int = 0) -> list[Extracted]:
    """The article(s) in a message body: the forwarded message, with its own author, date and
    title, when the body forwards one inline (a forward of a forward: the innermost); the
    forwarder's words kept as a note, or as an article of their own when longer than
    ``cover_words``. The body unchanged otherwise."""
    forward = find_forward(body.text) if depth < _MAX_DEPTH else None
    if forward is None:
        return [body]
    domain = forward.address.rpartition("@")[2].lower() if "@" in forward.address else ""
    hints = {k: v for k, v in body.hints.items() if k != "sender_domain"}
    # A forwarded wire story keeps its byline's writer and agency, not the sender's name, and
    # drops its closing credits ("(Reporting by …; editing by …)"), as a text file's does:
    # the sender "Continental Press Agency" was its author and its reporter and editor were
    # offered as actors (newcomer21 N21-06).
    text, credits = without_wire_credits(forward.text)
    writer, agency = byline(text)
    article = Extracted(
        text=text,
        format=body.format,
        title=forward.subject or without_forward_prefix(body.title),
        author=writer or forward.author,
        outlet=agency,
        notes=[credit_note(credits)] if credits else [],
        published=forward.published,
        language=body.language,
        hints=hints | ({"sender_domain": domain} if domain else {}),
        warnings=list(body.warnings),
    )
    cover = " ".join(forward.cover.split())
    if len(cover.split()) > cover_words:
        own = Extracted(**{**body.as_dict(), "text": forward.cover})
        own.warnings.append("one of 2 articles in this message (the other forwarded in it)")
        article.warnings.append("forwarded inside a longer message, which is a source too")
        return [own, *unwrap(article, forward.author, cover_words=cover_words, depth=depth + 1)]
    who = forwarder or "the sender"
    article.notes.append(f"Cover note from {who}: {cover}" if cover else f"Forwarded by {who}")
    article.notes.extend(body.notes)
    return unwrap(article, forward.author, cover_words=cover_words, depth=depth + 1)
