"""The library at desk scale: index, rescan, search and dossiers on SQLite and PostgreSQL.

Generates N briefs (default 10,000) into a temporary folder, then for each back end: full index,
rescan with nothing changed, search p50/p95 over varied queries, dossier p95. PostgreSQL is a
throw-away cluster (as in the tests); it is skipped, saying why, when not installed.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_library.py [--briefs 10000]

Targets: index ≤ 60 s (SQLite), rescan ≤ 2 s, search p95 ≤ 50 ms (SQLite) / ≤ 100 ms (PostgreSQL),
dossier ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefdesk.library.sqlbase import SqlBase  # noqa: E402
from tests.library.factory import ITEMS, PEOPLE, STATES, WORDS, write_many  # noqa: E402

QUERIES = [
    *(s for s, _ in STATES),
    *ITEMS,
    *(p for p, _, _ in PEOPLE),
    "squadron delivery",
    "Pakistan JF-17",
    "spare parts financing",
    *WORDS[:8],
]
NAMES = [*(s for s, _ in STATES), *(p for p, _, _ in PEOPLE), "Hashmi"]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def measure(lib: SqlBase, folder: Path, count: int) -> dict[str, float]:
    figures: dict[str, float] = {}
    figures["index_s"] = timed(lambda: lib.index([folder]))
    assert lib.count() == count, f"{lib.name}: {lib.count()} briefs indexed, {count} written"
    figures["rescan_s"] = timed(lambda: lib.index([folder]))
    searches = [timed(lambda q=q: lib.search(q)) * 1000 for q in QUERIES * 5]  # type: ignore[misc]
    figures["search_p50_ms"] = statistics.median(searches)
    figures["search_p95_ms"] = percentile(searches, 95)
    dossiers = [timed(lambda n=n: lib.dossier(n)) * 1000 for n in NAMES * 3]  # type: ignore[misc]
    figures["dossier_p50_ms"] = statistics.median(dossiers)
    figures["dossier_p95_ms"] = percentile(dossiers, 95)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--briefs", type=int, default=10_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-library-"))
    os.environ["BRIEFDESK_HOME"] = str(work / "home")
    folder = work / "desk"
    start = time.perf_counter()
    write_many(folder, args.briefs)
    size = sum(p.stat().st_size for p in folder.rglob("*.brief"))
    took = time.perf_counter() - start
    print(f"generated {args.briefs} briefs ({size / 1e6:.0f} MB) in {took:.1f} s")
    results: dict[str, dict[str, float]] = {}

    from briefdesk.library.sqlite import SqliteLibrary

    lite = SqliteLibrary(work / "library.sqlite3")
    results["sqlite"] = measure(lite, folder, args.briefs)
    lite.close()

    from tests.library.pgcluster import Unavailable, start_cluster

    try:
        cluster = start_cluster()
    except Unavailable as exc:
        print(f"postgresql: skipped ({exc})")
    else:
        try:
            from briefdesk.library.postgres import PostgresLibrary

            pg = PostgresLibrary(cluster.create_database("bench"))
            results["postgresql"] = measure(pg, folder, args.briefs)
            pg.close()
        finally:
            cluster.stop()
            cluster.remove()

    keys = list(next(iter(results.values())))
    print(f"{'':12}" + "".join(f"{k:>16}" for k in keys))
    for name, figures in results.items():
        print(f"{name:12}" + "".join(f"{figures[k]:>16.2f}" for k in keys))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
