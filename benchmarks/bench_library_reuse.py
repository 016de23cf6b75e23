"""What the library's gazetteer does to extraction: the tuning split, leave-one-out.

Run by hand:  PYTHONPATH=src python benchmarks/bench_library_reuse.py [--verbose]

For each TUNING article (never held-out or fresh), the gazetteer is the gold actors of the
OTHER tuning articles (as if the desk had confirmed them in earlier briefs); the article is
extracted with and without it and both runs are scored in the same pass, side by side. It also
times extraction with no gazetteer and with a 10,000-entry one (linear matching, not a regex per
name).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Iterable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from bench_extract import load_corpus

from briefdesk.extract import KnownActor, extract_text
from briefdesk.extract.scoring import (
    EXTRA_FIELDS,
    FIELDS,
    Score,
    new_scores,
    score_article,
)


def known_from_gold(gold: dict) -> list[KnownActor]:
    return [
        KnownActor(
            name=a["name"],
            aliases=tuple(a.get("aliases", ())),
            type=a.get("type", "person"),
            role=a.get("role", "") or "",
            affiliation=a.get("affiliation", "") or "",
            country=a.get("country", "") or "",
        )
        for a in gold.get("actors", [])
    ]


def leave_one_out(verbose: bool) -> None:
    corpus = load_corpus("tuning")
    without, with_ = new_scores(), new_scores()
    added = new = 0
    for i, (name, text, gold) in enumerate(corpus):
        others = tuple(
            k for j, (_, _, g) in enumerate(corpus) if j != i for k in known_from_gold(g)
        )
        published = date.fromisoformat(gold["published"]) if gold.get("published") else None
        plain = extract_text(text, published=published)
        known = extract_text(text, published=published, known_actors=others)
        score_article(plain.to_json(), gold, without, name)
        score_article(known.to_json(), gold, with_, name)
        helped = [a for a in known.actors if any(r.rule == "actor.known-to-library" for r in a.why)]
        added += len(helped)
        new += sum(all(r.rule == "actor.known-to-library" for r in a.why) for a in helped)
        if verbose and helped:
            print(f"  {name}: " + "; ".join(f"{a.name} ({a.role})" for a in helped))
    print(
        f"\ntuning split, leave-one-out: {len(corpus)} articles; the library's reason on "
        f"{added} actors, {new} of them found by the library alone"
    )
    head = f"{'without: P':>10} {'R':>6} {'F1':>6}   {'with: P':>8} {'R':>6} {'F1':>6}"
    print(f"  {'field':<16} {head}")
    totals = (Score(), Score())
    for label in FIELDS + EXTRA_FIELDS:
        a, b = without[label], with_[label]
        extra = "  (not in overall)" if label in EXTRA_FIELDS else ""
        print(
            f"  {label:<16} {a.precision:10.3f} {a.recall:6.3f} {a.f1:6.3f}   "
            f"{b.precision:8.3f} {b.recall:6.3f} {b.f1:6.3f}{extra}"
        )
        if label in FIELDS:
            totals[0].add(a.tp, a.fp, a.fn)
            totals[1].add(b.tp, b.fp, b.fn)
    a, b = totals
    print(
        f"  {'overall (micro)':<16} {a.precision:10.3f} {a.recall:6.3f} {a.f1:6.3f}   "
        f"{b.precision:8.3f} {b.recall:6.3f} {b.f1:6.3f}"
    )


def speed() -> None:
    texts = [t for _, t, _ in load_corpus("tuning")]
    big = tuple(
        KnownActor(f"Person{i} Surname{i}", (f"Surname{i}",), "person", "Minister")
        for i in range(10_000)
    )
    extract_text(texts[0], known_actors=big)  # warm: data loads and the index is built once
    for label, known in (("no gazetteer", ()), ("10,000 known actors", big)):
        times = []
        for text in texts:
            start = time.perf_counter()
            extract_text(text, known_actors=known)
            times.append((time.perf_counter() - start) * 1000)
        print(f"  {label:<22} median {statistics.median(times):6.1f} ms  max {max(times):6.1f} ms")


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list the actors the library helped")
    args = parser.parse_args(list(argv) if argv is not None else None)
    leave_one_out(args.verbose)
    print("\nspeed per article (tuning split), same run:")
    speed()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
