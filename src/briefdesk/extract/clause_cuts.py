"""Coordinated clauses that tell deals of their own (issue 10, round 15).

"Kenya's Treasury said the UAE will lend Kenya $500 million for the railway and that Sahel
Ports Group has won a concession for the terminal" is two deals: each side is read from its own
clause, or the concession's winner takes the loan's borrower slot. A sentence is cut where a
second clause with its own subject and verb begins: "... and that <clause>" after a reporting
verb, "..., while/whereas/but <name> <verb>", and "..., and <name> <verb>" (the comma may be
left out) once the first clause has a verb of its own. The subject must be a name: a clause
about "the deadline" or "the memorandum" tells the same deal on. A coordinated subject ("Norway
and Kenya signed", "said Norway and Kenya have agreed"), a list ("Norway, Sweden and Kenya have
signed") and "between A and B" are no second clause.

A relative clause that names no amount describes the name it hangs on ("Kenya, which granted X
a concession last year,"): what it tells is no part of the deal the sentence is about
(``told_aside``).
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.text import Sentence
from briefdesk.extract.words import word_list

_VERBS = "|".join(sorted(word_list("clause_verbs"), key=len, reverse=True))
# A subject that is a name of up to seven words ("Sahel Ports Group", "Bank of Ghana"): a clause
# about "the deadline" or "the memorandum" goes on telling the same deal (and cut off, it would
# take the place of the next sentence, whose sides are the deal's).
_SUBJECT = r"[A-Z][\w'’.&-]*\s+(?:(?:[A-Z][\w'’.&-]*|of|and|for|de|du|the)\s+){0,6}?"
_OPENS = re.compile(rf"{_SUBJECT}(?:{_VERBS}|[a-z]{{2,}}ed)\b")
_AND_THAT = re.compile(r",?\s+and\s+that\s+")
_JOINS = re.compile(
    r",\s+(?:and|while|whereas|but)\s+|\s+(?:and|while|whereas)\s+"
    r"|,\s+(?:adding|saying|noting)\s+(?:that\s+)?"  # "..., adding that X had won ..."
)
_REPORTED = re.compile(r"\b(?:said|says|announced|added|told|stated|confirmed|noted)\b")
# A verb of the first clause's own: an auxiliary, a past form, a listed finite verb.
# (never the end of a hyphened word: "state-owned" describes a name)
_FINITE = re.compile(rf"(?<![\w-])(?:{_VERBS}|[a-z]{{2,}}ed)\b")
_REPORTING_ONLY = frozenset({"said", "says"})
# "between Norway and Kenya", "both the bank and the fund": one phrase, not two clauses.
_PAIRED = lazy(r"\b(?:between|both|among)\s+(?:[\w'’.&-]+\s+){0,6}$", re.IGNORECASE)
_GATE = (" and ", "while", "whereas", ", but", ", adding", ", saying", ", noting")
_MIN = 30  # each piece must be a clause, not a stray phrase


def _own_verb(left: str) -> bool:
    """Whether the piece before a join holds a verb of its own (a reporting "said" opens the
    sentence, it is no clause the join could end)."""
    return any(m.group() not in _REPORTING_ONLY for m in _FINITE.finditer(left))


def cut_points(text: str) -> list[tuple[int, int]]:
    """(end of a clause, start of the next) where a coordinated clause with its own subject and
    verb begins."""
    if not any(word in text for word in _GATE):
        return []
    cuts: list[tuple[int, int]] = []
    start = 0
    for match in _JOINS.finditer(text):
        left = text[start : match.start()]
        if match.start() - start < _MIN or len(text) - match.end() < _MIN:
            continue
        reported = _AND_THAT.match(text, match.start())
        if reported and _REPORTED.search(left):
            cuts.append((match.start(), reported.end()))
            start = reported.end()
            continue
        if not _OPENS.match(text, match.end()) or not _own_verb(left) or _PAIRED.search(left):
            continue
        cuts.append((match.start(), match.end()))
        start = match.end()
    return cuts


def coordinated(sentence: Sentence) -> list[Sentence]:
    """The sentence cut into its coordinated clauses (itself when it has one)."""
    cuts = cut_points(sentence.text)
    if not cuts:
        return [sentence]
    out: list[Sentence] = []
    start = 0
    for end, next_start in cuts:
        out.append(Sentence(sentence.start + start, sentence.start + end, sentence.text[start:end]))
        start = next_start
    out.append(Sentence(sentence.start + start, sentence.end, sentence.text[start:]))
    return out


# ", which granted X a concession last year,": to the next comma, semicolon or the end (a
# comma before a list's "and" stays inside, as in frame_clause).
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\s(?:[^,;]|,(?=\s[^,;]{1,40}\band\s))*")
_AMOUNT = re.compile(r"[$€£¥]|\d\s*(?:million|billion|bn|m)\b|\b[A-Z]{3}\s?\d")


def told_aside(text: str) -> str:
    """``text`` without its relative clauses that name no amount (each becomes a comma)."""
    if ", wh" not in text:
        return text
    return _RELATIVE.sub(lambda m: m.group() if _AMOUNT.search(m.group()) else ",", text)
