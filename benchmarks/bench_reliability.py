"""What the reliability guards cost, side by side, run by hand:
``python benchmarks/bench_reliability.py [N]``.

1. Rendering the standard template on the sample: median of N renders with the output package
   scanned for fetch-capable content (parts unchanged from the template skipped) beside the same
   render with the scan switched off, in one run.
2. ``briefdesk extract`` on the sample brief as a command: extraction in a child process started
   by plain fork (single-threaded command) beside the forkserver (``BRIEFDESK_NO_FORK=1``),
   median of N/10 runs each.
3. One ``add-source`` read-modify-write with the lock and folder guard: median of N/10 runs.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("BRIEFDESK_HOME", tempfile.mkdtemp(prefix="briefdesk-bench-home-"))

from briefdesk.export import engine, fetchscan
from briefdesk.export.context import build_context
from briefdesk.export.registry import builtin_dir
from briefdesk.samples import load_sample, sample_bytes


def _median_ms(func, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    data = (builtin_dir() / "standard.docx").read_bytes()
    context = build_context(load_sample())
    real = fetchscan.scan_package

    def render() -> None:
        engine.render_docx(data, context, seconds=30)

    _median_ms(render, 3)
    with_times: list[float] = []
    without_times: list[float] = []
    for _ in range(runs):  # alternated, so load from other work hits both alike
        with_times.append(_median_ms(render, 1))
        fetchscan.scan_package = lambda *a, **k: []  # type: ignore[assignment]
        without_times.append(_median_ms(render, 1))
        fetchscan.scan_package = real
    with_scan, without = statistics.median(with_times), statistics.median(without_times)
    print(f"render, standard template: {with_scan:.1f} ms with the fetch scan, ", end="")
    print(f"{without:.1f} ms without")

    folder = Path(tempfile.mkdtemp(prefix="briefdesk-bench-"))
    brief = folder / "s.brief"
    brief.write_bytes(sample_bytes())
    command = [sys.executable, "-m", "briefdesk", "extract", str(brief)]

    def extract(env: dict[str, str]) -> None:
        subprocess.run(command, env=env, capture_output=True, check=True)

    fork_env = dict(os.environ)
    server_env = {**os.environ, "BRIEFDESK_NO_FORK": "1"}
    few = max(3, runs // 10)
    fork = _median_ms(lambda: extract(fork_env), few)
    server = _median_ms(lambda: extract(server_env), few)
    print(f"briefdesk extract (command): {fork:.0f} ms with fork, {server:.0f} ms with forkserver")

    article = folder / "a.txt"
    article.write_text("Peru will buy 24 helicopters from Brazil, officials said on Monday.")

    def add() -> None:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "briefdesk",
                "add-source",
                str(brief),
                str(article),
                "--allow-duplicates",
            ],
            capture_output=True,
            check=True,
        )

    print(f"briefdesk add-source (command, locked RMW): {_median_ms(add, few):.0f} ms")


if __name__ == "__main__":
    main()
