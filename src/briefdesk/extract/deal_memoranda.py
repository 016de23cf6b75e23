"""Memoranda and framework agreements: what makes a deal an MoU, and when it is an order.

"a framework agreement with X for 180 tanks worth $6.5 billion" orders counted goods at a price:
it is a purchase, read by its goods (and has a buyer and a seller), not a memorandum.
"""

from __future__ import annotations

import re

from briefdesk.extract.scans import Gated

MOU_RE = Gated(  # (read only where a hint occurs: asked of most sentences)
    ("memorand", "letter", "framework", "heads", "mou", "loi"),
    r"\b(?:(?i:memorandums?|memoranda|letters? of intent|framework agreements?|"
    r"heads of agreement)|MoUs?|MOUs?|LoIs?|LOIs?)\b",
    caseless=True,
)
# "a framework agreement with X for 180 K2 tanks worth $6.5 billion": a priced order of counted
# goods under a framework is a purchase, read by its goods, not a memorandum.
_FRAMEWORK_ORDER = re.compile(
    r"\bframework\s+(?:agreement|contract|deal)s?\b[^.;]{0,80}?\bfor\s+(?:up\s+to\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty|a\s+(?:hundred|dozen)|dozens\s+of)\s+\S",
    re.IGNORECASE,
)


# "a memorandum under which India will supply Latvia with two patrol vessels ..., valued at
# EUR 140 million" (newcomer15 N15-10): the memorandum tells a priced supply between two sides,
# read by its goods like any sale; the memorandum is how it was agreed.
_UNDER_WHICH = re.compile(
    r"\b(?:memorand\w*|MoUs?|MOUs?|letters?\s+of\s+intent|framework\s+agreements?)\s+"
    r"(?:[^.;]{0,40}?\s)?under\s+which\s+[^.;]{0,60}?\b(?:will|would|is\s+to|are\s+to|agreed\s+to|"
    r"shall)\s+(?:supply|sell|deliver|provide|buy|purchase|acquire|build)\s+[^.;]{0,40}?"
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s",
    re.IGNORECASE,
)


def priced_framework(sentence: str, after_amount: str) -> bool:
    """Whether a priced framework agreement orders counted goods ("for 180 tanks") and the
    sentence names no memorandum or letter of intent beside it, or a memorandum is one "under
    which" one side will supply the other counted goods at the amount."""
    if after_amount and "under which" in sentence and _UNDER_WHICH.search(sentence):
        return True
    if not after_amount or not _FRAMEWORK_ORDER.search(sentence):
        return False
    return all(m.group(0).lower().startswith("framework") for m in MOU_RE.finditer(sentence))


# "signed a second executive contract with X for 180 tanks worth $6.2 billion, extending a
# framework agreement signed in 2022": the memorandum is the umbrella the contract is placed
# under, not the deal itself (round 21; read as an MoU, the contract lost both its sides).
_UMBRELLA = re.compile(
    r"\b(?:extending|extends|extended|under|as\s+part\s+of|within|following|implementing|"
    r"renewing|pursuant\s+to|in\s+line\s+with)\s+(?:(?:a|an|the|its|their|this|that|last\s+"
    r"year's|\d{4})\s+)?(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_CONTRACT_NOUN = re.compile(r"\b(?:contracts?|orders?|purchase)\b", re.IGNORECASE)


def umbrella_only(sentence: str) -> bool:
    """Whether every memorandum or framework the sentence names is one a contract or order
    named before it is placed under ("extending a framework agreement", "under the 2022 MoU")."""
    matches = list(MOU_RE.finditer(sentence))
    if not matches or not _CONTRACT_NOUN.search(sentence, 0, matches[0].start()):
        return False
    return all(_UMBRELLA.search(sentence, max(0, m.start() - 60), m.start()) for m in matches)
