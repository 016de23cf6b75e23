"""E-mail (.eml) and saved web archives (.mht): the body as text, headers as metadata.

Only the message body is imported: the plain-text part when there is one, else the HTML
part through the same extractor as web pages. Attachments are not read.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
from email.message import EmailMessage
from typing import Any

from briefdesk.sources.errors import Refusal
from briefdesk.sources.extracted import Extracted
from briefdesk.sources.from_html import extract_html


def extract_email(data: bytes) -> Extracted:
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not message.keys():
        raise Refusal("is not an e-mail message (no mail headers found)")
    is_web_archive = bool(_header(message, "Snapshot-Content-Location")) or (
        message.get_content_type() == "multipart/related" and not _header(message, "From")
    )
    preference = ("html", "plain") if is_web_archive else ("plain", "html")
    body = message.get_body(preferencelist=preference)
    if body is None:
        raise Refusal("has no text or HTML body (only attachments?)")
    try:
        content = body.get_content()
    except (LookupError, ValueError, AssertionError) as exc:
        # Say which charset, never the codec machinery's own words ("use codecs.decode()…").
        charset = body.get_content_charset() or "unknown"
        raise Refusal(f"has a body in a text encoding that cannot be read ({charset!r})") from exc
    if isinstance(content, bytes):
        content = content.decode("utf-8", errors="replace")

    sender_name, sender_address = email.utils.parseaddr(_header(message, "From"))
    domain = sender_address.rpartition("@")[2].lower() if "@" in sender_address else ""
    hints = {"sender_domain": domain} if domain else {}
    if body.get_content_type() == "text/html":
        extracted = extract_html(content, hints=hints)
    else:
        extracted = Extracted(text=content, format="email", hints=hints)
    extracted.format = "mhtml" if is_web_archive else "email"
    if is_web_archive:
        extracted.url = extracted.url or _header(message, "Snapshot-Content-Location")
        extracted.title = extracted.title or _header(message, "Subject")
        return extracted
    extracted.title = _header(message, "Subject") or extracted.title
    extracted.author = sender_name or sender_address or extracted.author
    extracted.outlet = _header(message, "Organization") or extracted.outlet
    extracted.published = _date(_header(message, "Date")) or extracted.published
    extracted.language = (
        _header(message, "Content-Language").split(",")[0].strip() or extracted.language
    )
    return extracted


def _header(message: EmailMessage, name: str) -> str:
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
