"""A mail's signature or list footer after its "-- " line is no part of the article.

A newsletter that forwards an article ends with its own footer ("-- / You are receiving Gulf
Energy Brief because you subscribed. Unsubscribe: …"): kept, it was quoted as the article's and
offered "Gulf Energy Brief" as an organisation. By the mail convention (RFC 3676 §4.3) the
signature follows a line of two dashes and a space; senders and gateways often drop the space,
so a bare "--" counts too, but only near the end (a short block: an article's own "--" dash
line mid-text stays). What is left out is said, as paywall prompts are for web pages.

Outlook writes no "--": its footer follows a rule of underscores, and gateways append a
"CONFIDENTIALITY NOTICE" or "DISCLAIMER" block with no line above it (checker9 C9-16). Such a
block at the end is left out too, and said, when it reads as a notice (confidential, intended
recipient, privileged, disclaimer, unsubscribe); a rule before "From: … Sent: …" is a
forwarded mail's header and stays.
"""

from __future__ import annotations

import re

from briefdesk.sources.extracted import Extracted

_MAX_LINES = 12  # a signature or footer is a few lines; more is more likely text
_MAX_CHARS = 900
_NOTICE_CHARS = 2000  # a legal notice runs longer than a signature
_RULE = re.compile(r"^\s*_{10,}\s*$")  # Outlook's "________________________________"
NOTICE = re.compile(
    r"\b(confidential(ity)?|intended recipient|privileged|disclaimer|unsubscribe|"
    r"legally protected|not the addressee)\b",
    re.I,
)
_NOTICE_START = re.compile(
    r"^\s*(confidentiality (notice|note|statement)|disclaimer|legal notice|privileged"
    r"|this e-?mail (message )?(and any|is|may|contains))",
    re.I,
)


def without_footer(extracted: Extracted) -> Extracted:
    """``extracted`` with the signature or footer after its last "-- " line left out (a
    warning says so); unchanged when there is none or it would leave no text."""
    lines = extracted.text.splitlines()
    for index in range(len(lines) - 1, -1, -1):
        if lines[index].rstrip() != "--":
            continue
        tail = [line for line in lines[index + 1 :] if line.strip()]
        kept = "\n".join(lines[:index]).rstrip()
        if not tail or len(tail) > _MAX_LINES or sum(map(len, tail)) > _MAX_CHARS or not kept:
            break
        return _left_out(extracted, kept, tail, "signature or footer after '--'")
    return _without_notice(extracted, lines)


def _without_notice(extracted: Extracted, lines: list[str]) -> Extracted:
    """``extracted`` less a closing notice after an Outlook rule, or opening with its
    own heading ("CONFIDENTIALITY NOTICE: …"), with a warning; unchanged otherwise."""
    for index in range(len(lines) - 1, max(-1, len(lines) - _MAX_LINES - 2), -1):
        ruled = bool(_RULE.match(lines[index]))
        if not ruled and not _NOTICE_START.match(lines[index]):
            continue
        tail = [line for line in lines[index + (1 if ruled else 0) :] if line.strip()]
        kept = "\n".join(lines[:index]).rstrip()
        body = " ".join(tail)
        if (
            not tail
            or not kept
            or len(body) > _NOTICE_CHARS
            or not NOTICE.search(body)
            or (index > 0 and lines[index - 1].strip() and not ruled)  # mid-paragraph
        ):
            continue
        return _left_out(extracted, kept, tail, "closing notice")
    return extracted


def _left_out(extracted: Extracted, kept: str, tail: list[str], what: str) -> Extracted:
    """``extracted`` cut to ``kept``, with a warning quoting the first line left out."""
    extracted.text = kept
    first = " ".join(tail[0].split())
    shown = first if len(first) <= 60 else first[:57] + "…"
    extracted.warnings.append(
        f"the mail's {what} left out ({len(tail)} line{'s' * (len(tail) > 1)}: “{shown}”)"
    )
    return extracted
