"""How much text a web page shows, before and after the main-text extraction.

Two questions trafilatura cannot answer for us (newcomer21 N21-11, N21-12):

- Is the page over the size limit? Asked before the extraction, from the parsed tree (well
  under a second for 7 MB), so an over-limit page is refused at once instead of after a
  full extraction that can take 40 s; and so a page of one paragraph repeated 60,000 times
  meets the limit at all: the extractor keeps one copy of a run of identical paragraphs,
  and such a page came out as 111 characters with no word said.
- Did the extraction leave out copies of a paragraph the page repeats? Then the source says
  so and how much, since a silently shorter text reads as the whole page.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

# Text in these is never shown on the page.
_UNSEEN = frozenset({"script", "style", "noscript", "template", "head", "title"})
# The blocks a paragraph is read from; only the innermost count (a <li> holding <p>s is not
# one more paragraph).
_BLOCKS = frozenset(
    {"p", "li", "pre", "blockquote", "dd", "td", "h1", "h2", "h3", "h4", "h5", "h6"}
)
# trafilatura folds only "substantial" repeats (50 characters and more); a short repeated
# line ("Share", "Read more") is menu furniture, not text that was lost.
MIN_REPEATED_CHARS = 50
_MOST_CHECKED = 200  # distinct repeated paragraphs looked up in the kept text


def visible_chars(tree: Any) -> int:
    """The characters of text a page shows (outside scripts, styles and the head),
    whitespace runs not counted: a floor for what an extraction of all of it would hold."""
    total = 0
    for node in tree.iter():
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag.lower() not in _UNSEEN and tag and node.text:
            total += _chars(node.text)
        if node.tail:
            total += _chars(node.tail)
    return total


def _chars(text: str) -> int:
    words = text.split()
    return sum(map(len, words)) + max(len(words) - 1, 0)


def repeated_paragraphs(tree: Any) -> Counter[str]:
    """The page's paragraphs of 50 characters or more that occur more than once, with
    their counts (whitespace folded)."""
    counts: Counter[str] = Counter()
    for node in tree.iter(*_BLOCKS):
        if any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in node.iterdescendants()):
            continue
        text = " ".join(node.text_content().split())
        if len(text) >= MIN_REPEATED_CHARS:
            counts[text] += 1
    return Counter({text: n for text, n in counts.items() if n > 1})


def left_out_note(repeats: Counter[str], kept_text: str) -> str:
    """A warning when the kept text holds fewer copies of a repeated paragraph than the
    page does, though it kept at least one (a paragraph kept nowhere is boilerplate the
    extractor dropped on purpose, like a newsletter box shown twice); else ""."""
    if not repeats:
        return ""
    kept = " ".join(kept_text.split())
    copies = chars = paragraphs = 0
    for text, count in repeats.most_common(_MOST_CHECKED):
        found = kept.count(text)
        if 0 < found < count:
            paragraphs += 1
            copies += count - found
            chars += (count - found) * len(text)
    if not copies:
        return ""
    which = "a paragraph" if paragraphs == 1 else f"{paragraphs:,} paragraphs"
    more = "copy" if copies == 1 else "copies"
    return (
        f"repeated text left out: {copies:,} more {more} of {which} that the page repeats "
        f"({chars:,} characters) are not in the source"
    )
