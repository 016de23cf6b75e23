"""First person sides in an interview whose turns are labelled with names or initials.

Round 13 (issue 10). Interviews and transcripts label each turn with the outlet's initials or
the speaker's name rather than "Q:" and "A:":

    KER: Is other money attached to the programme?
    Bhandari-Thapa: The Asian Development Bank signed a US$100 million loan with us last week.

The interviewer's label is the one whose turns ask (end with "?"); every other label answers.
"we" that signs, orders, buys or sells, and "us" after "with", "for", "to" or an awarding verb,
in an answer, is the body the answering person speaks for: the organisation or state the person
is affiliated with (the person is found by the label's last word), else the person's country's
state. Nothing changes without at least two questions and two answers by other labels, or when
the speaker's body is unknown.
"""

from __future__ import annotations

from collections import Counter

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import Found

Mention = tuple[int, int, str]

_TURN = re.compile(r"[ \t]*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*:[ \t]")
# "We signed …" / "we have ordered …": the first person acting in a deal, read by every reader
# of "we" (deal_we's answers and announcements, deal_turns' labelled transcripts, this module).
_WE_ACT = (
    r"[Ww]e\s+(?:have\s+|had\s+|will\s+|just\s+|also\s+|finally\s+|then\s+|now\s+)?"
    r"(?:signed|sign|ordered|order|bought|buy|agreed|sold|sell|awarded|purchased|placed|"
    r"inked|chose|selected|contracted|borrowed|received)"
)
WE_ACTS = re.compile(rf"\b{_WE_ACT}\b")
_ACTS = re.compile(
    rf"\b(?:{_WE_ACT}|(?:with|for|to)\s+us|(?:awarded|gave|granted|lent|offered|sold)\s+us)\b"
)


def _turns(text: str) -> list[tuple[int, str, bool]]:
    """(start, label, asks) of each labelled turn: asks when its text ends with "?". Read line
    by line with an anchored match (a whole-text multiline scan tried every position)."""
    starts: list[tuple[int, int, str]] = []
    offset = 0
    for line in text.split("\n"):
        match = _TURN.match(line) if line[:1].isupper() or line[:1] in " \t" else None
        if match:
            starts.append((offset, offset + match.end(), match.group(1).lower()))
        offset += len(line) + 1
    turns = []
    for i, (start, body_start, label) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        turns.append((start, label, text[body_start:end].rstrip().endswith("?")))
    return turns


def _body_of(found: Found, label: str) -> str:
    """The key of the body a speaker labelled ``label`` speaks for ("" if unknown)."""
    last = label.split()[-1]
    for person in found.actors.values():
        if person.type != "person" or person.name.lower().split()[-1] != last:
            continue
        for other_key, actor in found.actors.items():
            if (
                person.affiliation
                and actor.name == person.affiliation
                and actor.type
                in (
                    "organization",
                    "state",
                )
            ):
                return other_key
        country = person.country
        states = [k for k, a in found.actors.items() if a.type == "state" and a.country == country]
        return states[0] if country and len(states) == 1 else ""
    return ""


def labelled_turns(text: str, found: Found, mentions: list[Mention]) -> list[Mention]:
    """The mentions with one added for each "we" or "us" that acts in a labelled answer."""
    turns = _turns(text) if text.count("?") >= 2 else []  # (an interview asks)
    asking = Counter(label for _, label, asks in turns if asks)
    if len(turns) < 4 or not asking:
        return mentions
    interviewer = asking.most_common(1)[0][0]
    answers = [t for t in turns if t[1] != interviewer]
    if len(answers) < 2 or len(turns) - len(answers) < 2:
        return mentions
    bodies = {label: _body_of(found, label) for label in {label for _, label, _ in answers}}
    added = []
    for match in _ACTS.finditer(text):
        turn = max((t for t in turns if t[0] < match.start()), default=None)
        body = bodies.get(turn[1], "") if turn else ""
        if body:
            start = match.end() - 2 if match.group().endswith("us") else match.start()
            added.append((start, start + 2, body))
    return sorted(mentions + added) if added else mentions
