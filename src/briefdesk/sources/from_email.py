"""E-mail (.eml) and saved web archives (.mht): the article a message carries, as text.

A message can carry its article in several ways, and each is read as the reader sees it:
the body (the alternative that holds the content: a stub "view in browser" text part
beside an HTML part gives the HTML part's main text), a forwarded message attached as
``message/rfc822`` or forwarded inline under a "Forwarded message" block
(:mod:`~briefdesk.sources.inline_forward`; its own From/Date/Subject become
author/published/title; the cover note is kept as a note), or attached article files
(.html, .pdf, .docx, .txt). Several forwarded or attached articles become several sources.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
from collections.abc import Callable
from email.message import EmailMessage, Message
from typing import Any

from briefdesk.sources.decode import decode_labelled
from briefdesk.sources.errors import Refusal
from briefdesk.sources.extracted import Extracted
from briefdesk.sources.from_html import extract_html
from briefdesk.sources.from_text import extract_text
from briefdesk.sources.inline_forward import find_forward, unwrap, with_html_block
from briefdesk.sources.mail_body import plain_is_cut, reads_as_article, reports_anything
from briefdesk.sources.mail_footer import without_footer
from briefdesk.sources.mail_headers import header_text, sender
from briefdesk.sources.mail_payload import part_bytes

# A plain part with fewer words than this share of the HTML part's text is a stub.
_STUB_SHARE = 0.5
# A cover note longer than this (words) is an article of its own, not a note.
_COVER_NOTE_WORDS = 120
_MAX_DEPTH = 5
# More articles than this in one message is a mailing accident or an attack, not a briefing.
_MAX_ARTICLES = 20
_TNEF_TYPES = ("application/ms-tnef", "application/vnd.ms-tnef")
_LIST_SENDER = re.compile(
    r"(newsletters?|news|alerts?|digest|bulletin|briefing|press|media|info|updates?|editors?|"
    r"no-?reply|do-?not-?reply|mailer|list)([._-].*)?$",
    re.I,
)
_ARTICLE_SUFFIXES = (".html", ".htm", ".pdf", ".docx", ".docm", ".txt", ".md", ".eml")

# Reads an attached file's bytes into articles (the worker's extract_bytes, injected to
# avoid an import cycle).
ReadAttachment = Callable[[bytes, str], list[Extracted]]


def extract_email(data: bytes, read_attachment: ReadAttachment | None = None) -> list[Extracted]:
    """Every article in the message: forwarded and attached ones, else the body."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not message.keys():
        raise Refusal("is not an e-mail message (no mail headers found)")
    return _articles(message, read_attachment, depth=0)


def _articles(
    message: EmailMessage, read_attachment: ReadAttachment | None, depth: int
) -> list[Extracted]:
    if depth > _MAX_DEPTH:
        raise Refusal("forwards messages nested too deeply to read")
    warnings: list[str] = []
    inner: list[Extracted] = []
    skipped = 0
    for part in [] if _is_web_archive(message) else _attachments(message):
        if len(inner) >= _MAX_ARTICLES:
            skipped += 1
            continue
        inner.extend(_read_attachment(part, read_attachment, depth, warnings))
    if skipped:
        warnings.append(f"{skipped} more attachment(s) not read: at most {_MAX_ARTICLES} articles")
    for extracted in inner:
        _came_by_mail(message, extracted)
    body = _body(message, warnings, required=not inner)
    if not inner:
        assert body is not None
        body.warnings.extend(warnings)
        if body.format != "email":  # a saved web page holds no forward
            return [body]
        forwarder = header_text(message, "From", [])  # (its problems said once, by _body)
        found = unwrap(body, forwarder, cover_words=_COVER_NOTE_WORDS)
        return [without_footer(article) for article in found]  # "-- / Unsubscribe: …"
    if body is not None and body.format == "email" and find_forward(body.text) is not None:
        return _forward_and_attached(message, body, inner, warnings)
    cover = body.text.strip() if body is not None else ""
    # The mail's own article is a source of its own, shown first (N15-01): long, or two
    # reporting paragraphs; a short note about the attachments stays a note on them.
    keep_body = body is not None and (
        len(cover.split()) > _COVER_NOTE_WORDS or reads_as_article(cover)
    )
    note = ""
    if cover and not keep_body:
        who = header_text(message, "From", []) or "the sender"  # (said once, by _body)
        note = f"Cover note from {who}: {' '.join(cover.split())}"
        if reports_anything(cover):  # never reduced to a note silently
            warnings.append(
                f"the mail's own text ({len(cover.split())} words) kept as a cover note on its "
                "attachment, not as a source: paste it as a source if it is an article"
            )
    found = ([body] if keep_body and body is not None else []) + inner
    for extracted in found:
        extracted.warnings.extend(warnings)
        if note:
            extracted.notes.append(note)
        if len(found) > 1:
            extracted.warnings.append(f"one of {len(found)} articles in this message")
    return found


def _forward_and_attached(
    message: EmailMessage, body: Extracted, inner: list[Extracted], warnings: list[str]
) -> list[Extracted]:
    """A body forwarding an article inline beside attached files (Thunderbird's "Forward
    inline" with a PDF attached, newcomer13 N13-08): the forwarded article is cited by its own
    Subject, Date and From, like the attachments, and the cover note is a note on each — the
    body used to be kept whole as "Fwd: …" by the colleague who forwarded it."""
    forwarder = header_text(message, "From", [])  # (its problems said once, by _body)
    forwarded = [
        without_footer(a) for a in unwrap(body, forwarder, cover_words=_COVER_NOTE_WORDS)
    ]
    cover_notes = [n for n in forwarded[-1].notes if n.startswith("Cover note from ")]
    found = forwarded + inner
    for extracted in found:
        extracted.warnings.extend(warnings)
        if extracted in inner:
            extracted.notes.extend(cover_notes)
        extracted.warnings.append(f"one of {len(found)} articles in this message")
    return found


def _came_by_mail(message: EmailMessage, extracted: Extracted) -> None:
    """An attached file's article says which mail brought it, and one with no outlet of its
    own is cited as sent by the mail's sender (newcomer15 N15-34: the export named neither)."""
    if "attachment" not in extracted.hints or "attached_to" in extracted.hints:
        return
    name, address = sender(message, [])
    who = name or address
    # A publisher's list address ("newsletter@", "alerts@") sends as the outlet; a colleague
    # forwarding a file is no outlet.
    listed = _LIST_SENDER.match(address.partition("@")[0]) is not None
    outlet = header_text(message, "Organization", []) or (name if listed else "")
    subject = header_text(message, "Subject", [])
    extracted.hints["attached_to"] = subject
    if outlet and not extracted.outlet:
        extracted.outlet = outlet
    sent = _date(_header(message, "Date"))
    said = f"Attached to the mail “{subject}”" if subject else "Attached to a mail"
    extracted.notes.append(
        said + (f" from {who}" if who else "") + (f", {sent.isoformat()}" if sent else "")
    )


def _attachments(message: EmailMessage) -> list[EmailMessage]:
    """Parts that are attached or forwarded files, not the body."""
    if not message.is_multipart():
        return []
    found = []
    for part in message.iter_attachments():
        if isinstance(part, EmailMessage):
            found.append(part)
    return found


def _read_attachment(
    part: EmailMessage, read_attachment: ReadAttachment | None, depth: int, warnings: list[str]
) -> list[Extracted]:
    ctype = part.get_content_type()
    filename = (part.get_filename() or "").strip()
    if ctype == "message/rfc822":
        payload = part.get_payload()
        forwarded = payload[0] if isinstance(payload, list) and payload else None
        if not isinstance(forwarded, EmailMessage):
            warnings.append("a forwarded message could not be read")
            return []
        return _articles(forwarded, read_attachment, depth + 1)
    if ctype in _TNEF_TYPES or filename.lower() == "winmail.dat":
        warnings.append(
            "winmail.dat (Outlook rich-text attachment) not imported; ask the sender to "
            "send the message as HTML or plain text"
        )
        return []
    if read_attachment is None or not filename.lower().endswith(_ARTICLE_SUFFIXES):
        if filename and part.get_content_maintype() != "image":
            warnings.append(f"attachment {filename} not imported")
        return []
    suffix = "." + filename.rpartition(".")[2].lower()
    try:
        data = part_bytes(part, "it", warnings)
        if not isinstance(data, bytes) or not data.strip():
            return []
        found = read_attachment(data, suffix)
    except Refusal as exc:
        reason = exc.reason if exc.reason.startswith("it ") else f"it {exc.reason}"
        warnings.append(f"attachment {filename} not imported: {reason}")
        return []
    for extracted in found:
        extracted.hints.setdefault("attachment", filename)
    return found


def _body(message: EmailMessage, warnings: list[str], *, required: bool) -> Extracted | None:
    is_web_archive = _is_web_archive(message)
    sender_name, sender_address = sender(message, warnings)
    domain = sender_address.rpartition("@")[2].lower() if "@" in sender_address else ""
    hints = {"sender_domain": domain} if domain else {}
    extracted = _content(message, hints, warnings, prefer_html=is_web_archive)
    if extracted is None:
        if required:
            if any(w.startswith("winmail.dat") for w in warnings):
                raise Refusal(
                    "holds its text only in winmail.dat (Outlook rich text), which BriefDesk "
                    "cannot read; ask the sender to send it as HTML or plain text"
                )
            raise Refusal("has no text or HTML body (only attachments?)")
        return None
    extracted.format = "mhtml" if is_web_archive else "email"
    if is_web_archive:
        extracted.url = extracted.url or _header(message, "Snapshot-Content-Location")
        extracted.title = extracted.title or header_text(message, "Subject", warnings)
        return extracted
    extracted.title = header_text(message, "Subject", warnings) or extracted.title
    byline = extracted.hints.get("byline", "")
    extracted.author = byline or sender_name or sender_address or extracted.author
    extracted.outlet = header_text(message, "Organization", warnings) or extracted.outlet
    extracted.published = _date(_header(message, "Date")) or extracted.published
    extracted.language = (
        _header(message, "Content-Language").split(",")[0].strip() or extracted.language
    )
    return extracted


def _is_web_archive(message: EmailMessage) -> bool:
    return bool(_header(message, "Snapshot-Content-Location")) or (
        message.get_content_type() == "multipart/related" and not _header(message, "From")
    )


def _content(
    message: EmailMessage, hints: dict[str, str], warnings: list[str], *, prefer_html: bool
) -> Extracted | None:
    """The body alternative that holds the content, read into text."""
    plain = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    plain_text = _part_text(plain, warnings) if plain is not None else ""
    html_doc: Extracted | None = None
    if html is not None:
        markup = _part_text(html, warnings)
        if markup.strip():
            try:
                html_doc = extract_html(markup, hints=hints)
            except Refusal:
                html_doc = None
    if html_doc is not None and (
        prefer_html
        or len(plain_text.split()) < _STUB_SHARE * len(html_doc.text.split())
        or plain_is_cut(plain_text, html_doc.text)  # the text part has the first story only
    ):
        if not prefer_html:  # a forward block the main-text reader dropped, put back
            html_doc.text = with_html_block(html_doc.text, markup)
        return html_doc
    if plain_text.strip():
        # a wire story mailed as plain text keeps its byline and credit line as the .txt does
        # (round 24, newcomer24 N24-17): the text's byline, not the list's sender, wrote it
        found = extract_text(plain_text)
        found.format, found.hints, found.title = "email", dict(hints), ""
        if found.author:
            found.hints["byline"] = found.author
        return found
    return html_doc


def _part_text(part: Message, warnings: list[str]) -> str:
    """A text part's content, decoded by our rules (WHATWG labels, UTF-8 wins)."""
    where = f"the {part.get_content_type()} part"
    try:
        data = part_bytes(part, where, warnings)
    except Refusal as exc:
        raise Refusal(f"{exc.reason}: nothing imported") from exc
    if isinstance(data, str):
        return data
    if not isinstance(data, bytes):
        return ""
    label = part.get_content_charset()
    return decode_labelled(data, label, where, warnings)


def _header(message: Message, name: str) -> str:
    """A header as one clean line; malformed headers give ``""`` instead of an exception."""
    try:
        value: Any = message.get(name)
    except (ValueError, IndexError, TypeError, LookupError):
        return ""
    return " ".join(str(value).split()) if value is not None else ""


def _date(value: str) -> Any:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
