"""A learned reader of deal sentences (round 16 experiment): does this clause tell a deal?

Rules written from misses found deals in the material they were written from and few new ones
in unseen news. This reader is a logistic regression over a clause's lower-case words, word
pairs and a few token classes (an amount, a state, capitalised names, a modal, a negation, a
quote, the headline), trained offline by ``benchmarks/bench_deal_reader.py`` on the tuning
articles only and shipped as a table of weights (``resources/deal_reader.tsv``). Inference is
a sum of weights per clause: pure Python, no dependency. Features are built here so training
and use read the same clauses the same way.

Two paths give the same score (round 16, ``benchmarks/bench_deal_reader_speed.py`` asserts it
within 1e-9 on every training clause): ``features`` names them, for training and as the
reference; ``probability``, which the extractor calls, sums the same weights without building a
name per feature (a word table, a table of pair tables, the class weights as numbers) and tests
each class by a necessary cheap test before its pattern (``deal_reader_classes``).
"""

from __future__ import annotations

import bisect
import itertools
import math
from functools import cache
from itertools import repeat
from typing import NamedTuple

from briefdesk.extract import rx as re
from briefdesk.extract.deal_reader_classes import (
    CAP_RUN,
    LEGAL,
    MODAL,
    MONEY,
    NEGATION,
    NUMBER,
    QUOTE,
    classes,
    ends,
)
from briefdesk.resources_access import read_resource_text

WEIGHTS = "deal_reader.tsv"
BIAS = "bias"

_CLAMP = 30.0
_WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")
NAME = "<n>"  # a capitalised word after the clause's first: a name, whichever firm or place
NAMES_AS_CLASS = True  # round 18: shipped (left one set out the best; round 17 had dropped it)


def words_of(text: str) -> list[str]:
    """The clause's words in order, lower-case; with ``NAMES_AS_CLASS`` a capitalised word
    after the first is ``NAME``, so the weights hold no firm, state or product."""
    if not NAMES_AS_CLASS:
        return _WORD.findall(text.lower())
    tokens = _TOKEN.findall(text)
    if not tokens:
        return []
    return [tokens[0].lower(), *[NAME if t[0].isupper() else t.lower() for t in tokens[1:]]]


def features(text: str, first: bool = False) -> list[str]:
    """The clause's features, as names: ``w:`` words, ``b:`` word pairs, ``c:`` classes."""
    words = words_of(text)
    out = [f"w:{w}" for w in set(words)]
    out += [f"b:{a}_{b}" for a, b in set(itertools.pairwise(words))]
    runs = [m.group() for m in CAP_RUN.finditer(text) if m.start() > 0]
    out.append(f"c:names{min(len(runs), 3)}")
    classes = (
        ("legal", LEGAL), ("money", MONEY), ("number", NUMBER),
        ("modal", MODAL), ("neg", NEGATION), ("quote", QUOTE),
    )  # fmt: skip
    out += [f"c:{name}" for name, pattern in classes if pattern.search(text)]
    if first:
        out.append("c:first")
    if not ends(text):
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


def reference_probability(
    text: str, first: bool = False, table: dict[str, float] | None = None
) -> float:
    """The score by feature names, as trained: ``probability`` must give the same."""
    table = weights() if table is None else table
    score = table.get(BIAS, 0.0) + sum(table.get(f, 0.0) for f in features(text, first))
    return _logistic(score)


class Model(NamedTuple):
    """The weights with the class weights taken out as numbers (no name built per clause)."""

    bias: float
    words: dict[str, float]  # w:WORD by WORD
    pairs: dict[str, float]  # b:A_B by A_B
    names: tuple[float, float, float, float]  # c:names0 .. c:names3
    lengths: tuple[float, ...]  # c:len0 .. c:len5
    flags: dict[str, float]  # c:legal, c:money ... by their name without "c:"
    most: float  # the most the classes other than length and "first" can add


def model_of(table: dict[str, float]) -> Model:
    """``table`` (feature name -> weight) laid out as a ``Model``."""
    words = {name[2:]: value for name, value in table.items() if name.startswith("w:")}
    pairs = {name[2:]: value for name, value in table.items() if name.startswith("b:")}
    flags = {name[2:]: value for name, value in table.items() if name.startswith("c:")}
    return _laid_out(table.get(BIAS, 0.0), words, pairs, flags)


def _laid_out(
    bias: float, words: dict[str, float], pairs: dict[str, float], flags: dict[str, float]
) -> Model:
    get = flags.get
    names = (get("names0", 0.0), get("names1", 0.0), get("names2", 0.0), get("names3", 0.0))
    lengths = tuple(get(f"len{n}", 0.0) for n in range(6))
    told = ("legal", "money", "number", "modal", "neg", "quote", "noend")
    most = max(names) + sum(max(0.0, get(name, 0.0)) for name in told)
    return Model(bias, words, pairs, names, lengths, flags, most)


def _load() -> Model:
    """The shipped weights read straight into a ``Model``: each kind of feature is one block of
    the sorted lines, its prefix cut and its cells split by C string methods, no Python loop
    per weight (~10 ms where ``model_of(weights())`` takes ~25; equal, as a test asserts)."""
    lines = sorted(read_resource_text(WEIGHTS).splitlines())
    blocks = []
    for prefix in ("w:", "b:", "c:"):
        block = lines[
            bisect.bisect_left(lines, prefix) : bisect.bisect_left(lines, prefix[0] + ";")
        ]
        cells = ("\t" + "\t".join(block)).replace("\t" + prefix, "\t").split("\t")[1:]
        blocks.append(dict(zip(cells[::2], map(float, cells[1::2]), strict=True)))
    i = bisect.bisect_left(lines, BIAS + "\t")
    bias = (
        float(lines[i].partition("\t")[2])
        if lines[i:] and lines[i].startswith(BIAS + "\t")
        else 0.0
    )
    return _laid_out(bias, *blocks)


_model: list[Model] = []


def model() -> Model:
    """The shipped weights as a ``Model``, loaded on first use (or by the warm-up) and kept."""
    if not _model:
        _model.append(_load())
    return _model[0]


def use_weights(table: dict[str, float] | None) -> None:
    """Score with ``table`` from now on (benchmarks: weights trained without a set); None
    goes back to the shipped weights."""
    _model.clear()
    if table is not None:
        _model.append(model_of(table))


def probability(text: str, first: bool = False) -> float:
    """How likely the clause tells a deal, 0..1, by the current weights (``model``)."""
    return _logistic(_score(text, first, -math.inf))


def sure_at_least(text: str, first: bool, threshold: float) -> float | None:
    """``probability`` when it is at least ``threshold`` (0 < threshold < 1), else None; a
    clause whose words and word pairs leave it short even with every helpful class is
    answered without reading its classes."""
    floor = math.log(threshold / (1.0 - threshold)) - 1e-9  # (margin: the skip must be sure)
    floor = floor if floor > -_CLAMP else -math.inf  # (scores are clamped: no skip down there)
    sure = _logistic(_score(text, first, floor))
    return sure if sure >= threshold else None


def _score(text: str, first: bool, floor: float) -> float:
    """The clause's score; -inf as soon as it cannot reach ``floor``."""
    m = _model[0] if _model else model()
    words = words_of(text)
    score = m.bias + sum(map(m.words.get, set(words), repeat(0.0)))
    # the pairs that carry a weight, each once (as ``features``' set): filtered in C, then
    # made a set (a set of every pair costs more than the sum)
    weighed = filter(m.pairs.__contains__, map("_".join, itertools.pairwise(words)))
    score += sum(map(m.pairs.__getitem__, set(weighed)))
    score += m.lengths[min(len(words) // 10, 5)]
    if first:
        score += m.flags.get("first", 0.0)
    if score + m.most < floor:
        return -math.inf
    names, found = classes(text)
    flags = m.flags
    return score + m.names[names] + sum(flags.get(f, 0.0) for f in found)


def _logistic(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-_CLAMP, min(_CLAMP, score))))
