"""Which of a mail's own texts is its article, and when that text is an article, not a note.

A newsletter sent as a mail client sends it (newcomer15 N15-01) carried the first paragraph
in its text/plain part and three in its HTML part; the plain part won (it was not short enough
to be a "view in browser" stub), and beside an attachment that one paragraph became a
"Cover note" — the HTML's second story was lost and the mail's own article was no source.
Two tests, both on the words only:

- the plain part is the HTML's text **cut short** when every word of it comes, in order, in
  the HTML's text and the HTML has a sentence-length paragraph more (not a list footer);
- a mail's own text **reads as an article** when it has two or more reporting paragraphs:
  sentence-length, in the third person (no "I", "we", "you"), no greeting, no notice. "FYI -
  two releases attached. / Alex" is a cover note; two paragraphs of news are not.
"""

from __future__ import annotations

import re

from briefdesk.sources.mail_footer import NOTICE

_WORD = re.compile(r"\w+")
_REPORT_WORDS = 12  # a reporting paragraph has at least a sentence's words
_MORE_WORDS = 8  # the HTML must say at least this much more than the plain part
_REPORTS_FOR_ARTICLE = 2
# A paragraph addressed to the reader, or signed by the sender, is the sender's own note.
_PERSONAL = re.compile(
    r"\b(i|i'm|i've|i'd|me|my|we|we've|we're|us|our|you|your|you'll|you're)\b", re.I
)
_GREETING = re.compile(r"^\s*(hi|hello|dear|hey|fyi|thanks|thank you|best|regards|cheers)\b", re.I)


def plain_is_cut(plain: str, html: str) -> bool:
    """True when ``plain`` is ``html``'s text with paragraphs left out (a newsletter whose
    text part carries only its first story), so the HTML part is the richer article."""
    words = _words(plain)
    html_words = _words(html)
    if not words or len(html_words) < len(words) + _MORE_WORDS or not _in_order(words, html_words):
        return False
    said = " ".join(words)
    return any(
        _reports(paragraph) and " ".join(_words(paragraph)) not in said
        for paragraph in _paragraphs(html)
    )


def reads_as_article(text: str) -> bool:
    """True when a mail's own text reports (two sentence-length third-person paragraphs or
    more) rather than covers what is attached."""
    return sum(map(_reports, _paragraphs(text))) >= _REPORTS_FOR_ARTICLE


def reports_anything(text: str) -> bool:
    """True when a text kept as a cover note has a reporting paragraph, so keeping it as a
    note is said rather than done silently."""
    return any(map(_reports, _paragraphs(text)))


def _reports(paragraph: str) -> bool:
    flat = " ".join(paragraph.split())
    return (
        len(_words(flat)) >= _REPORT_WORDS
        and flat[-1:] in '.!?”")'
        and not _PERSONAL.search(flat)
        and not _GREETING.match(flat)
        and not NOTICE.search(flat)
    )


def _paragraphs(text: str) -> list[str]:
    return [block for block in re.split(r"\n\s*\n", text) if block.strip()]


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _in_order(words: list[str], among: list[str]) -> bool:
    """Every word of ``words`` found in ``among`` in the same order (gaps allowed)."""
    remaining = iter(among)
    return all(any(word == other for other in remaining) for word in words)
