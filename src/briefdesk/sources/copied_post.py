"""A post or thread copied by hand under a note saying where from: the note is metadata.

Why (newcomer14 N14-35): "Copied from X (formerly Twitter), thread by @sanctions_watcher (Karin
Lindqvist, sanctions researcher), 20 Nov 2026" was the source's title, so the export cited the
copy note. The note gives the platform (the outlet), the account and its owner (the author);
the first post's first sentence is the title, as a citation of a post quotes its opening words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefdesk.sources.extracted import Extracted

_PLATFORMS = {
    "x": "X",
    "twitter": "X",
    "telegram": "Telegram",
    "bluesky": "Bluesky",
    "mastodon": "Mastodon",
    "threads": "Threads",
    "facebook": "Facebook",
    "linkedin": "LinkedIn",
}
_NOTE = re.compile(
    r"^\W{0,3}copied from (?P<platform>x|twitter|telegram|bluesky|mastodon|threads|facebook|"
    r"linkedin)\b[^,@]*?,?\s*(?:(?:thread|post|tweet) by\s+)?(?P<handle>@\w{2,30})"
    r"(?:\s*\((?P<owner>[^,()]{2,60})(?:,[^()]*)?\))?",
    re.I,
)
# "🧵 1/6 ", "1/ ", "(1/4) ": a thread's numbering before the first post's words.
_NUMBERING = re.compile(r"^\W*(?:\(?\d{1,2}\s*/\s*\d{0,2}\)?\s*)?")
_SENTENCE = re.compile(r"^(.{12,140}?[.!?])(?:\s|$)")
_MAX_TITLE = 140


@dataclass(frozen=True)
class CopiedPost:
    """What the copy note says, and the title made from the first post."""

    title: str
    author: str
    outlet: str


def copied_post(text: str) -> CopiedPost | None:
    """The copy note's facts when ``text`` opens with one; None otherwise."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2 or (note := _NOTE.match(lines[0])) is None:
        return None
    owner = (note.group("owner") or "").strip()
    handle = note.group("handle")
    author = f"{owner} ({handle})" if owner else handle
    first = _NUMBERING.sub("", lines[1], count=1).strip()
    sentence = _SENTENCE.match(first)
    title = sentence.group(1).removesuffix(".") if sentence else first
    if len(title) > _MAX_TITLE:
        title = title[: _MAX_TITLE - 1].rsplit(" ", 1)[0] + "…"
    return CopiedPost(title, author, _PLATFORMS[note.group("platform").lower()])


def use_copy_note(extracted: Extracted) -> None:
    """Title, author and outlet from a copy note over the text; a title the file gave itself
    (front matter) stays."""
    post = copied_post(extracted.text)
    if post is None:
        return
    note = next(line.strip() for line in extracted.text.splitlines() if line.strip())
    if " ".join(extracted.title.split()) in ("", " ".join(note.split())):
        extracted.title = post.title
        shown = note if len(note) <= 80 else note[:79] + "…"
        extracted.notes.append(f"Title taken from the first post (the copy note: “{shown}”)")
    extracted.author = extracted.author or post.author
    extracted.outlet = extracted.outlet or post.outlet
