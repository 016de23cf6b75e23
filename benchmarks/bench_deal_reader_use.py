"""The learned reader in the pipeline, scored left one set out (round 16 experiment, issue 10).

For each training set (never the checks or the blind sets), the reader's weights are trained on
the other sets and the set is scored by ``bench_extract``'s scorer with the reader off and on at
several thresholds: what the reader would do on writers it was not trained on, measured before
the shipped weights (trained on every training set, so in-sample on tuning) meet the checks.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_deal_reader_use.py [0.7 0.8 0.9] [--names ...]
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_deal_reader as trainer  # noqa: E402
from bench_extract import briefdesk_extract, evaluate  # noqa: E402
from deal_reader_data import load_rows  # noqa: E402

from briefdesk.extract import deal_learned, deal_reader  # noqa: E402
from briefdesk.extract.scoring import FIELDS, Score, new_scores  # noqa: E402


def fold_weights(options: list[str]) -> dict[str, dict[str, float]]:
    """Per training set, weights trained on the others with ``options`` (cached per options)."""
    path = trainer.folds_path(options)
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
    sets = load_rows()
    out = {
        name: trainer.pruned(trainer.train(trainer.examples(trainer.others(sets, name))))
        for name in sets
    }
    path.write_text(json.dumps(out), encoding="utf-8")
    return out


def _per_set(name: str, scores: dict[str, Score]) -> None:
    """One held-out set's overall and buyer/seller (round 24: do the newest writers move?)."""
    overall = Score()
    for label in FIELDS:
        overall.add(scores[label].tp, scores[label].fp, scores[label].fn)
    bs = scores["buyer/seller"]
    print(
        f"  {name:14} overall {overall.f1:.4f} ({overall.tp}/{overall.fp}/{overall.fn})"
        f"  buyer/seller {bs.f1:.4f} ({bs.tp}/{bs.fp}/{bs.fn})",
        flush=True,
    )


def main(argv: list[str]) -> int:
    """Thresholds, then the trainer's options (``bench_deal_reader._options``)."""
    cut = next((i for i, a in enumerate(argv) if a.startswith("--")), len(argv))
    options = argv[cut:]
    thresholds = [float(a) for a in argv[:cut]] or [0.8]
    trainer._options(options)
    folds = fold_weights(options)
    off = [] if os.environ.get("BENCH_SKIP_OFF") else [2.0]  # (the same for every option)
    for threshold in [*off, *thresholds]:
        deal_learned.THRESHOLD = threshold
        pooled = new_scores()
        for name, table in folds.items():
            deal_reader.use_weights(table)
            scores = evaluate(name, briefdesk_extract, False)
            for label, s in scores.items():
                pooled[label].add(s.tp, s.fp, s.fn)
            _per_set(name, scores)  # (round 24: each held-out set's own figures)
        overall = Score()
        for label in FIELDS:
            overall.add(pooled[label].tp, pooled[label].fp, pooled[label].fn)
        bs, kinds, values = pooled["buyer/seller"], pooled["deal kinds"], pooled["deal values"]
        print(
            f"threshold {'off' if threshold > 1 else threshold}: overall {overall.f1:.4f} "
            f"({overall.tp}/{overall.fp}/{overall.fn})  buyer/seller {bs.f1:.4f} "
            f"({bs.tp}/{bs.fp}/{bs.fn})  kinds {kinds.f1:.4f} ({kinds.tp}/{kinds.fp}/{kinds.fn})"
            f"  values {values.f1:.4f} ({values.tp}/{values.fp}/{values.fn})",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
