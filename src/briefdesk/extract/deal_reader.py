"""A learned reader of deal sentences (round 16 experiment): does this clause tell a deal?

Rules written from misses found deals in the material they were written from and few new ones
in unseen news. This reader is a logistic regression over a clause's lower-case words, word
pairs and a few token classes (an amount, a state, capitalised names, a modal, a negation, a
quote, the headline), trained offline by ``benchmarks/bench_deal_reader.py`` on the tuning
articles only and shipped as a table of weights (``resources/deal_reader.tsv``). Inference is
a sum of weights per clause: pure Python, no dependency. Features are built here so training
and use read the same clauses the same way.
"""

from __future__ import annotations

import itertools
import math
from functools import cache

from briefdesk.extract import rx as re
from briefdesk.resources_access import read_resource_text

WEIGHTS = "deal_reader.tsv"
BIAS = "bias"

_WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")
_CAP_RUN = re.compile(r"(?<![\w'’])[A-Z][\w&'’.-]*(?:\s+(?:of\s+|de\s+|and\s+)?[A-Z][\w&'’.-]*)*")
_MONEY = re.compile(
    r"[$€£¥₩₹]|\b(?:million|billion|trillion|bn|mln|bln)\b|\b(?:USD|EUR|GBP|JPY|CNY|INR)\b"
)
_NUMBER = re.compile(r"\b\d")
_MODAL = re.compile(
    r"\b(?:will|would|could|may|might|shall|plans?\s+to|expects?\s+to|is\s+to|are\s+to|"
    r"intends?\s+to|seeks?\s+to|aims?\s+to)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|no|never|denied|denies|without)\b|n['’]t\b", re.IGNORECASE)
_QUOTE = re.compile(r"[\"“”]")
_LEGAL = re.compile(
    r"\b(?:Ltd|Limited|Inc|Corp|Corporation|Company|Co|Group|PLC|plc|AG|SA|S\.A|GmbH|LLC|JSC|"
    r"Bank|Fund|Ministry|Agency|Authority|Holdings)\b"
)


def features(text: str, first: bool = False) -> list[str]:
    """The clause's features, as names: ``w:`` words, ``b:`` word pairs, ``c:`` classes."""
    words = _WORD.findall(text.lower())
    out = [f"w:{w}" for w in set(words)]
    out += [f"b:{a}_{b}" for a, b in set(itertools.pairwise(words))]
    runs = [m.group() for m in _CAP_RUN.finditer(text) if m.start() > 0]
    out.append(f"c:names{min(len(runs), 3)}")
    if _LEGAL.search(text):
        out.append("c:legal")
    if _MONEY.search(text):
        out.append("c:money")
    if _NUMBER.search(text):
        out.append("c:number")
    if _MODAL.search(text):
        out.append("c:modal")
    if _NEGATION.search(text):
        out.append("c:neg")
    if _QUOTE.search(text):
        out.append("c:quote")
    if first:
        out.append("c:first")
    if not text.rstrip(" \"'”’)").endswith((".", "!", "?")):
        out.append("c:noend")  # a headline or a label line
    out.append(f"c:len{min(len(words) // 10, 5)}")
    return out


@cache
def weights() -> dict[str, float]:
    """The shipped weights: ``feature<TAB>weight`` per line, ``bias`` among them."""
    table: dict[str, float] = {}
    for line in read_resource_text(WEIGHTS).splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.partition("\t")
            table[name] = float(value)
    return table


def probability(text: str, first: bool = False, table: dict[str, float] | None = None) -> float:
    """How likely the clause tells a deal, 0..1, by the shipped (or the given) weights."""
    table = weights() if table is None else table
    score = table.get(BIAS, 0.0) + sum(table.get(f, 0.0) for f in features(text, first))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))
