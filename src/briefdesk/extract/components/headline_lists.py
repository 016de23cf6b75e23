"""Component: a list of other stories' headlines names nothing of this story (round 9):
"Most Read from Bloomberg / - Oil Slides as OPEC+ Weighs Bigger Output Increase", "Read More:
Angola's Kwanza Slides to Record Low", "• Samsung Heir Plans Sale of Insurance Stake". A line
led by a bullet or a "Read more:" label, written in Title Case, with a headline verb in Title
Case after its first word ("Slides", "Holds", "Wins"), is settled whole: its runs of capitals
are no organisations ("Kwanza Slides", "Pakistan Central Bank Holds Rate"); a state named in
it is still a state of the text (the gold lists it). A bullet line of
prose ("- The Ministry signed on Monday") has lower-case words and stays."""

from __future__ import annotations

import re

from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import strip_possessive
from briefdesk.extract.words import word_list

_VERBS = word_list("headline_verbs")
_LINE = re.compile(r"(?m)^[ \t]*(?:[-•>–·*][ \t]+|Read [Mm]ore:[ \t]+|Related:[ \t]+)(.{12,160})$")
_WORD = re.compile(r"[A-Z][\w'’-]*")
_SMALL = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}
)


def headline_lists(res: Resolver) -> None:
    text = res.text
    if not any(cue in text for cue in ("\n- ", "\n• ", "\n> ", "\n– ", "Read More:", "Related:")):
        return  # the cheap test first: most texts carry no list of headlines
    for line in _LINE.finditer(text):
        words = line.group(1).split()
        if len(words) < 3:
            continue
        if any(w[:1].islower() and w not in _SMALL for w in words):
            continue  # prose, not a headline in Title Case
        if not any(w.lower() in _VERBS and w[:1].isupper() for w in words[1:]):
            continue
        res.claim(line.start(1), line.end(1))
        for word in _WORD.finditer(line.group(1)):  # "Nigeria's Largest Refinery Starts ..."
            state = strip_possessive(word.group())
            code = res.country_of(state)
            if code:
                start = line.start(1) + word.start()
                res.rule = "state.name"
                res.state(code, state, start, start + len(state))
