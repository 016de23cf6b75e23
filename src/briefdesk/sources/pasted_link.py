"""Pasted text that is only a web address: a link copied instead of the article.

BriefDesk never fetches pages (importing never touches the network), so a pasted link became a
71-character "source" whose title was the URL, inviting a draft (newcomer8 F23). The window
says what to do instead.
"""

from __future__ import annotations

import re

_LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)

LINK_ADVICE = (
    "The clipboard holds a link, not an article: BriefDesk does not fetch pages. Save the page "
    "in your browser (Ctrl+S) and drop the file here, or copy the article's text."
)


def only_a_link(text: str) -> str:
    """The web address when ``text`` is one and nothing else (blank around it), else ""."""
    words = text.split()
    return words[0] if len(words) == 1 and _LINK.fullmatch(words[0]) else ""
