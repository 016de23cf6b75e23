"""The token classes of the learned deal reader (``deal_reader``), and a fast way to them.

``deal_reader.features`` (training, the reference) searches each class's pattern in every
clause; the patterns with ``\\b`` and long alternations cost 15-30 us each on a clause, most
of the reader's time. ``classes`` gives the same answers for less: a word pattern ``\\bWORD\\b``
matches exactly where WORD is a whole run of word characters, so one split of the clause into
such runs answers the word alternations by set look-ups; a pattern is still searched where the
cheap test cannot decide (a multi-word modal, an apostrophe, a non-ASCII clause under
IGNORECASE), and its answer is then the pattern's own.
"""

from __future__ import annotations

from briefdesk.extract import rx as re

CAP_RUN = re.compile(r"(?<![\w'’])[A-Z][\w&'’.-]*(?:\s+(?:of\s+|de\s+|and\s+)?[A-Z][\w&'’.-]*)*")
MONEY = re.compile(
    r"[$€£¥₩₹]|\b(?:million|billion|trillion|bn|mln|bln)\b|\b(?:USD|EUR|GBP|JPY|CNY|INR)\b"
)
NUMBER = re.compile(r"\b\d")
MODAL = re.compile(
    r"\b(?:will|would|could|may|might|shall|plans?\s+to|expects?\s+to|is\s+to|are\s+to|"
    r"intends?\s+to|seeks?\s+to|aims?\s+to)\b",
    re.IGNORECASE,
)
NEGATION = re.compile(r"\b(?:not|no|never|denied|denies|without)\b|n['’]t\b", re.IGNORECASE)
QUOTE = re.compile(r"[\"“”]")
LEGAL = re.compile(
    r"\b(?:Ltd|Limited|Inc|Corp|Corporation|Company|Co|Group|PLC|plc|AG|SA|S\.A|GmbH|LLC|JSC|"
    r"Bank|Fund|Ministry|Agency|Authority|Holdings)\b"
)
ENDS = (".", "!", "?")

_RUNS = re.compile(r"\w+")
_SIGNS = "$€£¥₩₹"
_MONEY_WORDS = frozenset(
    {"million", "billion", "trillion", "bn", "mln", "bln", "USD", "EUR", "GBP", "JPY", "CNY", "INR"}
)
# LEGAL's words; "S" stands for "S.A", whose first run it is (the pattern then decides)
_LEGAL_WORDS = frozenset(
    {
        "Ltd",
        "Limited",
        "Inc",
        "Corp",
        "Corporation",
        "Company",
        "Co",
        "Group",
        "PLC",
        "plc",
        "AG",
        "SA",
        "S",
        "GmbH",
        "LLC",
        "JSC",
        "Bank",
        "Fund",
        "Ministry",
        "Agency",
        "Authority",
        "Holdings",
    }
)
_MODAL_WORDS = frozenset({"will", "would", "could", "may", "might", "shall"})
# followed by "to": the pattern decides
_MODAL_VERBS = frozenset(
    {
        "plan",
        "plans",
        "expect",
        "expects",
        "is",
        "are",
        "intend",
        "intends",
        "seek",
        "seeks",
        "aim",
        "aims",
    }
)
_NEGATION_WORDS = frozenset({"not", "no", "never", "denied", "denies", "without"})


def ends(text: str) -> bool:
    """Whether the clause ends like a sentence (not a headline or a label line)."""
    return text.rstrip(" \"'”’)").endswith(ENDS)


def cap_runs(text: str) -> int:
    """Capitalised name runs after the clause's first character, 0..3 (3: three or more)."""
    count = 0
    for match in CAP_RUN.finditer(text):
        if match.start() > 0:
            count += 1
            if count == 3:
                break
    return count


def classes(text: str) -> tuple[int, list[str]]:
    """``cap_runs`` and the names (without ``c:``) of the other classes the clause holds, as
    ``deal_reader.features`` would find them; "first" is the caller's."""
    runs = set(_RUNS.findall(text))
    found = []
    if not runs.isdisjoint(_LEGAL_WORDS) and LEGAL.search(text):
        found.append("legal")
    if not runs.isdisjoint(_MONEY_WORDS) or any(sign in text for sign in _SIGNS):
        found.append("money")
    if any(run[0].isdecimal() for run in runs):  # \b\d: a run that opens with a digit
        found.append("number")
    if _modal(text, runs):
        found.append("modal")
    if _negation(text, runs):
        found.append("neg")
    if '"' in text or "“" in text or "”" in text:
        found.append("quote")
    if not ends(text):
        found.append("noend")
    return cap_runs(text), found


def _modal(text: str, runs: set[str]) -> bool:
    if not text.isascii():  # (IGNORECASE folds a few non-ASCII letters: the pattern decides)
        return MODAL.search(text) is not None
    lower = {run.lower() for run in runs}
    if not lower.isdisjoint(_MODAL_WORDS):
        return True
    return "to" in lower and not lower.isdisjoint(_MODAL_VERBS) and bool(MODAL.search(text))


def _negation(text: str, runs: set[str]) -> bool:
    if "'" in text or "’" in text or not text.isascii():  # n't, or non-ASCII folding
        return NEGATION.search(text) is not None
    return not {run.lower() for run in runs}.isdisjoint(_NEGATION_WORDS)
