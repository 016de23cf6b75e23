"""Component: the office of a post holder, named by the post's possessive, is one body (round
9): "the Attorney General's Office", "the Comptroller's Department", "Prime Minister's Office
officials". The post alone ("the Attorney General") was read as an office or nothing; with
its possessive and "Office", "Department", "Chambers" or "Bureau" it is the body whole. A
state's or a body's possessive before an office "of" something is read as before ("the
Treasury's Office of Foreign Assets Control", "Britain's Office of Financial Sanctions")."""

from __future__ import annotations

import re

from briefdesk.extract.lexicon import ROLE_HEADS
from briefdesk.extract.resolver import Resolver

_OFFICE = re.compile(
    r"\b((?:[A-Z][\w-]+ ){0,3}([A-Z][\w-]+))['’]s (?:Office|Department|Chambers|Bureau)\b"
    r"(?! of\b)"
)

_CUES = ("'s O", "’s O", "s Department", "s Chambers", "s Bureau")


def title_offices(res: Resolver) -> None:
    text = res.text
    if not any(cue in text for cue in _CUES):
        return  # the cheap test first
    for match in _OFFICE.finditer(text):
        post = match.group(2).lower()
        if post not in ROLE_HEADS and not post.endswith("-general"):
            continue  # "Britain's Office", "Manila's Department": a state's, read as before
        start = match.start(1)
        if text.startswith("The ", start):
            start += 4
        name = text[start : match.end()]
        if res.country_of(name.split()[0]):
            continue
        res.rule = "org.office"
        res.org(name, start, match.end())
        res.claim(start, match.end())
