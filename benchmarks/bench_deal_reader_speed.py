"""The learned deal reader's cost, and its scores checked against the reference (round 16).

Training material only: the tuning-corpus articles and the retired sets except the checks
(``deal_reader_data.TRAINING_SETS``); the blind sets, the checks and the held-out corpus are
never loaded. Prints

- the time to load the weights (``deal_reader`` reset, then the first score), best of 5;
- per article cut or repeated to 3 KB, warm: the reader's scoring, the reference scoring of
  the same clauses (timed beside it, then taken out of the rest), the whole of
  ``deal_learned.learned_deals`` (with the side reading of the clauses it keeps), and how
  many clauses were scored;
- the largest difference between ``probability`` (the fast path the product uses) and
  ``reference_probability`` (features by name, as trained) over every clause of those
  articles, first clause or not; exits 1 if any differs by more than 1e-9.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_deal_reader_speed.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_extract import load_corpus  # noqa: E402
from deal_reader_data import TRAINING_SETS  # noqa: E402

from briefdesk.extract import deal_learned, deal_reader, deals, extract_text  # noqa: E402
from briefdesk.extract.party_clauses import clauses  # noqa: E402
from briefdesk.extract.text import normalise, sentences  # noqa: E402

SIZE = 3072
TOLERANCE = 1e-9
TIME_REFERENCE = "--reference" in sys.argv  # also time the reference scoring, beside


def texts() -> list[str]:
    return [text for name in TRAINING_SETS for _stem, text, _gold in load_corpus(name)]


def load_ms() -> float:
    best = float("inf")
    for _ in range(5):
        deal_reader.weights.cache_clear()
        deal_reader.use_weights(None)
        start = time.perf_counter()
        deal_reader.probability("Acme Ltd will buy two ships from Borealis AG.")
        best = min(best, time.perf_counter() - start)
    return best * 1000


def pipeline_cost(cut: list[str]) -> dict[str, float]:
    """Seconds over ``cut``, warm: in learned_deals (with its side reading), in the reader's
    scoring, in the reference scoring of the same clauses, and in the whole extraction."""
    spent = {"learned_deals": 0.0, "scoring": 0.0, "reference": 0.0, "clauses": 0.0}
    inner, score = deal_learned.learned_deals, deal_reader.sure_at_least
    perf = time.perf_counter

    def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
        start = perf()
        try:
            return inner(*args, **kwargs)
        finally:
            spent["learned_deals"] += perf() - start

    def counted(text, first, threshold):  # type: ignore[no-untyped-def]
        if not TIME_REFERENCE:
            start = perf()
            out = score(text, first, threshold)
            spent["scoring"] += perf() - start
        else:  # (the reference first: the fast path then finds the text and caches warm)
            start = perf()
            deal_reader.reference_probability(text, first)
            middle = perf()
            out = score(text, first, threshold)
            spent["reference"] += middle - start
            spent["scoring"] += perf() - middle
        spent["clauses"] += 1
        return out

    deals.learned_deals = timed  # type: ignore[assignment]
    deal_reader.sure_at_least = counted  # type: ignore[assignment]
    try:
        for text in cut:  # warm every cache first
            extract_text(text)
        spent = dict.fromkeys(spent, 0.0)
        start = perf()
        for text in cut:
            extract_text(text)
        spent["whole"] = perf() - start - spent["reference"]
        spent["learned_deals"] -= spent["reference"]
    finally:
        deals.learned_deals = inner  # type: ignore[assignment]
        deal_reader.sure_at_least = score  # type: ignore[assignment]
    return spent


def largest_difference(all_texts: list[str]) -> tuple[float, int, int]:
    """The largest |fast - reference| over every clause, first or not; and how many times
    ``sure_at_least`` answered otherwise than the reference at the threshold."""
    worst, count, wrong = 0.0, 0, 0
    threshold = deal_learned.THRESHOLD
    for text in all_texts:
        for clause in clauses(sentences(normalise(text))):
            for first in (True, False):
                fast = deal_reader.probability(clause.text, first)
                slow = deal_reader.reference_probability(clause.text, first)
                worst = max(worst, abs(fast - slow))
                sure = deal_reader.sure_at_least(clause.text, first, threshold)
                if (sure is None) != (slow < threshold) or (sure and abs(sure - slow) > TOLERANCE):
                    wrong += 1
                count += 1
    return worst, count, wrong


def main() -> int:
    print(f"load: {load_ms():.1f} ms (best of 5)")
    all_texts = texts()
    cut = [(t * (SIZE // max(1, len(t)) + 1))[:SIZE] for t in all_texts]
    spent = pipeline_cost(cut)
    n = len(cut)
    print(
        f"{n} articles at 3 KB, warm, per article: reader scoring {spent['scoring'] / n * 1e6:.0f}"
        f" us (reference scoring of the same clauses {spent['reference'] / n * 1e6:.0f} us); "
        f"learned_deals with its side reading {spent['learned_deals'] / n * 1e6:.0f} us; "
        f"{spent['clauses'] / n:.1f} clauses scored; "
        f"whole extraction {spent['whole'] / n * 1e3:.1f} ms"
    )
    if not hasattr(deal_reader, "reference_probability"):
        return 0
    worst, count, wrong = largest_difference(all_texts)
    print(
        f"scores: {count} clause readings, largest |fast - reference| {worst:.2e}; "
        f"sure_at_least({deal_learned.THRESHOLD}) otherwise than the reference: {wrong}"
    )
    return 1 if worst > TOLERANCE or wrong else 0


if __name__ == "__main__":
    raise SystemExit(main())
