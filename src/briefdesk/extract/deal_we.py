"""First person sides in interviews: "A: We signed it on 14 January with Bharat Grid Trading".

In a question-and-answer interview, "we" in an answer is the interviewee's organisation: the
one the person who answers is said to lead or work for in the introduction ("Nepal Electricity
Authority (NEA) managing director R. K. Shrestha spoke to ...", or the person's own
affiliation). Each "we" that signs, orders, buys or sells becomes a mention of it, so the deal
rules read it as the name. Outside Q/A text, and when no organisation is known, nothing changes.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_turns import WE_ACTS, interview_turns
from briefdesk.extract.resolver import Found
from briefdesk.extract.turn_labels import line_labels

_ANSWER = re.compile(r"^\s*A\s*[:.]\s", re.MULTILINE)
_QUESTION = re.compile(r"^\s*Q\s*[:.]\s", re.MULTILINE)
_BEFORE = 48  # characters between an organisation and the interviewee's name it introduces


def _interviewee_org(
    text: str, found: Found, mentions: list[tuple[int, int, str]], end: int
) -> str:
    """The key of the interviewee's organisation, told before the first question ("" if none)."""
    for start, _, key in mentions:
        if start >= end:
            break
        person = found.actors[key]
        if person.type != "person":
            continue
        if person.affiliation:
            named = [k for k, a in found.actors.items() if a.name == person.affiliation]
            if named and found.actors[named[0]].type == "organization":
                return named[0]
        orgs = [
            k
            for s, e, k in mentions
            if e <= start
            and start - e <= _BEFORE
            and found.actors[k].type == "organization"
            and "\n" not in text[e:start]
        ]
        return orgs[-1] if orgs else ""
    return ""


def first_person_mentions(
    text: str, found: Found, mentions: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The mentions with one added for each "we" that acts in an interview's answers (Q/A, or
    turns labelled with names: ``deal_turns.interview_turns``), or in the company's own voice
    in its announcement (``release_we``)."""
    if "we" not in text.lower():
        return mentions
    if not (_ANSWER.search(text) and _QUESTION.search(text)):
        turned = interview_turns(text, found, mentions)  # "KER: ...?" / "Penjor: We signed"
        return turned if turned is not mentions else release_we(text, found, mentions)
    first_question = _QUESTION.search(text)
    assert first_question is not None
    org = _interviewee_org(text, found, mentions, first_question.start())
    if not org:
        return mentions
    answers = [m.start() for m in _ANSWER.finditer(text)]
    questions = [m.start() for m in _QUESTION.finditer(text)]
    added = []
    for match in WE_ACTS.finditer(text):
        last_answer = max((a for a in answers if a < match.start()), default=-1)
        last_question = max((q for q in questions if q < match.start()), default=-1)
        if last_answer > last_question:
            added.append((match.start(), match.start() + 2, org))
    return sorted(mentions + added) if added else mentions


# The issuer of an announcement: the organisation that "today announced", "is pleased to
# announce", "announces" (within a few words of its name).
_ANNOUNCES = re.compile(
    r"[^\n]{0,80}?(?:today\s+)?(?:announced|announces|is\s+pleased\s+to\s+announce|"
    r"has\s+announced)\b"
)
_QUOTES = '"“”'
_TRANSCRIPT_TURNS = 3  # labelled turns that make a text a transcript (as ``transcript_turns``)


def release_we(
    text: str, found: Found, mentions: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A company announcement speaks as "we" outside quotes ("In a separate transaction, we have
    agreed to sell our repair business to X"): each such "we" that acts is the issuer, the
    first organisation said to announce the news. A "we" inside a quotation is its speaker's."""
    if "announc" not in text:
        return mentions
    if len(line_labels(text)) >= _TRANSCRIPT_TURNS:
        return mentions  # a transcript's "we" is its speaker's (``transcript_turns``), and
        # "until the Navy announces a result" in a turn names no issuer (round 16)
    issuer = ""
    for _start, end, key in mentions:
        if found.actors[key].type == "organization" and _ANNOUNCES.match(text, end):
            issuer = key
            break
    if not issuer:
        return mentions
    added = []
    for match in WE_ACTS.finditer(text):
        line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        if sum(line.count(q) for q in _QUOTES) % 2 == 0:  # (outside any quotation)
            added.append((match.start(), match.start() + 2, issuer))
    return sorted(mentions + added) if added else mentions
