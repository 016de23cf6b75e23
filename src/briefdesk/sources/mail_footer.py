"""A mail's signature or list footer after its "-- " line is no part of the article.

A newsletter that forwards an article ends with its own footer ("-- / You are receiving Gulf
Energy Brief because you subscribed. Unsubscribe: …"): kept, it was quoted as the article's and
offered "Gulf Energy Brief" as an organisation. By the mail convention (RFC 3676 §4.3) the
signature follows a line of two dashes and a space; senders and gateways often drop the space,
so a bare "--" counts too, but only near the end (a short block: an article's own "--" dash
line mid-text stays). What is left out is said, as paywall prompts are for web pages.
"""

from __future__ import annotations

from briefdesk.sources.extracted import Extracted

_MAX_LINES = 12  # a signature or footer is a few lines; more is more likely text
_MAX_CHARS = 900


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
            return extracted
        extracted.text = kept
        first = " ".join(tail[0].split())
        shown = first if len(first) <= 60 else first[:57] + "…"
        extracted.warnings.append(
            f"the mail's signature or footer after '--' left out ({len(tail)} line"
            f"{'s' * (len(tail) > 1)}: “{shown}”)"
        )
        return extracted
    return extracted
