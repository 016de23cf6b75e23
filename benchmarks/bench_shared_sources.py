"""What the shared-source relation costs a ``related`` look-up, side by side in one run.

N briefs (default 3,000) with ~10 KB source texts are indexed into SQLite; the related look-up
for a new brief is timed with its source (the relation asked: full-text candidates, then the
few texts compared whole) and without (actors, items and places only), median of 7 each. The
alternative first built, a length window over every stored source, is timed too.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_shared_sources.py [--briefs 3000]

Target: the relation adds ≤ 100 ms at 3,000 briefs (newcomer9 N9-05).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefdesk.library.history import related_to_brief  # noqa: E402
from briefdesk.library.sqlite import SqliteLibrary  # noqa: E402
from briefdesk.model import content_hash  # noqa: E402
from tests.library.factory import WORDS, make_brief, write_brief  # noqa: E402


def _median_ms(fn: object, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--briefs", type=int, default=3000)
    count = parser.parse_args().briefs
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        desk = Path(tmp) / "desk"
        for i in range(count):
            brief = make_brief(i, words=40)
            brief.sources[0].text = " ".join(rng.choice(WORDS) for _ in range(1500)) + f" {i}"
            brief.sources[0].content_hash = content_hash(brief.sources[0].text)
            write_brief(desk, brief)
        lib = SqliteLibrary(Path(tmp) / "lib.sqlite3")
        lib.index([desk])
        probe = make_brief(count + 5)
        probe.sources[0].text = " ".join(rng.choice(WORDS) for _ in range(1500))
        with_source = _median_ms(lambda: related_to_brief(lib, probe))
        scan = _median_ms(
            lambda: lib._rows(
                "SELECT t.brief_id, t.body FROM texts t WHERE t.field LIKE 'sources%'"
                " AND length(t.body) BETWEEN ? AND ?",
                [len(probe.sources[0].text), len(probe.sources[0].text) + 1000],
            )
        )
        probe.sources = []
        without = _median_ms(lambda: related_to_brief(lib, probe))
        lib.close()
    print(f"{count} briefs, ~10 KB sources, SQLite")
    print(f"related without the source relation: {without:.0f} ms")
    print(f"related with it (full-text candidates): {with_source:.0f} ms")
    print(f"the length-window scan alone (alternative): {scan:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
