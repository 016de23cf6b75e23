"""First person sides inside a labelled speaker's turn: "X: We signed a loan with Y" (round 13).

Inside a turn, "we" that signs, orders, buys, sells or borrows, and "us" that is lent, awarded
or sold to, is the speaker's side: the body the speaker speaks for, else the speaker's state.
Two layouts label turns, and each has its own way to tell who speaks:

- an interview labelled with names or initials ("KER: Is other money attached?" /
  "Bhandari-Thapa: The ADB signed a US$100 million loan with us."): the interviewer's label is
  the one whose turns ask (end with "?"), and an answering label names its person by the
  label's last word (``interview_turns``; ``deal_we`` reads it before a release's own voice);
- a transcript whose labels the speaker-labels component filed as the person's mention
  ("ANCHOR (X):", "MINISTER X:", "X — Chief Financial Officer:"; ``transcript_turns``, after
  every other reader of "we"); a minister with no body speaks for the one state named before
  the first turn, anyone else for the one body of the heading line.

- a quotation in news copy, its speaker named in the attribution after or before it
  ('"We will buy 20 howitzers from Korea," said Defence Minister X', 'X said: "We signed ..."';
  ``quoted_turns``, round 14): the side is the speaker's body, else the speaker's state.

A "Q:"/"A:" interview keeps its own reader (``deal_we``). A turn whose speaker has no body or
state adds nothing.
"""

from __future__ import annotations

from collections import Counter

from briefdesk.extract import rx as re
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.resolver import Found
from briefdesk.extract.turn_labels import line_labels
from briefdesk.extract.words import word_list

Mention = tuple[int, int, str]

# "We signed …" / "we have (also) ordered …": the first person acting in a deal, read by each reader
# of "we" (deal_we's answers and announcements, and both turn readers here).
_WE_ACT = (
    r"[Ww]e\s+(?:(?:have|had|will|just|also|finally|then|now)\s+){0,2}"
    r"(?:signed|sign|ordered|order|bought|buy|agreed|sold|sell|awarded|purchased|placed|"
    r"inked|chose|selected|contracted|borrowed|received)"
)
WE_ACTS = re.compile(rf"\b{_WE_ACT}\b")
# "us" as a side: in an interview after with/for/to or a giving verb ("signed a loan with us");
# in a transcript after a giving verb, "to" or "from" ("A group of banks lent us ...", "X has
# ordered two boats from us": round 23, fresh-20 Y08).
_INTERVIEW_ACTS = lazy(
    rf"\b(?:{_WE_ACT}|(?:with|for|to)\s+us|(?:awarded|gave|granted|lent|offered|sold)\s+us)\b"
)
_TRANSCRIPT_US = re.compile(r"\b(?:lent|loaned|granted|gave|sold|awarded|to|from)\s+us\b")

_INTERVIEW_LABEL = re.compile(r"[ \t]*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*:[ \t]")
_STATE_POSTS = word_list("state_posts")  # a minister speaks for a state
_OUTLET_WORDS = word_list("outlet_words")  # "ORBIT ASIA QUARTERLY - INTERVIEW": the outlet
_INTERVIEW_BODIES = ("organization", "state")


def _affiliated(found: Found, affiliation: str, types: tuple[str, ...] = ()) -> str:
    """The key of the first actor named ``affiliation`` that is a body (of ``types``, when
    given), "" when none is."""
    if affiliation:
        for key, actor in found.actors.items():
            if actor.name == affiliation and (
                actor.type in types if types else actor.type != "person"
            ):
                return key
    return ""


# --- interviews labelled with names or initials ------------------------------------------------
def _interview_labels(text: str) -> list[tuple[int, str, bool]]:
    """(start, label, asks) of each labelled turn: asks when its text ends with "?". Read line
    by line with an anchored match (a whole-text multiline scan tried every position)."""
    starts: list[tuple[int, int, str]] = []
    offset = 0
    for line in text.split("\n"):
        match = _INTERVIEW_LABEL.match(line) if line[:1].isupper() or line[:1] in " \t" else None
        if match:
            starts.append((offset, offset + match.end(), match.group(1).lower()))
        offset += len(line) + 1
    turns = []
    for i, (start, body_start, label) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        turns.append((start, label, text[body_start:end].rstrip().endswith("?")))
    return turns


def _answerer_side(found: Found, label: str) -> str:
    """The key of the body an answerer labelled ``label`` speaks for ("" if unknown): the
    affiliation of the person the label's last word names, else that person's country's one
    state."""
    last = label.split()[-1]
    for person in found.actors.values():
        if person.type != "person" or person.name.lower().split()[-1] != last:
            continue
        body = _affiliated(found, person.affiliation, _INTERVIEW_BODIES)
        if body:
            return body
        country = person.country
        states = [k for k, a in found.actors.items() if a.type == "state" and a.country == country]
        return states[0] if country and len(states) == 1 else ""
    return ""


def interview_turns(text: str, found: Found, mentions: list[Mention]) -> list[Mention]:
    """The mentions with one added for each "we" or "us" that acts in an interview's answer."""
    turns = _interview_labels(text) if text.count("?") >= 2 else []  # (an interview asks)
    asking = Counter(label for _, label, asks in turns if asks)
    if len(turns) < 4 or not asking:
        return mentions
    interviewer = asking.most_common(1)[0][0]
    answers = [t for t in turns if t[1] != interviewer]
    if len(answers) < 2 or len(turns) - len(answers) < 2:
        return mentions
    sides = {label: _answerer_side(found, label) for label in {label for _, label, _ in answers}}
    added = []
    for match in _INTERVIEW_ACTS.finditer(text):
        turn = max((t for t in turns if t[0] < match.start()), default=None)
        side = sides.get(turn[1], "") if turn else ""
        if side:
            start = match.end() - 2 if match.group().endswith("us") else match.start()
            added.append((start, start + 2, side))
    return sorted(mentions + added) if added else mentions


# --- transcripts whose labels are the speakers' mentions ---------------------------------------
def _speaker_side(
    found: Found, mentions: list[Mention], key: str, turn: int, heading_end: int
) -> str:
    """The key of the speaker's body (or state), "" when none is known. Without one, a
    minister speaks for the one state named before the speaker's first turn, and anyone else
    for the one body the transcript's heading line names (an earnings call's company; never
    an outlet's masthead)."""
    person = found.actors[key]
    body = _affiliated(found, person.affiliation)
    if body:
        return body
    state = f"state:{person.country}" if person.country else ""
    if state in found.actors:
        return state
    if any(w in _STATE_POSTS for w in person.role.lower().split()):
        before = {k for s, _e, k in mentions if s < turn and found.actors[k].type == "state"}
        return before.pop() if len(before) == 1 else ""
    heading = {k for s, _e, k in mentions if s < heading_end}
    bodies = {k for k in heading if found.actors[k].type == "organization"}
    bodies = {k for k in bodies if not _OUTLET_WORDS & set(found.actors[k].name.lower().split())}
    return bodies.pop() if len(bodies) == 1 else ""


def transcript_turns(text: str, found: Found, mentions: list[Mention]) -> list[Mention]:
    """The mentions with one added for each "we" or "us" that acts in a labelled speaker's
    turn that no earlier reader of "we" took."""
    lowered = text.lower()
    if ("we " not in lowered and " us" not in lowered) or ":" not in text:
        return mentions
    turns = [m.start() for m in line_labels(text)]
    if len(turns) < 3:
        return mentions
    speakers = {}
    for start, _end, key in mentions:
        if found.actors[key].type != "person":
            continue
        line = text.rfind("\n", 0, start) + 1
        if line in speakers or text.find(":", start) > text.find("\n", start) >= 0:
            continue  # a mention after the colon is no label
        if line in turns and not text[line:start].count(":"):
            speakers[line] = key
    taken = {start for start, _end, _key in mentions}
    heading_end = text.find("\n", len(text) - len(text.lstrip()))
    added = []
    acts = [(m.start(), m.start() + 2) for m in WE_ACTS.finditer(text)]
    acts += [(m.end() - 2, m.end()) for m in _TRANSCRIPT_US.finditer(text)]
    for start, end in sorted(acts):
        if start in taken:
            continue  # (the question-and-answer or the interview reader read it)
        line = max((t for t in turns if t <= start), default=-1)
        if line not in speakers:
            continue
        first = min(t for t, k in speakers.items() if k == speakers[line])
        side = _speaker_side(found, mentions, speakers[line], first, heading_end)
        if side:
            added.append((start, end, side))
    return sorted(mentions + added) if added else mentions


# --- quotations in news copy, with their attribution ---------------------------------------------
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{8,600})[\"”]")
_SPEECH = re.compile(r"\b(?:said|says|told|added|declared|stressed|insisted|explained)\b")
_ATTRIBUTION = 120  # characters of an attribution around the quotation
_FIRST_PERSON = re.compile(r"[\"“][^\"“”\n]{0,600}?\b(?:[Ww]e|us)\b")  # a quotation that says "we"


def _quote_speaker(text: str, found: Found, mentions: list[Mention], start: int, end: int) -> str:
    """The key of the person the attribution names: after the closing mark up to the full
    stop ('," said Minister X.'), else before the opening mark ('X said: "')."""
    after_end = min(len(text), end + _ATTRIBUTION)
    stop = text.find(".", end, after_end)
    after = (end, stop if stop >= 0 else after_end)
    before_start = max(
        text.rfind(".", max(0, start - _ATTRIBUTION), start) + 1, text.rfind("\n", 0, start) + 1
    )
    for lo, hi in (after, (before_start, start)):
        if not _SPEECH.search(text, lo, hi):
            continue
        people = [
            k for s, e, k in mentions if lo <= s and e <= hi and found.actors[k].type == "person"
        ]
        if people:
            return people[0] if lo == end else people[-1]
    return ""


def quoted_turns(text: str, found: Found, mentions: list[Mention]) -> list[Mention]:
    """The mentions with one added for each "we" or "us" that acts inside a quotation whose
    attribution names its speaker."""
    if not ("we " in text or "We " in text or " us" in text) or not ('"' in text or "“" in text):
        return mentions
    if not _FIRST_PERSON.search(text):
        return mentions
    taken = {start for start, _end, _key in mentions}
    added = []
    for quote in _QUOTED.finditer(text):
        inside = quote.group(1)
        acts = [(m.start(), m.start() + 2) for m in WE_ACTS.finditer(inside)]
        acts += [(m.end() - 2, m.end()) for m in _TRANSCRIPT_US.finditer(inside)]
        if not acts:
            continue
        speaker = _quote_speaker(text, found, mentions, quote.start(), quote.end())
        person = found.actors[speaker] if speaker else None
        if person is None:
            continue
        side = _affiliated(found, person.affiliation)
        if not side and f"state:{person.country}" in found.actors:
            side = f"state:{person.country}"
        for start, end in acts:
            at = quote.start(1) + start
            if side and at not in taken:
                added.append((at, quote.start(1) + end, side))
    return sorted(mentions + added) if added else mentions
