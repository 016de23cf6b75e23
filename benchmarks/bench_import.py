"""Time and peak memory of importing a 1 MB HTML page and a 100-page PDF.

Run by hand: ``PYTHONPATH=src python benchmarks/bench_import.py``. Each measurement runs in
a fresh interpreter so peak RSS (``ru_maxrss``) belongs to that import alone; the parsers
are imported before the baseline is taken. Reported: wall time in the calling process
(parsing inline, then through the isolated worker as the app does it) and the peak RSS
growth during the inline import.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PARAGRAPH = (
    "The defence ministry said on Friday that the agreement for {n} fighter jets, worth "
    "$1.6 billion, covers spare parts, pilot training and a ten-year maintenance package, "
    "and that deliveries would begin in 2027 under the supervision of a joint committee."
)
BOILERPLATE = (
    '<div class="related"><h3>Related</h3><ul>'
    + "".join(f'<li><a href="/story/{i}">Related story number {i}</a></li>' for i in range(8))
    + '</ul></div><div class="ad"><script>renderAd("slot")</script>'
    '<a href="https://ads.example/click">Advertisement</a></div>'
)


def make_html(path: Path, size: int = 1024 * 1024) -> None:
    head = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Big page | Herald"
        "</title><meta property='og:site_name' content='Herald'><meta name='author' "
        "content='A. Writer'><meta property='article:published_time' content='2026-03-14'>"
        "<link rel='canonical' href='https://herald.example/big'></head><body><nav>"
        + "".join(f"<a href='/s{i}'>Section {i}</a>" for i in range(40))
        + "</nav><main><article><h1>Big page</h1>"
    )
    parts = [head]
    n = 0
    while sum(map(len, parts)) < size:
        parts.append(f"<p>{PARAGRAPH.format(n=n)}</p>")
        if n % 10 == 9:
            parts.append(BOILERPLATE)
        n += 1
    parts.append("</article></main><footer>© Herald</footer></body></html>")
    path.write_text("".join(parts), encoding="utf-8")


def make_pdf(path: Path, pages: int = 100) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    for page in range(pages):
        pdf.add_page()
        for line in range(45):
            pdf.cell(
                0,
                5.5,
                f"Page {page + 1}, line {line + 1}: " + PARAGRAPH[:80].format(n=page),
                new_x="LMARGIN",
                new_y="NEXT",
            )
    pdf.output(str(path))


def measure(path: Path) -> dict[str, float]:
    """Runs in a fresh interpreter: one inline import, one isolated import."""
    from briefdesk.sources import (
        ImportLimits,
        import_file,
        preload,  # noqa: F401 — parsers loaded before the baseline
    )

    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    began = time.perf_counter()
    source = import_file(path, limits=ImportLimits(isolate=False))
    inline_s = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    import_file(path)  # starts the forkserver once
    began = time.perf_counter()
    import_file(path)
    isolated_s = time.perf_counter() - began
    return {
        "file_mb": path.stat().st_size / 1e6,
        "text_chars": len(source.text),
        "inline_s": inline_s,
        "isolated_s": isolated_s,
        "peak_rss_growth_mb": (peak - base) / 1024,  # ru_maxrss is in KiB on Linux
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--measure", type=Path)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        cases = {
            "1 MB HTML page": Path(folder) / "big.html",
            "100-page PDF": Path(folder) / "big.pdf",
            "5 MB 'a-\\nb '": Path(folder) / "hyphens.txt",
        }
        make_html(cases["1 MB HTML page"])
        make_pdf(cases["100-page PDF"])
        # The reliability recipe: 5 MB of words broken at line ends (hours before the
        # de-hyphenation was made linear and moved into the worker).
        cases["5 MB 'a-\\nb '"].write_text("a-\nb " * 1_000_000)
        columns = ("case", "file", "text", "inline", "isolated", "peak RSS +")
        print("{:<16} {:>8} {:>10} {:>8} {:>9} {:>11}".format(*columns))
        for name, path in cases.items():
            out = subprocess.run(
                [sys.executable, __file__, "--measure", str(path)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            r = json.loads(out.strip().splitlines()[-1])
            print(
                f"{name:<16.16} {r['file_mb']:>6.2f}MB {r['text_chars']:>10,} "
                f"{r['inline_s']:>7.2f}s "
                f"{r['isolated_s']:>8.2f}s {r['peak_rss_growth_mb']:>8.0f} MB"
            )
    compare_dehyphenation()
    return 0


def _quadratic_dehyphenate(text: str) -> str:
    """The de-hyphenation BriefDesk had before (substring search per break), for comparison."""
    import re
    from collections import Counter

    lowered = text.casefold()
    counts = Counter(re.findall(r"[^\W\d_]+", lowered))

    def join(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        if f"{left}-{right}".casefold() in lowered:  # scans the whole text every time
            return f"{left}-{right}"
        return f"{left}{right}" if counts[f"{left}{right}".casefold()] else f"{left}-{right}"

    return re.sub(r"\b([^\W\d_]+)-\n([^\W\d_]+)", join, text)


def compare_dehyphenation() -> None:
    """Side by side on the same inputs: the old quadratic rule and today's linear one."""
    from briefdesk.sources.normalize import dehyphenate

    print("\nde-hyphenation of 'a-\\nb ' * n (seconds)")
    print(f"{'size':>8} {'before (quadratic)':>20} {'now (linear)':>14}")
    for size in (50_000, 100_000, 200_000, 5_000_000):
        text = "a-\nb " * (size // 5)
        began = time.perf_counter()
        dehyphenate(text)
        now = time.perf_counter() - began
        before = "(skipped)"
        if size <= 200_000:
            began = time.perf_counter()
            _quadratic_dehyphenate(text)
            before = f"{time.perf_counter() - began:.2f}"
        print(f"{size:>8,} {before:>20} {now:>14.2f}")


if __name__ == "__main__":
    raise SystemExit(main())
