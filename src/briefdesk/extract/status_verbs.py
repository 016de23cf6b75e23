"""A deal's status told by one verb of its own clause and the deal it acts on (round 22).

The phrase lists know "signed", "inked", "won a contract"; a deal is also done when a side
*took (out)*, *secured*, *raised*, *won* or *underwrote* a loan, credit or facility, or *gave* a
grant ("Kivu Power took a $120 million syndicated loan", "Ghana secured a $250 million loan
from the IsDB", "the bank has underwritten a $600 million acquisition loan", "Australia gave
the commission a grant of A$12 million"); and a side that *eyes*, *weighs*, *seeks* or
*explores* a purchase or a loan has only a proposal ("Morocco eyes a $1 billion purchase").
A lease is done when a side *leased* something ("Air Tanzania leased two A220 jets from ...").

Each verb must act on a deal noun of ``status_verb_objects`` within a few words that are no
preposition or clause word ("took part in talks on a loan", "raised concerns about the loan",
"gave no details of the deal" name no status), and must be a verb: not after "a", "the",
"senior" ("a senior secured loan"), not a relative clause's habit ("the fund that gives small
grants") and, for a proposal's participle, not after a passive auxiliary ("is considered the
largest deal"). Verbs and nouns are data: ``extract/data/status_verb_*.txt``,
``status_lease_verbs.txt``. Read by ``status_grammar.grammar_cues`` with its other cues, so
negation, background ("took a loan last year") and the order of statuses apply as to every cue.
"""

from __future__ import annotations

import re

from briefdesk.extract.words import word_list

_SIGNING_VERBS = word_list("status_verb_signed")  # "took", "secured", "has underwritten"
_PROPOSING_VERBS = word_list("status_verb_proposed")  # "eyes", "weighs", "seeks"
_LEASING_VERBS = word_list("status_lease_verbs")  # "leased", "leases"
_OBJECTS = "|".join(sorted(word_list("status_verb_objects"), key=len, reverse=True))
# Words between the verb and its deal noun: amounts, determiners, describing words; not a
# preposition or a clause word (then the noun is another phrase's). "in" only right before the
# noun ("secured $250 million in financing").
_BETWEEN = (
    r"(?:(?!(?:of|on|to|for|with|from|at|by|about|over|part|place|and|but|or|that|which|who|"
    r"whose|when|after|before|in|into|no|not)\b)[\w$€£¥.,%()/'’-]+\s+){0,8}?(?:in\s+)?"
)
# Not a describing word: "a secured loan", "the senior secured facility", "its leased jets".
_NOT_ATTRIBUTIVE = (
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bsenior\s)"
    r"(?<!\bfully\s)(?<!\bnewly\s)"
    # nor a relative clause's habit: "the fund that gives small grants to communities"
    r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)"
)
_NOT_PASSIVE = r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)"


def _verbs(verbs: frozenset[str]) -> str:
    return "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))


_SIGNED = re.compile(  # (not the currency: "a 50 billion won loan")
    rf"{_NOT_ATTRIBUTIVE}(?<!illion\s)(?<!\d\s)\b(?:{_verbs(_SIGNING_VERBS)})\s+"
    rf"{_BETWEEN}(?:{_OBJECTS})s?\b"
)
_PROPOSED_VERBS = sorted(_PROPOSING_VERBS, key=len, reverse=True)
_PARTICIPLES = [v for v in _PROPOSED_VERBS if v.endswith(("ed", "ght"))]  # ("was sought")
_PROPOSED = re.compile(
    rf"{_NOT_ATTRIBUTIVE}\b(?:(?:{'|'.join(v for v in _PROPOSED_VERBS if v not in _PARTICIPLES)})"
    rf"|{_NOT_PASSIVE}(?:{'|'.join(_PARTICIPLES)}))\s+{_BETWEEN}(?:{_OBJECTS})s?\b"
)
# "leased two A220 jets", "leases 140 acres": the verb before what is leased (a count or a
# determiner), not the noun ("operating leases") nor a describing word ("the leased jets").
_LEASED = re.compile(
    rf"{_NOT_ATTRIBUTIVE}\b(?:{_verbs(_LEASING_VERBS)})\s+(?=\d|(?:a|an|the|its|their|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|twelve|part|land|space)\b)"
)
_HINTS = frozenset(w.split()[0] for w in _SIGNING_VERBS | _PROPOSING_VERBS | _LEASING_VERBS)
_FIRST = re.compile(r"\b(?:" + "|".join(sorted(_HINTS, key=len, reverse=True)) + r")\b")


def verb_cues(lowered: str) -> list[tuple[str, int, int]]:
    """(status, start, end) of each one-verb status cue in the lower-cased sentence."""
    if not _FIRST.search(lowered):  # (most sentences hold none of the verbs)
        return []
    found = [("signed", m.start(), m.end()) for m in _SIGNED.finditer(lowered)]
    found += [("signed", m.start(), m.end()) for m in _LEASED.finditer(lowered)]
    found += [("proposed", m.start(), m.end()) for m in _PROPOSED.finditer(lowered)]
    return found


# Round 23: a headline's present tense with a plural subject of names: "Uzbekistan, Tajikistan
# sign power swap", "Kazakhstan and ADB sign $300 million loan". The capital before "sign" is
# read on the sentence as written ("the latest sign of", "to sign", "will sign" are no signing).
_HEADLINE_SIGN = re.compile(
    r"\b[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|of|de|and))*,?\s+sign\s+(?!of\b|up\b|off\b|on\b)"
)


def headline_sign(sentence: str) -> list[tuple[str, int, int]]:
    """("signed", start, end) where ``sentence`` (as written) says names "sign" a deal."""
    if " sign " not in sentence:
        return []
    return [("signed", m.end() - 5, m.end() - 1) for m in _HEADLINE_SIGN.finditer(sentence)]
