"""Export speed beside plain docxtpl, run by hand: ``python benchmarks/bench_export.py [N]``.

1. One brief: median of N runs of a full BriefDesk export (context, cached checks, sandboxed
   render in the worker process, document properties, atomic write) beside plain docxtpl rendering
   the same template with the same context and saving it. Target: ≤ 1.1×.
2. The live HTML preview (re-rendered on every keystroke in the GUI): median of N renders.
3. A batch of 200 briefs through ``briefdesk export … -d OUTDIR`` on 1 and on 2 processes, beside
   plain docxtpl rendering 200 times in one process. Target: 2 processes ≥ 1.8× one process.
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("BRIEFDESK_HOME", tempfile.mkdtemp(prefix="briefdesk-bench-home-"))

from docxtpl import DocxTemplate
from jinja2 import Environment

from briefdesk.cli.main import main as cli
from briefdesk.export import filters
from briefdesk.export.context import build_context
from briefdesk.export.registry import resolve_template
from briefdesk.export.render import export_docx
from briefdesk.samples import load_sample, sample_bytes

TEMPLATE = "standard"
BATCH = 200


def plain_docxtpl(template: Path, context: dict[str, object], out: Path) -> None:
    """docxtpl as its documentation shows it: an ordinary Jinja environment (plus our filters)."""
    env = Environment(autoescape=True)
    env.filters.update(filters.ALL)
    doc = DocxTemplate(str(template))
    doc.render(context, env, autoescape=True)
    buffer = io.BytesIO()
    doc.save(buffer)
    out.write_bytes(buffer.getvalue())


def timed(action) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def one_brief(runs: int, work: Path) -> None:
    brief = load_sample()
    template = resolve_template(TEMPLATE).path
    context = build_context(brief)
    export_docx(
        brief, TEMPLATE, work / "warm.docx", force=True
    )  # start the worker, fill the check cache
    ours_times, plain_times = [], []
    for _ in range(runs):  # interleaved, so load from other programs hits both sides alike
        ours_times.append(
            timed(lambda: export_docx(brief, TEMPLATE, work / "ours.docx", force=True))
        )
        plain_times.append(timed(lambda: plain_docxtpl(template, context, work / "plain.docx")))
    ours, plain = statistics.median(ours_times), statistics.median(plain_times)
    print(f"one brief ({TEMPLATE}, median of {runs}):")
    print(f"  plain docxtpl   {plain * 1000:7.1f} ms")
    print(f"  BriefDesk       {ours * 1000:7.1f} ms   ratio {ours / plain:.2f}x (target <= 1.10x)")


def preview(runs: int) -> None:
    from briefdesk.export.preview import render_html

    brief = load_sample()
    render_html(brief)
    median = statistics.median(timed(lambda: render_html(brief)) for _ in range(runs))
    print(f"HTML preview of the sample, median of {runs}: {median * 1000:.1f} ms")


def _burn(n: int) -> int:
    return sum(range(n))


def cpu_ceiling() -> float:
    """Speed-up of pure CPU-bound Python on 2 processes on this machine right now."""
    from concurrent.futures import ProcessPoolExecutor

    times = {}
    for jobs in (1, 2):
        with ProcessPoolExecutor(jobs) as pool:
            list(pool.map(_burn, [1000] * jobs))  # start the processes before timing
            times[jobs] = timed(lambda: list(pool.map(_burn, [4_000_000] * 16)))
    return times[1] / times[2]


def batch(work: Path) -> None:
    briefs = []
    for n in range(BATCH):
        path = work / f"brief-{n:03}.brief"
        path.write_bytes(sample_bytes())
        briefs.append(str(path))
    template = resolve_template(TEMPLATE).path
    context = build_context(load_sample())

    def plain_batch() -> float:
        return timed(
            lambda: [
                plain_docxtpl(template, context, work / f"plain-{n}.docx") for n in range(BATCH)
            ]
        )

    plain = plain_batch()
    rates = {}
    for jobs in (1, 2):
        outdir = work / f"out-{jobs}"
        outdir.mkdir()
        start = time.perf_counter()
        code = cli(["export", *briefs, "-t", TEMPLATE, "-d", str(outdir), "-j", str(jobs)])
        rates[jobs] = BATCH / (time.perf_counter() - start)
        assert code == 0 and len(list(outdir.iterdir())) == BATCH
    plain = (plain + plain_batch()) / 2  # before and after, to even out other load
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    ceiling = cpu_ceiling()
    print(f"batch of {BATCH} briefs on {os.cpu_count()} cores (load average {load:.1f}):")
    print(f"  plain docxtpl, 1 process   {BATCH / plain:6.1f} briefs/s")
    print(f"  BriefDesk -j 1             {rates[1]:6.1f} briefs/s")
    print(
        f"  BriefDesk -j 2             {rates[2]:6.1f} briefs/s   "
        f"speed-up {rates[2] / rates[1]:.2f}x "
        "(target >= 1.8x)"
    )
    print(
        f"  ceiling: pure CPU-bound Python gets {ceiling:.2f}x from 2 processes on this machine now"
    )


if __name__ == "__main__":
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    with tempfile.TemporaryDirectory(prefix="briefdesk-bench-") as folder:
        one_brief(runs, Path(folder))
        preview(runs)
        batch(Path(folder))
