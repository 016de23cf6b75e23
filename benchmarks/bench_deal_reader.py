"""The learned deal-sentence reader, measured left one set out, and its weights trained.

Round 16 experiment (issue 10; docs/extraction.md "Round 16 (experiment): a learned reader of
deal sentences"). Rows come from ``deal_reader_data.py`` (training sets only, never the checks
or the blind sets). The model is a logistic regression over ``deal_reader.features``, fitted
here in pure Python (AdaGrad, L2), so no new dependency is needed.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_deal_reader.py          # leave-one-set-out
    PYTHONPATH=src .venv/bin/python benchmarks/bench_deal_reader.py --write  # + weights file
    PYTHONPATH=src .venv/bin/python benchmarks/bench_deal_reader.py --names --write-only

For each left-out set: precision/recall of positive clauses at several thresholds; the same
over clauses where the rules suggest no deal (what a reader could add); and gold deals none of
whose labelled clauses holds a rule deal, caught when the reader flags one of them.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from deal_reader_data import load_rows  # noqa: E402
from logistic_fit import fit, probability  # noqa: E402

from briefdesk.extract import deal_reader  # noqa: E402
from briefdesk.extract.deal_reader import BIAS, WEIGHTS, features  # noqa: E402

THRESHOLDS = (0.5, 0.7, 0.8, 0.9)
MIN_COUNT = 3  # a feature seen in fewer training clauses gets no weight
WITHOUT: set[str] = set()  # sets never trained on (``--without fresh-11``: round 16's data)
L2 = 1e-4
SEED = 0  # the shuffling order of training (``--seed N``: how much a reader moves by chance alone)
BAG = 1  # ``--bag N``: the mean of N fits (seeds SEED .. SEED+N-1), a variance cut (round 21)
PRUNE = 0.01  # weights nearer zero are not written
FOLDS = "/tmp/r24_reader_folds{}.json"  # each set's weights trained without it, per options
EPOCHS = 12
RATE = 0.2

Example = tuple[list[str], int]


def examples(articles: list[dict[str, Any]]) -> list[Example]:
    return [
        (features(r["text"], r["first"]), int(bool(r["deals"])))
        for a in articles
        for r in a["rows"]
    ]


def train(data: list[Example], seed: int | None = None) -> dict[str, float]:
    """Logistic regression by AdaGrad over the sparse binary features, L2 on every weight."""
    seed = SEED if seed is None else seed
    fits = [
        fit(data, bias=BIAS, min_count=MIN_COUNT, l2=L2, epochs=EPOCHS, rate=RATE, seed=seed + k)
        for k in range(BAG)
    ]  # (one model: the mean of the weights is the mean of the logits; every fit has the same keys)
    return {f: sum(w[f] for w in fits) / len(fits) for f in fits[0]}


def predict(w: dict[str, float], feats: list[str]) -> float:
    return probability(w, feats, BIAS)


def measure(w: dict[str, float], articles: list[dict[str, Any]]) -> dict[float, Counter[str]]:
    out: dict[float, Counter[str]] = {t: Counter() for t in THRESHOLDS}
    for a in articles:
        probs = [predict(w, features(r["text"], r["first"])) for r in a["rows"]]
        missed: dict[int, list[float]] = {}
        ruled = {i for r in a["rows"] if r["rule"] for i in r["deals"]}
        for r, p in zip(a["rows"], probs, strict=True):
            for i in r["deals"]:
                if i not in ruled:
                    missed.setdefault(i, []).append(p)
        for t, c in out.items():
            for r, p in zip(a["rows"], probs, strict=True):
                pos, said = bool(r["deals"]), p >= t
                c["tp" if pos and said else "fp" if said else "fn" if pos else "tn"] += 1
                if not r["rule"]:
                    c[
                        "new_" + ("tp" if pos and said else "fp" if said else "fn" if pos else "tn")
                    ] += 1
            c["missed_deals"] += len(missed)
            c["caught"] += sum(max(ps) >= t for ps in missed.values())
    return out


def line(name: str, c: Counter[str]) -> str:
    def pr(tp: int, fp: int, fn: int) -> str:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return f"{p:.2f}/{r:.2f} ({tp}/{fp}/{fn})"

    return (
        f"  {name:14} all {pr(c['tp'], c['fp'], c['fn']):24} "
        f"no-rule clauses {pr(c['new_tp'], c['new_fp'], c['new_fn']):24} "
        f"missed deals caught {c['caught']}/{c['missed_deals']}"
    )


def _options(argv: list[str]) -> None:
    """``--names`` (names as one class token), ``--min-count N``, ``--l2 X``, ``--prune X``:
    ``--without SET`` (never train on SET: round 16's data without fresh-11, round 18), ``--seed
    N``, ``--bag N`` (round 21): the variants compared left one set out."""
    global MIN_COUNT, L2, PRUNE, SEED, BAG
    deal_reader.NAMES_AS_CLASS = "--names" in argv
    WITHOUT.clear()
    for flag, i in ((a, i) for i, a in enumerate(argv) if a.startswith("--")):
        if flag == "--min-count":
            MIN_COUNT = int(argv[i + 1])
        elif flag == "--l2":
            L2 = float(argv[i + 1])
        elif flag == "--prune":
            PRUNE = float(argv[i + 1])
        elif flag == "--without":
            WITHOUT.add(argv[i + 1])
        elif flag == "--seed":
            SEED = int(argv[i + 1])
        elif flag == "--bag":
            BAG = int(argv[i + 1])


def folds_path(argv: list[str]) -> Path:
    """Where the weights trained without each set are kept for ``bench_deal_reader_use``."""
    options = [a for a in argv if a not in ("--write", "--write-only", "--rebuild")]
    return Path(FOLDS.format("".join(options).replace("-", "_")))


def others(sets: dict[str, list[dict[str, Any]]], name: str) -> list[dict[str, Any]]:
    """The training articles for the fold that leaves ``name`` out (and every ``WITHOUT`` set)."""
    return [a for n, arts in sets.items() if n != name and n not in WITHOUT for a in arts]


def pruned(w: dict[str, float]) -> dict[str, float]:
    """The weights as written: the bias, and every weight at least ``PRUNE`` from zero."""
    return {f: v for f, v in w.items() if abs(v) >= PRUNE or f == BIAS}


def main() -> int:
    _options(sys.argv[1:])
    print(
        f"names as class {deal_reader.NAMES_AS_CLASS}, min count {MIN_COUNT}, L2 {L2}, "
        f"prune {PRUNE}, seed {SEED}, bag {BAG}, without {sorted(WITHOUT)}"
    )
    sets = load_rows("--rebuild" in sys.argv)
    pooled: dict[float, Counter[str]] = {t: Counter() for t in THRESHOLDS}
    rules = Counter()
    for articles in sets.values():
        for r in (r for a in articles for r in a["rows"]):
            pos = bool(r["deals"])
            rules["tp" if pos and r["rule"] else "fp" if r["rule"] else "fn" if pos else "tn"] += 1
    per_set: dict[str, dict[float, Counter[str]]] = {}
    folds = {}
    if "--write-only" in sys.argv:  # (the folds measured before, with the same options)
        sets = {}
    for name in sets:
        train_data = examples(others(sets, name))
        folds[name] = pruned(train(train_data))
        per_set[name] = measure(folds[name], sets[name])
        for t in THRESHOLDS:
            pooled[t] += per_set[name][t]
    if folds:
        folds_path(sys.argv[1:]).write_text(json.dumps(folds), encoding="utf-8")
    tp, fp, fn = rules["tp"], rules["fp"], rules["fn"]
    print(f"rules' deal clauses: P {tp / (tp + fp):.2f} R {tp / (tp + fn):.2f} ({tp}/{fp}/{fn})")
    for t in THRESHOLDS if folds else ():
        print(f"threshold {t}")
        for name in sets:
            print(line(name, per_set[name][t]))
        print(line("POOLED", pooled[t]))
    if "--write" in sys.argv or "--write-only" in sys.argv:
        w = train(examples([a for arts in load_rows().values() for a in arts]))
        kept = sorted(pruned(w).items())
        path = ROOT / "src" / "briefdesk" / "resources" / WEIGHTS
        head = "# deal_reader weights (benchmarks/bench_deal_reader.py --write); feature\tweight\n"
        path.write_text(head + "".join(f"{f}\t{v:.4f}\n" for f, v in kept), encoding="utf-8")
        print(f"wrote {len(kept)} weights to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
