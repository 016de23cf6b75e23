"""Paired bootstrap of two extractor versions on the held-back check: round 18's keep/drop gate.

Run by hand:  python benchmarks/bench_gate.py --baseline REF [--candidate REF] [--split checks]
              [--resamples 10000]

Why: on 72 articles a change of one or two deal sides in about 500 is noise, and round 17's rule
("the check must not be lower") dropped what leave-one-set-out training preferred. The gate below
was decided at round 18's start, before anything of that round was measured:

- each version extracts every article of the split in its own interpreter (the baseline's and a
  candidate's ``src`` exported with ``git archive``; without ``--candidate`` the working tree);
- the working tree's scorer (``briefdesk.extract.scoring``) scores both, deals mapped to the gold
  kinds as in ``bench_extract.as_gold_kinds``;
- the articles are resampled with replacement, the same draw for both versions (paired), 10,000
  times with a fixed seed; each draw's micro F1 of overall and of buyer/seller is recomputed and
  the difference's 90 % interval (5th to 95th percentile) reported;
- **veto** when the interval of overall or of buyer/seller lies wholly below zero (a clear loss);
  otherwise the check does not stand in the way, and the tuning split and (for learned parts)
  leave-one-set-out training decide.

Only pooled figures are printed, never an article's name, text or miss: the check stays
held back. Output: a table of per-field F1 (baseline, candidate, difference), tp/fp/fn of
overall and buyer/seller, the two intervals and the verdict. Exit code 0 either way; 2 on a
bad argument (an unknown ref, a split with no articles).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_extract import as_gold_kinds, load_corpus  # noqa: E402

from briefdesk.extract.scoring import FIELDS, Score, new_scores, score_article  # noqa: E402

SEED = 18
GATED = ("overall", "buyer/seller")
EXTRACT_ALL = """
import json, sys
from datetime import date
from briefdesk.extract import extract_text
items = json.loads(open(sys.argv[1], encoding="utf-8").read())
out = []
for text, published in items:
    day = date.fromisoformat(published) if published else None
    out.append(extract_text(text, published=day).to_json())
open(sys.argv[2], "w", encoding="utf-8").write(json.dumps(out))
"""

Counts = dict[str, tuple[int, int, int]]  # field (and "overall") -> (tp, fp, fn) of one article


def export_src(ref: str, into: Path) -> Path:
    """The ``src`` folder of ``ref`` unpacked into ``into``; ValueError for an unknown ref."""
    done = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", ref, "src"],
        capture_output=True,
    )
    if done.returncode:
        raise ValueError(f"unknown ref {ref!r}")
    with tarfile.open(fileobj=BytesIO(done.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def extract_with(src: Path, items: list[tuple[str, str | None]], work: Path) -> list[dict]:
    """Every article's extraction JSON by the tree at ``src`` (own interpreter, own home)."""
    inputs, outputs = work / "in.json", work / f"out-{src.parent.name}.json"
    inputs.write_text(json.dumps(items), encoding="utf-8")
    env = {"PYTHONPATH": str(src), "PYTHONHASHSEED": "0", "BRIEFDESK_HOME": str(work / "home")}
    subprocess.run(
        [sys.executable, "-c", EXTRACT_ALL, str(inputs), str(outputs)], env=env, check=True
    )
    return json.loads(outputs.read_text(encoding="utf-8"))


def article_counts(pred: dict, gold: dict) -> Counts:
    """One article's tp/fp/fn per field, plus the micro "overall" of ``FIELDS``."""
    scores = new_scores()
    score_article(as_gold_kinds(pred), gold, scores, "")
    counts = {label: (s.tp, s.fp, s.fn) for label, s in scores.items()}
    counts["overall"] = tuple(sum(counts[f][i] for f in FIELDS) for i in range(3))  # type: ignore[assignment]
    return counts


def f1_of(rows: list[Counts], weights: dict[int, int], label: str) -> float:
    score = Score()
    for index, times in weights.items():
        tp, fp, fn = rows[index][label]
        score.add(tp * times, fp * times, fn * times)
    return score.f1


def interval(
    base: list[Counts], new: list[Counts], label: str, resamples: int
) -> tuple[float, float]:
    """5th and 95th percentile of F1(new) - F1(base) over paired resamples of the articles."""
    rng = random.Random(SEED)
    n = len(base)
    diffs = []
    for _ in range(resamples):
        weights: dict[int, int] = {}
        for index in rng.choices(range(n), k=n):
            weights[index] = weights.get(index, 0) + 1
        diffs.append(f1_of(new, weights, label) - f1_of(base, weights, label))
    diffs.sort()
    return diffs[int(0.05 * resamples)], diffs[int(0.95 * resamples) - 1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", required=True, help="git ref of the version before")
    parser.add_argument("--candidate", help="git ref of the version after (default: working tree)")
    parser.add_argument("--split", default="checks", help="bench_extract split (default: checks)")
    parser.add_argument("--resamples", type=int, default=10_000)
    args = parser.parse_args(argv)
    articles = load_corpus(args.split)
    if not articles:
        print(f"bench_gate: no articles in split {args.split!r}", file=sys.stderr)
        return 2
    golds = [gold for _name, _text, gold in articles]
    items = [(text, gold.get("published")) for _name, text, gold in articles]
    with tempfile.TemporaryDirectory(prefix="bench-gate-") as tmp:
        work = Path(tmp)
        try:
            base_src = export_src(args.baseline, work / "base")
            new_src = export_src(args.candidate, work / "new") if args.candidate else ROOT / "src"
        except ValueError as error:
            print(f"bench_gate: {error}", file=sys.stderr)
            return 2
        base_pred = extract_with(base_src, items, work)
        new_pred = extract_with(new_src, items, work)
    base = [article_counts(p, g) for p, g in zip(base_pred, golds, strict=True)]
    new = [article_counts(p, g) for p, g in zip(new_pred, golds, strict=True)]
    every = {index: 1 for index in range(len(articles))}
    label_new = args.candidate or "working tree"
    print(f"{args.split} ({len(articles)} articles): {args.baseline} -> {label_new}")
    print(f"  {'field':<16} {'base':>6} {'new':>6} {'diff':>7}")
    for label in (*FIELDS, "overall", "deal kinds", "deal status"):
        before, after = f1_of(base, every, label), f1_of(new, every, label)
        print(f"  {label:<16} {before:6.3f} {after:6.3f} {after - before:+7.3f}")
    vetoed = []
    for label in GATED:
        totals = [
            tuple(sum(rows[i][label][k] for i in every) for k in range(3)) for rows in (base, new)
        ]
        low, high = interval(base, new, label, args.resamples)
        was, now = ("/".join(map(str, counts)) for counts in totals)
        print(
            f"  {label}: tp/fp/fn {was} -> {now};"
            f" 90 % interval of the difference [{low:+.4f}, {high:+.4f}]"
        )
        if high < 0:
            vetoed.append(label)
    verdict = (
        f"VETO: a clear loss on {', '.join(vetoed)}" if vetoed else "no clear loss: not vetoed"
    )
    print(f"verdict: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
