"""Heads of the deal-frame reader (issue 10, round 7): the words of a clause outside its
holes and parties, and which of them are deal verbs and nouns (with voice and the frame that
fits the deal), for deal_frames.

A form that is as often a noun ("orders", "finance") is a verb only after an auxiliary, "to" or
a party; a participle after "be" or after a lower-case noun is passive ("a contract awarded to
X"); a contract noun that is an "@order" verb's object or subject plays that verb's slots ("won
an order from X").
"""

from __future__ import annotations

import bisect
from functools import cache
from typing import NamedTuple

from briefdesk.extract import rx as re
from briefdesk.extract.deal_told_before import states_amount
from briefdesk.extract.frame_clause import Area
from briefdesk.extract.frame_lexicon import CONTRACT_WORDS, Frame, noun_frames, pick, verb_frames
from briefdesk.extract.words import word_list

Mention = tuple[int, int, str]

WORD = re.compile(r"[A-Za-z][\w'’-]*")
_BE = word_list("be") | {"get", "gets", "got", "gotten"}
_ADVERBS = frozenset(
    {"also", "already", "now", "jointly", "formally", "recently", "reportedly", "just", "not"}
    | {"officially", "then", "finally", "originally", "initially", "subsequently", "since"}
)
# Before a verb form these make it a verb, not a noun ("Korea also exports", "which supplies").
_VERB_BEFORE = frozenset(
    {"will", "would", "to", "has", "have", "had", "can", "could", "may", "might", "shall"}
    | {"should", "must", "which", "who", "that", "it", "they", "and", "did", "does", "do"}
    | _ADVERBS
)
# A public body named by a common noun is a subject, not a noun a participle describes.
_BODY_SUBJECTS = word_list("active_subject_nouns")
_TIME_TAILS = frozenset({"month", "week", "year", "weekend", "yesterday", "today"})
_PARTICIPLE = re.compile(
    r"(?:ed|sold|bought|given|won|chosen|lent|paid|built|gone|made|shipped|repaid)$"
)
# Verb forms that are as often nouns: a verb only after an auxiliary, "to" or a party.
_NOUN_TOO = frozenset(
    {"finance", "finances", "fund", "funds", "funding", "financing", "pledge", "pledges"}
    | {"gift", "gifts", "offer", "offers", "ships", "orders", "grants", "awards", "supplies"}
)
_NOT_VERBS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "our", "all"}
)
_POSSESSOR_BEFORE = re.compile(r"['’]s\s+(?:[\w$€£.,-]+\s+){0,3}$")


class Head(NamedTuple):
    start: int
    end: int
    word: str
    frame: Frame
    passive: bool
    verb: bool

    def role_slots(self) -> dict[str, str]:
        return self.frame.passive if self.passive else self.frame.active

    def role(self, slot: str) -> str:
        return self.role_slots().get(slot, "")


@cache
def forms() -> frozenset[str]:
    return frozenset(verb_frames()) | frozenset(noun_frames())


def visible(area: Area, at: int) -> bool:
    return area.start <= at < area.end and not any(s <= at < e for s, e in area.holes)


def blanked(text: str, area: Area, spans: list[tuple[int, int]]) -> str:
    """The area's text with ``spans`` (holes, parties) blanked, offsets kept."""
    chars = list(text[area.start : area.end])
    for start, end in spans:
        lo, hi = max(start, area.start) - area.start, min(end, area.end) - area.start
        if lo < hi:
            chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)


def words_of(text: str, area: Area, units: list[Mention]) -> list[tuple[int, int, str]]:
    """The words of the area outside its holes and its parties, lower-cased."""
    piece = blanked(text, area, [*area.holes, *((s, e) for s, e, _k in units)])
    return [
        (area.start + m.start(), area.start + m.end(), m.group().lower())
        for m in WORD.finditer(piece)
    ]


def heads_of(
    text: str, words: list[tuple[int, int, str]], units: list[Mention], kind: str
) -> list[Head]:
    """The deal verbs and nouns of the clause, each with the frame that fits the deal."""
    verbs, nouns, known = verb_frames(), noun_frames(), forms()
    unit_ends = sorted(e for _s, e, _k in units)
    heads: list[Head] = []
    for i, (start, end, word) in enumerate(words):
        if word not in known:
            continue  # (most words: one look-up each)
        prev = words[i - 1][2] if i else ""
        # The token before is a party ("Kenya ordered", "the Agency (RSA) awarded").
        at = bisect.bisect_right(unit_ends, start)
        last_unit = unit_ends[at - 1] if at else -1
        after_unit = last_unit > (words[i - 1][1] if i else -1) and text[last_unit] not in "'’"
        nounish = word in nouns or word in _NOUN_TOO  # "Dominica's finance minister"
        is_noun = nounish and not (prev in _VERB_BEFORE or after_unit)
        if word in verbs and not is_noun:
            near = {w for _s, _e, w in words[max(0, i - 8) : i + 6]}
            earlier = {w for _s, _e, w in words[max(0, i - 12) : i]}
            frame = pick(
                verbs[word], kind, bool(near & CONTRACT_WORDS), bool(earlier & CONTRACT_WORDS)
            )
            if frame is None or states_amount(text, end):
                continue  # ("X gave the price as $5 million": no giving)
            back = _skip_back(words, i - 1)
            before = words[back][2] if back >= 0 else ""
            passive = bool(_PARTICIPLE.search(word)) and (
                before in _BE
                or (
                    not after_unit
                    and before not in _VERB_BEFORE
                    and before not in _BODY_SUBJECTS  # "the Australian government awarded X"
                    and before not in {"i", "we", "you", "he", "she"}
                    and back >= 0
                    and text[words[back][0]].islower()  # "Tonga Power engaged": a name's word
                )
            )
            heads.append(Head(start, end, word, frame, passive, True))
        elif word in nouns:
            frame = pick(nouns[word], kind, False)
            if frame is not None:
                heads.append(Head(start, end, word, frame, False, False))
    return _objects_yield(heads)


def from_next(text: str, head: Head, at: int) -> bool:
    """Whether "from" follows the noun head at once and no possessor stands before it."""
    return (
        not head.verb
        and not text[head.end : at].strip()
        and not _POSSESSOR_BEFORE.search(text, max(0, head.start - 40), head.start)
    )


def governed_elsewhere(words: list[tuple[int, int, str]], heads: list[Head], at: int) -> bool:
    """Whether the word before a preposition is a participle that is no deal word ("signed by",
    "referred to", "owned by"): the phrase is that verb's, not a deal head's."""
    before = [w for w in words if w[1] <= at and w[2] not in _ADVERBS]
    if not before:
        return False
    start, _end, word = before[-1]
    if word in {"led", "headed", "arranged"}:
        return False  # "a group of banks led by X": the leader acts for the group
    return bool(_PARTICIPLE.search(word)) and all(h.start != start for h in heads)


def infinitive_between(
    text: str, words: list[tuple[int, int, str]], heads: list[Head], after: int, at: int
) -> bool:
    """Whether "to <verb>" that is no deal word stands between a head and a preposition ("a
    credit line to finance buses for San José": "for" belongs to "finance")."""
    starts = {h.start for h in heads}
    return any(
        words[j - 1][2] == "to"
        and words[j][0] == words[j - 1][1] + 1  # the very next word, not one past a name
        and words[j][2] not in _NOT_VERBS
        and text[words[j][0]].islower()  # "up to US$ 400 million"
        and words[j][0] not in starts
        for j in range(1, len(words))
        if after <= words[j - 1][0] and words[j][1] <= at
    )


def _objects_yield(heads: list[Head]) -> list[Head]:
    """ "won an order from X", "an order from X was won by Y": the order is the verb's object
    or subject, so "from X" plays the verb's slot (X buys), not the noun's (X would sell)."""
    verbs = [h for h in heads if h.verb and h.frame.only in {"order", "subject"}]
    if not verbs:
        return heads
    out: list[Head] = []
    for head in heads:
        if not head.verb and head.word in CONTRACT_WORDS:
            verb = min(verbs, key=lambda v: abs(v.start - head.start))
            if abs(verb.start - head.start) < 60:
                # the verb's slots over the noun's own: "won an order from X" (X buys)
                slots = {**head.frame.active, **verb.role_slots()}
                head = head._replace(frame=head.frame._replace(active=slots, passive=slots))
        out.append(head)
    return out


def _skip_back(words: list[tuple[int, int, str]], back: int) -> int:
    """The index of the word before a verb once adverbs and a time ("last month", "yesterday")
    are passed over: "the government last month awarded X" is the government's act."""
    while back >= 0:
        word = words[back][2]
        if word in _ADVERBS or word in {"yesterday", "today"}:
            back -= 1
        elif word in _TIME_TAILS and back and words[back - 1][2] in {"last", "this"}:
            back -= 2
        else:
            break
    return back
